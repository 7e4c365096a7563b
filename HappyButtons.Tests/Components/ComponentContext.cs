using System.Security.Claims;
using Bunit;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Persistence;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Engine.Mail.Store;
using HappyButtons.Engine.Routing.Escalation;
using HappyButtons.Engine.Routing.Persistence;
using HappyButtons.Tests.Web;
using HappyButtons.Web;
using HappyButtons.Web.Localization;
using HappyButtons.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace HappyButtons.Tests.Components;

/// <summary>
/// A bunit context for our components: MudBlazor services, loose JS interop, and the engine services of a real running
/// site (its database, event hub, presence), signed in as the given user the way a circuit would be.
/// </summary>
public static class ComponentContext
{
    public static BunitContext Create(HappyButtonsFactory? site, AppUser? user, TimeProvider? clock = null, WebOptions? web = null)
    {
        // Live updates arrive from other threads; on two busy cores a second is not always enough.
        BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(15);
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        var services = context.Services;
        services.AddMudServices();
        if (site is not null)
        {
            foreach (var type in new[]
                     {
                         typeof(MessageQueries), typeof(MailboxRegistry), typeof(RawMailStore), typeof(MessageCorrections), typeof(UserStore),
                         typeof(PresenceTracker), typeof(EventHub), typeof(UserAdministration), typeof(CustomerStore),
                         // The administration pages'
                         typeof(AuditLog), typeof(RoutingRuleStore), typeof(SlaSettingsStore), typeof(RuleSimulator), typeof(EscalationLog),
                         typeof(MailboxAdministration), typeof(SessionStore), typeof(AddressLockouts),
                         // The order roles on the user page
                         typeof(HappyButtons.Engine.Orders.OrderActors),
                         // The inbox's
                         typeof(HappyButtons.Engine.Conversations.ConversationQueries), typeof(HappyButtons.Engine.Conversations.ConversationWork),
                         typeof(HappyButtons.Engine.Conversations.ConversationReplies), typeof(HappyButtons.Engine.Conversations.ConversationPresence),
                         // The reply templates'
                         typeof(HappyButtons.Engine.Replies.ReplyTemplateStore), typeof(HappyButtons.Engine.Replies.ReplyTemplateQueries), typeof(HappyButtons.Engine.Replies.ReplyRenderer),
                     })
            {
                services.AddSingleton(type, site.Services.GetRequiredService(type));
            }
        }
        else
        {
            var hub = new EventHub();
            services.AddSingleton(hub);
            services.AddSingleton(new PresenceTracker(hub));
        }

        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddSingleton(Options.Create(web ?? new WebOptions()));
        services.AddSingleton<IHttpContextAccessor>(new HttpContextAccessor());
        services.AddScoped<UiText>();
        // With a site, the user's session is a real one of its database (ActionAuthorization checks it).
        var principal = user is null ? new ClaimsPrincipal(new ClaimsIdentity())
            : site is null ? UserPrincipal.Create(user, "no-session")
            : site.PrincipalAsync(user).GetAwaiter().GetResult();
        services.AddSingleton<AuthenticationStateProvider>(new FixedAuthentication(principal));
        services.AddCascadingAuthenticationState();
        services.AddScoped<ActionAuthorization>();
        return context;
    }

    public sealed class FixedAuthentication(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
    }
}
