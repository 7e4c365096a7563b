using System.Globalization;
using System.Text.RegularExpressions;
using HappyButtons.Engine.Intake;

namespace HappyButtons.Engine.Agents.Support;

/// <summary>Why goods come back, as the RMA proposal names it (lower snake_case in the payload).</summary>
public enum ReturnReason { Defect, WrongDelivery, WrongColour, WrongSize, QuantityShort, TransitDamage, Other }

/// <summary>A quantity the customer stated, for one SKU (or for the whole complaint when <see cref="Sku"/> is null).</summary>
public sealed record StatedQuantity(string? Sku, long Quantity);

/// <summary>What a complaint or return mail says: the reason and the words that gave it, the order numbers named, the quantities.</summary>
public sealed record ComplaintReading(ReturnReason Reason, string? Evidence, IReadOnlyList<string> OrderNumbers, long? Shortfall,
    IReadOnlyList<(long Quantity, int Position)> Quantities);

/// <summary>
/// Reads a complaint or return request in German or English with fixed phrase lists (no model): the same mail always reads
/// the same, and the clerk sees the words the reason came from. When several reasons fit, the more specific wins
/// (transit damage before wrong colour or size, before a short quantity, a wrong article, a defect).
/// </summary>
public static partial class ComplaintReader
{
    public static string Code(this ReturnReason reason) => reason switch
    {
        ReturnReason.Defect => "defect",
        ReturnReason.WrongDelivery => "wrong_delivery",
        ReturnReason.WrongColour => "wrong_colour",
        ReturnReason.WrongSize => "wrong_size",
        ReturnReason.QuantityShort => "quantity_short",
        ReturnReason.TransitDamage => "transit_damage",
        _ => "other",
    };

    public static ComplaintReading Read(string subject, string text)
    {
        var all = subject + "\n" + WithoutQuotes(text);
        var folded = TextFolding.Fold(all);
        var (reason, evidence) = ReasonOf(folded);
        var orders = OrderNumber().Matches(all).Select(m => m.Value.ToUpperInvariant()).Distinct().ToList();
        long? shortfall = null;
        if (Shortfall().Match(folded) is { Success: true } gap && Number(gap.Groups["got"].Value) is { } got && Number(gap.Groups["ordered"].Value) is { } ordered && ordered > got)
        {
            shortfall = ordered - got;
        }

        var quantities = Quantity().Matches(all).Select(m => (Number(m.Groups["n"].Value), m.Index)).Where(q => q.Item1 is > 0)
            .Select(q => (q.Item1!.Value, q.Index)).ToList();
        return new ComplaintReading(reason, evidence, orders, shortfall, quantities);
    }

    /// <summary>The customer's own text: lines quoted from our earlier mails (starting with "&gt;") are not read.</summary>
    public static string WithoutQuotes(string text) =>
        string.Join("\n", (text ?? "").Split('\n').Where(line => !line.TrimStart().StartsWith('>')));

    private static (ReturnReason, string?) ReasonOf(string folded)
    {
        foreach (var (reason, pattern) in Patterns)
        {
            if (pattern.Match(folded) is { Success: true } match)
            {
                return (reason, match.Value.Trim());
            }
        }

        return (ReturnReason.Other, null);
    }

    /// <summary>"10.000" and "10,000" are ten thousand; "1.5" is not a quantity.</summary>
    public static long? Number(string text)
    {
        var digits = GroupedNumber().IsMatch(text) ? text.Replace(".", "").Replace(",", "") : text;
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static readonly (ReturnReason, Regex)[] Patterns =
    [
        (ReturnReason.TransitDamage, TransitDamage()),
        (ReturnReason.WrongColour, WrongColour()),
        (ReturnReason.WrongSize, WrongSize()),
        (ReturnReason.QuantityShort, QuantityShort()),
        (ReturnReason.WrongDelivery, WrongDelivery()),
        (ReturnReason.Defect, Defect()),
    ];

    // The patterns read folded text: lower case, ä → ae, ö → oe, ü → ue, ß → ss.
    [GeneratedRegex(@"transportschaden|transportschaeden|(?:beschaedigt|zerdrueckt|kaputt) (?:bei uns )?(?:angekommen|angeliefert|eingetroffen|zugestellt)|(?:karton|paket|verpackung|kartons|pakete|sendung)\p{L}* (?:war |waren |ist |sind )?(?:stark |voellig )?(?:beschaedigt|aufgerissen|eingedrueckt|zerdrueckt|nass)|damaged (?:in|during) (?:transit|shipping|shipment|delivery)|arrived damaged|transport damage|transit damage|(?:box|boxes|parcel|carton|cartons|packaging|package) (?:was |were )?(?:badly )?(?:damaged|crushed|torn|wet)")]
    private static partial Regex TransitDamage();

    [GeneratedRegex(@"falsche\p{L}* farbe|farbe\p{L}* (?:stimm|pass|weich)\p{L}* (?:nicht|ab)|farblich\p{L}* (?:abweich|falsch)|farbabweichung|andere\p{L}* farbe|wrong colou?r|colou?r (?:is|was|are|were) (?:wrong|different|off)|colou?r does(?:n't| not) match|different colou?r|(?:schwarz|weiss|marine|grau|rot|blau|braun|gold|silber|natur|dunkelbraun)\p{L}* (?:statt|anstatt|anstelle von) (?:schwarz|weiss|marine|grau|rot|blau|braun|gold|silber|natur|dunkelbraun)|(?:black|white|navy|grey|gray|red|blue|brown|gold|silver) instead of (?:black|white|navy|grey|gray|red|blue|brown|gold|silver)")]
    private static partial Regex WrongColour();

    [GeneratedRegex(@"falsche\p{L}* groesse|groesse (?:stimm|pass)\p{L}* nicht|zu (?:gross|klein)\b|\d+ ?(?:l|linien|mm) (?:statt|anstatt|anstelle von) \d+ ?(?:l|linien|mm)?\b|wrong size|too (?:big|small|large)|\d+ ?(?:l|lignes|mm) instead of \d+")]
    private static partial Regex WrongSize();

    [GeneratedRegex(@"zu wenig|fehlmenge|unvollstaendig|(?:es )?fehl(?:en|t) (?:noch )?\d|nur \d[\d.,]* ?(?:stueck |stk\.? |st\. )?(?:statt|anstatt|von|erhalten|geliefert|bekommen)|quantity (?:is |was )?short|short (?:delivery|shipment)|only (?:received|got) \d|only \d[\d.,]* ?(?:pcs |pieces |units |buttons )?(?:instead of|of|out of|arrived|were delivered)|\d[\d,.]* ?(?:pcs |pieces |units |buttons )?(?:are|were) missing|incomplete")]
    private static partial Regex QuantityShort();

    [GeneratedRegex(@"falsche\p{L}* (?:ware|artikel|knoepfe|knopf|lieferung|sendung|produkt)|falsch geliefert|nicht bestellt|anstelle der bestellten|verwechselt|wrong (?:item|items|article|articles|goods|product|products|buttons|delivery|parcel)|not what we ordered|did(?:n't| not) order|mixed up")]
    private static partial Regex WrongDelivery();

    [GeneratedRegex(@"defekt|kaputt|gebrochen|zerbrochen|abgebrochen|bricht|brechen|gerissen|abgerissen|risse\b|riss\b|gesprungen|splitter|verformt|verbogen|rostet|rostig|verfaerbt|ausgefranst|mangelhaft|fehlerhaft|beschaedigt|broken|breaks|breaking|cracked|cracks|crack\b|defective|faulty|chipped|rust|deformed|warped|snapped|split|damaged|peeling|discolou?red")]
    private static partial Regex Defect();

    [GeneratedRegex(@"\bAB-\d{4}-\d{5}\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrderNumber();

    [GeneratedRegex(@"(?:nur|only) (?:(?:received|got|delivered|had) )?(?<got>\d{1,3}(?:[.,]\d{3})+|\d+) ?(?:stueck |stk\.? |st\. |pcs\.? |pieces |units |buttons |knoepfe )?(?:statt|anstatt|von|instead of|of|out of) (?:den |der |the )?(?:bestellten |ordered )?(?<ordered>\d{1,3}(?:[.,]\d{3})+|\d+)")]
    private static partial Regex Shortfall();

    [GeneratedRegex(@"(?<n>\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:Stück|Stueck|Stk\.?|St\.|pcs\.?|pieces|units|Knöpfe|buttons)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"^\d{1,3}(?:[.,]\d{3})+$")]
    private static partial Regex GroupedNumber();
}
