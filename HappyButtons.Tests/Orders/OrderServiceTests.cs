using HappyButtons.Engine.Documents;
using HappyButtons.Engine.Orders;
using HappyButtons.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Tests.Orders;

/// <summary>Orders in the database, on SQLite and on PostgreSQL: prices, the lifecycle's effects, concurrency, numbering.</summary>
public abstract class OrderServiceTests(TestProvider provider)
{
    [Fact]
    public async Task ANewOrder_GetsANumber_AndCatalogPrices_WithLineTotalsToTheCent()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var site = new OrderSite(database);
        await site.SeedAsync();

        var id = await site.CreateAsync();
        var order = (await site.Queries.GetAsync(id, CancellationToken.None))!;

        Assert.Equal("AB-2026-00001", order.Number);
        Assert.Equal(OrderState.Created, order.State);
        Assert.Equal([1200.00m, 593.75m], order.Lines.Select(l => l.Total));
        Assert.Equal(1793.75m, order.Totals.Net);
        Assert.Equal(228.00m + 41.56m, order.Totals.Vat);
        Assert.Equal("order.create", (await site.Audit.RecentAsync(1, OrderService.AuditTarget(order.Number), CancellationToken.None)).Single().Action);
    }

    [Fact]
    public async Task Confirming_ReservesStock_Cancelling_ReleasesIt_AndEveryStepIsInTheHistoryAndAudit()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var site = new OrderSite(database);
        await site.SeedAsync();
        var id = await site.CreateAsync();

        Assert.True((await site.Orders.TransitionAsync(id, OrderState.Confirmed, OrderSite.Sales)).Succeeded);
        Assert.Equal(10_000, (await site.ProductAsync("HB-4H-18L-BLK")).StockReserved);
        Assert.Equal(2_500, (await site.ProductAsync("HB-2H-24L-WHT")).StockReserved);
        site.Clock.Advance(TimeSpan.FromHours(1));
        Assert.True((await site.Orders.TransitionAsync(id, OrderState.Cancelled, OrderSite.Sales, reason: "Kunde storniert")).Succeeded);

        Assert.Equal(0, (await site.ProductAsync("HB-4H-18L-BLK")).StockReserved);
        Assert.Equal(50_000, (await site.ProductAsync("HB-4H-18L-BLK")).StockOnHand);
        var order = (await site.Queries.GetAsync(id, CancellationToken.None))!;
        Assert.Equal([(OrderState.Created, OrderState.Confirmed, "sara", (string?)null), (OrderState.Confirmed, OrderState.Cancelled, "sara", "Kunde storniert")],
            order.History.Select(h => (h.From, h.To, h.By, h.Reason)));
        Assert.Equal(site.Clock.GetUtcNow(), order.History[1].At);
        var audit = await site.Audit.RecentAsync(10, OrderService.AuditTarget(order.Number), CancellationToken.None);
        Assert.Equal(["order.transition", "order.transition", "order.create"], audit.Select(a => a.Action));
        Assert.All(audit.Take(2), a => Assert.Equal("sara", a.Actor));
    }

    [Fact]
    public async Task Shipping_TakesTheGoodsFromStock_AndTheWholeWayIssuesConfirmationDeliveryNoteAndInvoice()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var site = new OrderSite(database);
        await site.SeedAsync();
        var id = await site.CreateAsync();

        await site.MoveToAsync(id, OrderState.Shipped);
        var black = await site.ProductAsync("HB-4H-18L-BLK");
        Assert.Equal((40_000L, 0L), (black.StockOnHand, black.StockReserved));
        await site.MoveToAsync(id, OrderState.Closed);

        var order = (await site.Queries.GetAsync(id, CancellationToken.None))!;
        Assert.Equal(OrderState.Closed, order.State);
        Assert.Equal(9, order.History.Count);
        Assert.Equal([(DocumentKind.Confirmation, "AB-2026-00001"), (DocumentKind.DeliveryNote, "LS-2026-00001"), (DocumentKind.Invoice, "RE-2026-00001")],
            order.Documents.Select(d => (d.Kind, d.Number)));
        Assert.True(order.Documents.Single(d => d.Kind == DocumentKind.Invoice).HasXml);
    }

    [Fact]
    public async Task Confirming_IsRefused_ForALineBelowTheMinimumOrAnUnknownOrInactiveProduct()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var site = new OrderSite(database);
        await site.SeedAsync();
        var id = await site.CreateAsync(new NewOrderLine("HB-4H-18L-BLK", 999), new NewOrderLine("hb-nope-1", 5), new NewOrderLine("HB-OLD-01", 5));

        var result = await site.Orders.TransitionAsync(id, OrderState.Confirmed, OrderSite.Sales);

        Assert.False(result.Succeeded);
        Assert.Equal([(RefusalReason.BelowMinimum, "HB-4H-18L-BLK"), (RefusalReason.UnknownProduct, "HB-NOPE-1"), (RefusalReason.InactiveProduct, "HB-OLD-01")],
            result.Refusal!.Problems.Select(p => (p.Reason, p.Argument!)));
        Assert.Equal([OrderState.Cancelled], result.Refusal.Allowed);
        Assert.Equal(0, (await site.ProductAsync("HB-4H-18L-BLK")).StockReserved);
        Assert.Equal(OrderState.Created, (await site.Queries.GetAsync(id, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task Invoicing_WithoutTheCompanysVatId_IsRefusedNamingTheField_AndIssuesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var site = new OrderSite(database);
        await site.SeedAsync();
        var id = await site.CreateAsync();
        await site.MoveToAsync(id, OrderState.Delivered);
        site.Company.CurrentValue = TestCompany.Complete();
        site.Company.CurrentValue.VatId = "";

        var result = await site.Orders.TransitionAsync(id, OrderState.Invoiced, OrderSite.Finance);

        Assert.Equal((RefusalReason.CompanyFieldMissing, "VatId"), (Assert.Single(result.Refusal!.Problems).Reason, result.Refusal.Problems[0].Argument));
        Assert.Null(await site.Documents.FindAsync(id, DocumentKind.Invoice, CancellationToken.None));
        await using var context = await database.Contexts.CreateDbContextAsync();
        Assert.False(await context.NumberSequences.AnyAsync(s => s.Name == "RE-2026"));
    }

    [Fact]
    public async Task TwoPeopleMovingTheSameOrder_OneWins_TheOtherIsToldWhoWasFirst()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (first, second) = (new OrderSite(database), new OrderSite(database));
        await first.SeedAsync();
        var id = await first.CreateAsync();
        var shown = (await first.Queries.GetAsync(id, CancellationToken.None))!.Version;
        var sara = new OrderActor("sara", new HashSet<string> { OrderRoles.Sales });
        var sven = new OrderActor("sven", new HashSet<string> { OrderRoles.Sales });

        var results = await AtOnce.RunAsync(2, i => (i == 0 ? first : second).Orders.TransitionAsync(id, OrderState.Confirmed, i == 0 ? sara : sven, shown));

        var winner = Assert.Single(results, r => r.Succeeded);
        var loser = Assert.Single(results, r => !r.Succeeded);
        var problem = Assert.Single(loser.Refusal!.Problems);
        Assert.Equal(RefusalReason.ChangedMeanwhile, problem.Reason);
        Assert.Equal("confirmed", problem.Arguments[1]);
        var winnerName = results[0] == winner ? "sara" : "sven";
        Assert.Equal(winnerName, problem.Argument);
        Assert.Contains($"{winnerName} hat ihn inzwischen geändert, er steht jetzt auf „Bestätigt“", loser.Refusal.Message("de"));
        Assert.Equal(10_000, (await first.ProductAsync("HB-4H-18L-BLK")).StockReserved);
        Assert.Single((await first.Queries.GetAsync(id, CancellationToken.None))!.History);
    }

    [Fact]
    public async Task ConcurrentInvoicing_OnTwoNodes_GivesGaplessDistinctNumbers()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var nodes = new[] { new OrderSite(database), new OrderSite(database) };
        await nodes[0].SeedAsync();
        var ids = new List<long>();
        for (var i = 0; i < 12; i++)
        {
            var id = await nodes[0].CreateAsync(new NewOrderLine("HB-4H-18L-BLK", 1000 + i));
            await nodes[0].MoveToAsync(id, OrderState.Delivered);
            ids.Add(id);
        }

        // One order is refused in the middle of it all (its customer lost the address): its attempt must not use up a number.
        await using (var context = await database.Contexts.CreateDbContextAsync())
        {
            await context.Orders.Where(o => o.Id == ids[5]).ExecuteUpdateAsync(s => s.SetProperty(o => o.DeliveredAt, (DateTimeOffset?)null));
        }

        var results = await AtOnce.RunAsync(ids.Count, i => nodes[i % 2].Orders.TransitionAsync(ids[i], OrderState.Invoiced, OrderSite.Finance));

        Assert.Equal(11, results.Count(r => r.Succeeded));
        await using var check = await database.Contexts.CreateDbContextAsync();
        var numbers = await check.OrderDocuments.Where(d => d.Kind == "invoice").Select(d => d.Number).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 11).Select(n => $"RE-2026-{n:00000}"), numbers.Order(StringComparer.Ordinal));
        Assert.Equal(11, (await check.NumberSequences.SingleAsync(s => s.Name == "RE-2026")).LastValue);
    }

    [Fact]
    public async Task ADocument_IsStoredOnceWhenIssued_AndServedByteForByte_EvenAfterTheCompanyDataChanged()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var site = new OrderSite(database);
        await site.SeedAsync();
        var id = await site.CreateAsync();
        await site.MoveToAsync(id, OrderState.Invoiced);
        var issued = (await site.Documents.FindAsync(id, DocumentKind.Invoice, CancellationToken.None))!;

        site.Company.CurrentValue = TestCompany.Complete();
        site.Company.CurrentValue.Name = "Renamed Buttons";
        site.Clock.Advance(TimeSpan.FromDays(40));
        var again = (await new OrderSite(database).Documents.FindAsync(id, DocumentKind.Invoice, CancellationToken.None))!;

        Assert.Equal(issued.Pdf, again.Pdf);
        Assert.Equal(issued.Xml, again.Xml);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(again.Pdf)), again.Sha256);
    }

    [Fact]
    public async Task ProductionAndWarehouseRoles_AreGivenToUsers_AndCountAtOnce()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var site = new OrderSite(database);
        long userId;
        await using (var context = await database.Contexts.CreateDbContextAsync())
        {
            var user = new Engine.Storage.Model.User
            {
                UserName = "wanda", NormalizedName = "WANDA", DisplayName = "Wanda Lager", PasswordHash = "x", SecurityStamp = "s",
                Departments = [new Engine.Storage.Model.UserDepartment { Department = "info" }],
            };
            context.Users.Add(user);
            await context.SaveChangesAsync();
            userId = user.Id;
        }

        Assert.False((await site.Actors.ForUserAsync(userId, CancellationToken.None))!.SeesOrders);
        await site.Actors.SetExtraRolesAsync(userId, ["warehouse", "bogus"], "admin", CancellationToken.None);

        var actor = (await site.Actors.ForUserAsync(userId, CancellationToken.None))!;
        Assert.Equal(["warehouse"], actor.Roles);
        Assert.True(actor.May(OrderRoles.Warehouse));
        Assert.False(actor.May(OrderRoles.Sales));
        Assert.Equal("user.roles", (await site.Audit.RecentAsync(1, null, CancellationToken.None)).Single().Action);
    }
}

public sealed class OrderServiceTestsOnSqlite() : OrderServiceTests(TestProvider.Sqlite);

public sealed class OrderServiceTestsOnPostgreSql() : OrderServiceTests(TestProvider.PostgreSql);
