using HappyButtons.Web.Security;
using Prometheus;

namespace HappyButtons.Web.Api;

/// <summary>
/// <c>GET /metrics</c>: this host's prometheus-net registry in the Prometheus text format. Needs an API key unless
/// <c>HappyButtons:Metrics:AllowAnonymous</c> is true. Every metric is listed in docs/metrics.md.
/// </summary>
public static class MetricsApi
{
    public static IEndpointRouteBuilder MapMetricsApi(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        var endpoint = app.MapGet("/metrics", (CollectorRegistry registry, CancellationToken cancellationToken) =>
                Results.Stream(body => registry.CollectAndExportAsTextAsync(body, cancellationToken), PrometheusConstants.TextContentTypeWithVersionAndEncoding))
            .WithTags("Operations");
        if (!configuration.GetValue("HappyButtons:Metrics:AllowAnonymous", false))
        {
            endpoint.RequireAuthorization(Policies.Api);
        }
        else
        {
            endpoint.AllowAnonymous();
        }

        return app;
    }
}
