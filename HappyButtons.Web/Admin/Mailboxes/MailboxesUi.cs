using HappyButtons.Web.Hosting;

namespace HappyButtons.Web.Admin.Mailboxes;

public static class MailboxesUi
{
    /// <summary>The "mailboxes" health check (the page's live status list is a live component, <see cref="MailboxStatusList"/>).</summary>
    public static IServiceCollection AddMailboxesUi(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<MailboxHealthCheck>("mailboxes");
        return services;
    }
}
