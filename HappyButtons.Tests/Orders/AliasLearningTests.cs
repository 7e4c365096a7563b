using HappyButtons.Engine.Catalog;
using HappyButtons.Engine.Orders;
using HappyButtons.Engine.Orders.Extraction;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HappyButtons.Tests.Orders;

/// <summary>A clerk's correction of an extracted purchase order teaches the customer's article number, on SQLite and PostgreSQL.</summary>
public abstract class AliasLearningTests(TestProvider provider)
{
    private const string Mail = """
        Guten Tag,

        bitte liefern Sie uns:

        Pos.  Art.-Nr.     Bezeichnung           Menge
        10    KN-4471-SW   Knopf Sonderfarbe     5.000 Stk

        Mit freundlichen Grüßen
        Petra Klein
        """;

    private sealed class Desk
    {
        public Desk(TestDatabase database)
        {
            Site = new OrderSite(database);
            var dialect = database.Services.GetRequiredService<ISqlDialect>();
            Catalog = new CatalogStore(database.Contexts, dialect, Site.Audit, Site.Clock);
            Aliases = new ProductAliasBook(database.Contexts, dialect, Site.Audit, Site.Clock);
            Intake = new PurchaseOrderIntake(Site.Orders, Aliases);
        }

        public OrderSite Site { get; }
        public CatalogStore Catalog { get; }
        public ProductAliasBook Aliases { get; }
        public PurchaseOrderIntake Intake { get; }

        public async Task<PurchaseOrderExtraction> ExtractAsync() =>
            new PurchaseOrderExtractor(Options.Create(new ExtractionOptions())).Extract(
                new PurchaseOrderInput("Bestellung", Mail, [], new DateOnly(2026, 11, 20)), await Catalog.SnapshotAsync("10042", CancellationToken.None));
    }

    [Fact]
    public async Task ACorrectedUnknownCode_IsLearntAsTheCustomersAlias_AndTheNextExtractionMatchesIt()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var desk = new Desk(database);
        await desk.Site.SeedAsync();

        var first = Assert.Single((await desk.ExtractAsync()).Lines);
        Assert.Equal((null, "KN-4471-SW", 5000m), (first.Sku, first.CustomerCode, first.Quantity));
        var offer = PurchaseOrderIntake.AliasToOffer(first, "HB-4H-18L-BLK");
        Assert.Equal("KN-4471-SW", offer);

        var saved = await desk.Intake.CreateAsync(new ReviewedOrder("10042", "4711",
            [new ReviewedLine("HB-4H-18L-BLK", 5000, first.CustomerCode, LearnAlias: true)]), "sara", CancellationToken.None);

        Assert.NotNull(saved.Order.Created);
        Assert.Equal(AliasOutcome.Added, Assert.Single(saved.Aliases).Result.Outcome);
        var again = Assert.Single((await desk.ExtractAsync()).Lines);
        Assert.Equal(("HB-4H-18L-BLK", ProductMatchKind.Alias, 5000m), (again.Sku, again.MatchedBy, again.Quantity));
        Assert.True(again.Confidence >= 0.9, $"confidence {again.Confidence}");
        await using var context = await database.Contexts.CreateDbContextAsync();
        var alias = await context.ProductAliases.SingleAsync();
        Assert.Equal(("10042", "KN-4471-SW", "correction", "sara", desk.Site.Clock.GetUtcNow()),
            (alias.CustomerNumber, alias.AliasCode, alias.Source, alias.LearntBy, alias.LearntAt));
        Assert.Contains(await desk.Site.Audit.RecentAsync(5, CatalogStore.Target("HB-4H-18L-BLK"), CancellationToken.None), a => a.Action == "product.alias.add");
    }

    [Fact]
    public async Task AWrongAlias_IsMovedByTheClerksCorrection_AndADeclinedOfferLearnsNothing()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var desk = new Desk(database);
        await desk.Site.SeedAsync();
        await desk.Aliases.AddAsync("10042", "KN-4471-SW", "HB-2H-24L-WHT", "admin", CancellationToken.None);
        var wrong = Assert.Single((await desk.ExtractAsync()).Lines);
        Assert.Equal("HB-2H-24L-WHT", wrong.Sku);

        Assert.Null(PurchaseOrderIntake.AliasToOffer(wrong, "HB-2H-24L-WHT"));
        var declined = await desk.Intake.CreateAsync(new ReviewedOrder("10042", "4711",
            [new ReviewedLine("HB-4H-18L-BLK", 5000, wrong.CustomerCode, LearnAlias: false)]), "sara", CancellationToken.None);
        Assert.Empty(declined.Aliases);
        Assert.Equal("HB-2H-24L-WHT", Assert.Single((await desk.ExtractAsync()).Lines).Sku);

        var corrected = await desk.Intake.CreateAsync(new ReviewedOrder("10042", "4712",
            [new ReviewedLine("HB-4H-18L-BLK", 5000, wrong.CustomerCode, LearnAlias: PurchaseOrderIntake.AliasToOffer(wrong, "HB-4H-18L-BLK") is not null)]),
            "sara", CancellationToken.None);

        var learnt = Assert.Single(corrected.Aliases).Result;
        Assert.Equal((AliasOutcome.Moved, "HB-2H-24L-WHT"), (learnt.Outcome, learnt.PreviousSku));
        Assert.Equal("HB-4H-18L-BLK", Assert.Single((await desk.ExtractAsync()).Lines).Sku);
    }

    [Fact]
    public async Task OurOwnSkuIsNeverLearntAsAnAlias_AndNothingIsLearntWhenTheOrderIsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var desk = new Desk(database);
        await desk.Site.SeedAsync();

        var own = await desk.Aliases.LearnAsync("10042", "hb-2h-24l-wht", "HB-4H-18L-BLK", "sara", CancellationToken.None);
        var refused = await desk.Intake.CreateAsync(new ReviewedOrder("99999", null,
            [new ReviewedLine("HB-4H-18L-BLK", 5000, "KN-1", LearnAlias: true)]), "sara", CancellationToken.None);

        Assert.Equal(AliasOutcome.Refused, own.Outcome);
        Assert.Null(refused.Order.Created);
        Assert.Empty(refused.Aliases);
        await using var context = await database.Contexts.CreateDbContextAsync();
        Assert.False(await context.ProductAliases.AnyAsync());
    }
}

public sealed class AliasLearningTestsOnSqlite() : AliasLearningTests(TestProvider.Sqlite);

public sealed class AliasLearningTestsOnPostgreSql() : AliasLearningTests(TestProvider.PostgreSql);
