using HappyButtons.Engine.Agents;
using HappyButtons.Web.Orders;
using HappyButtons.Engine.Orders;
using HappyButtons.Engine;
using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Catalog;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Knowledge;
using HappyButtons.Engine.Kpis;
using HappyButtons.Engine.Replies;
using HappyButtons.Engine.Monitoring;
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
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;

namespace HappyButtons.Web.Hosting;

public static class HostingSetup
{
    /// <summary>Everything the host needs, in the order it matters. Features add one line each.</summary>
    public static WebApplicationBuilder AddHappyButtons(this WebApplicationBuilder builder)
    {
        ConfigureLogging(builder);
        // Serves blazor.web.js, MudBlazor's files and ours from the build output when the app is not published, in every
        // environment (only Development does it by itself); a published app has them in wwwroot and no manifest, so this is a no-op.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        services.AddOptions<HappyButtonsOptions>().Bind(builder.Configuration.GetSection(HappyButtonsOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataDirectory), "HappyButtons:DataDirectory must not be empty.")
            .ValidateOnStart();
        var dataDirectory = Path.GetFullPath(builder.Configuration["HappyButtons:DataDirectory"] is { Length: > 0 } configured ? configured : "data",
            builder.Environment.ContentRootPath);

        // Registered first so the data directory, database and first administrator exist before any other service starts.
        services.AddHostedService<InstallationPreparer>();
        services.AddHappyButtonsStorage(builder.Configuration);
        services.AddHappyButtonsIdentity(builder.Configuration);
        services.AddBackgroundJobs(builder.Configuration);
        services.AddMailPipeline(builder.Configuration);
        services.AddIntakeProcessing();
        services.AddOrders(builder.Configuration);
        services.AddConversations();
        services.AddCatalog();
        services.AddReplies(builder.Configuration);
        services.AddKnowledgeBase();
        services.AddAgents(builder.Configuration);
        services.AddKpis(builder.Configuration);
        services.AddHappyButtonsSecurity(dataDirectory);
        services.AddHttpContextAccessor();
        services.AddScoped<UiText>();
        services.AddOptions<WebOptions>().Bind(builder.Configuration.GetSection(WebOptions.Section))
            .Validate(o => o.ClockTickSeconds is >= 0.1 and <= 3600, "HappyButtons:Web:ClockTickSeconds must be between 0.1 and 3600.")
            .Validate(o => o.RevalidateSeconds is >= 0.1 and <= 600, "HappyButtons:Web:RevalidateSeconds must be between 0.1 and 600.")
            .ValidateOnStart();
        services.AddRazorComponents().AddInteractiveServerComponents(options => options.DetailedErrors = builder.Environment.IsDevelopment());
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, SessionRevalidation>();
        services.AddScoped<ActionAuthorization>();
        services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            options.SnackbarConfiguration.VisibleStateDuration = 5000;
        });
        services.AddApiDocs();
        services.AddProblemDetails();
        services.AddPrometheusRegistry();
        services.AddSingleton<DatabaseMetrics>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<DataDirectoryHealthCheck>("data-directory")
            .AddCheck<JobServerHealthCheck>("jobs");
        services.AddMailboxesUi();
        services.AddMessageViewer();
        services.AddOrdersUi();
        services.AddSingleton<Dashboard.DashboardLoader>();
        return builder;
    }

    public static WebApplication UseHappyButtons(this WebApplication app)
    {
        // Every collector is registered now, so the first scrape lists them all (services that need the data directory are
        // not resolved here: its check at start reports a problem first).
        app.Services.GetRequiredService<DatabaseMetrics>();
        app.Services.GetService<JobMetrics>();
        app.Services.GetRequiredService<KpiMetrics>();
        SignInService.AttemptsCounter(app.Services.GetRequiredService<Prometheus.CollectorRegistry>());
        MailHtmlCache.PreparedCounter(app.Services.GetRequiredService<Prometheus.CollectorRegistry>());
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
        app.Use(HeadAsGetAsync);
        // Explicit, after the status code pages, so a re-executed error page is routed again.
        app.UseRouting();
        // Requests in flight, counted and timed per endpoint (prometheus-net's http_request_* metrics) in this host's registry.
        Prometheus.HttpMetricsMiddlewareExtensions.UseHttpMetrics(app, options => options.SetMetricFactory(app.Services.GetRequiredService<Prometheus.CollectorRegistry>().Factory()));
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.Use(SecurityHeaders);

        app.MapHealthApi();
        app.MapStatsApi();
        app.MapStaticAssets();
        app.MapJobsApi();
        app.MapMessagesApi();
        app.MapOrdersApi();
        app.MapCustomersApi();
        app.MapOrderDocuments();
        app.MapConversationsApi();
        app.MapProductsApi();
        app.MapExtractionApi();
        app.MapCourtesyApi();
        app.MapKnowledgeApi();
        app.MapTasksApi();
        app.MapKpisApi();
        app.MapSurveyEndpoints();
        app.MapMetricsApi(app.Configuration);
        app.MapAccountEndpoints();
        app.MapLiveEndpoint();
        app.MapMessageViewer();
        app.MapJobsDashboard();
        app.MapApiDocs();
        // Our policy already says frame-ancestors 'self'; the framework's second header with only that directive is dropped.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }

    private static bool IsOperationsPath(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/stats") || path.StartsWithSegments("/metrics")
        || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/survey");

    /// <summary>
    /// The policy of every page: scripts only from our origin (no inline script), the circuit's WebSocket to ourselves,
    /// inline styles because MudBlazor sets style attributes and renders its theme as a style element, the sandboxed
    /// mail frame from ourselves. The mail HTML and attachment endpoints replace it with their stricter one.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self'; img-src 'self' data:; " +
        "frame-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'";

    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "SAMEORIGIN";
        headers["Referrer-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        if (context.Request.Path.StartsWithSegments(ApiDocs.Path))
        {
            // Known only once the UI's endpoint ran: the nonce of its one inline script.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.ContentSecurityPolicy = ApiDocs.ContentSecurityPolicy(context);
                return Task.CompletedTask;
            });
        }

        return next();
    }

    /// <summary>
    /// A HEAD of a page answers as its GET would, without the body: Razor component pages map only GET and POST,
    /// so a monitor's <c>HEAD /</c> got 405. Machine endpoints keep their own method handling.
    /// </summary>
    private static async Task HeadAsGetAsync(HttpContext context, Func<Task> next)
    {
        if (!HttpMethods.IsHead(context.Request.Method) || SecuritySetup.IsMachineRequest(context.Request) || IsOperationsPath(context.Request.Path))
        {
            await next();
            return;
        }

        var body = context.Response.Body;
        context.Request.Method = HttpMethods.Get;
        context.Response.Body = Stream.Null;
        try
        {
            await next();
        }
        finally
        {
            context.Response.Body = body;
            context.Request.Method = HttpMethods.Head;
        }
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
