using HappyButtons.Engine.Orders;
using HappyButtons.Engine.Storage.Model;
using HappyButtons.Tests.Support;

namespace HappyButtons.Tests.Orders;

/// <summary>Changing an order's lines before production, on SQLite and on PostgreSQL.</summary>
public abstract class OrderLineEditTests(TestProvider provider)
{
    private static NewOrderLine Black(long quantity) => new("HB-4H-18L-BLK", quantity);

    private static NewOrderLine White(long quantity) => new("HB-2H-24L-WHT", quantity);

    [Fact]
    public async Task EditingAConfirmedOrder_RepricesTheChangedLine_KeepsTheOther_MovesTheReservation_AndIsInTheHistory()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var site = new OrderSite(database);
        await site.SeedAsync();
        var id = await site.CreateAsync();
        Assert.True((await site.Orders.TransitionAsync(id, OrderState.Confirmed, OrderSite.Sales)).Succeeded);
        await AddPriceAsync(site, "HB-4H-18L-BLK", 0.10m, 20_000);
        await AddPriceAsync(site, "HB-2H-24L-WHT", 0.20m, 1);
        var shown = (await site.Queries.GetAsync(id, CancellationToken.None))!.Version;
        site.Clock.Advance(TimeSpan.FromHours(2));

        var result = await site.Lines.EditAsync(id, [Black(20_000), White(2_500)], OrderSite.Sales, shown);

        Assert.True(result.Succeeded, result.Refusal?.Message("en"));
        Assert.Equal(shown + 1, result.Version);
        var order = (await site.Queries.GetAsync(id, CancellationToken.None))!;
        Assert.Equal([("HB-4H-18L-BLK", 20_000L, 0.10m, 2000.00m), ("HB-2H-24L-WHT", 2_500L, 0.2375m, 593.75m)],
            order.Lines.Select(l => (l.Sku, l.Quantity, l.UnitPrice, l.Total)));
        Assert.Equal((2593.75m, 380.00m + 41.56m), (order.Totals.Net, order.Totals.Vat));
        Assert.Equal(20_000, (await site.ProductAsync("HB-4H-18L-BLK")).StockReserved);
        Assert.Equal(2_500, (await site.ProductAsync("HB-2H-24L-WHT")).StockReserved);
        var step = order.History.Last();
        Assert.Equal((OrderState.Confirmed, OrderState.Confirmed, "sara", "HB-4H-18L-BLK: 10.000 → 20.000"), (step.From, step.To, step.By, step.Change));
        Assert.Equal(site.Clock.GetUtcNow(), step.At);
        var audit = (await site.Audit.RecentAsync(1, OrderService.AuditTarget(order.Number), CancellationToken.None)).Single();
        Assert.Equal(("order.lines", "sara"), (audit.Action, audit.Actor));

        var removed = await site.Lines.EditAsync(id, [Black(20_000)], OrderSite.Sales, result.Version);

        Assert.Equal("− HB-2H-24L-WHT × 2.500", removed.Change);
        Assert.Equal(0, (await site.ProductAsync("HB-2H-24L-WHT")).StockReserved);
        Assert.Equal(20_000, (await site.ProductAsync("HB-4H-18L-BLK")).StockReserved);
        Assert.Equal(2380.00m, (await site.Queries.GetAsync(id, CancellationToken.None))!.Totals.Gross);
    }

    [Fact]
    public async Task EditingACreatedOrder_ReservesNothing_AndAddsALineAtTheCustomersPrice()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var site = new OrderSite(database);
        await site.SeedAsync();
        var id = await site.CreateAsync(Black(5_000));
        await AddPriceAsync(site, "HB-2H-24L-WHT", 0.21m, 500);

        var result = await site.Lines.EditAsync(id, [Black(5_000), White(1_000)], OrderSite.Sales);

        Assert.Equal("+ HB-2H-24L-WHT × 1.000", result.Change);
        var order = (await site.Queries.GetAsync(id, CancellationToken.None))!;
        Assert.Equal([0.12m, 0.21m], order.Lines.Select(l => l.UnitPrice));
        Assert.Equal(810.00m, order.Totals.Net);
        Assert.Equal(0, (await site.ProductAsync("HB-2H-24L-WHT")).StockReserved);
    }

    [Theory]
    [InlineData(OrderState.InProduction, "In Produktion")]
    [InlineData(OrderState.Shipped, "Versandt")]
    public async Task Editing_IsRefusedOnceProductionHasStarted_AndChangesNothing(OrderState state, string german)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var site = new OrderSite(database);
        await site.SeedAsync();
        var id = await site.CreateAsync();
        await site.MoveToAsync(id, state);
        var before = (await site.Queries.GetAsync(id, CancellationToken.None))!;

        var result = await site.Lines.EditAsync(id, [Black(1_000)], OrderSite.Admin, before.Version);

        Assert.Equal(LineEditRefusalKind.State, result.Refusal!.Kind);
        Assert.Contains($"der Auftrag steht auf „{german}“", result.Refusal.Message("de"));
        var after = (await site.Queries.GetAsync(id, CancellationToken.None))!;
        Assert.Equal(before.Lines, after.Lines);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task TwoEditorsOfTheSameVersion_OneWins_TheOtherIsToldWhoChangedIt()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (first, second) = (new OrderSite(database), new OrderSite(database));
        await first.SeedAsync();
        var id = await first.CreateAsync();
        await first.Orders.TransitionAsync(id, OrderState.Confirmed, OrderSite.Sales);
        var shown = (await first.Queries.GetAsync(id, CancellationToken.None))!.Version;
        var sven = new OrderActor("sven", new HashSet<string> { OrderRoles.Sales });

        var results = await AtOnce.RunAsync(2, i => i == 0
            ? first.Lines.EditAsync(id, [Black(12_000), White(2_500)], OrderSite.Sales, shown)
            : second.Lines.EditAsync(id, [Black(30_000), White(2_500)], sven, shown));

        var winner = Assert.Single(results, r => r.Succeeded);
        var loser = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal(LineEditRefusalKind.Conflict, loser.Refusal!.Kind);
        var winnerName = results[0] == winner ? "sara" : "sven";
        Assert.Contains($"{winnerName} hat den Auftrag inzwischen geändert", loser.Refusal.Message("de"));
        var quantity = winnerName == "sara" ? 12_000 : 30_000;
        Assert.Equal(quantity, (await first.ProductAsync("HB-4H-18L-BLK")).StockReserved);
        Assert.Equal(quantity, (await first.Queries.GetAsync(id, CancellationToken.None))!.Lines[0].Quantity);
    }

    [Fact]
    public async Task AConfirmedOrder_StaysValid_BadLinesAreRefusedWithEachReason_AndProductionMayNotEdit()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var site = new OrderSite(database);
        await site.SeedAsync();
        var id = await site.CreateAsync();
        await site.Orders.TransitionAsync(id, OrderState.Confirmed, OrderSite.Sales);

        var bad = await site.Lines.EditAsync(id, [Black(999), new NewOrderLine("HB-NOPE-1", 5), new NewOrderLine("HB-OLD-01", 5)], OrderSite.Sales);
        var twice = await site.Lines.EditAsync(id, [Black(1_000), Black(2_000), White(0)], OrderSite.Sales);
        var empty = await site.Lines.EditAsync(id, [], OrderSite.Sales);
        var production = await site.Lines.EditAsync(id, [Black(1_000)], OrderSite.Production);

        Assert.Equal([(LineEditProblemKind.BelowMinimum, "HB-4H-18L-BLK"), (LineEditProblemKind.UnknownProduct, "HB-NOPE-1"), (LineEditProblemKind.InactiveProduct, "HB-OLD-01")],
            bad.Refusal!.Problems!.Select(p => (p.Kind, p.Sku!)));
        Assert.Contains("HB-4H-18L-BLK liegt unter der Mindestmenge von 1000", bad.Refusal.Message("de"));
        Assert.Equal([LineEditProblemKind.QuantityTooSmall, LineEditProblemKind.DuplicateSku], twice.Refusal!.Problems!.Select(p => p.Kind));
        Assert.Equal(LineEditProblemKind.NoLines, Assert.Single(empty.Refusal!.Problems!).Kind);
        Assert.Equal(LineEditRefusalKind.Role, production.Refusal!.Kind);
        Assert.Equal(10_000, (await site.ProductAsync("HB-4H-18L-BLK")).StockReserved);
        Assert.Single((await site.Queries.GetAsync(id, CancellationToken.None))!.History);
    }

    private static async Task AddPriceAsync(OrderSite site, string sku, decimal price, int minimum)
    {
        await using var context = await site.Database.Contexts.CreateDbContextAsync();
        var product = context.Products.Single(p => p.Sku == sku);
        context.CustomerPrices.Add(new CustomerPrice { CustomerNumber = "10042", ProductId = product.Id, UnitPrice = price, MinimumQuantity = minimum });
        await context.SaveChangesAsync();
    }
}

public sealed class OrderLineEditTestsOnSqlite() : OrderLineEditTests(TestProvider.Sqlite);

public sealed class OrderLineEditTestsOnPostgreSql() : OrderLineEditTests(TestProvider.PostgreSql);
