using HappyButtons.Web.Hosting;
using HappyButtons.Web.Security;

namespace HappyButtons.Web.Api;

/// <summary><c>GET /metrics</c>: Prometheus text. Needs an API key unless <c>HappyButtons:Metrics:AllowAnonymous</c> is true.</summary>
public static class MetricsApi
{
    public static IEndpointRouteBuilder MapMetricsApi(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        var endpoint = app.MapGet("/metrics", (PrometheusExporter exporter) =>
            Results.Text(exporter.Scrape(), "text/plain; version=0.0.4; charset=utf-8")).WithTags("Operations");
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
