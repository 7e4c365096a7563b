namespace HappyButtons.Engine.Catalog;

/// <summary>
/// A realistic catalog of a German button maker: the articles the demo mails order (horn, staghorn, metal, corozo,
/// polyester shirt buttons, automotive clips and appliance knobs) with list prices, minimum quantities and stock, the demo
/// customers' agreed prices and a few of their own article numbers. Seeded into an empty catalog when demo data is on.
/// </summary>
public static class DemoCatalog
{
    public static IReadOnlyList<ProductDraft> Products { get; } =
    [
        P("HB-HN-2007", "Hornknopf 20 mm, 4-Loch, dunkelbraun 07", "Horn", 32, "dunkelbraun", 0.4200m, 500, 18_400),
        P("HB-HN-2507", "Hornknopf 25 mm, 4-Loch, dunkelbraun 07", "Horn", 40, "dunkelbraun", 0.5400m, 500, 9_800),
        P("HB-MT-1512", "Metallknopf 15 mm, Öse, altmessing", "Metall", 24, "altmessing", 0.2300m, 1_000, 22_000),
        P("HB-HH-1800", "Hirschhornknopf 18 mm, 2-Loch, natur", "Hirschhorn", 28, "natur", 0.9200m, 100, 4_100),
        P("HB-HH-2200", "Hirschhornknopf 22 mm, 2-Loch, natur", "Hirschhorn", 35, "natur", 1.1800m, 100, 3_300),
        P("HB-HH-2600", "Hirschhornknopf 26 mm, Öse, natur", "Hirschhorn", 41, "natur", 1.4500m, 100, 1_200),
        P("HB-ZN-1400", "Zinnknopf 14 mm, Edelweiß-Prägung", "Zinn", 22, "zinn", 0.6400m, 200, 7_500),
        P("HB-PM-1102", "Perlmuttknopf 11 mm, 2-Loch, weiß", "Perlmutt", 18, "weiß", 0.5800m, 500, 6_000),
        P("HB-9001", "Kunststoffknopf Polyamid 20 mm, grau", "Polyamid", 32, "grau", 0.0850m, 10_000, 240_000),
        P("HB-9002", "Clip-Knopf 12 mm, schwarz", "Polyamid", 19, "schwarz", 0.0620m, 10_000, 180_000),
        P("HB-9105", "Kunststoff-Nietknopf 15 mm, schwarz", "Polyamid", 24, "schwarz", 0.0710m, 10_000, 150_000),
        P("HB-9106", "Kunststoff-Nietknopf 18 mm, schwarz", "Polyamid", 28, "schwarz", 0.0790m, 10_000, 90_000),
        P("HB-K200", "Bedienknopf weiß hochglanz", "ABS", null, "weiß", 0.4100m, 1_000, 30_000),
        P("HB-K310", "Drehknopf chrom matt", "ABS verchromt", null, "chrom", 0.8800m, 1_000, 21_000),
        P("HB-K311", "Tastenknopf chrom matt", "ABS verchromt", null, "chrom", 0.5400m, 1_000, 19_500),
        P("HB-K400", "Drehknopf anthrazit", "ABS", null, "anthrazit", 0.9500m, 1_000, 4_000),
        P("HB-SK-25", "Sortimentskasten Knöpfe Basic", null, null, null, 24.9000m, 1, 160),
        P("HB-MS-01", "Mustersortiment Hemdenknöpfe", null, null, null, 9.5000m, 1, 80),
        P("HB-4711", "Knopf 4-Loch 15 mm, schwarz", "Polyester", 24, "schwarz", 0.0450m, 1_000, 310_000),
        P("HB-4712", "Knopf 4-Loch 18 mm, schwarz", "Polyester", 28, "schwarz", 0.0550m, 1_000, 120_000),
        P("HB-1001", "Polyesterknopf 2-Loch 11 mm, weiß", "Polyester", 18, "weiß", 0.0280m, 5_000, 400_000),
        P("HB-1002", "Polyesterknopf 2-Loch 13 mm, weiß", "Polyester", 20, "weiß", 0.0320m, 5_000, 260_000),
        P("HB-1003", "Polyesterknopf 4-Loch 15 mm, weiß", "Polyester", 24, "weiß", 0.0380m, 5_000, 210_000),
        P("HB-1010", "Hemdknopf 11 mm, 4-Loch, weiß", "Polyester", 17, "weiß", 0.0300m, 2_000, 500_000),
        P("HB-1011", "Hemdknopf 11 mm, 4-Loch, hellblau", "Polyester", 17, "hellblau", 0.0300m, 2_000, 120_000),
        P("HB-2030", "Blazerknopf Kunststoff 20 mm, marine", "Kunststoff", 32, "marine", 0.1900m, 500, 14_000),
        P("HB-2031", "Ärmelknopf Kunststoff 15 mm, marine", "Kunststoff", 24, "marine", 0.1400m, 500, 18_000),
        P("HB-2210", "Metallknopf Öse 18 mm, altmessing", "Messing", 28, "altmessing", 0.2600m, 1_000, 36_000),
        P("HB-2211", "Metallknopf Öse 18 mm, silber", "Messing", 28, "silber", 0.2600m, 1_000, 29_000),
        P("HB-2215", "Ärmelknopf Metall 15 mm, gold", "Metall", 24, "gold", 0.2100m, 1_000, 40_000),
        P("HB-2220", "Blazerknopf Metall 20 mm, gold", "Metall", 32, "gold", 0.3400m, 500, 26_000),
        P("HB-3305", "Druckknopf Messing vernickelt 12 mm", "Messing", 19, "nickel", 0.1200m, 1_000, 75_000),
        P("HB-5510", "Knopf Hornoptik 23 mm, braun", "Polyester Hornoptik", 36, "braun", 0.1600m, 1_000, 48_000),
        P("HB-5511", "Knopf Hornoptik 15 mm, braun", "Polyester Hornoptik", 24, "braun", 0.1100m, 1_000, 52_000),
        P("HB-6020", "Steinnussknopf 20 mm, 4-Loch, natur", "Steinnuss", 32, "natur", 0.3100m, 500, 11_000),
        P("HB-6025-DB", "Steinnussknopf 25 mm, 4-Loch, dunkelbraun", "Steinnuss", 40, "dunkelbraun", 0.3900m, 500, 6_500),
        P("HB-7710", "Druckknopf Edelstahl 15 mm", "Edelstahl", 24, "silber", 0.1800m, 1_000, 90_000),
        P("HB-7711", "Druckknopf 15 mm, schwarz", "Messing brüniert", 24, "schwarz", 0.1500m, 1_000, 70_000),
        P("HB-8040", "Holzknebel 40 mm, natur", "Holz", 63, "natur", 0.6500m, 200, 5_400),
        P("HB-R15", "Recycling-Polyesterknopf 15 mm, 4-Loch, marine", "Recycling-Polyester", 24, "marine", 0.0600m, 1_000, 65_000),
        P("HB-KJ-12", "Kochjackenknopf abnehmbar mit Splint, weiß", "Kunststoff", 19, "weiß", 0.2200m, 500, 20_000),
        P("HB-4720-R", "Knopf 4-Loch 20 mm, rot", "Polyester", 32, "rot", 0.0700m, 100, 9_000),
        P("HB-4H-18L-BLK", "Polyesterknopf 4-Loch 18 Linien, schwarz", "Polyester", 18, "schwarz", 0.0290m, 5_000, 350_000),
        P("HB-4H-28L-WHT", "Polyesterknopf 4-Loch 28 Linien, weiß", "Polyester", 28, "weiß", 0.0480m, 5_000, 140_000),
        P("HB-2H-20L-NAV", "Polyesterknopf 2-Loch 20 Linien, marine", "Polyester", 20, "marine", 0.0340m, 5_000, 95_000),
        P("HB-4H-36L-GRY", "Polyesterknopf 4-Loch 36 Linien, grau", "Polyester", 36, "grau", 0.0720m, 2_000, 44_000),
        P("HB-SH-24L-GLD", "Ösenknopf Metall 24 Linien, gold, Wappen", "Metall", 24, "gold", 0.2900m, 500, 12_000),
        P("HB-JN-27L-CU", "Jeansknopf 27 Linien, kupfer", "Metall", 27, "kupfer", 0.0950m, 2_000, 160_000),
        P("HB-HN-3207", "Hornknopf 32 mm, 2-Loch, dunkelbraun 07", "Horn", 51, "dunkelbraun", 0.8600m, 200, 2_600, active: false),
    ];

    /// <summary>Agreed prices: framework agreements of the OEM accounts, distributor scales, a regular customer's special price.</summary>
    public static IReadOnlyList<CustomerPriceDraft> CustomerPrices { get; } =
    [
        new("10042", "HB-9001", 0.0790m, 10_000),
        new("10042", "HB-9001", 0.0740m, 50_000),
        new("10042", "HB-9002", 0.0580m, 10_000),
        new("10057", "HB-K200", 0.3800m, 1_000),
        new("10057", "HB-K310", 0.8200m, 1_000),
        new("10057", "HB-K311", 0.5000m, 1_000),
        new("10063", "HB-9105", 0.0680m, 10_000),
        new("10063", "HB-9106", 0.0750m, 10_000),
        new("20011", "HB-4711", 0.0390m, 10_000),
        new("20011", "HB-4711", 0.0360m, 50_000),
        new("20011", "HB-SK-25", 21.5000m, 10),
        new("30101", "HB-HN-2007", 0.3850m, 1_000),
        new("30101", "HB-HN-2507", 0.4920m, 1_000),
        new("30101", "HB-MT-1512", 0.2140m, 1_000),
        new("30101", "HB-2220", 0.3100m, 2_000, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)),
    ];

    /// <summary>The customers' own article numbers for our products (their ERP prints them on purchase orders).</summary>
    public static IReadOnlyList<AliasDraft> Aliases { get; } =
    [
        new("10042", "73-4410-200", "HB-9001"),
        new("10042", "73-4410-212", "HB-9002"),
        new("10057", "KH-BK-0200", "HB-K200"),
        new("10057", "KH-DK-0310", "HB-K310"),
        new("10057", "KH-TK-0311", "HB-K311"),
        new("10063", "NSS-10442", "HB-9105"),
        new("10063", "NSS-10443", "HB-9106"),
        new("20011", "KF-100-15S", "HB-4711"),
        new("20011", "KF-100-18S", "HB-4712"),
        new("30101", "ML-ZUB-7781", "HB-2220"),
    ];

    private static ProductDraft P(string sku, string name, string? material, int? lignes, string? colour, decimal listPrice, int minimum, long stock,
        bool active = true) =>
        new(sku, name, material, lignes, colour, "Stk", listPrice, "EUR", 19m, minimum, stock, active);
}

/// <summary>A product as written by the demo data, an import or a person, before it is stored.</summary>
public sealed record ProductDraft(string Sku, string Name, string? Material, int? SizeLignes, string? Colour, string Unit, decimal ListPrice,
    string Currency, decimal VatRate, int MinimumOrderQuantity, long StockOnHand, bool Active = true);

public sealed record CustomerPriceDraft(string CustomerNumber, string Sku, decimal UnitPrice, int MinimumQuantity, DateOnly? ValidFrom = null, DateOnly? ValidUntil = null);

public sealed record AliasDraft(string CustomerNumber, string AliasCode, string Sku);
