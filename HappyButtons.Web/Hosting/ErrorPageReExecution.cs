using Microsoft.AspNetCore.Diagnostics;

namespace HappyButtons.Web.Hosting;

/// <summary>
/// Renders the friendly error page for a bodiless 4xx/5xx response by running the pipeline again for
/// <c>GET /error/{code}</c>. Unlike the built-in re-execution it always uses GET, so a failed form post
/// (say, a missing antiforgery token) shows the page instead of being refused a second time as a post.
/// </summary>
public static class ErrorPageReExecution
{
    public static IApplicationBuilder UseFriendlyErrorPages(this IApplicationBuilder app) =>
        app.UseStatusCodePages(async statusContext =>
        {
            var context = statusContext.HttpContext;
            var request = context.Request;
            var original = (request.Method, request.Path, request.QueryString, request.PathBase);
            var code = context.Response.StatusCode;
            context.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature
            {
                OriginalPath = request.Path.Value!, OriginalPathBase = request.PathBase.Value!,
                OriginalQueryString = request.QueryString.HasValue ? request.QueryString.Value : null,
            });
            context.SetEndpoint(null);
            context.Request.RouteValues.Clear();
            request.Method = HttpMethods.Get;
            request.Path = "/error/" + code.ToString(System.Globalization.CultureInfo.InvariantCulture);
            request.QueryString = QueryString.Empty;
            try
            {
                await using var scope = context.RequestServices.CreateAsyncScope();
                var services = context.RequestServices;
                context.RequestServices = scope.ServiceProvider;
                try
                {
                    await statusContext.Next(context);
                }
                finally
                {
                    context.RequestServices = services;
                }
            }
            finally
            {
                (request.Method, request.Path, request.QueryString, request.PathBase) = original;
                context.Features.Set<IStatusCodeReExecuteFeature>(null);
            }
        });
}
