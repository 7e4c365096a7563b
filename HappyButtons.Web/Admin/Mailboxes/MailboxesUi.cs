using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Web.Hosting;
using HappyButtons.Web.Live;
using HappyButtons.Web.Security;

namespace HappyButtons.Web.Admin.Mailboxes;

public static class MailboxesUi
{
    /// <summary>The live status fragment of <c>/admin/mailboxes</c> (topic "mailboxes", admin scope) and the "mailboxes" health check.</summary>
    public static IServiceCollection AddMailboxesUi(this IServiceCollection services)
    {
        services.AddLiveFragment(new LiveFragment(
            MailboxStatusChanged.TopicName,
            (user, scope) => scope == LiveEndpoint.AdminScope && user.IsAdmin(),
            (_, _, renderer, viewer) => renderer.RenderAsync<MailboxStatusList>(new Dictionary<string, object?>(), viewer)));
        services.AddHealthChecks().AddCheck<MailboxHealthCheck>("mailboxes");
        return services;
    }
}
