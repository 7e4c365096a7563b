using System.Security.Claims;
using System.Threading.RateLimiting;
using HappyButtons.Engine.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace HappyButtons.Web.Security;

public static class SecuritySetup
{
    public const string LoginPath = "/login";

    /// <summary>The rate limit policy of sign-in form posts, per client address.</summary>
    public const string SignInRateLimit = "sign-in";

    public static IServiceCollection AddHappyButtonsSecurity(this IServiceCollection services, string dataDirectory)
    {
        services.AddDataProtection()
            .SetApplicationName("HappyButtons")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "hb_auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = LoginPath;
                options.LogoutPath = "/logout";
                options.ExpireTimeSpan = SessionStore.IdleTimeout;
                options.SlidingExpiration = true;
                options.Events = new CookieAuthenticationEvents
                {
                    OnValidatePrincipal = ValidatePrincipalAsync,
                    OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized),
                    // A friendly 403 page is rendered by the status code pages, with the real status code.
                    OnRedirectToAccessDenied = context =>
                    {
                        context.Response.StatusCode = StatusCodes.Status403Forbidden;
                        return Task.CompletedTask;
                    },
                };
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, policy => policy
                .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser().RequireRole(ClaimNames.AdminRole))
            .AddPolicy(Policies.AdminOrApi, policy => policy
                .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme, ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser().RequireRole(ClaimNames.AdminRole))
            .AddPolicy(Policies.Api, policy => policy
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser().RequireClaim(ClaimNames.ApiClient));
        foreach (var department in Departments.All)
        {
            services.AddAuthorizationBuilder().AddPolicy(Policies.Department(department), policy => policy
                .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser().RequireClaim(ClaimNames.Department, department));
        }

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            // Attached to the sign-in page's endpoint (Login.razor), not to a path: /login/, /LOGIN or any other spelling
            // routing maps to that page is limited alike.
            options.AddPolicy(SignInRateLimit, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("sign-in page");
                }

                var permits = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.LoginAttemptsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    "sign-in:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });

        // Used only when HappyButtons:Security:TrustForwardedHeaders is true; then any proxy address is trusted.
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
        });

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "hb_csrf";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    private static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsMachineRequest(context.Request))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>API, live stream and circuit requests get a status code instead of a redirect to the sign-in page.</summary>
    public static bool IsMachineRequest(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/live") || request.Path.StartsWithSegments("/_blazor");

    // Every request checks its session and user (SessionStore, remembered for a few seconds at most): sign-out, a disabled
    // account or a new password ends it at once, and new department memberships apply without signing in again.
    private static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var id = principal?.UserId();
        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionStore>();
        var user = principal is null || id is null
            ? null
            : await sessions.ValidateAsync(principal.SessionToken(), id.Value, principal.SecurityStamp(), fresh: false, context.HttpContext.RequestAborted);
        if (principal is null || user is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        if (principal.IsStale(user))
        {
            context.ReplacePrincipal(UserPrincipal.Create(user, principal.SessionToken()!));
            context.ShouldRenew = true;
        }
    }
}
