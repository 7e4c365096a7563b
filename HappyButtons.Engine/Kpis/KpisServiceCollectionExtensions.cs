using HappyButtons.Engine.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Engine.Kpis;

public static class KpisServiceCollectionExtensions
{
    /// <summary>The KPIs (<c>HappyButtons:Kpis</c>), the dashboard's figures, the survey and the daily snapshot job (00:20 Berlin time).</summary>
    public static IServiceCollection AddKpis(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KpiOptions>().Bind(configuration.GetSection(KpiOptions.Section))
            .Validate(o => o.Weights.Values.All(w => w >= 0 && double.IsFinite(w)), "HappyButtons:Kpis:Weights:* must be numbers of 0 or more.")
            .Validate(o => o.Weights.Keys.All(k => KpiDefinitions.Six.Any(d => string.Equals(d.Key, k, StringComparison.OrdinalIgnoreCase))),
                "HappyButtons:Kpis:Weights:* names an unknown KPI; known: " + string.Join(", ", KpiDefinitions.Six.Select(d => d.Key)) + ".")
            .Validate(o => o.SnapshotRetentionDays >= 1, "HappyButtons:Kpis:SnapshotRetentionDays must be at least 1.")
            .Validate(o => o.MetricsWindowDays is >= 1 and <= 3660, "HappyButtons:Kpis:MetricsWindowDays must be between 1 and 3660.")
            .Validate(o => o.MetricsCacheSeconds >= 0, "HappyButtons:Kpis:MetricsCacheSeconds must not be negative.")
            .Validate(o => o.PublicBaseUrl is null || Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _), "HappyButtons:Kpis:PublicBaseUrl must be an absolute address (https://…).")
            .ValidateOnStart();
        services.AddSingleton<KpiCalculator>();
        services.AddSingleton<DashboardQueries>();
        services.AddSingleton<KpiSnapshots>();
        services.AddSingleton<CustomerSurvey>();
        services.AddSingleton<KpiMetrics>();
        services.AddSingleton<OperationalCounters>();
        services.AddRecurringJob<KpiSnapshots>(KpiSnapshots.RecurringId, s => s.RunAsync(CancellationToken.None), "20 0 * * *");
        return services;
    }
}
