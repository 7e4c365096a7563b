using System.Text.RegularExpressions;

namespace HappyButtons.Engine.Orders.Extraction;

/// <summary>
/// Reads order lines from rows: table rows by their columns, free text by pairing each article number with the
/// quantity written before or after it (whichever reading pairs more), and quantities without an article number by
/// matching the words around them to the catalog.
/// </summary>
internal sealed partial class LineReader(ProductMatcher matcher, DateOnly reference, bool requestsCount = false)
{
    /// <summary>An article number of a text row still waiting for its quantity (on the next row: "Artikel: …" / "Menge: …").</summary>
    public ProductMention? Pending { get; private set; }

    private string? _pendingSource;
    private bool _scheduled;
    private int _pendingRows;
    private (ProductMention Mention, string Source)? _delivered;

    /// <summary>A blank line: a further delivery must stand right under its article row.</summary>
    public void ParagraphEnds() => _delivered = null;

    /// <summary>The lines of a table row; <paramref name="part"/> is the part a table of dates and quantities schedules.</summary>
    public IReadOnlyList<LineCandidate> ReadTableRow(TableHeader header, LayoutRow row, ProductMention? part = null)
    {
        var cells = header.Assign(row);
        string Cell(ColumnKind kind) => string.Join(" ", cells.Where(c => c.Column.Kind == kind).Select(c => c.Text));
        var quantityText = Cell(ColumnKind.Quantity);
        var description = Cell(ColumnKind.Description);
        var articleTexts = cells.Where(c => c.Column.Kind == ColumnKind.Article).Select(c => c.Text)
            .Where(t => !SmallInteger().IsMatch(t.Trim())).ToList();
        var columnFactor = cells.Where(c => c.Column.Kind == ColumnKind.Quantity).Select(c => c.Column.CountFactor).DefaultIfEmpty(1m).Max();
        // "12 | Tsd", "20 | GRS": a unit that counts in thousands or gross turns the quantity into pieces.
        var unitFactor = columnFactor == 1 ? CountUnitFactor(Cell(ColumnKind.Unit)) : 1m;
        var quantity = QuantityFinder.Packs(quantityText, row.Text) ?? NumberReader.Quantity(SpacedGroups().Replace(quantityText, g => g.Value.Replace(" ", "", StringComparison.Ordinal)))
            * columnFactor * unitFactor;
        // "Anz. VE | Stk/VE": packs counted, and what one holds beside them.
        if (cells.Any(c => TableHeader.CountsPacks(c.Column)) && NumberReader.Quantity(Cell(ColumnKind.PackContent)) is > 1 and var perPack)
        {
            quantity *= perPack;
        }

        if (quantity is null && articleTexts.Count == 0)
        {
            return [];
        }

        ProductMention? mention = null;
        foreach (var text in articleTexts)
        {
            mention ??= matcher.Code(text);
        }

        mention ??= matcher.Mentions(description).FirstOrDefault(m => m.Product is not null);
        // An article number standing under another title ("Pos. Art.-Nr." as one title) still names the product.
        mention ??= matcher.Mentions(row.Text).FirstOrDefault(m => m.Product is not null);
        mention ??= quantity is null ? null : part;
        var code = articleTexts.FirstOrDefault()?.Trim();
        var unit = Cell(ColumnKind.Unit) is { Length: > 0 } u ? u.Trim() : UnitIn(quantityText);
        var price = UnitPrice(cells, unitFactor);
        var date = DateReader.Find(Cell(ColumnKind.DeliveryDate), reference).FirstOrDefault()?.Date;
        var source = row.Text.Trim();
        if (mention?.Product is { } product)
        {
            return [new LineCandidate(product, mention.Kind, mention.Kind == ProductMatchKind.Alias ? mention.Code : null, quantity, unit, price, date,
                quantity is null ? 0.5 : 0.97, source, row.FromPdf)];
        }

        var match = description.Length > 0 ? matcher.Describe(description) : null;
        if (match?.Product is { } described)
        {
            return [new LineCandidate(described, ProductMatchKind.Description, code, quantity, unit, price, date,
                Math.Min(0.9, 0.5 + 0.05 * match.Score), source, row.FromPdf)];
        }

        // "Carriage | 1 | 35.00", "Fracht pauschal": a charge on the order, not goods.
        if ((quantity is null && description.Length == 0) || Charge().IsMatch(source))
        {
            return [];
        }

        return [new LineCandidate(null, ProductMatchKind.None, code, quantity, unit, price, date, 0.3, source, row.FromPdf,
            match?.Tied, description.Length > 0 ? description : code)];
    }

    /// <summary>A row of free text: any number of lines ("2.000 Stk HB-2030 und 2.000 Stk HB-2031"), or none.</summary>
    public IReadOnlyList<LineCandidate> ReadTextRow(LayoutRow row, LayoutRow? next = null)
    {
        var text = Blank(row.Text, OrderSentences.Find(row.Text, requestsCount).Select(n => (n.Index, n.Length)));
        var mentions = matcher.Mentions(text);
        var dates = DateReader.Find(text, reference);
        var masked = Blank(text, mentions.Select(m => (m.Index, m.Length)).Concat(dates.Select(d => (d.Index, d.Length))));
        // "Abruf 14 Clipknöpfe": a number after a reference word names the reference, not how many.
        var quantities = QuantityFinder.Find(masked).Where(q => q.Form != QuantityForm.BeforeGoods || !Reference().IsMatch(masked[Math.Max(0, q.Index - 14)..q.Index])).ToList();
        var delivered = _delivered;
        _delivered = null;
        if (mentions.Count == 0)
        {
            // "HB-4711: 50.000 Stk zum 14.12." with "           50.000 Stk zum 11.01." indented under it: a further delivery of that article.
            if (delivered is { } above && quantities.Count == 1 && dates.Count == 1 && row.Text.Length > 0 && char.IsWhiteSpace(row.Text[0]))
            {
                _delivered = above;
                var due = DeliveryDateIn(text, dates, 0, text.Length) ?? dates[0].Date;
                return [Candidate(above.Mention, quantities[0], null, due, above.Source + " / " + text.Trim(), row.FromPdf, 0.9)];
            }

            // "  14.12.2026     25.000" under "Teil: 73-4410-200": a dated row of nothing but a figure is a delivery of that part.
            if (Pending is not null && quantities.Count == 0 && dates.Count > 0 && !masked.Any(char.IsLetter)
                && QuantityFinder.Bare(masked) is [var figure] && !NotAQuantity(masked, figure))
            {
                quantities = [figure];
            }

            if (Pending is { } pending && quantities.Count > 0)
            {
                // A call-off schedule ("  KW 2/2027   20.000 Stk" under its article): one line per dated row, for as long as they go on.
                var dated = dates.Count > 0;
                if (_scheduled && !dated)
                {
                    Pending = null;
                    return quantities.Count == 0 ? [] : ByDescription(text, masked, quantities, dates, row.FromPdf);
                }

                (Pending, _scheduled) = dated ? (pending, true) : (null, false);
                var q = quantities[0];
                var source = _pendingSource + " / " + text.Trim();
                // The date of a schedule row is when that quantity is due, with or without a word for delivery before it.
                var due = DeliveryDateIn(text, dates, 0, text.Length) ?? (dated ? dates[0].Date : null);
                return [Candidate(pending, q, null, due, source, row.FromPdf, 0.9)];
            }

            // "Artikel: …" / "Bezeichnung: …" / "Menge: …": the article number waits up to two rows for its quantity.
            if (quantities.Count == 0 && Pending is not null && ++_pendingRows <= 2)
            {
                return [];
            }

            Pending = null;
            // "navy plastic blazer buttons 20mm – 2,000": a row of goods and, after a dash or a colon, how many.
            if (quantities.Count == 0 && CountAfterGoods().Match(masked) is { Success: true } listed
                && NumberReader.Parse(listed.Groups["n"].Value, thousandsWhenAmbiguous: true) is >= 1 and var count)
            {
                quantities = [new QuantityMention(count, null, QuantityForm.Labelled, listed.Groups["n"].Index, listed.Groups["n"].Length)];
            }

            return quantities.Count == 0 ? [] : ByDescription(text, masked, quantities, dates, row.FromPdf);
        }

        // "2 Tsd. Druckknopf Edelstahl 15 mm" beside "HB-2211": a quantity before the name of other goods orders those goods.
        var forOtherGoods = quantities.Where(q => OrdersOtherGoods(text, masked, q, mentions, quantities)).ToList();
        quantities = quantities.Except(forOtherGoods).ToList();
        if (quantities.Count == 0 && !Schedules(next))
        {
            quantities = QuantityFinder.Bare(Blank(masked, forOtherGoods.Select(q => (q.Index, q.Length)))).Where(q => !NotAQuantity(masked, q)).ToList();
        }

        var pairs = Pair(mentions, quantities);
        var lines = forOtherGoods.Count == 0 ? [] : ByDescription(text, masked, forOtherGoods, dates, row.FromPdf).Where(l => l.Product is not null).ToList();
        for (var k = 0; k < mentions.Count; k++)
        {
            var (start, end) = Segment(mentions, pairs, k, text.Length);
            if (pairs[k] is { } quantity)
            {
                var segment = text[start..end];
                lines.Add(Candidate(mentions[k], quantity, PriceIn(segment, quantity.Value), DeliveryDateIn(text, dates, start, end),
                    mentions.Count == 1 ? text.Trim() : segment.Trim(' ', ',', ';', '-'), row.FromPdf, pairs.Count(p => p is not null) == mentions.Count ? 1.0 : 0.85));
            }
        }

        var waiting = mentions.Where((m, k) => pairs[k] is null).ToList();
        // "Sachnummer Kunde: 73-4410-212  Sachnummer Lieferant: HB-9002": two numbers of one part still name one part.
        Pending = waiting.Select(m => m.Product).Distinct().Count() == 1 && lines.Count == 0 ? waiting[0] : null;
        _delivered = mentions.Count == 1 && lines is [{ DeliveryDate: not null, Product: not null }] ? (mentions[0], text.Trim()) : null;
        _scheduled = false;
        _pendingSource = text.Trim();
        _pendingRows = 0;
        return lines;
    }

    /// <summary>Whether the words after a quantity, up to the next article number or quantity in its sentence, describe a product none of the article numbers names.</summary>
    private bool OrdersOtherGoods(string text, string masked, QuantityMention quantity, IReadOnlyList<ProductMention> mentions, IReadOnlyList<QuantityMention> quantities)
    {
        var start = quantity.Index + quantity.Length;
        var end = mentions.Select(m => m.Index).Concat(quantities.Select(q => q.Index)).Where(i => i >= start)
            .Append(OrderSentences.SentenceAt(text, quantity.Index).End).Min();
        var words = masked[start..end];
        var described = matcher.Describe(words) is { Product: not null } match ? match : matcher.ByOwnWord(words, ProductDescription.Of(words));
        return described?.Product is { } product && mentions.All(m => m.Product != product);
    }

    /// <summary>Whether <paramref name="row"/> is a dated quantity without an article number: a row of a call-off schedule.</summary>
    private bool Schedules(LayoutRow? row)
    {
        if (row is null || matcher.Mentions(row.Text).Count > 0)
        {
            return false;
        }

        var dates = DateReader.Find(row.Text, reference);
        return dates.Count > 0 && QuantityFinder.Find(Blank(row.Text, dates.Select(d => (d.Index, d.Length)))).Count > 0;
    }

    /// <summary>Lines of a row without an article number: the words beside each quantity describe the product.</summary>
    private List<LineCandidate> ByDescription(string text, string masked, IReadOnlyList<QuantityMention> quantities,
        IReadOnlyList<DateMention> dates, bool fromPdf)
    {
        quantities = Corrected(masked, quantities);
        // Read the words after each quantity ("2.000 Stk Hornknopf 20 mm") and before it ("Hornknopf 20 mm 2.000 Stk"), within
        // its sentence; keep the better reading, and for an item it leaves without a product the other one where its words are free.
        var sentences = quantities.Select(q => OrderSentences.SentenceAt(text, q.Index)).ToList();
        var after = quantities.Select((q, i) => (q, Start: q.Index + q.Length,
            End: Math.Min(sentences[i].End, i + 1 < quantities.Count ? quantities[i + 1].Index : text.Length))).ToList();
        var before = quantities.Select((q, i) => (q, Start: Math.Max(sentences[i].Start, i > 0 ? quantities[i - 1].Index + quantities[i - 1].Length : 0),
            End: q.Index)).ToList();
        GoodsSinceTheConjunction(masked, after, before);
        var afterMatches = DescribeInTurn(after.Select(s => masked[s.Start..s.End]));
        var beforeMatches = DescribeInTurn(before.Select(s => masked[s.Start..s.End]));
        var useAfter = afterMatches.Count(m => m?.Product is not null) >= beforeMatches.Count(m => m?.Product is not null);
        var segments = useAfter ? after : before;
        var matches = useAfter ? afterMatches : beforeMatches;
        var (otherSegments, otherMatches) = useAfter ? (before, beforeMatches) : (after, afterMatches);
        for (var i = 0; i < segments.Count; i++)
        {
            var other = otherSegments[i];
            if (matches[i]?.Product is null && otherMatches[i]?.Product is not null
                && !segments.Where((s, k) => matches[k]?.Product is not null).Any(s => s.Start < other.End && other.Start < s.End))
            {
                (segments[i], matches[i]) = (other, otherMatches[i]);
            }
        }
        var lines = new List<LineCandidate>();
        for (var i = 0; i < segments.Count; i++)
        {
            var (q, start, end) = segments[i];
            var from = Math.Min(start, q.Index);
            var to = Math.Max(end, q.Index + q.Length);
            var source = (quantities.Count == 1 ? text : text[from..to]).Trim(' ', ',', ';', '-');
            var words = masked[start..end];
            var price = PriceIn(text[from..to], q.Value);
            var date = DeliveryDateIn(text, dates, from, to);
            if (matches[i]?.Product is { } product)
            {
                lines.Add(new LineCandidate(product, ProductMatchKind.Description, null, q.Value, q.Unit, price, date,
                    Math.Min(0.85, 0.45 + 0.05 * matches[i]!.Score) * q.Confidence, source, fromPdf));
            }
            else if (q.Form is QuantityForm.Unit or QuantityForm.BeforeGoods && ProductMatcher.SpeaksOfButtons(words + " " + source)
                && (matches[i] is not null || ProductDescription.Of(words).Facets >= 1))
            {
                lines.Add(new LineCandidate(null, ProductMatchKind.None, null, q.Value, q.Unit, price, date, 0.3, source, fromPdf,
                    matches[i]?.Tied, words.Trim(' ', ',', ';', '-', ':')));
            }
        }

        return lines;
    }

    /// <summary>
    /// "3,000 gold blazer buttons and the matching sleeve buttons – 4,500 of those", "10.000 Edelstahl-Druckknöpfe und von den
    /// schwarzen nochmal 5.000 Stück": a quantity that refers back, or whose clause opens with "von den"/"of the", takes as its
    /// goods the words since the last "and" before it, and the quantity before it keeps the words up to there.
    /// </summary>
    private static void GoodsSinceTheConjunction(string masked, List<(QuantityMention q, int Start, int End)> after, List<(QuantityMention q, int Start, int End)> before)
    {
        for (var i = 1; i < after.Count; i++)
        {
            var (q, start, end) = before[i];
            var conjunction = Conjunction().Matches(masked[start..end]).LastOrDefault();
            var refersBack = BackReference().IsMatch(masked[after[i].Start..after[i].End]);
            if (conjunction is null || (!refersBack && !Partitive().IsMatch(masked[(start + conjunction.Index + conjunction.Length)..end])))
            {
                continue;
            }

            var goods = start + conjunction.Index + conjunction.Length;
            before[i] = (q, goods, end);
            after[i - 1] = (after[i - 1].q, after[i - 1].Start, Math.Min(after[i - 1].End, start + conjunction.Index));
            if (refersBack)
            {
                after[i] = (after[i].q, after[i].Start, after[i].Start);
            }
        }
    }

    /// <summary>"10 gross of the white ones? … so make it 5,000 pcs": a quantity correcting the one before takes its place.</summary>
    private static IReadOnlyList<QuantityMention> Corrected(string masked, IReadOnlyList<QuantityMention> quantities)
    {
        var result = new List<QuantityMention>();
        foreach (var q in quantities)
        {
            if (result.Count > 0 && result[^1] is var before && Correction().IsMatch(masked[(before.Index + before.Length)..q.Index]))
            {
                result[^1] = before with { Value = q.Value, Unit = q.Unit ?? before.Unit };
                continue;
            }

            result.Add(q);
        }

        return result;
    }

    /// <summary>
    /// The product of each item of a sentence, in turn. An item that names only its variant ("2 Gros von den 18ern", "5 Kartons
    /// in Hellblau") or says it is the same ("gleiche Größe", "the matching sleeve buttons") takes the rest from the item before.
    /// </summary>
    private List<DescriptionMatch?> DescribeInTurn(IEnumerable<string> items)
    {
        var matches = new List<DescriptionMatch?>();
        ProductDescription? previous = null;
        foreach (var words in items)
        {
            var own = ProductDescription.Of(words);
            var match = matcher.Describe(own);
            if (match?.Product is null && matcher.ByOwnWord(words, own) is { } named)
            {
                match = named;
            }

            if (match?.Product is null && previous is not null && !own.IsEmpty
                && ((own.Materials.Count == 0 && own.Kinds.Count == 0) || SameAsBefore().IsMatch(words)))
            {
                own = own.Over(previous);
                match = matcher.Describe(own);
            }

            matches.Add(match);
            previous = match?.Product is null ? null : own;
        }

        return matches;
    }

    private static LineCandidate Candidate(ProductMention mention, QuantityMention quantity, decimal? price, DateOnly? date, string source, bool fromPdf, double pairing) =>
        new(mention.Product, mention.Product is null ? ProductMatchKind.None : mention.Kind,
            mention.Kind is ProductMatchKind.Sku or ProductMatchKind.SimilarSku ? null : mention.Code, quantity.Value, quantity.Unit, price, date,
            (mention.Product is null ? 0.3 : mention.Kind switch { ProductMatchKind.Sku => 0.95, ProductMatchKind.SimilarSku => 0.75, _ => 0.9 })
                * quantity.Confidence * pairing, source, fromPdf,
            Described: mention.Product is null ? mention.Code : null);

    /// <summary>
    /// Each article number's quantity: the first one after it (up to the next article number), or the last one before
    /// it — whichever way pairs more numbers, and with the same count the closer one.
    /// </summary>
    private static QuantityMention?[] Pair(IReadOnlyList<ProductMention> mentions, IReadOnlyList<QuantityMention> quantities)
    {
        var after = new QuantityMention?[mentions.Count];
        var before = new QuantityMention?[mentions.Count];
        for (var k = 0; k < mentions.Count; k++)
        {
            var end = mentions[k].Index + mentions[k].Length;
            var next = k + 1 < mentions.Count ? mentions[k + 1].Index : int.MaxValue;
            after[k] = quantities.FirstOrDefault(q => q.Index >= end && q.Index < next);
            var previous = k > 0 ? mentions[k - 1].Index + mentions[k - 1].Length : 0;
            before[k] = quantities.LastOrDefault(q => q.Index >= previous && q.Index < mentions[k].Index);
        }

        int Count(QuantityMention?[] pairs) => pairs.Count(p => p is not null);
        double Distance(QuantityMention?[] pairs) => pairs.Select((p, k) => p is null ? 0 : Math.Abs(p.Index - mentions[k].Index)).Sum();
        double Strength(QuantityMention?[] pairs) => pairs.Sum(p => p?.Confidence ?? 0);
        if (Count(after) != Count(before))
        {
            return Count(after) > Count(before) ? after : before;
        }

        if (Math.Abs(Strength(after) - Strength(before)) > 0.01)
        {
            return Strength(after) > Strength(before) ? after : before;
        }

        return Distance(after) <= Distance(before) ? after : before;
    }

    /// <summary>The stretch of text that belongs to the k-th article number and its quantity.</summary>
    private static (int Start, int End) Segment(IReadOnlyList<ProductMention> mentions, QuantityMention?[] pairs, int k, int length)
    {
        var self = mentions[k];
        var start = Math.Min(self.Index, pairs[k]?.Index ?? self.Index);
        var end = Math.Max(self.Index + self.Length, pairs[k] is { } q ? q.Index + q.Length : 0);
        var nextStart = k + 1 < mentions.Count ? Math.Min(mentions[k + 1].Index, pairs[k + 1]?.Index ?? int.MaxValue) : length;
        return (start, Math.Max(end, nextStart));
    }

    /// <summary>A unit price written in the text: an amount with a currency (per 100/1,000 when it says so) or after "à"/"@".</summary>
    private static decimal? PriceIn(string segment, decimal quantity)
    {
        var amounts = new List<decimal>();
        foreach (Match m in Amount().Matches(segment))
        {
            if (NumberReader.Parse(m.Groups["n"].Value, thousandsWhenAmbiguous: false) is not { } value)
            {
                continue;
            }

            var per = m.Groups["per"].Success ? NumberReader.Parse(m.Groups["per"].Value, thousandsWhenAmbiguous: true) : null;
            amounts.Add(per is >= 2 ? value / per.Value : value);
        }

        if (amounts.Count <= 1)
        {
            return amounts.FirstOrDefault() is var single && amounts.Count == 1 ? single : null;
        }

        // A unit price and a line total: the price is the one that times the quantity gives the other.
        foreach (var price in amounts)
        {
            if (amounts.Any(total => total != price && Math.Abs(total - price * quantity) <= Math.Max(0.02m, total * 0.005m)))
            {
                return price;
            }
        }

        return amounts.Min();
    }

    private static DateOnly? DeliveryDateIn(string text, IReadOnlyList<DateMention> dates, int start, int end)
    {
        var inside = dates.Where(d => d.Index >= start && d.Index < end && DeliveryContext(text, d)).ToList();
        if (inside.Count > 0)
        {
            return inside[0].Date;
        }

        var anywhere = dates.Where(d => DeliveryContext(text, d)).ToList();
        return anywhere.Count == 1 ? anywhere[0].Date : null;
    }

    /// <summary>Whether a date stands where a delivery date stands: after "Liefertermin", "delivery", "bis", "by", …, not after "Datum" or "vom".</summary>
    public static bool DeliveryContext(string text, DateMention date)
    {
        if (date.IsWeek)
        {
            return true;
        }

        var before = text[Math.Max(0, date.Index - 40)..date.Index];
        return DeliveryWord().IsMatch(before) && !OrderDateWord().IsMatch(before[Math.Max(0, before.Length - 20)..]);
    }

    /// <summary>Pieces in one of a row's units: 1,000 for "Tsd"/"tausend"/"k", 144 for "Gros"/"GRS"/"gross", else 1.</summary>
    private static decimal CountUnitFactor(string unit)
    {
        var word = unit.Trim().TrimEnd('.');
        return !CountUnit().IsMatch(word) ? 1m : word.StartsWith("gr", StringComparison.OrdinalIgnoreCase) ? 144m : 1000m;
    }

    /// <summary>The price per piece; a price in a row counted in thousands or gross is for one such unit, unless its column says otherwise.</summary>
    private static decimal? UnitPrice(IReadOnlyList<(TableColumn Column, string Text)> cells, decimal unitFactor)
    {
        var priceCell = cells.FirstOrDefault(c => c.Column.Kind == ColumnKind.UnitPrice);
        if (priceCell.Column is null || NumberReader.Price(priceCell.Text) is not { } price)
        {
            return null;
        }

        var divisor = priceCell.Column.PriceDivisor;
        var perCell = cells.FirstOrDefault(c => c.Column.Kind == ColumnKind.PriceUnit);
        if (perCell.Column is not null && NumberReader.Quantity(perCell.Text) is >= 2 and var per)
        {
            divisor = per;
        }

        // "38,00 100" under "Preis per": the price and the quantity it is for, in one cell (as SAP prints them).
        if (PricePer().Match(priceCell.Text) is { Success: true } pricePer)
        {
            divisor = NumberReader.Parse(pricePer.Groups["per"].Value, thousandsWhenAmbiguous: true) ?? divisor;
        }

        if (divisor <= 1 && unitFactor > 1)
        {
            divisor = unitFactor;
        }

        return divisor > 1 ? decimal.Round(price / divisor, 6) : price;
    }

    private static string? UnitIn(string quantityText)
    {
        var unit = UnitWord().Match(quantityText);
        return unit.Success ? unit.Value : null;
    }

    /// <summary>A bare number right after "Pos.", "Nr.", "PO", "KW", …, or numbering a list ("2) HB-1011"), is a position or a reference, not a quantity.</summary>
    private static bool NotAQuantity(string text, QuantityMention quantity) =>
        ReferenceWord().IsMatch(text[Math.Max(0, quantity.Index - 14)..quantity.Index])
        || (string.IsNullOrWhiteSpace(text[..quantity.Index]) && ListMarkerEnd().IsMatch(text[(quantity.Index + quantity.Length)..]));

    private static string Blank(string text, IEnumerable<(int Index, int Length)> spans)
    {
        var chars = text.ToCharArray();
        foreach (var (index, length) in spans)
        {
            for (var i = index; i < index + length && i < chars.Length; i++)
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    /// <summary>"2 000": thousands grouped by a plain space, as the French write them; read so only where a cell holds nothing else.</summary>
    [GeneratedRegex(@"^\s*\d{1,3}(?: \d{3})+\s*$")]
    private static partial Regex SpacedGroups();

    [GeneratedRegex(@"\b(?:make\s+(?:it|that|them)|(?:machen|macht)\s+(?:Sie|ihr)\s+(?:daraus|lieber)|correction|korrektur|korrigiert)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Correction();

    [GeneratedRegex(@"^.*\p{L}.*?(?:\s[–—-]|:)\s*(?<n>" + NumberReader.Pattern + @")\s*$")]
    private static partial Regex CountAfterGoods();

    [GeneratedRegex(@"(?:,\s*|\s)(?:and|und|sowie|plus)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Conjunction();

    [GeneratedRegex(@"^\s*(?:of\s+(?:those|them|these)|davon|von\s+(?:denen|diesen))\b", RegexOptions.IgnoreCase)]
    private static partial Regex BackReference();

    [GeneratedRegex(@"^(?:(?:auch|noch|nochmal|also)\s+)?(?:von\s+(?:den|dem|der|diesen|Ihren)|vom|of\s+the|from\s+the)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Partitive();

    [GeneratedRegex(@"\b(?:gleiche[nrs]?|selbe[nrs]?|dieselben|passende[nrs]?|same|matching)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SameAsBefore();

    [GeneratedRegex(@"^\s*(?:€|EUR|USD)?\s*\d(?:[\d.,]*\d)?(?:\s*(?:€|EUR|USD))?(?:\s+|\s*/\s*)(?<per>10|100|1[.,]?000)\s*(?:stk|st|pcs|pc)?\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PricePer();

    [GeneratedRegex(@"^\d{1,3}\.?$")]
    private static partial Regex SmallInteger();

    [GeneratedRegex(@"^\)\s")]
    private static partial Regex ListMarkerEnd();

    [GeneratedRegex(@"\b(?:carriage|freight|shipping|postage|delivery\s+charge|handling|surcharge|packaging|fracht|frachtkosten|versand|versandkosten|porto|verpackung|zuschlag|mindermengenzuschlag)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Charge();

    [GeneratedRegex(@"^(?:tsd|tausend|k|gros|gross|grs)$", RegexOptions.IgnoreCase)]
    private static partial Regex CountUnit();

    [GeneratedRegex(@"[A-Za-zäöüÄÖÜ.]+$")]
    private static partial Regex UnitWord();

    [GeneratedRegex(@"(?:(?:€|EUR|Euro)\s*(?<n>" + NumberReader.Pattern + @")|(?:à|@|je|zu)\s*(?<n>" + NumberReader.Pattern + @")(?!\s*(?:stk|pcs|st\b))|(?<n>" + NumberReader.Pattern + @")\s*(?:€|EUR\b|Euro\b))(?:\s*(?:/|per|je|pro)\s*(?<per>1[.,]?000|100)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    [GeneratedRegex(@"liefer|termin|anliefer|zustell|deliver|delivery|due|required|requested|need|benötigt|bis\b|by\b|until|no later|spätestens|latest|ship|versand|eta\b|wunsch|arrival|ankunft|am\b|on\b|for\b|zum\b|week|kw\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeliveryWord();

    [GeneratedRegex(@"\b(?:bestelldatum|auftragsdatum|order date|po date|date of order|datum|vom|dated|ordered on|bestellt am|from|of)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OrderDateWord();

    [GeneratedRegex(@"(?:\bpos|\bposition|\bnr|\bno|#|\bkw|\babruf|\blieferabruf|\blieferschein|\brechnung|\breklamation|\binvoice|\bticket)\.?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex(@"(?:pos|position|nr|no|#|po|kw|week|cw|abruf|rv|fa|vertrag|order|bestellung|tel|fax|plz|page|seite|lieferschein|rechnung|reklamation|invoice|note|ticket)\.?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceWord();
}
