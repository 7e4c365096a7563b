using HappyButtons.Engine.Intake.Classification;
using HappyButtons.Engine.Intake.Persistence;
using HappyButtons.Engine.Intake.Customers;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Routing;
using HappyButtons.Engine.Routing.Escalation;
using HappyButtons.Engine.Routing.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Engine.Intake;

public static class IntakeProcessingServiceCollectionExtensions
{
    /// <summary>
    /// The intake inside the mail pipeline: database-backed customers, rules, SLA settings and corrections,
    /// the <see cref="IntakeStep"/>, seeding, and the SLA escalation job. Call after <c>AddMailPipeline</c>
    /// (seeding runs after the mailboxes are seeded).
    /// </summary>
    public static IServiceCollection AddIntakeProcessing(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseCustomerDirectory>();
        services.AddSingleton<ICustomerDirectory>(sp => sp.GetRequiredService<DatabaseCustomerDirectory>());
        services.AddSingleton<ITrainingExampleStore, DatabaseTrainingExampleStore>();
        services.AddSingleton<CustomerStore>();
        services.AddSingleton<CustomerQueries>();
        services.AddSingleton<SlaSettingsStore>();
        services.AddSingleton<RoutingRuleStore>();
        services.AddSingleton<MessageIntakeStore>();
        services.AddSingleton<MessageCorrections>();
        services.AddSingleton<RuleSimulator>();
        services.AddIntake();
        services.AddSingleton<IntakeStep>();
        services.AddSingleton<IMessageStep>(sp => sp.GetRequiredService<IntakeStep>());
        services.AddSingleton<IInstallationStep, IntakeSeeding>();
        services.AddHostedService<ClassifierWarmup>();
        services.AddSingleton<IEscalationMailer, OutboxEscalationMailer>();
        services.AddSingleton<EscalationLog>();
        services.AddSingleton<SlaEscalation>();
        services.AddRecurringJob<SlaEscalation>(SlaEscalation.RecurringId, e => e.RunAsync(CancellationToken.None), "* * * * *");
        return services;
    }

    private sealed class IntakeSeeding(CustomerStore customers, RoutingRuleStore rules, SlaSettingsStore sla) : IInstallationStep
    {
        public async Task RunAsync(CancellationToken cancellationToken)
        {
            await customers.SeedAsync(DemoCustomers.Customers, DemoCustomers.Contacts, cancellationToken);
            await sla.SeedAsync(cancellationToken);
            await rules.SeedAsync(DefaultRoutingRules.All, cancellationToken);
        }
    }
}
