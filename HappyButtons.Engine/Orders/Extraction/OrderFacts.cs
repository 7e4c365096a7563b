using System.Text.RegularExpressions;

namespace HappyButtons.Engine.Orders.Extraction;

/// <summary>
/// The facts of an order beside its lines: the customer's PO number (labelled "Bestell-Nr.", "PO number", "Lieferabruf
/// Nr.", … in the text, the PDF or the subject), the delivery address (the block after "Lieferadresse:", "Ship to:", …,
/// or the place after "Lieferung an"/"deliver to"), and the delivery date asked for the whole order.
/// </summary>
internal static partial class OrderFacts
{
    public static ExtractedValue? PoNumber(string? subject, IReadOnlyList<LayoutRow> rows, ProductMatcher matcher)
    {
        var candidates = new List<ExtractedValue>();
        foreach (var row in rows)
        {
            Collect(candidates, row.Text, matcher, labelled: 0.95, loose: 0.8);
        }

        if (subject is not null)
        {
            Collect(candidates, subject, matcher, labelled: 0.9, loose: 0.75);
        }

        return candidates.OrderByDescending(c => c.Confidence).FirstOrDefault();
    }

    private static void Collect(List<ExtractedValue> candidates, string text, ProductMatcher matcher, double labelled, double loose)
    {
        foreach (var (pattern, confidence) in new[] { (Labelled(), labelled), (Loose(), loose) })
        {
            foreach (Match m in pattern.Matches(text))
            {
                var value = m.Groups["po"].Value.TrimEnd('.', ',', ':', ';', ')', '/');
                if (value.Length >= 3 && value.Any(char.IsAsciiDigit) && matcher.Catalog.BySku(value) is null && !LooksLikeDate().IsMatch(value)
                    && !Agreement().IsMatch(value))
                {
                    candidates.Add(new ExtractedValue(value, confidence, text.Trim()));
                }
            }
        }
    }

    public static ExtractedValue? DeliveryAddress(IReadOnlyList<LayoutRow> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var label = AddressLabel().Match(rows[i].Text);
            if (!label.Success)
            {
                continue;
            }

            var lines = new List<string>();
            var rest = rows[i].Text[(label.Index + label.Length)..].Trim();
            if (rest.Length > 0)
            {
                lines.Add(rest);
            }

            for (var j = i + 1; j < rows.Count && lines.Count < 4; j++)
            {
                var next = rows[j].Text.Trim();
                if (next.Length == 0 || StopLine().IsMatch(next))
                {
                    break;
                }

                lines.Add(next);
            }

            if (lines.Count > 0)
            {
                var address = string.Join(", ", lines.Select(l => Spaces().Replace(l, " ")));
                return new ExtractedValue(address, lines.Count > 1 ? 0.9 : 0.75, rows[i].Text.Trim() + (lines.Count > 1 ? " …" : ""));
            }
        }

        foreach (var row in rows)
        {
            var phrase = AddressPhrase().Match(row.Text);
            if (phrase.Success)
            {
                return new ExtractedValue(phrase.Groups["a"].Value.Trim(' ', ',', '.'), 0.6, row.Text.Trim());
            }
        }

        return null;
    }

    /// <summary>The first date asked for the whole order ("Liefertermin: 21.03.2026", "delivery week 18").</summary>
    public static (DateOnly Date, string Source)? DeliveryDate(IReadOnlyList<LayoutRow> rows, DateOnly reference)
    {
        foreach (var row in rows)
        {
            if (!OrderDateLabel().IsMatch(row.Text))
            {
                continue;
            }

            foreach (var date in DateReader.Find(row.Text, reference))
            {
                if (LineReader.DeliveryContext(row.Text, date))
                {
                    return (date.Date, row.Text.Trim());
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:Bestell(?:ung)?s?[- ]?(?:Nr|nummer|Nummer|no)\.?|Bestellnr\.?|Ihre Bestellung|Unsere Bestell(?:ung|nummer|-Nr\.?)|Auftrags?[- ]?(?:Nr|nummer)\.?|Lieferabruf(?:[- ]?(?:Nr|nummer)\.?)?|Abruf(?:[- ]?(?:Nr|nummer)\.?)|Abrufnummer|Purchase[- ]Order(?:\s+(?:No|Number|#)\.?)?|P\.?O\.?\s*(?:No|Number|Nr|#)\.?|Order\s+(?:No|Number|Nr|#|Ref(?:erence)?)\.?|Our\s+(?:order|PO)(?:\s+(?:no|number|ref(?:erence)?))?\.?|Our\s+ref(?:erence)?\.?|Call[- ]off(?:\s+(?:No|Number|#))?\.?|Release\s+(?:No|Number|#)\.?)\s*[:#]?\s*(?:Nr\.?\s*|No\.?\s*)?(?:(?:\p{L}+\s+){0,2}?(?:ist|lautet|is)\s+)?(?<po>[A-Z0-9][A-Z0-9/_.-]*\d[A-Z0-9/_.-]*)", RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"(?:\bBestellung|(?<![\w-])PO\b|\bOrder|\bAbruf|\bLieferabruf|\bCall-off|\bPurchase order)\s*[-:#]?\s*(?<po>(?=[A-Z0-9/_.-]*\d)[A-Z0-9][A-Z0-9/_.-]{2,})", RegexOptions.IgnoreCase)]
    private static partial Regex Loose();

    [GeneratedRegex(@"^\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?$|^(?:KW|CW)\d")]
    private static partial Regex LooksLikeDate();

    [GeneratedRegex(@"^(?:RV|FA)-\d", RegexOptions.IgnoreCase)]
    private static partial Regex Agreement();

    [GeneratedRegex(@"(?:Lieferadresse|Lieferanschrift|Anlieferadresse|Anlieferanschrift|Anlieferstelle|Anlieferort|Lieferort|Warenempfänger|Delivery address|Deliver to|Ship to|Shipping address|Ship-to address|Consignee|Delivery point|Unloading point)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex AddressLabel();

    [GeneratedRegex(@"^(?:Mit freundlichen|Freundliche|Viele Grüße|Beste Grüße|Kind regards|Best regards|Regards|Thanks|Danke|Vielen Dank|Rechnungsadresse|Invoice address|Bill to|Pos\b|Item\b|Art|Bitte|Please|Liefertermin|Delivery date|Tel|Phone)", RegexOptions.IgnoreCase)]
    private static partial Regex StopLine();

    [GeneratedRegex(@"(?:Lieferung an|Anlieferung (?:an|in|im|nach)|liefern Sie (?:bitte )?an|deliver(?:y)? to|ship to|shipped to)\s+(?<a>(?:unser(?:e[nm]?)?\s+|our\s+|the\s+)?[^.;\n]{3,80})", RegexOptions.IgnoreCase)]
    private static partial Regex AddressPhrase();

    [GeneratedRegex(@"liefertermin|lieferdatum|wunschtermin|anliefertermin|anlieferung|liefer(?:ung|n)?\s+(?:bitte\s+|please\s+)?(?:bis|zum|am|in)|delivery|deliver|required|requested|due|need(?:ed)?\s+by|ship|arrival|eintreffen|termin|spätestens|bis\s+zum|no\s+later|at\s+the\s+latest|kw\s*\d|week\s*\d|w/c", RegexOptions.IgnoreCase)]
    private static partial Regex OrderDateLabel();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
