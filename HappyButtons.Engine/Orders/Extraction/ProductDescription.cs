using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HappyButtons.Engine.Orders.Extraction;

/// <summary>
/// What a description says about a button, in German or English, reduced to comparable attributes: material, kind,
/// holes, size in millimetres (from mm or lignes), colour. "corozo buttons 4-hole 20mm natural" and
/// "Steinnussknopf 20 mm, 4-Loch, natur" describe the same thing.
/// </summary>
public sealed partial record ProductDescription(IReadOnlySet<string> Materials, IReadOnlySet<string> Kinds, int? Holes, decimal? SizeMm, string? Colour)
{
    /// <summary>One ligne (the button maker's size unit) is 1/40 inch.</summary>
    public const decimal MillimetresPerLigne = 0.635m;

    // Specific words first: a match removes its text, so "hirschhorn" is not also "horn" and "dunkelbraun" not "braun".
    private static readonly (string Canonical, string[] Words)[] MaterialWords =
    [
        ("hirschhorn", ["hirschhorn", "staghorn", "stag horn", "deer horn", "antler"]),
        ("hornoptik", ["hornoptik", "horn-optik", "horn optik", "horn look", "horn-look", "hornlook", "horn effect", "imitation horn", "faux horn"]),
        ("horn", ["horn"]),
        ("perlmutt", ["perlmutt", "mother of pearl", "mother-of-pearl", "nacre"]),
        ("steinnuss", ["steinnuss", "corozo", "tagua"]),
        ("edelstahl", ["edelstahl", "stainless"]),
        ("messing", ["messing", "brass"]),
        ("zinn", ["zinn", "pewter"]),
        ("metall", ["metall", "metal"]),
        ("holz", ["holz", "wooden", "wood"]),
        ("recycling", ["recycling", "recycled", "rpet"]),
        ("polyester", ["polyester"]),
        ("polyamid", ["polyamid", "polyamide", "nylon"]),
        ("kunststoff", ["kunststoff", "plastic", "abs"]),
    ];

    private static readonly (string Canonical, string[] Words)[] KindWords =
    [
        ("druckknopf", ["druckknopf", "druckknoepfe", "snap fastener", "snap button", "press stud", "snaps", "snap"]),
        ("drehknopf", ["drehknopf", "drehknoepfe", "rotary knob", "control knob", "turn knob"]),
        ("tastenknopf", ["tastenknopf", "tastenknoepfe", "push button", "key button", "push-button"]),
        ("bedienknopf", ["bedienknopf", "bedienknoepfe", "operating knob", "control button"]),
        ("clip", ["clip"]),
        ("niet", ["nietknopf", "nietknoepfe", "niet", "rivet"]),
        ("knebel", ["knebel", "toggle"]),
        ("jeans", ["jeans", "denim"]),
        ("kochjacke", ["kochjacke", "chef jacket", "chef's jacket", "chefs jacket"]),
        ("sortiment", ["sortiment", "assortment", "kasten", "kaesten", "box set"]),
        ("muster", ["muster", "sample"]),
        ("blazer", ["blazer"]),
        ("aermel", ["aermel", "sleeve", "cuff"]),
        ("hemd", ["hemden", "hemd", "shirt"]),
        ("oese", ["oese", "shank"]),
        ("praegung", ["praegung", "edelweiss", "embossed", "wappen", "crest"]),
    ];

    private static readonly (string Canonical, string[] Words)[] ColourWords =
    [
        ("dunkelbraun", ["dunkelbraun", "dark brown", "dark-brown"]),
        ("hellblau", ["hellblau", "light blue", "light-blue", "sky blue"]),
        ("altmessing", ["altmessing", "antique brass", "antik messing", "old brass"]),
        ("anthrazit", ["anthrazit", "anthracite", "charcoal"]),
        ("schwarz", ["schwarz", "black"]),
        ("weiss", ["weiss", "white"]),
        ("grau", ["grau", "grey", "gray"]),
        ("marine", ["marineblau", "marine", "navy"]),
        ("braun", ["braun", "brown"]),
        ("natur", ["natur", "natural"]),
        ("rot", ["rot", "red"]),
        ("gold", ["gold", "golden"]),
        ("silber", ["silbern", "silber", "silver"]),
        ("chrom", ["verchromt", "chrome-plated", "chrome plated", "chromed", "chrom", "chrome"]),
        ("kupfer", ["kupfer", "copper"]),
        ("nickel", ["vernickelt", "nickel"]),
        ("zinn", ["zinn", "pewter"]),
    ];

    public bool IsEmpty => Materials.Count == 0 && Kinds.Count == 0 && Holes is null && SizeMm is null && Colour is null;

    /// <summary>How many kinds of attribute the description names (material, kind, holes, size, colour).</summary>
    public int Facets => (Materials.Count > 0 ? 1 : 0) + (Kinds.Count > 0 ? 1 : 0) + (Holes is null ? 0 : 1) + (SizeMm is null ? 0 : 1) + (Colour is null ? 0 : 1);

    public static ProductDescription Of(string text, int? sizeLignes = null)
    {
        var folded = " " + Fold(text) + " ";
        decimal? size = null;
        var mm = Millimetres().Match(folded);
        if (mm.Success)
        {
            size = decimal.Parse(mm.Groups["n"].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
        }
        else if (Lignes().Match(folded) is { Success: true } lignes)
        {
            size = int.Parse(lignes.Groups["n"].Value, CultureInfo.InvariantCulture) * MillimetresPerLigne;
        }
        else if (Colloquial().Match(folded) is { Success: true } colloquial)
        {
            size = int.Parse(colloquial.Groups["n"].Value, CultureInfo.InvariantCulture);
        }
        else if (sizeLignes is { } l)
        {
            size = l * MillimetresPerLigne;
        }

        int? holes = HoleCount().Match(folded) is { Success: true } h
            ? h.Groups["n"].Value switch { "two" or "zwei" => 2, "four" or "vier" => 4, var n => int.Parse(n, CultureInfo.InvariantCulture) }
            : null;
        var colours = Take(ref folded, ColourWords, wholeWords: true);
        var materials = Take(ref folded, MaterialWords);
        var kinds = Take(ref folded, KindWords);
        return new ProductDescription(materials, kinds, holes, size, colours.FirstOrDefault());
    }

    /// <summary>
    /// How well this (a line of a purchase order) describes <paramref name="product"/>: null when an attribute contradicts
    /// it (another size, colour, material, hole count or kind), else points for each attribute both name alike.
    /// </summary>
    public int? Score(ProductDescription product)
    {
        var score = 0;
        if (SizeMm is { } size)
        {
            if (product.SizeMm is not { } other || Math.Abs(other - size) > 0.8m)
            {
                return null;
            }

            score += 3;
        }

        if (Colour is not null)
        {
            if (product.Colour != Colour)
            {
                return null;
            }

            score += 2;
        }

        if (Holes is not null)
        {
            if (product.Holes is not null && product.Holes != Holes)
            {
                return null;
            }

            score += product.Holes is null ? 0 : 1;
        }

        if (Materials.Count > 0)
        {
            if (!Materials.Overlaps(product.Materials))
            {
                return null;
            }

            score += 2;
        }

        foreach (var kind in Kinds)
        {
            score += product.Kinds.Contains(kind) ? 1 : -1;
        }

        return score;
    }

    /// <summary>This description, completed by <paramref name="earlier"/> in every attribute it does not name itself.</summary>
    public ProductDescription Over(ProductDescription earlier) => new(Materials.Count > 0 ? Materials : earlier.Materials,
        Kinds.Count > 0 ? Kinds : earlier.Kinds, Holes ?? earlier.Holes, SizeMm ?? earlier.SizeMm, Colour ?? earlier.Colour);

    /// <summary>Whether <paramref name="product"/> has every attribute this description names.</summary>
    public bool FitsWholly(ProductDescription product) =>
        Score(product) is not null && Kinds.IsSubsetOf(product.Kinds) && (Holes is null || product.Holes == Holes);

    /// <summary>Lower case, umlauts and ß spelt out, punctuation but hyphens to spaces.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text.ToLowerInvariant())
        {
            builder.Append(c switch
            {
                'ä' => "ae", 'ö' => "oe", 'ü' => "ue", 'ß' => "ss", 'é' or 'è' => "e",
                _ when char.IsLetterOrDigit(c) || c is '-' or '.' or ',' or '\'' => c.ToString(),
                _ => " ",
            });
        }

        return Spaces().Replace(builder.ToString(), " ").Trim();
    }

    private static HashSet<string> Take(ref string folded, (string Canonical, string[] Words)[] table, bool wholeWords = false)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (canonical, words) in table)
        {
            foreach (var word in words)
            {
                var at = folded.IndexOf(word, StringComparison.Ordinal);
                // Short words and colours must stand alone ("rot" is not in "rotary", "weiss" not in "Edelweiß"); materials and
                // kinds may sit inside compounds ("Hornknopf", "Holzknebel").
                while (at >= 0 && (word.Length <= 4 || wholeWords) && (char.IsLetter(folded[at - 1])
                           || !(EndsWord(folded, at + word.Length) || (!wholeWords && ButtonCompound().IsMatch(folded[(at + word.Length)..]))
                               || (wholeWords && ColourCompound().IsMatch(folded[(at + word.Length)..])))))
                {
                    at = folded.IndexOf(word, at + 1, StringComparison.Ordinal);
                }

                if (at >= 0)
                {
                    found.Add(canonical);
                    folded = folded.Remove(at, word.Length).Insert(at, new string(' ', word.Length));
                }
            }
        }

        return found;
    }

    /// <summary>The button word of a German compound ("Hornknöpfe", "Holzknebel"): a short material before it stands as a word.</summary>
    [GeneratedRegex(@"^(?:knopf|knoepf|knebel)")]
    private static partial Regex ButtonCompound();

    /// <summary>"anthrazitfarbenen", "silver-coloured": a colour named with the word for colour after it.</summary>
    [GeneratedRegex(@"^-?(?:farben|farbig|coloured|colored)(?:e|en|er|es)?(?![a-z])")]
    private static partial Regex ColourCompound();

    /// <summary>A word ends here, allowing a German ending: "graue", "roten".</summary>
    private static bool EndsWord(string text, int at)
    {
        foreach (var ending in (string[])["", "e", "en", "er", "es"])
        {
            if (at + ending.Length < text.Length && string.CompareOrdinal(text, at, ending, 0, ending.Length) == 0 && !char.IsLetter(text[at + ending.Length]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,2}(?:[.,]\d)?)\s*(?:mm|millimet(?:er|re)s?)\b")]
    private static partial Regex Millimetres();

    /// <summary>"die 18er", "von den 26ern": a size in millimetres as people say it.</summary>
    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{2})er(?:n|s)?(?![a-z])")]
    private static partial Regex Colloquial();

    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3})\s*(?:l|lignes?|linien|ligne|'')(?![a-z])")]
    private static partial Regex Lignes();

    [GeneratedRegex(@"(?<n>[24]|two|four|zwei|vier)[\s-]*(?:loch|hole|holes|loecher)\b")]
    private static partial Regex HoleCount();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
