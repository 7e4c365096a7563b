using System.Net;
using Bunit;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Components;
using HappyButtons.Tests.Components.Admin;
using HappyButtons.Tests.Web;
using HappyButtons.Web.Admin.Users;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HappyButtons.Tests.Hardening;

/// <summary>
/// Issue 18, items 4 and 13 on the user page: an administrator sees a user's open sessions and ends them, sees the
/// addresses the account is locked for and unlocks it; a clerk whose circuit sends those events anyway changes nothing.
/// </summary>
public class UserSessionsAdminTests(UserSessionsAdminTests.Site site) : IClassFixture<UserSessionsAdminTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    private const string Password = "Sitzungen-Passwort-1";

    [Fact]
    public async Task AnAdministrator_EndsOneSession_ThenAll_AndTheCookiesStopWorking()
    {
        var user = await site.CreateUserAsync("selma", Password, false, Departments.Sales);
        var office = await site.SignInAsync("selma", Password, Departments.Sales);
        var kiosk = await site.SignInAsync("selma", Password, Departments.Sales);
        await using var context = ComponentContext.Create(site, await site.AdminAsync());
        var snackbars = context.Render<MudSnackbarProvider>();
        var card = context.Render<UserSessionsCard>(p => p.Add(c => c.User, user));
        Assert.Equal(2, card.FindAll("#user-sessions tbody tr").Count);
        Assert.Contains("Vertrieb", card.Find("#user-sessions tbody tr").TextContent);

        // The latest sign-in (the kiosk) is listed first.
        await card.FindAll("button.end-session")[0].ClickAsync(new MouseEventArgs());

        snackbars.WaitForAssertion(() => Assert.Contains("Die Sitzung wurde beendet.", snackbars.Markup));
        Assert.Single(card.FindAll("#user-sessions tbody tr"));
        Assert.Equal(HttpStatusCode.Redirect, (await kiosk.GetAsync("/sales")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync("/sales")).StatusCode);

        await card.Find("#end-all-sessions").ClickAsync(new MouseEventArgs());

        card.WaitForAssertion(() => Assert.NotNull(card.Find("#no-sessions")));
        Assert.Equal(HttpStatusCode.Redirect, (await office.GetAsync("/sales")).StatusCode);
        var audit = await site.Services.GetRequiredService<AuditLog>().RecentAsync(10, UserAdministration.Target(user.Id), CancellationToken.None);
        Assert.Contains(audit, a => a is { Action: "user.session_ended", Actor: "admin" });
        Assert.Contains(audit, a => a is { Action: "user.sessions_ended", Actor: "admin" });
    }

    [Fact]
    public async Task TheAccessCard_NamesTheLockedAddress_AndUnlockLiftsIt()
    {
        var user = await site.CreateUserAsync("tilda", Password, false, Departments.Support);
        var signIns = site.Services.GetRequiredService<SignInService>();
        for (var i = 0; i < 5; i++)
        {
            await signIns.SignInAsync("tilda", "falsch-falsch-" + i, Departments.Support, "203.0.113.9", CancellationToken.None);
        }

        await using var context = ComponentContext.Create(site, await site.AdminAsync());
        var snackbars = context.Render<MudSnackbarProvider>();
        context.Render<MudDialogProvider>();
        var card = context.Render<UserAccessCard>(p => p.Add(c => c.User, user));
        Assert.Contains("Gesperrt für 203.0.113.9 bis", card.Find("#address-locks").TextContent);
        Assert.Contains("nach 5 fehlgeschlagenen Anmeldungen", card.Find("#address-locks").TextContent);

        await card.Find("#unlock-user").ClickAsync(new MouseEventArgs());

        snackbars.WaitForAssertion(() => Assert.Contains("Der Benutzer wurde entsperrt.", snackbars.Markup));
        Assert.Empty(await site.Services.GetRequiredService<AddressLockouts>().ActiveAsync(user.Id, CancellationToken.None));
        Assert.Equal(SignInOutcome.Succeeded, (await signIns.SignInAsync("tilda", Password, Departments.Support, "203.0.113.9", CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task AClerk_CannotEndSessionsOfAnotherUser()
    {
        var user = await site.CreateUserAsync("ulla", Password, false, Departments.Info);
        var ulla = await site.SignInAsync("ulla", Password, Departments.Info);
        await using var context = ComponentContext.Create(site, await site.ClerkAsync("conrad"));
        context.Render<MudSnackbarProvider>();
        var card = context.Render<UserSessionsCard>(p => p.Add(c => c.User, user));

        await card.Find("button.end-session").ClickAsync(new MouseEventArgs());
        Assert.Contains("Das dürfen nur Administratoren.", card.Find("#sessions-error").TextContent);
        await card.Find("#end-all-sessions").ClickAsync(new MouseEventArgs());

        Assert.Single(await site.Services.GetRequiredService<SessionStore>().ListActiveAsync(user.Id, CancellationToken.None));
        Assert.Equal(HttpStatusCode.OK, (await ulla.GetAsync("/info")).StatusCode);
    }
}
