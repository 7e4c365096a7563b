using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Prometheus;

namespace HappyButtons.Engine.Monitoring;

/// <summary>
/// This host's Prometheus collectors (prometheus-net), served by <c>GET /metrics</c>. One registry per host instead of
/// the library's static default registry, so two hosts in one process (tests) never count into each other; every
/// feature creates its collectors in it through <see cref="Factory"/>. The process and .NET runtime collectors of
/// prometheus-net (<c>process_*</c>, <c>dotnet_*</c>) are registered with it.
/// </summary>
public static class PrometheusRegistry
{
    public static IServiceCollection AddPrometheusRegistry(this IServiceCollection services)
    {
        services.TryAddSingleton(_ =>
        {
            var registry = Metrics.NewCustomRegistry();
            DotNetStats.Register(registry);
            return registry;
        });
        return services;
    }

    public static IMetricFactory Factory(this CollectorRegistry registry) => Metrics.WithCustomRegistry(registry);
}
