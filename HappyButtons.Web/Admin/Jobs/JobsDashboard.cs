using System.Globalization;
using Hangfire;
using Hangfire.Dashboard;
using HappyButtons.Engine.Jobs;
using HappyButtons.Web.Security;

namespace HappyButtons.Web.Admin.Jobs;

/// <summary>
/// Hangfire's dashboard is the job history, at <c>/admin/jobs</c> for administrators only: the endpoint requires the
/// Admin policy (a signed-out browser is sent to the sign-in page, a clerk gets 403), and the dashboard's own filter checks
/// the same again for every request it serves, its actions included. It speaks the administrator's language (Hangfire
/// ships German and English texts).
/// </summary>
public static class JobsDashboard
{
    public const string Path = "/admin/jobs";

    public static IEndpointRouteBuilder MapJobsDashboard(this IEndpointRouteBuilder app)
    {
        HangfireServiceCollectionExtensions.ThrowIfNotConfigured(app.ServiceProvider);
        var options = new DashboardOptions
        {
            DashboardTitle = "Happy Buttons · Hintergrundjobs / Background jobs",
            AppPath = "/admin/users",
            Authorization = [new AdministratorsOnly()],
            DisplayStorageConnectionString = false,
            DisplayNameFunc = (_, job) => JobNames.Describe(job, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName),
            StatsPollingInterval = 5000,
            TimeZoneResolver = app.ServiceProvider.GetService<ITimeZoneResolver>(),
        };
        var pipeline = app.CreateApplicationBuilder()
            .UsePathBase(Path)
            .Use(InTheUsersLanguage)
            .UseMiddleware<AspNetCoreDashboardMiddleware>(app.ServiceProvider.GetRequiredService<JobStorage>(), options,
                app.ServiceProvider.GetRequiredService<Hangfire.Dashboard.RouteCollection>(), true)
            .Build();
        app.Map(Path + "/{**path}", pipeline).RequireAuthorization(Policies.Admin);
        return app;
    }

    private static Task InTheUsersLanguage(HttpContext context, Func<Task> next)
    {
        var culture = CultureInfo.GetCultureInfo(context.User.FindFirst(ClaimNames.Language)?.Value == "en" ? "en" : "de");
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        return next();
    }

    private sealed class AdministratorsOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context)
        {
            var user = context.GetHttpContext().User;
            return user.Identity?.IsAuthenticated == true && user.IsAdmin();
        }
    }
}
