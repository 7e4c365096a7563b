using System.Globalization;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Catalog;

/// <summary>An agreed price as a page shows it, with the customer's name.</summary>
public sealed record CustomerPriceEntry(long Id, string CustomerNumber, string CustomerName, decimal UnitPrice, int MinimumQuantity,
    DateOnly? ValidFrom, DateOnly? ValidUntil);

/// <summary>The customers' agreed prices: per product, from a minimum quantity on, within an optional validity.</summary>
public sealed class CustomerPriceBook(IDbContextFactory<HappyButtonsDbContext> contexts, AuditLog audit)
{
    public async Task<IReadOnlyList<CustomerPriceEntry>> OfProductAsync(string sku, CancellationToken cancellationToken)
    {
        var key = ProductRules.NormalizeSku(sku);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await (from price in context.CustomerPrices.AsNoTracking()
                      join product in context.Products on price.ProductId equals product.Id
                      join customer in context.Customers on price.CustomerNumber equals customer.Number
                      where product.Sku == key
                      orderby price.CustomerNumber, price.MinimumQuantity
                      select new CustomerPriceEntry(price.Id, price.CustomerNumber, customer.Name, price.UnitPrice, price.MinimumQuantity, price.ValidFrom, price.ValidUntil))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The price <paramref name="customerNumber"/> pays for <paramref name="quantity"/> of the product on <paramref name="day"/>:
    /// the lowest agreed price valid that day whose minimum quantity is reached, else the list price. Null for an unknown SKU.
    /// </summary>
    public async Task<PriceQuote?> BestPriceAsync(string? customerNumber, string sku, decimal quantity, DateOnly day, CancellationToken cancellationToken)
    {
        var key = ProductRules.NormalizeSku(sku);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var product = await context.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Sku == key, cancellationToken);
        if (product is null)
        {
            return null;
        }

        var prices = customerNumber is null
            ? []
            : await context.CustomerPrices.AsNoTracking().Where(p => p.CustomerNumber == customerNumber && p.ProductId == product.Id).ToListAsync(cancellationToken);
        return Pricing.Best(product, prices, quantity, day);
    }

    /// <summary>Adds an agreed price; null when saved, else why not (English).</summary>
    public async Task<string?> AddAsync(CustomerPriceDraft draft, string actor, CancellationToken cancellationToken)
    {
        if (draft.UnitPrice < 0 || decimal.Round(draft.UnitPrice, 4) != draft.UnitPrice)
        {
            return "The price must be zero or more, with at most 4 decimal places.";
        }

        if (draft.MinimumQuantity < 1)
        {
            return "The minimum quantity must be at least 1.";
        }

        if (draft.ValidFrom is { } from && draft.ValidUntil is { } until && until < from)
        {
            return "The price cannot end before it starts.";
        }

        var key = ProductRules.NormalizeSku(draft.Sku);
        var customerNumber = draft.CustomerNumber.Trim();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var productId = await context.Products.Where(p => p.Sku == key).Select(p => (long?)p.Id).SingleOrDefaultAsync(cancellationToken);
        if (productId is null)
        {
            return $"There is no product {key}.";
        }

        if (!await context.Customers.AnyAsync(c => c.Number == customerNumber, cancellationToken))
        {
            return $"There is no customer {customerNumber}.";
        }

        context.CustomerPrices.Add(new CustomerPrice
        {
            CustomerNumber = customerNumber, ProductId = productId.Value, UnitPrice = draft.UnitPrice, MinimumQuantity = draft.MinimumQuantity,
            ValidFrom = draft.ValidFrom, ValidUntil = draft.ValidUntil,
        });
        audit.Add(context, actor, "product.price.add", CatalogStore.Target(key),
            string.Create(CultureInfo.InvariantCulture, $"{customerNumber}: {draft.UnitPrice} from {draft.MinimumQuantity}, {draft.ValidFrom} – {draft.ValidUntil}"));
        await context.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Removes an agreed price of the product; false when the product has no such price.</summary>
    public async Task<bool> RemoveAsync(string sku, long priceId, string actor, CancellationToken cancellationToken)
    {
        var key = ProductRules.NormalizeSku(sku);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var price = await (from p in context.CustomerPrices
                           join product in context.Products on p.ProductId equals product.Id
                           where p.Id == priceId && product.Sku == key
                           select p).SingleOrDefaultAsync(cancellationToken);
        if (price is null)
        {
            return false;
        }

        context.CustomerPrices.Remove(price);
        audit.Add(context, actor, "product.price.remove", CatalogStore.Target(key),
            string.Create(CultureInfo.InvariantCulture, $"{price.CustomerNumber}: {price.UnitPrice} from {price.MinimumQuantity}"));
        await context.SaveChangesAsync(cancellationToken);
        return true;
    }
}
