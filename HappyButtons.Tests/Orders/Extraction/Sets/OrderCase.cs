using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using HappyButtons.Engine.Storage.Model;

namespace HappyButtons.Tests.Orders.Extraction.Sets;

public sealed record ExpectedLine(string Sku, decimal Quantity, decimal? UnitPrice = null, DateOnly? DeliveryDate = null);

public sealed record ExpectedOrder(string? PoNumber, IReadOnlyList<ExpectedLine> Lines, string? AddressContains = null);

/// <summary>One purchase order of an evaluation set: the mail (subject, text, an optional PDF file beside it) and what a clerk would read from it.</summary>
public sealed record OrderCase(string Id, string Format, string Language, string Customer, string Subject, string Body, string? Pdf, DateOnly ReceivedOn,
    ExpectedOrder Expected)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The set in a directory: one <c>&lt;id&gt;.json</c> per order, its PDF beside it.</summary>
    public static IReadOnlyList<(OrderCase Case, byte[]? Pdf)> Load(string directory) =>
        Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).Select(file =>
        {
            var order = JsonSerializer.Deserialize<OrderCase>(File.ReadAllText(file), Json)!;
            return (order, order.Pdf is null ? null : File.ReadAllBytes(Path.Combine(directory, order.Pdf)));
        }).ToList();
}

/// <summary>A case being written: the generator's choices, ready to render.</summary>
public sealed record OrderDraftLine(Product Product, decimal Quantity, decimal? UnitPrice, string? Alias);

/// <summary>Helpers both generators use: numbers and dates written the German or the English way, customers, the catalog.</summary>
public static class Writing
{
    public static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string De(decimal value, string format = "N0") => value.ToString(format, German);
    public static string En(decimal value, string format = "N0") => value.ToString(format, English);

    public static IReadOnlyList<Product> Active => TestCatalog.Products.Where(p => p.Active).ToList();

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A round quantity at or above the product's minimum, as buyers order.</summary>
    public static decimal Quantity(Random random, Product product)
    {
        decimal[] steps = product.MinimumOrderQuantity >= 10_000 ? [10_000, 20_000, 25_000, 30_000, 40_000, 50_000, 60_000, 80_000]
            : product.MinimumOrderQuantity >= 1_000 ? [1_000, 2_000, 2_500, 3_000, 5_000, 6_000, 10_000, 12_000, 15_000, 20_000]
            : product.MinimumOrderQuantity >= 100 ? [200, 300, 500, 600, 800, 1_000, 1_200, 1_500, 2_000, 2_500, 4_000]
            : [1, 2, 3, 5, 10, 12, 20, 25];
        var value = random.Pick(steps);
        return Math.Max(value, product.MinimumOrderQuantity);
    }

    /// <summary>The price the customer expects (their agreed price, else the list price).</summary>
    public static decimal Price(string customer, Product product, decimal quantity) =>
        TestCatalog.For(customer).PriceOf(product, quantity, new DateOnly(2026, 12, 7)).UnitPrice;

    public static string? AliasOf(string customer, Product product) =>
        Engine.Catalog.DemoCatalog.Aliases.FirstOrDefault(a => a.CustomerNumber == customer && a.Sku == product.Sku)?.AliasCode;
}
