using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Persistence;
using HappyButtons.Engine.Routing.Persistence;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HappyButtons.Tests.Intake.Persistence;

/// <summary>
/// The stores of one application node over a test database. Two of them over the same database are two nodes: each has
/// its own cached rules and customers, as two app servers on one PostgreSQL have.
/// </summary>
public sealed class IntakeStores
{
    public IntakeStores(TestDatabase database, ManualClock? clock = null)
    {
        Clock = clock ?? new ManualClock();
        var dialect = database.Services.GetRequiredService<ISqlDialect>();
        Audit = new AuditLog(database.Contexts, Clock);
        Sla = new SlaSettingsStore(database.Contexts, dialect, Options.Create(new IntakeOptions()), Audit, Clock);
        Rules = new RoutingRuleStore(database.Contexts, dialect, Sla, Audit, Clock);
        Directory = new DatabaseCustomerDirectory(database.Contexts);
        Customers = new CustomerStore(database.Contexts, dialect, Directory, Audit, Clock);
        TrainingExamples = new DatabaseTrainingExampleStore(database.Contexts, Clock);
    }

    public ManualClock Clock { get; }
    public AuditLog Audit { get; }
    public SlaSettingsStore Sla { get; }
    public RoutingRuleStore Rules { get; }
    public DatabaseCustomerDirectory Directory { get; }
    public CustomerStore Customers { get; }
    public DatabaseTrainingExampleStore TrainingExamples { get; }
}
