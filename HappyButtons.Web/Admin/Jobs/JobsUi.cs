using HappyButtons.Engine.Jobs;
using HappyButtons.Web.Live;
using HappyButtons.Web.Security;

namespace HappyButtons.Web.Admin.Jobs;

public static class JobsUi
{
    /// <summary>
    /// Live fragments of the jobs pages (admin scope): "jobs.counts" pushes <see cref="JobCounts"/>; "jobs.changed"
    /// carries no HTML and makes the lists on the page re-fetch themselves (htmx <c>hx-trigger="sse:jobs.changed"</c>),
    /// because they depend on the viewer's filters and hold forms with the viewer's antiforgery token.
    /// </summary>
    public static IServiceCollection AddJobsUi(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(LiveFragment) && d.ImplementationInstance is LiveFragment { Topic: JobCountsChanged.TopicName }))
        {
            return services;
        }

        services.AddLiveFragment(new LiveFragment(
            JobCountsChanged.TopicName,
            (user, scope) => scope == LiveEndpoint.AdminScope && user.IsAdmin(),
            (_, _, renderer, viewer) => renderer.RenderAsync<JobCounts>(new Dictionary<string, object?>(), viewer)));
        services.AddLiveFragment(new LiveFragment(
            JobsChanged.TopicName,
            (user, scope) => scope == LiveEndpoint.AdminScope && user.IsAdmin(),
            (_, _, _, _) => Task.FromResult(string.Empty)));
        return services;
    }
}
