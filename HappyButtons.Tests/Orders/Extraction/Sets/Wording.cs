using System.Text.RegularExpressions;
using HappyButtons.Engine.Storage.Model;

namespace HappyButtons.Tests.Orders.Extraction.Sets;

/// <summary>
/// How buyers describe our products in their own words, per set: the tuning set and the held-out set use different
/// vocabularies (synonyms, word order, units), so the held-out figures say how the matching does on wording it was
/// not tuned on.
/// </summary>
public sealed partial class Wording(bool heldOut)
{
    private static readonly Dictionary<string, (string Tuning, string HeldOut)> MaterialsEn = new()
    {
        ["Horn"] = ("horn", "genuine horn"), ["Hirschhorn"] = ("staghorn", "deer horn"), ["Metall"] = ("metal", "metal"),
        ["Zinn"] = ("pewter", "pewter"), ["Perlmutt"] = ("mother-of-pearl", "mother of pearl"), ["Polyamid"] = ("polyamide", "nylon"),
        ["ABS"] = ("plastic", "plastic"), ["ABS verchromt"] = ("plastic", "plastic"), ["Polyester"] = ("polyester", "polyester"),
        ["Kunststoff"] = ("plastic", "plastic"), ["Messing"] = ("brass", "brass"), ["Polyester Hornoptik"] = ("horn look", "imitation horn"),
        ["Steinnuss"] = ("corozo", "tagua nut"), ["Edelstahl"] = ("stainless steel", "stainless"), ["Messing brüniert"] = ("brass", "brass"),
        ["Holz"] = ("wooden", "wood"), ["Recycling-Polyester"] = ("recycled polyester", "recycled"),
    };

    private static readonly Dictionary<string, (string Tuning, string HeldOut)> ColoursEn = new()
    {
        ["schwarz"] = ("black", "black"), ["weiß"] = ("white", "white"), ["grau"] = ("grey", "gray"), ["marine"] = ("navy", "navy blue"),
        ["dunkelbraun"] = ("dark brown", "dark-brown"), ["braun"] = ("brown", "brown"), ["natur"] = ("natural", "natural"), ["rot"] = ("red", "red"),
        ["hellblau"] = ("light blue", "light-blue"), ["gold"] = ("gold", "golden"), ["silber"] = ("silver", "silver"),
        ["altmessing"] = ("antique brass", "antique brass"), ["chrom"] = ("chrome", "chrome"), ["anthrazit"] = ("anthracite", "charcoal"),
        ["kupfer"] = ("copper", "copper"), ["nickel"] = ("nickel-plated", "nickel"), ["zinn"] = ("pewter", "pewter"),
    };

    private static readonly Dictionary<string, (string Tuning, string HeldOut)> MaterialsDe = new()
    {
        ["Horn"] = ("Horn", "Echthorn"), ["Hirschhorn"] = ("Hirschhorn", "Hirschhorn"), ["Metall"] = ("Metall", "Metall"), ["Zinn"] = ("Zinn", "Zinn"),
        ["Perlmutt"] = ("Perlmutt", "Perlmutt"), ["Polyamid"] = ("Polyamid", "Polyamid"), ["Polyester"] = ("Polyester", "Polyester"),
        ["Kunststoff"] = ("Kunststoff", "Kunststoff"), ["Messing"] = ("Messing", "Messing"), ["Polyester Hornoptik"] = ("Hornoptik", "Horn-Optik"),
        ["Steinnuss"] = ("Steinnuss", "Steinnuss"), ["Edelstahl"] = ("Edelstahl", "Edelstahl"), ["Holz"] = ("Holz", "Holz"),
        ["Recycling-Polyester"] = ("Recycling", "recyceltem Polyester"),
    };

    /// <summary>
    /// The product in a buyer's words, or null when it has no wording that tells it apart (appliance knobs, boxes):
    /// those are ordered by article number.
    /// </summary>
    public string? Describe(Product product, bool english, Random random)
    {
        if (product.Material is null || product.Colour is null || SizeMm(product) is not { } mm
            || !MaterialsEn.ContainsKey(product.Material) || product.Name.Contains("Kochjacke") || product.Name.Contains("Wappen"))
        {
            return null;
        }

        var holes = Holes().Match(product.Name) is { Success: true } h ? h.Groups[1].Value : null;
        var kind = Kind(product.Name, english);
        var size = heldOut && product.Name.Contains("Linien") && random.Next(2) == 0
            ? $"{product.SizeLignes}L"
            : heldOut ? (random.Next(2) == 0 ? $"{mm} mm" : $"Ø {mm}mm") : $"{mm}mm";
        if (english)
        {
            var material = heldOut ? MaterialsEn[product.Material].HeldOut : MaterialsEn[product.Material].Tuning;
            var colour = heldOut ? ColoursEn[product.Colour].HeldOut : ColoursEn[product.Colour].Tuning;
            var holeText = holes is null ? "" : heldOut ? (holes == "4" ? "four-hole" : "two-hole") : $"{holes}-hole";
            return heldOut
                ? Join(colour, material, kind ?? "buttons", holeText, size)
                : Join(material, kind ?? "buttons", holeText, size, colour);
        }

        var materialDe = MaterialsDe.TryGetValue(product.Material, out var m) ? (heldOut ? m.HeldOut : m.Tuning) : product.Material;
        var colourDe = product.Colour;
        var holeDe = holes is null ? "" : $"{holes}-Loch";
        var noun = kind ?? "Knöpfe";
        return heldOut
            ? Join(noun, "aus " + materialDe, size, holeDe, colourDe)
            : Join(materialDe + noun.ToLowerInvariant(), size, holeDe, colourDe);
    }

    private static string? Kind(string name, bool english) => name switch
    {
        _ when name.StartsWith("Druckknopf", StringComparison.Ordinal) => english ? "snap fasteners" : "Druckknöpfe",
        _ when name.Contains("Nietknopf") => english ? "rivet buttons" : "Nietknöpfe",
        _ when name.StartsWith("Clip", StringComparison.Ordinal) => english ? "clip buttons" : "Clip-Knöpfe",
        _ when name.StartsWith("Holzknebel", StringComparison.Ordinal) => english ? "toggles" : "Knebel",
        _ when name.StartsWith("Jeans", StringComparison.Ordinal) => english ? "jeans buttons" : "Jeansknöpfe",
        _ when name.StartsWith("Hemd", StringComparison.Ordinal) => english ? "shirt buttons" : "Hemdknöpfe",
        _ when name.StartsWith("Blazer", StringComparison.Ordinal) => english ? "blazer buttons" : "Blazerknöpfe",
        _ when name.StartsWith("Ärmel", StringComparison.Ordinal) => english ? "sleeve buttons" : "Ärmelknöpfe",
        _ when name.Contains("Öse") => english ? "shank buttons" : "Ösenknöpfe",
        _ => null,
    };

    public static decimal? SizeMm(Product product)
    {
        var mm = Millimetres().Match(product.Name);
        if (mm.Success)
        {
            return decimal.Parse(mm.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return product.SizeLignes is { } l ? Math.Round(l * 0.635m, 0) : null;
    }

    private static string Join(params string[] parts) => string.Join(" ", parts.Where(p => p.Length > 0));

    [GeneratedRegex(@"(\d+) mm")]
    private static partial Regex Millimetres();

    [GeneratedRegex(@"(\d)-Loch")]
    private static partial Regex Holes();
}
