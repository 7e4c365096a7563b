using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Catalog;

/// <summary>What a product list is ordered by; ties are broken by the SKU.</summary>
public enum ProductSort { Sku, Name, ListPrice, Stock }

public sealed record ProductFilter(string? Search = null, bool IncludeInactive = true, int Page = 1, int PageSize = 25,
    ProductSort Sort = ProductSort.Sku, bool Descending = false);

public sealed record ProductPage(IReadOnlyList<Product> Items, int Page, int PageSize, long Total);

/// <summary>The outcome of saving one product: the product as stored, or the validation errors, or the conflict that refused it.</summary>
public sealed record ProductSaveResult(Product? Saved, IReadOnlyList<string> Errors, EditConflict? Conflict)
{
    public bool Succeeded => Saved is not null;
}

/// <summary>
/// The products of the catalog: list (search, order and paging in the database), read by SKU, edit with a version check
/// (an edit started from an older version is refused, never overwrites), and the upsert of an import or the API.
/// Every change is audited with who made it.
/// </summary>
public sealed class CatalogStore(IDbContextFactory<HappyButtonsDbContext> contexts, ISqlDialect dialect, AuditLog audit, TimeProvider clock)
{
    public async Task<ProductPage> ListAsync(ProductFilter filter, CancellationToken cancellationToken)
    {
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, 200);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var products = context.Products.AsNoTracking();
        if (!filter.IncludeInactive)
        {
            products = products.Where(p => p.Active);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // lower() folds ASCII in SQLite: "horn" finds "Hornknopf"; an upper-case umlaut typed lower-case is missed.
            var term = filter.Search.Trim().ToLowerInvariant();
            products = products.Where(p => p.Sku.ToLower().Contains(term) || p.Name.ToLower().Contains(term)
                || (p.Material != null && p.Material.ToLower().Contains(term)) || (p.Colour != null && p.Colour.ToLower().Contains(term)));
        }

        var ordered = (filter.Sort, filter.Descending) switch
        {
            (ProductSort.Name, false) => products.OrderBy(p => p.Name.ToLower()).ThenBy(p => p.Sku),
            (ProductSort.Name, true) => products.OrderByDescending(p => p.Name.ToLower()).ThenBy(p => p.Sku),
            (ProductSort.ListPrice, false) => products.OrderBy(p => p.ListPrice).ThenBy(p => p.Sku),
            (ProductSort.ListPrice, true) => products.OrderByDescending(p => p.ListPrice).ThenBy(p => p.Sku),
            (ProductSort.Stock, false) => products.OrderBy(p => p.StockOnHand - p.StockReserved).ThenBy(p => p.Sku),
            (ProductSort.Stock, true) => products.OrderByDescending(p => p.StockOnHand - p.StockReserved).ThenBy(p => p.Sku),
            (_, true) => products.OrderByDescending(p => p.Sku),
            _ => products.OrderBy(p => p.Sku),
        };
        var total = await products.LongCountAsync(cancellationToken);
        var items = await ordered.Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new ProductPage(items, page, size, total);
    }

    /// <summary>The product with this SKU (whatever its case), or null.</summary>
    public async Task<Product?> GetAsync(string sku, CancellationToken cancellationToken)
    {
        var key = ProductRules.NormalizeSku(sku);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Sku == key, cancellationToken);
    }

    /// <summary>
    /// Saves an edit of one product, or a new one with <paramref name="basedOnVersion"/> 0. Refused with an
    /// <see cref="EditConflict"/> when the stored product is no longer the version the edit started from (or a new
    /// product's SKU is taken meanwhile). Stock reserved by orders is never changed here.
    /// </summary>
    public async Task<ProductSaveResult> SaveAsync(ProductDraft draft, int basedOnVersion, string actor, CancellationToken cancellationToken)
    {
        var errors = ProductRules.Validate(draft);
        if (errors.Count > 0)
        {
            return new ProductSaveResult(null, errors, null);
        }

        var sku = ProductRules.NormalizeSku(draft.Sku);
        try
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            var row = await context.Products.SingleOrDefaultAsync(p => p.Sku == sku, cancellationToken);
            if ((row?.Version ?? 0) != basedOnVersion)
            {
                return new ProductSaveResult(null, [], await ConflictAsync(sku, cancellationToken));
            }

            if (row is null)
            {
                row = new Product { Sku = sku, Name = "" };
                context.Products.Add(row);
            }

            Apply(row, draft);
            row.UpdatedAt = clock.GetUtcNow();
            // Saved with "WHERE version = <the version read>": a save that overtook this one since the read makes it fail.
            row.Version = basedOnVersion + 1;
            audit.Add(context, actor, basedOnVersion == 0 ? "product.create" : "product.update", Target(sku), Describe(draft));
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new ProductSaveResult(row, [], null);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || dialect.IsUniqueViolation(e))
        {
            return new ProductSaveResult(null, [], await ConflictAsync(sku, cancellationToken));
        }
    }

    /// <summary>
    /// Inserts or updates products by SKU in one transaction (the <c>/api/products</c> upsert): name, unit, price, currency
    /// and VAT rate; a new product gets the defaults for the rest. The import is the latest word: it raises the versions
    /// (edits started before it are refused) and is retried when an edit overtakes it. Validate first.
    /// </summary>
    public async Task<int> UpsertAsync(IReadOnlyList<ProductDraft> drafts, string actor, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ImportAsync(drafts, actor, cancellationToken);
                return drafts.Count;
            }
            catch (DbUpdateException e) when (attempt < 3 && (e is DbUpdateConcurrencyException || dialect.IsUniqueViolation(e)))
            {
                // Someone saved one of these products (or created one of these SKUs) after this import read them: read again.
            }
        }
    }

    /// <summary>Seeds a catalog (products, customer prices, aliases) into an empty product table; does nothing otherwise.</summary>
    public async Task SeedAsync(IReadOnlyList<ProductDraft> products, IReadOnlyList<CustomerPriceDraft> prices, IReadOnlyList<AliasDraft> aliases,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        if (await context.Products.AnyAsync(cancellationToken))
        {
            return;
        }

        var rows = new Dictionary<string, Product>(StringComparer.Ordinal);
        foreach (var draft in products)
        {
            var row = new Product { Sku = ProductRules.NormalizeSku(draft.Sku), Name = "", Version = 1, UpdatedAt = now };
            Apply(row, draft);
            rows[row.Sku] = row;
            context.Products.Add(row);
        }

        await context.SaveChangesAsync(cancellationToken);
        var customers = (await context.Customers.Select(c => c.Number).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var price in prices.Where(p => customers.Contains(p.CustomerNumber) && rows.ContainsKey(p.Sku)))
        {
            context.CustomerPrices.Add(new CustomerPrice
            {
                CustomerNumber = price.CustomerNumber, ProductId = rows[price.Sku].Id, UnitPrice = price.UnitPrice,
                MinimumQuantity = price.MinimumQuantity, ValidFrom = price.ValidFrom, ValidUntil = price.ValidUntil,
            });
        }

        foreach (var alias in aliases.Where(a => customers.Contains(a.CustomerNumber) && rows.ContainsKey(a.Sku)))
        {
            context.ProductAliases.Add(new ProductAlias
            {
                CustomerNumber = alias.CustomerNumber, AliasCode = ProductAliasBook.NormalizeCode(alias.AliasCode), ProductId = rows[alias.Sku].Id,
                Source = "import", LearntBy = "demo", LearntAt = now,
            });
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (dialect.IsUniqueViolation(e))
        {
            // Another node seeded at the same moment.
        }
    }

    /// <summary>
    /// What the purchase-order extraction matches against: the active products, and the aliases and agreed prices of one
    /// customer (none without a customer).
    /// </summary>
    public async Task<CatalogSnapshot> SnapshotAsync(string? customerNumber, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var products = await context.Products.AsNoTracking().Where(p => p.Active).ToListAsync(cancellationToken);
        if (customerNumber is null)
        {
            return new CatalogSnapshot(products, [], [], null);
        }

        var aliases = await context.ProductAliases.AsNoTracking().Where(a => a.CustomerNumber == customerNumber).ToListAsync(cancellationToken);
        var prices = await context.CustomerPrices.AsNoTracking().Where(p => p.CustomerNumber == customerNumber).ToListAsync(cancellationToken);
        return new CatalogSnapshot(products, aliases, prices, customerNumber);
    }

    /// <summary>The audit target of one product, e.g. <c>product:HB-4711</c>.</summary>
    public static string Target(string sku) => "product:" + sku;

    private async Task ImportAsync(IReadOnlyList<ProductDraft> drafts, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var skus = drafts.Select(d => ProductRules.NormalizeSku(d.Sku)).Distinct().ToList();
        var rows = await context.Products.Where(p => skus.Contains(p.Sku)).ToDictionaryAsync(p => p.Sku, StringComparer.Ordinal, cancellationToken);
        foreach (var draft in drafts)
        {
            var sku = ProductRules.NormalizeSku(draft.Sku);
            if (!rows.TryGetValue(sku, out var row))
            {
                rows[sku] = row = new Product { Sku = sku, Name = "" };
                Apply(row, draft);
                context.Products.Add(row);
            }

            row.Name = draft.Name.Trim();
            row.Unit = draft.Unit.Trim();
            row.ListPrice = draft.ListPrice;
            row.Currency = draft.Currency;
            row.VatRate = draft.VatRate;
            row.UpdatedAt = now;
        }

        foreach (var row in rows.Values)
        {
            row.Version++;
        }

        audit.Add(context, actor, "products.import", "products", $"{drafts.Count} product(s): {string.Join(", ", skus.Take(20))}");
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Who saved the product last (from the audit entry of that save) and when; or that it is gone.</summary>
    private async Task<EditConflict> ConflictAsync(string sku, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await context.Products.AsNoTracking().Where(p => p.Sku == sku).Select(p => new { p.UpdatedAt }).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return new EditConflict(EditedThing.Product, sku, null, null, Deleted: true);
        }

        var target = Target(sku);
        var by = await context.AuditLog.AsNoTracking()
            .Where(e => (e.Target == target || e.Target == "products") && e.At >= row.UpdatedAt)
            .OrderByDescending(e => e.Id).Select(e => e.Actor).FirstOrDefaultAsync(cancellationToken);
        return new EditConflict(EditedThing.Product, sku, by, row.UpdatedAt);
    }

    private static void Apply(Product row, ProductDraft draft)
    {
        row.Name = draft.Name.Trim();
        row.Material = Blank(draft.Material);
        row.SizeLignes = draft.SizeLignes;
        row.Colour = Blank(draft.Colour);
        row.Unit = draft.Unit.Trim();
        row.ListPrice = draft.ListPrice;
        row.Currency = draft.Currency;
        row.VatRate = draft.VatRate;
        row.MinimumOrderQuantity = draft.MinimumOrderQuantity;
        row.StockOnHand = draft.StockOnHand;
        row.Active = draft.Active;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Describe(ProductDraft p) =>
        FormattableString.Invariant($"{p.Name}; {p.Unit}; {p.ListPrice} {p.Currency}; VAT {p.VatRate} %; minimum {p.MinimumOrderQuantity}; stock {p.StockOnHand}; active {p.Active}");
}
