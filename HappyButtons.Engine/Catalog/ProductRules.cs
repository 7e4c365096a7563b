using System.Globalization;
using System.Text.RegularExpressions;

namespace HappyButtons.Engine.Catalog;

/// <summary>
/// What a product must satisfy before it is stored, as messages a person or an integrator can act on (English; the
/// pages translate them). The same rules for the admin form and the <c>/api/products</c> upsert.
/// </summary>
public static partial class ProductRules
{
    public const int MaxSkuLength = 40;
    public const int MaxNameLength = 200;

    /// <summary>The VAT rates of German sales: standard, reduced, and zero (export, intra-Community supply).</summary>
    public static IReadOnlyList<decimal> VatRates { get; } = [19m, 7m, 0m];

    /// <summary>An article number as stored: trimmed, upper-case.</summary>
    public static string NormalizeSku(string sku) => sku.Trim().ToUpperInvariant();

    public static IReadOnlyList<string> Validate(ProductDraft product)
    {
        var errors = new List<string>();
        var sku = NormalizeSku(product.Sku ?? "");
        if (sku.Length == 0)
        {
            errors.Add("The SKU is missing.");
        }
        else if (sku.Length > MaxSkuLength || !SkuPattern().IsMatch(sku))
        {
            errors.Add($"The SKU \"{product.Sku}\" is not valid: letters, digits and single hyphens, up to {MaxSkuLength} characters (e.g. HB-4H-18L-BLK).");
        }

        if (string.IsNullOrWhiteSpace(product.Name))
        {
            errors.Add("The name is missing.");
        }
        else if (product.Name.Trim().Length > MaxNameLength)
        {
            errors.Add($"The name is longer than {MaxNameLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(product.Unit) || product.Unit.Trim().Length > 10)
        {
            errors.Add("The unit is missing or longer than 10 characters (e.g. Stk).");
        }

        if (product.ListPrice < 0 || product.ListPrice > 1_000_000m)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"The unit price {product.ListPrice} is out of range (0 to 1,000,000)."));
        }
        else if (decimal.Round(product.ListPrice, 4) != product.ListPrice)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"The unit price {product.ListPrice} has more than 4 decimal places."));
        }

        if (product.Currency is null || !CurrencyPattern().IsMatch(product.Currency))
        {
            errors.Add($"The currency \"{product.Currency}\" is not an ISO 4217 code such as EUR.");
        }

        if (!VatRates.Contains(product.VatRate))
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"The VAT rate {product.VatRate} is not one of {string.Join(", ", VatRates)}."));
        }

        if (product.MinimumOrderQuantity < 1)
        {
            errors.Add("The minimum order quantity must be at least 1.");
        }

        if (product.StockOnHand < 0)
        {
            errors.Add("The stock on hand cannot be negative.");
        }

        if (product.SizeLignes is < 1 or > 200)
        {
            errors.Add("The size must be between 1 and 200 lignes.");
        }

        return errors;
    }

    [GeneratedRegex("^[A-Z0-9]+(-[A-Z0-9]+)*$")]
    private static partial Regex SkuPattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}
