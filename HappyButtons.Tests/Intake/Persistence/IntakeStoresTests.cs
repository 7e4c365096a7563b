using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Classification;
using HappyButtons.Engine.Intake.Persistence;
using HappyButtons.Engine.Intake.Training;
using HappyButtons.Engine.Routing;
using HappyButtons.Engine.Routing.Persistence;
using HappyButtons.Tests.Support;
using Microsoft.Extensions.Options;

namespace HappyButtons.Tests.Intake.Persistence;

public sealed class IntakeStoresTests
{
    [Fact]
    public async Task StoredCorrections_AreReplayed_WhenTheClassifierIsTrainedAtStartUp()
    {
        using var database = await TestDatabase.CreateMigratedAsync();
        var store = new DatabaseTrainingExampleStore(database.Connections, new ManualClock());
        const string text = "Knopfmuseum\nKönnen Sie uns alte Knöpfe für unsere Ausstellung im Knopfmuseum leihen? Wir zahlen die Versicherung.";
        await store.AddAsync(new TrainingExample(text, Intent.QuoteRequest, Department.Sales));

        var classifier = await MessageClassifier.CreateAsync(TrainingCorpus.All, store);

        Assert.Single(await store.ListAsync());
        Assert.Equal(Intent.QuoteRequest, classifier.Predict(text).Intent);
    }

    [Fact]
    public async Task TheDefaultRules_SurviveTheRoundTripThroughTheDatabase_Unchanged()
    {
        using var database = await TestDatabase.CreateMigratedAsync();
        var clock = new ManualClock();
        var audit = new AuditLog(database.Connections, clock);
        var sla = new SlaSettingsStore(database.Connections, Options.Create(new IntakeOptions()), audit, clock);
        var rules = new RoutingRuleStore(database.Connections, sla, audit, clock);

        await sla.SeedAsync(CancellationToken.None);
        await rules.SeedAsync(DefaultRoutingRules.All, CancellationToken.None);
        var stored = await rules.ListAsync(CancellationToken.None);

        Assert.Equal(DefaultRoutingRules.All.OrderBy(r => r.Order).Select(RoutingRuleJson.Serialize), stored.Select(RoutingRuleJson.Serialize));
        Assert.Empty((await rules.ValidatorAsync(CancellationToken.None)).Validate(stored));
    }
}
