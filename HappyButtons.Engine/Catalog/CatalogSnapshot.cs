using HappyButtons.Engine.Storage.Model;

namespace HappyButtons.Engine.Catalog;

/// <summary>The price a customer pays for a quantity on a day, and where it comes from.</summary>
public sealed record PriceQuote(decimal UnitPrice, string Currency, PriceSource Source, int MinimumQuantity);

public enum PriceSource { List, Customer }

/// <summary>
/// The catalog as one purchase order is read against it: the active products, and the aliases and agreed prices of the
/// ordering customer. Loaded once per extraction, so matching never queries per line.
/// </summary>
public sealed class CatalogSnapshot
{
    private readonly Dictionary<string, Product> _bySku;
    private readonly Dictionary<string, Product> _byAlias;
    private readonly Dictionary<long, Product> _byId;

    public CatalogSnapshot(IReadOnlyList<Product> products, IReadOnlyList<ProductAlias> aliases, IReadOnlyList<CustomerPrice> prices, string? customerNumber)
    {
        Products = products;
        Prices = prices;
        CustomerNumber = customerNumber;
        _bySku = products.ToDictionary(p => p.Sku, StringComparer.OrdinalIgnoreCase);
        _byId = products.ToDictionary(p => p.Id);
        _byAlias = new Dictionary<string, Product>(StringComparer.OrdinalIgnoreCase);
        foreach (var alias in aliases)
        {
            if (_byId.TryGetValue(alias.ProductId, out var product))
            {
                _byAlias[ProductAliasBook.NormalizeCode(alias.AliasCode)] = product;
            }
        }
    }

    public IReadOnlyList<Product> Products { get; }
    public IReadOnlyList<CustomerPrice> Prices { get; }
    public string? CustomerNumber { get; }
    public IEnumerable<string> AliasCodes => _byAlias.Keys;

    public Product? BySku(string sku) => _bySku.GetValueOrDefault(sku.Trim());

    public Product? ByAlias(string code) => _byAlias.GetValueOrDefault(ProductAliasBook.NormalizeCode(code));

    /// <summary>The best price of <paramref name="product"/> for this customer, quantity and day (see <see cref="Pricing.Best"/>).</summary>
    public PriceQuote PriceOf(Product product, decimal quantity, DateOnly day) => Pricing.Best(product, Prices, quantity, day);
}

/// <summary>How a customer's price is found: the lowest agreed price valid on the day whose minimum quantity is reached, else the list price.</summary>
public static class Pricing
{
    public static PriceQuote Best(Product product, IEnumerable<CustomerPrice> customerPrices, decimal quantity, DateOnly day)
    {
        var agreed = customerPrices
            .Where(p => p.ProductId == product.Id && p.MinimumQuantity <= quantity
                && (p.ValidFrom is null || p.ValidFrom <= day) && (p.ValidUntil is null || p.ValidUntil >= day))
            .OrderBy(p => p.UnitPrice).ThenByDescending(p => p.MinimumQuantity)
            .FirstOrDefault();
        return agreed is not null && agreed.UnitPrice < product.ListPrice
            ? new PriceQuote(agreed.UnitPrice, product.Currency, PriceSource.Customer, agreed.MinimumQuantity)
            : new PriceQuote(product.ListPrice, product.Currency, PriceSource.List, 1);
    }
}
