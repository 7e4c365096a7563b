using System.Globalization;
using System.Text;

namespace HappyButtons.Engine.Intake.Enrichment.Fraud;

/// <summary>
/// A mail domain split into its distinctive label and public suffix ("autowerk-sued" + "de",
/// "brightwear" + "co.uk"), with punycode decoded and a homoglyph skeleton for comparison.
/// </summary>
public sealed record DomainName(string Full, string Unicode, string Label, string Suffix, bool IsPunycode)
{
    private static readonly HashSet<string> SecondLevelSuffixes = new(StringComparer.Ordinal) { "co", "com", "org", "net", "ac", "gov", "or", "ne" };
    private static readonly IdnMapping Idn = new();

    public static DomainName Parse(string domain)
    {
        var full = domain.Trim().TrimEnd('.').ToLowerInvariant();
        var isPunycode = full.Split('.').Any(l => l.StartsWith("xn--", StringComparison.Ordinal));
        var unicode = full;
        if (isPunycode)
        {
            try { unicode = Idn.GetUnicode(full); }
            catch (ArgumentException) { unicode = full; }
        }
        var labels = unicode.Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (labels.Length < 2) return new DomainName(full, unicode, unicode, "", isPunycode);
        var suffixLength = labels.Length >= 3 && labels[^1].Length == 2 && SecondLevelSuffixes.Contains(labels[^2]) ? 2 : 1;
        var suffix = string.Join('.', labels[^suffixLength..]);
        var label = labels[^(suffixLength + 1)];
        return new DomainName(full, unicode, label, suffix, isPunycode);
    }

    /// <summary>The label with lookalike characters folded: rn->m, vv->w, cl->d, 0->o, 1/i/|->l, Cyrillic->Latin, hyphens dropped.</summary>
    public string Skeleton => SkeletonOf(Label);

    public static string SkeletonOf(string label)
    {
        var builder = new StringBuilder(label.Length);
        foreach (var c in label.Normalize(NormalizationForm.FormKC))
        {
            var folded = FoldHomoglyph(c);
            if (folded != '\0') builder.Append(folded);
        }
        return builder.ToString().Replace("rn", "m").Replace("vv", "w").Replace("cl", "d");
    }

    private static char FoldHomoglyph(char c) => c switch
    {
        '-' or '_' or '.' => '\0',
        '0' or 'о' or 'ο' or 'ö' => 'o',
        '1' or 'i' or 'l' or '|' or 'і' or 'ӏ' or 'í' or 'ι' => 'l',
        'а' or 'α' or 'ä' or 'à' or 'á' => 'a',
        'е' or 'ε' or 'é' or 'è' or '3' => 'e',
        'с' or 'ϲ' => 'c',
        'р' or 'ρ' => 'p',
        'х' or 'χ' => 'x',
        'у' or 'γ' => 'y',
        'ѕ' or '5' => 's',
        'ј' => 'j',
        'ԁ' => 'd',
        'ɡ' => 'g',
        'һ' => 'h',
        'к' or 'κ' => 'k',
        'м' => 'm',
        'т' or 'τ' => 't',
        'в' => 'b',
        'н' => 'h',
        'ν' => 'v',
        'ü' => 'u',
        _ => c,
    };
}
