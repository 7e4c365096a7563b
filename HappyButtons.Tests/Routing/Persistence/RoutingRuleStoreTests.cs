using HappyButtons.Engine.Routing;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Intake.Persistence;
using HappyButtons.Tests.Support;

namespace HappyButtons.Tests.Routing.Persistence;

/// <summary>Administrators editing routing rules at the same time, on one node or two, on SQLite and on PostgreSQL.</summary>
public abstract class RoutingRuleStoreTests(TestProvider provider)
{
    private static async Task<IntakeStores> SeededAsync(TestDatabase database)
    {
        var stores = new IntakeStores(database);
        await stores.Sla.SeedAsync(CancellationToken.None);
        await stores.Rules.SeedAsync(DefaultRoutingRules.All, CancellationToken.None);
        return stores;
    }

    private static RoutingRule Renamed(RoutingRule rule, string name) => rule with { Name = name };

    [Fact]
    public async Task AnEditStartedBeforeAnotherAdministratorSaved_IsRefused_NamingThem_AndChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stores = await SeededAsync(database);
        var annasCopy = (await stores.Rules.FindAsync("payment-notice", CancellationToken.None))!;
        var bensCopy = (await stores.Rules.FindAsync("payment-notice", CancellationToken.None))!;

        var anna = await stores.Rules.SaveAsync(Renamed(annasCopy, "Zahlungsavise (Anna)"), "payment-notice", "anna", CancellationToken.None);
        var ben = await stores.Rules.SaveAsync(Renamed(bensCopy, "Zahlungsavise (Ben)"), "payment-notice", "ben", CancellationToken.None);

        Assert.True(anna.Succeeded);
        Assert.False(ben.Succeeded);
        Assert.Equal("anna", ben.Conflict!.ChangedBy);
        Assert.Equal("Diese Regel wurde inzwischen von anna geändert; bitte neu laden.", ben.Conflict.Message("de"));
        Assert.Equal("This rule was changed by anna in the meantime; please reload.", ben.Conflict.Message("en"));
        Assert.Contains(ben.Errors, e => e.Field == "version");
        var stored = (await new IntakeStores(database).Rules.FindAsync("payment-notice", CancellationToken.None))!;
        Assert.Equal(("Zahlungsavise (Anna)", annasCopy.Version + 1), (stored.Name, stored.Version));
        Assert.Equal(["routing.rule.update"], (await stores.Audit.RecentAsync(5, "routing-rule:payment-notice", CancellationToken.None)).Select(a => a.Action));
    }

    [Fact]
    public async Task TwoNodesSavingTheSameRuleAtOnce_OneWins_AndTheOtherIsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeededAsync(database);
        var nodes = new[] { new IntakeStores(database), new IntakeStores(database) };
        var copies = await Task.WhenAll(nodes.Select(n => n.Rules.FindAsync("order-status", CancellationToken.None)));

        var results = await AtOnce.RunAsync(2, i =>
            nodes[i].Rules.SaveAsync(Renamed(copies[i]!, "Lieferstatus " + i), "order-status", "admin" + i, CancellationToken.None));

        var winner = Assert.Single(results, r => r.Succeeded);
        var loser = Assert.Single(results, r => !r.Succeeded);
        var winnerIndex = Array.IndexOf(results, winner);
        Assert.Equal("admin" + winnerIndex, loser.Conflict!.ChangedBy);
        var stored = (await new IntakeStores(database).Rules.FindAsync("order-status", CancellationToken.None))!;
        Assert.Equal(("Lieferstatus " + winnerIndex, copies[0]!.Version + 1), (stored.Name, stored.Version));
    }

    [Fact]
    public async Task ANodeWithAnOlderCopyOfTheRules_CannotUndoAnotherNodesChange_AndSeesItAfterwards()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeededAsync(database);
        var (nodeA, nodeB) = (new IntakeStores(database), new IntakeStores(database));
        await nodeA.Rules.ListAsync(CancellationToken.None);
        Assert.True((await nodeB.Rules.SetEnabledAsync("invoice-request", false, "ben", CancellationToken.None)).Succeeded);

        var move = await nodeA.Rules.MoveAsync("order-status", up: true, "anna", CancellationToken.None);

        Assert.False(move.Succeeded);
        Assert.Equal(("invoice-request", "ben"), (move.Conflict!.Key, move.Conflict.ChangedBy));
        Assert.False((await nodeA.Rules.FindAsync("invoice-request", CancellationToken.None))!.Enabled);
        Assert.True((await nodeA.Rules.MoveAsync("order-status", up: true, "anna", CancellationToken.None)).Succeeded);
        Assert.False((await new IntakeStores(database).Rules.FindAsync("invoice-request", CancellationToken.None))!.Enabled);
    }

    [Fact]
    public async Task AnEditLoadedFromANewerNode_IsSaved_ByANodeWithAnOlderCopy()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeededAsync(database);
        var (nodeA, nodeB) = (new IntakeStores(database), new IntakeStores(database));
        await nodeA.Rules.ListAsync(CancellationToken.None);
        Assert.True((await nodeB.Rules.SetEnabledAsync("invoice-request", false, "ben", CancellationToken.None)).Succeeded);
        var annasCopy = (await nodeB.Rules.FindAsync("invoice-request", CancellationToken.None))!;

        var anna = await nodeA.Rules.SaveAsync(Renamed(annasCopy, "Rechnungskopien"), "invoice-request", "anna", CancellationToken.None);

        Assert.True(anna.Succeeded, string.Join("; ", anna.Errors));
        var stored = (await new IntakeStores(database).Rules.FindAsync("invoice-request", CancellationToken.None))!;
        Assert.Equal(("Rechnungskopien", false, annasCopy.Version + 1), (stored.Name, stored.Enabled, stored.Version));
    }

    [Fact]
    public async Task EverySave_RaisesTheVersion_OfExactlyTheRulesItChanges()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stores = await SeededAsync(database);
        var before = (await stores.Rules.ListAsync(CancellationToken.None)).ToDictionary(r => r.Id, r => r.Version);

        Assert.True((await stores.Rules.SetEnabledAsync("triage", false, "anna", CancellationToken.None)).Succeeded);
        Assert.True((await stores.Rules.SetEnabledAsync("triage", false, "anna", CancellationToken.None)).Succeeded);

        var after = (await new IntakeStores(database).Rules.ListAsync(CancellationToken.None)).ToDictionary(r => r.Id, r => r.Version);
        Assert.Equal(before["triage"] + 1, after["triage"]);
        Assert.All(after.Where(r => r.Key != "triage"), r => Assert.Equal(before[r.Key], r.Value));
    }

    [Fact]
    public async Task AnEditOfARuleDeletedMeanwhile_IsRefused_NamingWhoDeletedIt()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stores = await SeededAsync(database);
        var annasCopy = (await stores.Rules.FindAsync("order-status", CancellationToken.None))!;
        Assert.True((await stores.Rules.DeleteAsync("order-status", "ben", CancellationToken.None)).Succeeded);

        var anna = await stores.Rules.SaveAsync(Renamed(annasCopy, "Lieferstatus"), "order-status", "anna", CancellationToken.None);

        Assert.False(anna.Succeeded);
        Assert.True(anna.Conflict!.Deleted);
        Assert.Equal("ben", anna.Conflict.ChangedBy);
        Assert.Null(await new IntakeStores(database).Rules.FindAsync("order-status", CancellationToken.None));
    }

    [Fact]
    public async Task ARenamedRule_KeepsItsPlace_AndTheOldIdIsGone()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stores = await SeededAsync(database);
        var rule = (await stores.Rules.FindAsync("order-status", CancellationToken.None))!;

        var result = await stores.Rules.SaveAsync(rule with { Id = "delivery-status" }, "order-status", "anna", CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var rules = await new IntakeStores(database).Rules.ListAsync(CancellationToken.None);
        Assert.Null(rules.FirstOrDefault(r => r.Id == "order-status"));
        Assert.Equal(rule.Order, rules.Single(r => r.Id == "delivery-status").Order);
    }
}

public sealed class RoutingRuleStoreTestsOnSqlite() : RoutingRuleStoreTests(TestProvider.Sqlite);

public sealed class RoutingRuleStoreTestsOnPostgreSql() : RoutingRuleStoreTests(TestProvider.PostgreSql);
