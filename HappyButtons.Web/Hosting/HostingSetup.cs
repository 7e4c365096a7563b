using HappyButtons.Engine;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Storage;
using HappyButtons.Web.Admin.Jobs;
using HappyButtons.Web.Admin.Mailboxes;
using HappyButtons.Web.Account;
using HappyButtons.Web.Api;
using HappyButtons.Web.Components;
using HappyButtons.Web.Live;
using HappyButtons.Web.Localization;
using HappyButtons.Web.Security;
using HappyButtons.Web.Workspace.Messages;
using Microsoft.Extensions.Options;

namespace HappyButtons.Web.Hosting;

public static class HostingSetup
{
    /// <summary>Everything the host needs, in the order it matters. Features add one line each.</summary>
    public static WebApplicationBuilder AddHappyButtons(this WebApplicationBuilder builder)
    {
        ConfigureLogging(builder);
        var services = builder.Services;
        services.AddOptions<HappyButtonsOptions>().Bind(builder.Configuration.GetSection(HappyButtonsOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataDirectory), "HappyButtons:DataDirectory must not be empty.")
            .ValidateOnStart();
        var dataDirectory = Path.GetFullPath(builder.Configuration["HappyButtons:DataDirectory"] is { Length: > 0 } configured ? configured : "data",
            builder.Environment.ContentRootPath);

        // Registered first so the data directory, database and first administrator exist before any other service starts.
        services.AddHostedService<InstallationPreparer>();
        services.AddHappyButtonsStorage();
        services.AddHappyButtonsIdentity(builder.Configuration);
        services.AddJobEngine(builder.Configuration);
        services.AddJobsUi();
        services.AddMailPipeline(builder.Configuration);
        services.AddIntakeProcessing();
        services.AddHappyButtonsSecurity(dataDirectory);
        services.AddHttpContextAccessor();
        services.AddScoped<UiText>();
        services.AddLiveChannel();
        services.AddMessageViewer();
        services.AddRazorComponents();
        services.AddOpenApi();
        services.AddProblemDetails();
        services.AddSingleton<PrometheusExporter>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<DataDirectoryHealthCheck>("data-directory");
        services.AddMailboxesUi();
        return builder;
    }

    public static WebApplication UseHappyButtons(this WebApplication app)
    {
        // Created now so counters are collected from the first measurement, not from the first scrape.
        app.Services.GetRequiredService<PrometheusExporter>();
        // Forwarded headers are believed only when the operator says a proxy of theirs sets them.
        if (app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.TrustForwardedHeaders)
        {
            app.UseForwardedHeaders();
        }

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500", createScopeForErrors: true);
        }

        // Friendly pages for 403/404/429 in the browser; machine endpoints keep their bare status codes.
        app.UseWhen(context => !SecuritySetup.IsMachineRequest(context.Request) && !IsOperationsPath(context.Request.Path),
            branch => branch.UseFriendlyErrorPages());
        app.UseStaticFiles();
        // Explicit, after the status code pages, so a re-executed error page is routed again.
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.Use(SecurityHeaders);

        app.MapHealthApi();
        app.MapStatsApi();
        app.MapJobsApi();
        app.MapMessagesApi();
        app.MapMetricsApi(app.Configuration);
        app.MapAccountEndpoints();
        app.MapLiveEndpoint();
        app.MapMessageViewer();
        app.MapOpenApi("/openapi/{documentName}.json").RequireAuthorization(Policies.AdminOrApi);
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = "api/docs";
            options.SwaggerEndpoint("/openapi/v1.json", "Happy Buttons API v1");
            options.DocumentTitle = "Happy Buttons API";
        });
        app.MapRazorComponents<App>();
        return app;
    }

    private static bool IsOperationsPath(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/stats") || path.StartsWithSegments("/metrics")
        || path.StartsWithSegments("/openapi");

    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "SAMEORIGIN";
        headers["Referrer-Policy"] = "same-origin";
        return next();
    }

    private static void ConfigureLogging(WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        if (builder.Environment.IsDevelopment())
        {
            builder.Logging.AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.TimestampFormat = "HH:mm:ss ";
            });
        }
        else if (!builder.Environment.IsEnvironment("Testing"))
        {
            builder.Logging.AddJsonConsole(options => options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ");
        }
    }
}
