using System.Globalization;
using System.Text.RegularExpressions;
using HappyButtons.Engine.Catalog;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Orders.Extraction;

/// <summary>
/// Reads a purchase order — the mail's text and its PDFs — into order lines against the catalog, with the PO number,
/// the delivery address and a warning for everything a person must look at: products the catalog does not know, prices
/// off the customer's price by more than the tolerance, quantities below the minimum. It never changes what the
/// customer wrote. PDF tables are read by their columns; the mail's text line by line.
/// </summary>
public sealed partial class PurchaseOrderExtractor(IOptions<ExtractionOptions> options)
{
    private const int MaxSourceLength = 300;

    public PurchaseOrderExtraction Extract(PurchaseOrderInput input, CatalogSnapshot catalog)
    {
        var matcher = new ProductMatcher(catalog);
        var warnings = new List<ExtractionWarning>();
        var pdfRows = new List<LayoutRow>();
        var pdfCandidates = new List<LineCandidate>();
        var declined = new List<string>();
        foreach (var pdf in input.Pdfs)
        {
            if (pdf.Content is null)
            {
                warnings.Add(new(ExtractionWarningCode.AttachmentUnreadable, null, $"{pdf.FileName}: {pdf.UnreadableReason ?? "its content is not available"}; it was not read."));
                continue;
            }

            var layout = PdfLayoutReader.Read(pdf.Content);
            if (layout.Problem is not null)
            {
                warnings.Add(new(ExtractionWarningCode.AttachmentUnreadable, null, $"{pdf.FileName}: {layout.Problem}; it was not read."));
            }

            pdfRows.AddRange(layout.Rows);
            pdfCandidates.AddRange(ReadRows(layout.Rows, matcher, input.ReceivedOn, declined));
        }

        var textRows = LayoutRow.FromText(input.Text);
        var quoteStart = OrderSentences.QuoteStart(textRows);
        var textCandidates = ReadRows(textRows.Take(quoteStart).ToList(), matcher, input.ReceivedOn, declined);
        // The quoted history of a reply (our offer, say) orders nothing; a forwarded order without a line of its own does.
        if (!pdfCandidates.Concat(textCandidates).Any(c => c.Product is not null))
        {
            // "the same as our last order (below), but in silver instead of antique brass": the quoted order with that change.
            var change = VariantChange().Match(string.Join("\n", textRows.Take(quoteStart).Select(r => r.Text)));
            textCandidates.AddRange(ReadRows(textRows.Skip(quoteStart).ToList(), matcher, input.ReceivedOn, declined)
                .Select(c => change.Success && c.MatchedBy == ProductMatchKind.Description ? Changed(c, change, matcher) : c));
        }

        // A mail that asks for nothing but a quotation names in its request what to quote: then the request gives the lines.
        if (!pdfCandidates.Concat(textCandidates).Any(c => c.Product is not null))
        {
            textCandidates = ReadRows(textRows.Take(quoteStart).ToList(), matcher, input.ReceivedOn, declined, requestsCount: true);
        }

        // A mail that restates its order in words ("the full order is now:") describes a line twice: it is one line.
        textCandidates = textCandidates.Where((c, i) => c.MatchedBy != ProductMatchKind.Description || !textCandidates.Take(i).Any(e =>
            e.Product?.Id == c.Product?.Id && e.Quantity == c.Quantity && e.DeliveryDate == c.DeliveryDate)).ToList();

        // A mail that sends its order as a PDF often repeats a line or two in its text: the PDF's reading wins.
        var inPdf = pdfCandidates.Where(c => c.Product is not null).Select(c => c.Product!.Id).ToHashSet();
        var notWanted = declined.SelectMany(matcher.Declined).Select(p => p.Id).ToHashSet();
        var candidates = pdfCandidates.Concat(textCandidates.Where(c => c.Product is null || !inPdf.Contains(c.Product.Id)))
            .Where(c => c.Product is null || !notWanted.Contains(c.Product.Id)).ToList();

        var allRows = textRows.Concat(pdfRows).ToList();
        var orderDate = OrderFacts.DeliveryDate(allRows, input.ReceivedOn);
        var lines = new List<ExtractedLine>();
        foreach (var candidate in candidates)
        {
            var number = lines.Count + 1;
            var line = new ExtractedLine(number, candidate.Product?.Sku, candidate.MatchedBy, candidate.CustomerCode, candidate.Quantity, candidate.Unit,
                candidate.UnitPrice, candidate.DeliveryDate ?? orderDate?.Date, Math.Round(candidate.Confidence, 2), Shorten(candidate.SourceText));
            lines.Add(line);
            Check(candidate, line, catalog, input.ReceivedOn, warnings);
        }

        return new PurchaseOrderExtraction(OrderFacts.PoNumber(input.Subject, allRows, matcher), OrderFacts.DeliveryAddress(allRows), lines, warnings);
    }

    /// <summary>The lines of <paramref name="rows"/>; the sentences that decline goods are added to <paramref name="declined"/>.</summary>
    private static List<LineCandidate> ReadRows(IReadOnlyList<LayoutRow> rows, ProductMatcher matcher, DateOnly receivedOn, List<string> declined,
        bool requestsCount = false)
    {
        var reader = new LineReader(matcher, receivedOn, requestsCount);
        var forecastCodes = OrderSentences.ForecastCodes(rows);
        var forecastFrom = OrderSentences.ForecastFrom(rows, receivedOn) ?? DateOnly.MaxValue;
        var found = new List<LineCandidate>();
        TableHeader? header = null;
        ProductMention? part = null;
        DeliverySchedule? schedule = null;
        var misses = 0;
        var forecast = false;
        var lastTableLine = -1;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (string.IsNullOrWhiteSpace(row.Text))
            {
                // A blank line ends a table (and a forecast) in a mail's text; a PDF has none.
                (header, schedule, forecast) = (null, null, false);
                reader.ParagraphEnds();
                continue;
            }

            if ((forecast && TableHeader.TryRead(row) is null) || OrderSentences.OpensForecast(row.Text))
            {
                (header, forecast) = (null, true);
                continue;
            }

            if (schedule?.Read(row, matcher) is { } deliveries)
            {
                found.AddRange(deliveries.Where(d => d.DeliveryDate < forecastFrom));
                continue;
            }

            schedule = DeliverySchedule.TryRead(row, receivedOn);
            if (schedule is not null)
            {
                header = null;
                continue;
            }

            var notOrdered = OrderSentences.Find(row.Text, requestsCount);
            // "wk 51: CANCELLED" drops that one delivery; the part's other deliveries stand.
            declined.AddRange(notOrdered.Where(n => n.Declines).Select(n => row.Text.Substring(n.Index, n.Length))
                .Where(sentence => DateReader.Find(sentence, receivedOn).Count == 0));
            if (header is not null && (notOrdered.Count > 0 || OrderSentences.MarkedForecast(row, forecastCodes)))
            {
                continue;
            }

            if (TableHeader.TryRead(row) is { } next)
            {
                (header, misses, part) = (next, 0, null);
                continue;
            }

            if (reader.Pending is { } named && TableHeader.TryRead(row, partNamedAbove: true) is { } dates)
            {
                (header, misses, part) = (dates, 0, named);
                continue;
            }

            if (header is not null)
            {
                // "|------|------|", "---- ------": the ruling under a table's titles.
                if (Ruling().IsMatch(row.Text))
                {
                    continue;
                }

                if (TableEnd().IsMatch(row.Text))
                {
                    header = null;
                    continue;
                }

                // "5 KRT à" with "10.000 Stk" in the row below: a quantity wrapped in its cell.
                if (i + 1 < rows.Count && header.Assign(row).Any(c => c.Column.Kind == ColumnKind.Quantity && QuantityFinder.BreaksOff(c.Text)))
                {
                    row = row.Above(rows[++i]);
                }

                var tableLines = reader.ReadTableRow(header, row, part);
                if (tableLines.Count > 0)
                {
                    found.AddRange(tableLines);
                    (misses, lastTableLine) = (0, found.Count - 1);
                    continue;
                }

                // "Liefertermin 01.02.2027" in the row under a table line: that line's delivery date.
                if (lastTableLine >= 0 && found[lastTableLine].DeliveryDate is null
                    && DateReader.Find(row.Text, receivedOn).FirstOrDefault(d => LineReader.DeliveryContext(row.Text, d)) is { } date)
                {
                    found[lastTableLine] = found[lastTableLine] with { DeliveryDate = date.Date };
                }

                // A wrapped description or a page break inside a PDF table; in a mail's text the table has ended.
                if (row.FromPdf && ++misses < 3)
                {
                    continue;
                }

                header = null;
            }

            found.AddRange(reader.ReadTextRow(row, NextWithFigures(rows, i)));
        }

        return found;
    }

    /// <summary>The row that goes on from row <paramref name="i"/>: the next one, past blank lines and a row of titles ("Termin  Abrufmenge").</summary>
    private static LayoutRow? NextWithFigures(IReadOnlyList<LayoutRow> rows, int i)
    {
        var titles = 0;
        for (var j = i + 1; j < rows.Count; j++)
        {
            if (string.IsNullOrWhiteSpace(rows[j].Text))
            {
                continue;
            }

            if (rows[j].Text.Any(char.IsAsciiDigit) || ++titles > 1)
            {
                return rows[j];
            }
        }

        return null;
    }

    private void Check(LineCandidate candidate, ExtractedLine line, CatalogSnapshot catalog, DateOnly receivedOn, List<ExtractionWarning> warnings)
    {
        var n = line.Number;
        if (candidate.Product is not { } product)
        {
            if (candidate.Tied is { Count: > 1 } tied)
            {
                warnings.Add(new(ExtractionWarningCode.AmbiguousProduct, n,
                    $"Line {n}: \"{candidate.Described}\" fits several products ({string.Join(", ", tied.Select(p => p.Sku))}); choose one."));
            }
            else
            {
                warnings.Add(new(ExtractionWarningCode.UnknownProduct, n, $"Line {n}: no product of the catalog matches \"{candidate.Described ?? line.SourceText}\"."));
            }

            return;
        }

        if (!product.Active)
        {
            warnings.Add(new(ExtractionWarningCode.InactiveProduct, n, $"Line {n}: {product.Sku} ({product.Name}) is no longer sold."));
        }

        if (line.Quantity is not { } quantity)
        {
            warnings.Add(new(ExtractionWarningCode.MissingQuantity, n, $"Line {n}: no quantity found for {product.Sku}."));
            return;
        }

        if (quantity < product.MinimumOrderQuantity)
        {
            warnings.Add(new(ExtractionWarningCode.BelowMinimum, n, Invariant(
                $"Line {n}: {quantity:0.##} {product.Unit} of {product.Sku} is below the minimum order quantity of {product.MinimumOrderQuantity}.")));
        }

        if (line.UnitPrice is { } price)
        {
            var expected = catalog.PriceOf(product, quantity, receivedOn);
            var tolerance = options.Value.PriceTolerancePercent;
            if (expected.UnitPrice > 0 && Math.Abs(price - expected.UnitPrice) / expected.UnitPrice * 100m > tolerance)
            {
                var deviation = (price - expected.UnitPrice) / expected.UnitPrice * 100m;
                var against = expected.Source == PriceSource.Customer ? "the customer's price" : "the list price";
                warnings.Add(new(ExtractionWarningCode.PriceDeviation, n, Invariant(
                    $"Line {n}: the unit price {price:0.0000} {expected.Currency} is {Math.Abs(deviation):0.#} % {(deviation > 0 ? "above" : "below")} {against} {expected.UnitPrice:0.0000} {expected.Currency} (tolerance {tolerance:0.##} %).")));
            }
        }
    }

    /// <summary>A line described in the quoted order, described again with the variant the mail asks for instead.</summary>
    private static LineCandidate Changed(LineCandidate candidate, Match change, ProductMatcher matcher)
    {
        var to = change.Groups["to"].Value;
        foreach (var from in new[] { change.Groups["from"].Value, change.Groups["from"].Value.Split(' ')[0] })
        {
            var source = candidate.SourceText;
            var changed = source.Replace(from, to, StringComparison.OrdinalIgnoreCase);
            if (changed != source)
            {
                return matcher.Describe(changed) is { Product: { } product } ? candidate with { Product = product } : candidate;
            }
        }

        return candidate;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string text)
    {
        var clean = Spaces().Replace(text.Trim(), " ");
        return clean.Length <= MaxSourceLength ? clean : clean[..(MaxSourceLength - 1)] + "…";
    }

    [GeneratedRegex(@"^\s*(?:zwischensumme|summe|gesamt|total|subtotal|sub-total|netto|net total|nettobetrag|warenwert|übertrag|carried forward|mwst|ust|vat)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TableEnd();

    [GeneratedRegex(@"\bin\s+(?<to>\p{L}+(?:\s+\p{L}+)?)\s+(?:statt|anstatt|instead\s+of)\s+(?<from>\p{L}+(?:\s+\p{L}+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex VariantChange();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[\s|+:=_-]+$")]
    private static partial Regex Ruling();
}
