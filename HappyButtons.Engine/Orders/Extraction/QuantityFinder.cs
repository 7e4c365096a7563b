using System.Text.RegularExpressions;

namespace HappyButtons.Engine.Orders.Extraction;

/// <summary>How a quantity was written: with a unit (<c>25.000 Stk.</c>), as a factor or after a label (<c>3.000 x</c>,
/// <c>qty 500</c>), before the goods (<c>500 corozo buttons</c>), or a bare number next to an article number.</summary>
public enum QuantityForm { Unit, Labelled, BeforeGoods, Bare }

public sealed record QuantityMention(decimal Value, string? Unit, QuantityForm Form, int Index, int Length)
{
    public double Confidence => Form switch { QuantityForm.Unit => 1.0, QuantityForm.Labelled => 0.95, QuantityForm.BeforeGoods => 0.85, _ => 0.75 };
}

/// <summary>Finds quantities in free text (article numbers and dates already blanked out).</summary>
public static partial class QuantityFinder
{
    public static IReadOnlyList<QuantityMention> Find(string text)
    {
        var found = new List<QuantityMention>();
        // "fünf VE à 1.000": packs counted in words.
        foreach (Match m in PackedInWords().Matches(text))
        {
            if (NumberWords.Value(m.Groups["w"].Value) is > 0 and var packs && ContentOf(m) is > 0 and var content)
            {
                found.Add(new QuantityMention(packs * content, "Stk", QuantityForm.Unit, m.Index, m.Length));
                text = text[..m.Index] + new string(' ', m.Length) + text[(m.Index + m.Length)..];
            }
        }

        // "20 VE à 5.000 Stk": packs times their content. "10 Kartons … (Karton à 10.000 Stück)": the content stated apart.
        var contents = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (Match m in PackContent().Matches(text))
        {
            if (ContentOf(m) is > 0 and var content)
            {
                contents[PackKind(m.Groups["pack"].Value)] = content;
                text = text[..m.Index] + new string(' ', m.Length) + text[(m.Index + m.Length)..];
            }
        }

        foreach (Match m in Packed().Matches(text))
        {
            var content = m.Groups["m"].Success ? ContentOf(m)
                : contents.GetValueOrDefault(PackKind(m.Groups["pack"].Value));
            if (content is > 0 && NumberReader.Parse(m.Groups["n"].Value, thousandsWhenAmbiguous: true) is > 0 and var packs)
            {
                found.Add(new QuantityMention(packs * content.Value, "Stk", QuantityForm.Unit, m.Index, m.Length));
            }
        }

        // "50 Tsd.", "10 Gros", "12k": a count word makes a quantity as a unit does.
        foreach (Match m in Multiplied().Matches(text))
        {
            Add(found, m, "Stk", QuantityForm.Unit);
        }

        foreach (Match m in SpacedBeforeGoods().Matches(text))
        {
            Add(found, m, "Stk", QuantityForm.BeforeGoods);
        }

        foreach (Match m in SpacedWithUnit().Matches(text))
        {
            Add(found, m, Unit(m.Groups["u"].Value), QuantityForm.Unit);
        }

        foreach (Match m in WithUnit().Matches(text))
        {
            Add(found, m, Unit(m.Groups["u"].Value), m.Groups["u"].Value.Equals("x", StringComparison.OrdinalIgnoreCase) ? QuantityForm.Labelled : QuantityForm.Unit);
        }

        foreach (Match m in Labelled().Matches(text))
        {
            Add(found, m, null, QuantityForm.Labelled);
        }

        foreach (Match m in Needed().Matches(text))
        {
            Add(found, m, null, QuantityForm.Labelled);
        }

        foreach (Match m in BeforeGoods().Matches(text))
        {
            Add(found, m, "Stk", QuantityForm.BeforeGoods);
        }

        // "und 4.000 in hellblau": a number in thousands followed by its variant is a quantity as well.
        foreach (Match m in ThousandsInVariant().Matches(text))
        {
            Add(found, m, "Stk", QuantityForm.BeforeGoods);
        }

        // "10,000 of the red 20 mm buttons", "3.000 von den weißen": a number taking its goods by "of"/"von" is a quantity.
        foreach (Match m in OfTheGoods().Matches(text))
        {
            Add(found, m, "Stk", QuantityForm.BeforeGoods);
        }

        // "zweitausend Perlmuttknöpfe", "two thousand of the gold buttons": a quantity in words; a small one only right before the goods ("zwei Sortimentskästen").
        foreach (Match m in InWords().Matches(text))
        {
            // "zwei Gros", "three gross": words counting in gross.
            var gross = GrossAfter().Match(text, m.Index + m.Length);
            var length = gross.Success ? gross.Index + gross.Length - m.Index : m.Length;
            if (NumberWords.Value(m.Value) * (gross.Success ? 144 : 1) is { } value && (value >= 100 || (value >= 1 && GoodsFollow().IsMatch(text[(m.Index + length)..])))
                && !found.Any(q => m.Index < q.Index + q.Length && q.Index < m.Index + length))
            {
                found.Add(new QuantityMention(value, "Stk", QuantityForm.BeforeGoods, m.Index, length));
            }
        }

        // "und nochmal genauso viele in 22 mm", "the same quantity in white": as many as the quantity before.
        foreach (Match m in SameCount().Matches(text))
        {
            if (found.Where(q => q.Index < m.Index).MaxBy(q => q.Index) is { } before)
            {
                found.Add(new QuantityMention(before.Value, before.Unit, QuantityForm.BeforeGoods, m.Index, m.Length));
            }
        }

        // "5,80 € je 100 Stück": the quantity a price is for is no quantity ordered.
        found.RemoveAll(q => PriceBasis().IsMatch(text[..q.Index]));

        // "12 VE à 5.000 Stk = 60.000 Stk": the total after the equals sign is the quantity, not the factor before it.
        var ordered = found.OrderBy(q => q.Index).ToList();
        return ordered.Where((q, i) => i + 1 == ordered.Count || !EqualsBetween().IsMatch(text[(q.Index + q.Length)..ordered[i + 1].Index])).ToList();
    }

    /// <summary>
    /// A table cell of packs and their content ("10 KRT à 5.000 Stk"), or of packs whose content the rest of the row states
    /// ("6 VE" beside "(VE = 500 Stk)"): the pieces; null when they say no such thing.
    /// </summary>
    public static decimal? Packs(string cell, string rest = "")
    {
        var m = Packed().Match(cell);
        if (!m.Success || NumberReader.Parse(m.Groups["n"].Value, thousandsWhenAmbiguous: true) is not { } packs)
        {
            return null;
        }

        var kind = PackKind(m.Groups["pack"].Value);
        var content = m.Groups["m"].Success ? ContentOf(m)
            : PackContent().Matches(rest).Where(c => PackKind(c.Groups["pack"].Value) == kind).Select(ContentOf).FirstOrDefault();
        return content is > 0 ? packs * content : null;
    }

    /// <summary>Whether a table cell breaks off where the content of its packs should follow ("5 KRT à"): it goes on in the next row.</summary>
    public static bool BreaksOff(string cell) => Dangling().IsMatch(cell);

    /// <summary>What one pack holds: "à 5.000 Stk", or "à 10 Tsd." counted in thousands.</summary>
    private static decimal? ContentOf(Match m) =>
        NumberReader.Parse(m.Groups["m"].Value, thousandsWhenAmbiguous: true) * NumberReader.Multiplier(m.Groups["mk"].Value);

    private static string PackKind(string word)
    {
        var folded = word.ToLowerInvariant();
        return folded switch
        {
            "krt" or "ctn" or "ctns" => "karton",
            "vpe" => "ve",
            _ when folded.StartsWith("car", StringComparison.Ordinal) => "karton",
            _ => folded.Length > 3 ? folded[..4] : folded,
        };
    }

    /// <summary>Bare numbers (no unit, no label): the last resort beside an article number. Sizes, prices and positions are not.</summary>
    public static IReadOnlyList<QuantityMention> Bare(string text)
    {
        var found = new List<QuantityMention>();
        foreach (Match m in BareNumber().Matches(text))
        {
            Add(found, m, null, QuantityForm.Bare);
        }

        // "Horn button 20mm dark brown 07 ........ 1000": the figure the leaders lead to is the quantity, not one in the description.
        var led = found.Where(q => Leaders().IsMatch(text[..q.Index])).ToList();
        return led.Count > 0 ? led : found;
    }

    private static void Add(List<QuantityMention> found, Match m, string? unit, QuantityForm form)
    {
        var number = m.Groups["n"];
        if (found.Any(q => number.Index < q.Index + q.Length && q.Index < number.Index + number.Length))
        {
            return;
        }

        var value = NumberReader.Parse(number.Value.Replace(" ", "", StringComparison.Ordinal), thousandsWhenAmbiguous: true);
        if (m.Groups["k"].Success && m.Groups["k"].Length > 0)
        {
            value *= NumberReader.Multiplier(m.Groups["k"].Value);
        }

        // "(0.030 each)" is a price: nobody orders a fraction of a button ("0.5k" is five hundred).
        if (value is null or < 1)
        {
            return;
        }

        // "01  HB-1002 …": a figure written with a leading zero numbers a position; it counts nothing.
        if (form is QuantityForm.Bare or QuantityForm.BeforeGoods && number.Value.Length > 1 && number.Value[0] == '0' && char.IsAsciiDigit(number.Value[1]))
        {
            return;
        }

        // Before the goods, the mention is the number alone: the words after it describe the product.
        var end = form == QuantityForm.BeforeGoods ? Math.Max(number.Index + number.Length, m.Groups["k"].Index + m.Groups["k"].Length) : m.Index + m.Length;
        found.Add(new QuantityMention(value.Value, unit, form, number.Index, end - number.Index));
    }

    private static string Unit(string written) => written.ToLowerInvariant().TrimEnd('.') switch
    {
        "pcs" or "pc" or "pieces" or "piece" or "units" or "unit" or "ea" or "each" => "pcs",
        "x" => "Stk",
        _ => "Stk",
    };

    private const string CountWord = @"k\b|tsd\.?(?=\s|$|[,;)])|tausend\b|thousand\b|mille\b|gros\b|gross\b";

    /// <summary>A number followed by a size unit ("15 mm buttons") is the size of the goods, not their quantity.</summary>
    private const string NoSize = @"(?!\s*(?:mm|millimet(?:er|re)s?|cm|l|''|linien|lignes?|loch|hole)\b)";

    private const string Number = @"(?<n>" + NumberReader.Pattern + @")\s*(?<k>" + CountWord + @")?";

    /// <summary>"50 Tsd.", "(3) gross": a number and a count word.</summary>
    [GeneratedRegex(@"(?<n>" + NumberReader.Pattern + @")\)?\s*(?<k>" + CountWord + @")", RegexOptions.IgnoreCase)]
    private static partial Regex Multiplied();

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:" + NumberWords.German + @")+|(?:" + NumberWords.English + @")(?:[\s-]+(?:and\s+)?(?:" + NumberWords.English + @"))*)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex InWords();

    private const string PackWord = @"(?<pack>VE|VPE|KRT|CTNS?|Kartons?|Kisten?|Beutel|Packungen|Packung|Packs?|Pakete?|Rollen?|Gebinde|boxes|box|cartons?|cases?|bags?|packets?)\.?";

    private const string Content = @"\s*\(?\s*(?:zu\s+je|à|a|zu|je|of|x|@|mit)\s*(?<m>" + NumberReader.Pattern + @")(?:\s*(?<mk>tsd\.?(?=\s|$|[,;)])|tausend\b))?(?:\s*(?:stk\b\.?|stck\b\.?|stück\b|st\.|pcs\b\.?|pieces\b))?";

    [GeneratedRegex(@"(?<n>" + NumberReader.Pattern + @")\s*" + PackWord + @"(?![\p{L}])(?:" + Content + @")?", RegexOptions.IgnoreCase)]
    private static partial Regex Packed();

    [GeneratedRegex(@"(?<![\p{L}])(?<w>(?:" + NumberWords.German + @")+|(?:" + NumberWords.English + @"))\s+" + PackWord + @"(?![\p{L}])" + Content, RegexOptions.IgnoreCase)]
    private static partial Regex PackedInWords();

    /// <summary>"Karton à 10.000 Stück", "(VE = 500 Stk)", "carton = 5,000 pcs": what one pack holds, said apart from how many.</summary>
    [GeneratedRegex(@"(?<![\d.,]\s{0,3})(?<![\p{L}])" + PackWord + @"(?:\s*=\s*(?<m>" + NumberReader.Pattern + @")(?:\s*(?<mk>tsd\.?(?=\s|$|[,;)])|tausend\b))?(?:\s*(?:stk\b\.?|stck\b\.?|stück\b|st\.|pcs\b\.?|pieces\b))?|" + Content + ")", RegexOptions.IgnoreCase)]
    private static partial Regex PackContent();

    [GeneratedRegex(@"(?<![\p{L}])(?:à|a|zu|je|of|x|@)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Dangling();

    [GeneratedRegex(@"\G\s+gros(?:s)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex GrossAfter();

    [GeneratedRegex(@"(?:\.{3,}|…+)\s*$")]
    private static partial Regex Leaders();

    [GeneratedRegex(@"\b(?:genauso|ebenso|gleich)\s+viele\b|\bthe\s+same\s+(?:number|quantity|amount)\b|\bas\s+many\s+again\b", RegexOptions.IgnoreCase)]
    private static partial Regex SameCount();

    [GeneratedRegex(@"(?:\d|€|\beur|\beuro|\bcents?|\bct)\.?\s*(?:je|per|pro|/)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PriceBasis();

    [GeneratedRegex(@"^\s*=\s*$")]
    private static partial Regex EqualsBetween();

    private const string UnitWords = @"(?<u>stk\b\.?|stck\b\.?|stück\b|stueck\b|st\.(?=[\s,;]|$)|(?<=\s)(?-i:ST)\b|pcs\b\.?|pc\b\.?|pieces\b|piece\b|units\b|ea\b|each\b|x(?=\s))";

    [GeneratedRegex(Number + @"\s*" + UnitWords, RegexOptions.IgnoreCase)]
    private static partial Regex WithUnit();

    /// <summary>"1 000 pcs": thousands grouped by a plain space (as the French write them), read so only before a unit and not after another figure.</summary>
    [GeneratedRegex(@"(?<!\d[.,]?\s?)(?<n>\d{1,3}(?: \d{3})+)\s*" + UnitWords, RegexOptions.IgnoreCase)]
    private static partial Regex SpacedWithUnit();

    /// <summary>"2 000 corozo buttons": thousands grouped by a plain space right before the goods.</summary>
    [GeneratedRegex(@"(?<![\d.,]\s?)(?<n>\d{1,3}(?: \d{3})+)" + NoSize + @"\s+" + Goods, RegexOptions.IgnoreCase)]
    private static partial Regex SpacedBeforeGoods();

    /// <summary>
    /// The goods right after a small number in words: "einen Sortimentskasten", "zwei Muster-Sortimente", or taken from a range
    /// ("zwei von Ihren Mustersortimenten", "one box of the sample assortment").
    /// </summary>
    [GeneratedRegex(@"^\s+(?:(?:box|boxes|Kasten|Karton|carton|pack)\s+)?(?:(?:of|von)\s+(?:the|your|our|Ihren|Ihrem|Ihrer|den|dem|euren|unseren)\s+(?:[\p{L}-]+\s+)?)?(?:[\p{L}-]+\s+)?" + GoodsWord, RegexOptions.IgnoreCase)]
    private static partial Regex GoodsFollow();

    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3}(?:[.,'’]\d{3})+)(?![.,]?\d)\s+(?:in|im|aus)\s+\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex ThousandsInVariant();

    [GeneratedRegex(@"(?:\bqty|\bquantity|\bmenge|\banzahl|\bstückzahl|\bmengen?)\s*(?:of|von|:|=)?\s*" + Number, RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();

    private const string GoodsWord = @"(?:[\p{L}-]*(?:kn(?:ö|oe|o)pf|button|snap|fastener|toggle|knebel|clip|niet|rivet|sortiment|assortment|kästen|kasten|sets?\b|boxes\b))";

    /// <summary>Up to four words and a word for the goods: "Perlmuttknöpfe", "corozo buttons", "Sortimentskasten".</summary>
    private const string Goods = @"(?:[\p{L}-]+\s+){0,4}?" + GoodsWord;

    [GeneratedRegex(Number + NoSize + @"\s+" + Goods, RegexOptions.IgnoreCase)]
    private static partial Regex BeforeGoods();

    /// <summary>"we need 1,200, plus …", "davon brauchen wir 800.", "please ship 20,000 asap": the count standing alone after the verb of needing or sending.</summary>
    [GeneratedRegex(@"\b(?:(?:we|I)\s+(?:need|require|would\s+need)|please\s+(?:ship|send|deliver)|(?:wir\s+)?(?:brauchen|benötigen)(?:\s+wir)?|ich\s+(?:brauche|benötige|bräuchte))\s+(?:about\s+|around\s+|approx\.?\s+|ca\.\s*|etwa\s+|rund\s+)?(?<n>"
        + NumberReader.Pattern + @")(?=\s*(?:[,;.!)](?!\d)|$)|\s+(?:and|plus|und|as\s+soon|asap|by|bis|schnellstmöglich|baldmöglichst)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Needed();

    [GeneratedRegex(Number + @"\s+(?:of|von)\s+(?:the|your|our|these|those|them|den|dem|der|diesen|denen|euren|eueren|ihren)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfTheGoods();

    [GeneratedRegex(@"(?<![\w.,/-])(?<n>" + NumberReader.Pattern + @")(?!\s*(?:mm|cm|m\b|%|€|eur|usd|l\b|linien|lignes?|ligne|''|-loch|-hole|hole|loch|uhr|h\b|[.,]\d|/))(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex BareNumber();
}
