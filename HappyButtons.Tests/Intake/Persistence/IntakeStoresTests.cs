using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Classification;
using HappyButtons.Engine.Intake.Training;
using HappyButtons.Engine.Routing;
using HappyButtons.Engine.Routing.Persistence;
using HappyButtons.Engine.Routing.Sla;
using HappyButtons.Tests.Support;
using NodaTime;

namespace HappyButtons.Tests.Intake.Persistence;

/// <summary>Corrections, rules and SLA settings in the database, on SQLite and on PostgreSQL.</summary>
public abstract class IntakeStoresTests(TestProvider provider)
{
    [Fact]
    public async Task StoredCorrections_AreReplayed_WhenTheClassifierIsTrainedAtStartUp()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = new IntakeStores(database).TrainingExamples;
        const string text = "Knopfmuseum\nKönnen Sie uns alte Knöpfe für unsere Ausstellung im Knopfmuseum leihen? Wir zahlen die Versicherung.";
        await store.AddAsync(new TrainingExample(text, Intent.QuoteRequest, Department.Sales));

        var classifier = await MessageClassifier.CreateAsync(TrainingCorpus.All, store);

        Assert.Single(await store.ListAsync());
        Assert.Equal(Intent.QuoteRequest, classifier.Predict(text).Intent);
    }

    [Fact]
    public async Task TheDefaultRules_SurviveTheRoundTripThroughTheDatabase_Unchanged()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stores = new IntakeStores(database);

        await stores.Sla.SeedAsync(CancellationToken.None);
        await stores.Rules.SeedAsync(DefaultRoutingRules.All, CancellationToken.None);
        var stored = await stores.Rules.ListAsync(CancellationToken.None);

        Assert.Equal(DefaultRoutingRules.All.OrderBy(r => r.Order).Select(RoutingRuleJson.Serialize), stored.Select(RoutingRuleJson.Serialize));
        Assert.Empty((await stores.Rules.ValidatorAsync(CancellationToken.None)).Validate(stored));
    }

    [Fact]
    public async Task Seeding_AgainOrOnTwoNodesAtOnce_KeepsWhatAnAdministratorChanged()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (first, second) = (new IntakeStores(database), new IntakeStores(database));
        await AtOnce.RunAsync(2, i => Seed(i == 0 ? first : second));
        await first.Sla.SaveCalendarAsync("BY", new LocalTime(7, 30), new LocalTime(16, 0), "anna", CancellationToken.None);
        Assert.True((await first.Rules.SetEnabledAsync("triage", false, "anna", CancellationToken.None)).Succeeded);

        await Seed(new IntakeStores(database));

        var fresh = new IntakeStores(database);
        Assert.Equal(DefaultRoutingRules.All.Count, (await fresh.Rules.ListAsync(CancellationToken.None)).Count);
        Assert.False((await fresh.Rules.FindAsync("triage", CancellationToken.None))!.Enabled);
        Assert.Equal(new SlaCalendarSettings("BY", new LocalTime(7, 30), new LocalTime(16, 0)), await fresh.Sla.CalendarAsync(CancellationToken.None));
        Assert.Equal(SlaPolicies.All.Select(p => p.Name).Order(StringComparer.Ordinal), (await fresh.Sla.PoliciesAsync(CancellationToken.None)).Select(p => p.Name));
        Assert.Equal(Engine.Intake.Customers.DemoCustomers.Customers.Count, fresh.Directory.Customers.Count);

        static async Task<bool> Seed(IntakeStores stores)
        {
            await stores.Customers.SeedAsync(Engine.Intake.Customers.DemoCustomers.Customers, Engine.Intake.Customers.DemoCustomers.Contacts, CancellationToken.None);
            await stores.Sla.SeedAsync(CancellationToken.None);
            await stores.Rules.SeedAsync(DefaultRoutingRules.All, CancellationToken.None);
            return true;
        }
    }

    [Fact]
    public async Task AnSlaPolicy_IsCreatedThenChanged_AndBothChangesAreAudited()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stores = new IntakeStores(database);
        await stores.Sla.SeedAsync(CancellationToken.None);

        Assert.Null(await stores.Sla.SavePolicyAsync("Key-Account", 30, 240, "anna", CancellationToken.None));
        Assert.Null(await stores.Sla.SavePolicyAsync("key-account", 60, 480, "ben", CancellationToken.None));

        var policy = await new IntakeStores(database).Sla.FindAsync("key-account", CancellationToken.None);
        Assert.Equal((Duration.FromMinutes(60), Duration.FromMinutes(480)), (policy!.FirstResponse, policy.Resolution));
        Assert.Equal(["ben", "anna"], (await stores.Audit.RecentAsync(5, "sla-policy:key-account", CancellationToken.None)).Select(a => a.Actor));
    }
}

public sealed class IntakeStoresTestsOnSqlite() : IntakeStoresTests(TestProvider.Sqlite);

public sealed class IntakeStoresTestsOnPostgreSql() : IntakeStoresTests(TestProvider.PostgreSql);
