using HappyButtons.Engine.Intake.Classification;
using HappyButtons.Engine.Intake.Customers;
using HappyButtons.Engine.Intake.Enrichment;
using HappyButtons.Engine.Intake.Training;
using HappyButtons.Engine.Routing;
using HappyButtons.Engine.Routing.Sla;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Intake;

public static class IntakeServiceCollectionExtensions
{
    /// <summary>
    /// Registers enrichment, classifier, routing and SLA. Storage-backed directory, training store
    /// and rule set registered before this call win; otherwise the in-memory demo versions are used.
    /// </summary>
    public static IServiceCollection AddIntake(this IServiceCollection services)
    {
        services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ICustomerDirectory>(_ => DemoCustomers.CreateDirectory());
        services.TryAddSingleton<ITrainingExampleStore, InMemoryTrainingExampleStore>();
        services.TryAddSingleton<IReadOnlyList<RoutingRule>>(DefaultRoutingRules.All);
        services.TryAddSingleton(sp => new MessageEnricher(sp.GetRequiredService<ICustomerDirectory>()));
        services.TryAddSingleton(sp =>
        {
            // Runs once, on first use: training on the shipped corpus takes about a second.
            var options = sp.GetRequiredService<IOptions<IntakeOptions>>().Value;
            var store = sp.GetRequiredService<ITrainingExampleStore>();
            return MessageClassifier.CreateAsync(TrainingCorpus.All, store, new ClassifierOptions { ReviewThreshold = options.ReviewThreshold })
                .GetAwaiter().GetResult();
        });
        services.TryAddSingleton(sp => new RoutingEvaluator(sp.GetRequiredService<IReadOnlyList<RoutingRule>>()));
        services.TryAddSingleton(sp => new RoutingRuleValidator(SlaPolicies.Names));
        services.TryAddSingleton(sp => new BusinessCalendar(sp.GetRequiredService<IOptions<IntakeOptions>>().Value.FederalState));
        services.TryAddSingleton(sp => new SlaClock(sp.GetRequiredService<BusinessCalendar>()));
        services.TryAddSingleton<IntakePipeline>();
        return services;
    }
}
