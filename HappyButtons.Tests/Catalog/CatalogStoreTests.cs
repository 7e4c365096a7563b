using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Catalog;
using HappyButtons.Engine.Intake.Customers;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Intake.Persistence;
using HappyButtons.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Catalog;

/// <summary>The catalog's products, customer prices and aliases on SQLite and on PostgreSQL.</summary>
public abstract class CatalogStoreTests(TestProvider provider)
{
    private sealed class Stores
    {
        public Stores(TestDatabase database)
        {
            var clock = new ManualClock();
            var dialect = database.Services.GetRequiredService<ISqlDialect>();
            var audit = new AuditLog(database.Contexts, clock);
            Intake = new IntakeStores(database, clock);
            Catalog = new CatalogStore(database.Contexts, dialect, audit, clock);
            Prices = new CustomerPriceBook(database.Contexts, audit);
            Aliases = new ProductAliasBook(database.Contexts, dialect, audit, clock);
            Audit = audit;
        }

        public IntakeStores Intake { get; }
        public CatalogStore Catalog { get; }
        public CustomerPriceBook Prices { get; }
        public ProductAliasBook Aliases { get; }
        public AuditLog Audit { get; }
    }

    private static async Task<Stores> SeededAsync(TestDatabase database)
    {
        var stores = new Stores(database);
        await stores.Intake.Customers.SeedAsync(DemoCustomers.Customers, DemoCustomers.Contacts, CancellationToken.None);
        await stores.Catalog.SeedAsync(DemoCatalog.Products, DemoCatalog.CustomerPrices, DemoCatalog.Aliases, CancellationToken.None);
        return stores;
    }

    private static ProductDraft Draft(Engine.Storage.Model.Product p) =>
        new(p.Sku, p.Name, p.Material, p.SizeLignes, p.Colour, p.Unit, p.ListPrice, p.Currency, p.VatRate, p.MinimumOrderQuantity, p.StockOnHand, p.Active);

    [Fact]
    public async Task TheList_SearchesOrdersAndPagesInTheDatabase()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stores = await SeededAsync(database);

        var horn = await stores.Catalog.ListAsync(new ProductFilter("HORN", PageSize: 3, Sort: ProductSort.ListPrice, Descending: true), CancellationToken.None);
        var second = await stores.Catalog.ListAsync(new ProductFilter("horn", Page: 2, PageSize: 3, Sort: ProductSort.ListPrice, Descending: true), CancellationToken.None);
        var active = await stores.Catalog.ListAsync(new ProductFilter(IncludeInactive: false, PageSize: 200), CancellationToken.None);

        // Hornknopf (3 with the inactive one), Hirschhorn (3), Hornoptik (2): 8, the dearest first.
        Assert.Equal(8, horn.Total);
        Assert.Equal(["HB-HH-2600", "HB-HH-2200", "HB-HH-1800"], horn.Items.Select(p => p.Sku));
        Assert.Equal(["HB-HN-3207", "HB-HN-2507", "HB-HN-2007"], second.Items.Select(p => p.Sku));
        Assert.Equal(DemoCatalog.Products.Count - 1, active.Total);
        Assert.Equal(0.0290m, (await stores.Catalog.GetAsync("hb-4h-18l-blk", CancellationToken.None))!.ListPrice);
    }

    [Fact]
    public async Task AnEditStartedBeforeAnotherSave_IsRefused_NamingWhoSaved()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stores = await SeededAsync(database);
        var copy = (await stores.Catalog.GetAsync("HB-4711", CancellationToken.None))!;

        var anna = await stores.Catalog.SaveAsync(Draft(copy) with { ListPrice = 0.0470m }, copy.Version, "anna", CancellationToken.None);
        var ben = await stores.Catalog.SaveAsync(Draft(copy) with { StockOnHand = 1 }, copy.Version, "ben", CancellationToken.None);
        var invalid = await stores.Catalog.SaveAsync(Draft(copy) with { VatRate = 16m }, anna.Saved!.Version, "anna", CancellationToken.None);

        Assert.True(anna.Succeeded);
        Assert.False(ben.Succeeded);
        Assert.Equal("Dieser Artikel wurde inzwischen von anna geändert; bitte neu laden.", ben.Conflict!.Message("de"));
        Assert.Equal(["The VAT rate 16 is not one of 19, 7, 0."], invalid.Errors);
        var stored = (await stores.Catalog.GetAsync("HB-4711", CancellationToken.None))!;
        Assert.Equal((0.0470m, copy.StockOnHand, copy.Version + 1), (stored.ListPrice, stored.StockOnHand, stored.Version));
        Assert.Equal("product.update", (await stores.Audit.RecentAsync(1, CatalogStore.Target("HB-4711"), CancellationToken.None))[0].Action);
    }

    [Fact]
    public async Task ANewProduct_WhoseSkuWasTakenMeanwhile_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stores = await SeededAsync(database);
        var draft = new ProductDraft("HB-NEW-1", "Neuer Knopf", "Horn", 32, "natur", "Stk", 0.5m, "EUR", 19m, 100, 0);

        var first = await stores.Catalog.SaveAsync(draft, 0, "anna", CancellationToken.None);
        var second = await stores.Catalog.SaveAsync(draft with { Name = "Doppelt" }, 0, "ben", CancellationToken.None);

        Assert.True(first.Succeeded);
        Assert.Equal("anna", second.Conflict!.ChangedBy);
    }

    [Fact]
    public async Task TheBestPrice_IsTheLowestAgreedOne_ForTheQuantityAndDay_ElseTheListPrice()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stores = await SeededAsync(database);
        var day = new DateOnly(2026, 12, 7);

        Assert.Equal((0.0450m, PriceSource.List), Quote(await stores.Prices.BestPriceAsync("20011", "HB-4711", 5_000, day, CancellationToken.None)));
        Assert.Equal((0.0390m, PriceSource.Customer), Quote(await stores.Prices.BestPriceAsync("20011", "HB-4711", 10_000, day, CancellationToken.None)));
        Assert.Equal((0.0360m, PriceSource.Customer), Quote(await stores.Prices.BestPriceAsync("20011", "HB-4711", 80_000, day, CancellationToken.None)));
        Assert.Equal((0.0450m, PriceSource.List), Quote(await stores.Prices.BestPriceAsync("30101", "HB-4711", 80_000, day, CancellationToken.None)));
        Assert.Equal((0.3100m, PriceSource.Customer), Quote(await stores.Prices.BestPriceAsync("30101", "HB-2220", 2_000, day, CancellationToken.None)));
        Assert.Equal((0.3400m, PriceSource.List), Quote(await stores.Prices.BestPriceAsync("30101", "HB-2220", 2_000, new DateOnly(2027, 1, 2), CancellationToken.None)));
        Assert.Null(await stores.Prices.BestPriceAsync("30101", "HB-NONE", 1, day, CancellationToken.None));
        Assert.Equal("There is no customer 99999.", await stores.Prices.AddAsync(new CustomerPriceDraft("99999", "HB-4711", 0.03m, 1), "anna", CancellationToken.None));
        Assert.Null(await stores.Prices.AddAsync(new CustomerPriceDraft("30101", "HB-4711", 0.03m, 1_000), "anna", CancellationToken.None));
        Assert.Equal((0.03m, PriceSource.Customer), Quote(await stores.Prices.BestPriceAsync("30101", "HB-4711", 1_000, day, CancellationToken.None)));

        static (decimal, PriceSource) Quote(PriceQuote? quote) => (quote!.UnitPrice, quote.Source);
    }

    [Fact]
    public async Task AClerksCorrection_TeachesAnAlias_AndMovesOneThatPointedElsewhere()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stores = await SeededAsync(database);

        var learnt = await stores.Aliases.LearnAsync("30101", " ml-zub-9001 ", "HB-2215", "clerk", CancellationToken.None);
        var again = await stores.Aliases.LearnAsync("30101", "ML-ZUB-9001", "HB-2215", "clerk", CancellationToken.None);
        var refused = await stores.Aliases.AddAsync("30101", "ML-ZUB-7781", "HB-2215", "admin", CancellationToken.None);
        var moved = await stores.Aliases.LearnAsync("30101", "ML-ZUB-7781", "HB-2215", "clerk", CancellationToken.None);

        Assert.Equal(AliasOutcome.Added, learnt.Outcome);
        Assert.Equal(AliasOutcome.Unchanged, again.Outcome);
        Assert.Equal((AliasOutcome.Refused, "Customer 30101 already uses ML-ZUB-7781 for HB-2220."), (refused.Outcome, refused.Error));
        Assert.Equal((AliasOutcome.Moved, "HB-2220"), (moved.Outcome, moved.PreviousSku));
        Assert.Equal("HB-2215", (await stores.Aliases.ResolveAsync("30101", "ml-zub-9001", CancellationToken.None))!.Sku);
        var aliases = await stores.Aliases.OfProductAsync("HB-2215", CancellationToken.None);
        Assert.Equal(["ML-ZUB-7781", "ML-ZUB-9001"], aliases.Select(a => a.AliasCode));
        Assert.All(aliases, a => Assert.Equal(("correction", "clerk", "Modehaus Lindner GmbH"), (a.Source, a.LearntBy, a.CustomerName)));
        var snapshot = await stores.Catalog.SnapshotAsync("30101", CancellationToken.None);
        Assert.Equal("HB-2215", snapshot.ByAlias("ml-zub-7781")!.Sku);
    }
}

public sealed class CatalogStoreTestsOnSqlite() : CatalogStoreTests(TestProvider.Sqlite);

public sealed class CatalogStoreTestsOnPostgreSql() : CatalogStoreTests(TestProvider.PostgreSql);
