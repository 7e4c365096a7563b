using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Support;

namespace HappyButtons.Tests.Identity;

/// <summary>Server-side sessions: what ends them, what the administration sees, and how long a verdict is remembered.</summary>
public abstract class SessionStoreTests(TestProvider provider)
{
    private const string Password = "Knopf-Leiste-2026";

    [Fact]
    public async Task ASession_IsOpen_UntilItsOwnerSignsOut()
    {
        await using var context = await IdentityTestContext.CreateAsync(provider);
        var user = await context.AddUserAsync("erika", Password, Departments.Sales);
        var token = await context.Sessions.StartAsync(user.Id, Departments.Sales, "192.0.2.10", "Firefox", CancellationToken.None);
        var other = await context.Sessions.StartAsync(user.Id, Departments.Sales, "192.0.2.11", "Chromium", CancellationToken.None);

        Assert.NotNull(await context.Sessions.ValidateAsync(token, user.Id, user.SecurityStamp, fresh: false, CancellationToken.None));
        await context.Sessions.EndAsync(token, SessionEndReasons.SignedOut, CancellationToken.None);

        Assert.Null(await context.Sessions.ValidateAsync(token, user.Id, user.SecurityStamp, fresh: false, CancellationToken.None));
        Assert.NotNull(await context.Sessions.ValidateAsync(other, user.Id, user.SecurityStamp, fresh: false, CancellationToken.None));
        Assert.Equal("192.0.2.11", Assert.Single(await context.Sessions.ListActiveAsync(user.Id, CancellationToken.None)).RemoteIp);
    }

    [Fact]
    public async Task ATokenOfAnotherUser_OrAnUnknownToken_OpensNothing()
    {
        await using var context = await IdentityTestContext.CreateAsync(provider);
        var erika = await context.AddUserAsync("erika", Password, Departments.Sales);
        var hans = await context.AddUserAsync("hans", Password, Departments.Sales);
        var token = await context.Sessions.StartAsync(erika.Id, Departments.Sales, null, null, CancellationToken.None);

        Assert.Null(await context.Sessions.ValidateAsync(token, hans.Id, hans.SecurityStamp, fresh: true, CancellationToken.None));
        Assert.Null(await context.Sessions.ValidateAsync("made-up-token", erika.Id, erika.SecurityStamp, fresh: true, CancellationToken.None));
        Assert.Null(await context.Sessions.ValidateAsync(null, erika.Id, erika.SecurityStamp, fresh: true, CancellationToken.None));
    }

    [Fact]
    public async Task DisablingAUser_OrANewPassword_EndsEverySessionOfTheUser()
    {
        await using var context = await IdentityTestContext.CreateAsync(provider);
        var user = await context.AddUserAsync("erika", Password, Departments.Sales);
        var first = await context.Sessions.StartAsync(user.Id, Departments.Sales, null, null, CancellationToken.None);
        await context.Sessions.ValidateAsync(first, user.Id, user.SecurityStamp, fresh: false, CancellationToken.None);

        await context.Administration.SetDisabledAsync("admin", 999, user.Id, true, CancellationToken.None);
        await context.Administration.SetDisabledAsync("admin", 999, user.Id, false, CancellationToken.None);
        var enabled = (await context.Users.FindByIdAsync(user.Id, CancellationToken.None))!;

        // Enabling the account again does not revive the sessions it had: its owner signs in again.
        Assert.Null(await context.Sessions.ValidateAsync(first, user.Id, enabled.SecurityStamp, fresh: false, CancellationToken.None));
        Assert.Empty(await context.Sessions.ListActiveAsync(user.Id, CancellationToken.None));

        var second = await context.Sessions.StartAsync(user.Id, Departments.Sales, null, null, CancellationToken.None);
        await context.Administration.ResetPasswordAsync("admin", user.Id, "Neues-Passwort-2026", CancellationToken.None);
        var reset = (await context.Users.FindByIdAsync(user.Id, CancellationToken.None))!;
        Assert.Null(await context.Sessions.ValidateAsync(second, user.Id, reset.SecurityStamp, fresh: false, CancellationToken.None));

        var third = await context.Sessions.StartAsync(user.Id, Departments.Sales, null, null, CancellationToken.None);
        Assert.True((await context.Administration.ChangeOwnPasswordAsync(user.Id, "Neues-Passwort-2026", "Noch-ein-Passwort-7", CancellationToken.None)).Succeeded);
        var changed = (await context.Users.FindByIdAsync(user.Id, CancellationToken.None))!;
        Assert.Null(await context.Sessions.ValidateAsync(third, user.Id, changed.SecurityStamp, fresh: false, CancellationToken.None));
    }

    [Fact]
    public async Task AnAdministrator_SeesTheOpenSessions_AndEndsOne_OrAll_WithAnAuditEntry()
    {
        await using var context = await IdentityTestContext.CreateAsync(provider);
        var user = await context.AddUserAsync("erika", Password, Departments.Sales);
        var office = await context.Sessions.StartAsync(user.Id, Departments.Sales, "192.0.2.10", "Firefox", CancellationToken.None);
        context.Clock.Advance(TimeSpan.FromMinutes(5));
        var kiosk = await context.Sessions.StartAsync(user.Id, Departments.Sales, "192.0.2.99", "Kiosk", CancellationToken.None);

        var open = await context.Sessions.ListActiveAsync(user.Id, CancellationToken.None);
        Assert.Equal(["Kiosk", "Firefox"], open.Select(s => s.UserAgent));
        var result = await context.Administration.EndSessionAsync("root", user.Id, open[0].Id, CancellationToken.None);
        var again = await context.Administration.EndSessionAsync("root", user.Id, open[0].Id, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.False(again.Succeeded);
        Assert.Null(await context.Sessions.ValidateAsync(kiosk, user.Id, user.SecurityStamp, fresh: false, CancellationToken.None));
        Assert.NotNull(await context.Sessions.ValidateAsync(office, user.Id, user.SecurityStamp, fresh: false, CancellationToken.None));

        Assert.True((await context.Administration.EndAllSessionsAsync("root", user.Id, CancellationToken.None)).Succeeded);
        Assert.Null(await context.Sessions.ValidateAsync(office, user.Id, user.SecurityStamp, fresh: false, CancellationToken.None));
        var audit = await context.Audit.RecentAsync(10, UserAdministration.Target(user.Id), CancellationToken.None);
        Assert.Contains(audit, a => a is { Action: "user.session_ended", Actor: "root" });
        Assert.Contains(audit, a => a is { Action: "user.sessions_ended", Actor: "root" });
    }

    [Fact]
    public async Task ASessionUnusedForLongerThanTheCookieLives_IsOver()
    {
        await using var context = await IdentityTestContext.CreateAsync(provider);
        var user = await context.AddUserAsync("erika", Password, Departments.Sales);
        var token = await context.Sessions.StartAsync(user.Id, Departments.Sales, null, null, CancellationToken.None);

        context.Clock.Advance(SessionStore.IdleTimeout - TimeSpan.FromMinutes(1));
        Assert.NotNull(await context.Sessions.ValidateAsync(token, user.Id, user.SecurityStamp, fresh: true, CancellationToken.None));
        context.Clock.Advance(SessionStore.IdleTimeout - TimeSpan.FromMinutes(1));
        Assert.NotNull(await context.Sessions.ValidateAsync(token, user.Id, user.SecurityStamp, fresh: true, CancellationToken.None));
        context.Clock.Advance(SessionStore.IdleTimeout + TimeSpan.FromMinutes(1));

        Assert.Null(await context.Sessions.ValidateAsync(token, user.Id, user.SecurityStamp, fresh: true, CancellationToken.None));
    }

    [Fact]
    public async Task AVerdict_IsRememberedForAFewSeconds_AndForgottenAtOnce_WhenTheUserChanges()
    {
        await using var context = await IdentityTestContext.CreateAsync(provider);
        var user = await context.AddUserAsync("erika", Password, Departments.Sales, Departments.Support);
        var token = await context.Sessions.StartAsync(user.Id, Departments.Sales, null, null, CancellationToken.None);

        await context.Sessions.ValidateAsync(token, user.Id, user.SecurityStamp, fresh: false, CancellationToken.None);
        var checks = context.Sessions.DatabaseChecks;
        await context.Sessions.ValidateAsync(token, user.Id, user.SecurityStamp, fresh: false, CancellationToken.None);
        Assert.Equal(checks, context.Sessions.DatabaseChecks);

        context.Clock.Advance(TimeSpan.FromSeconds(context.Security.SessionCheckSeconds + 1));
        await context.Sessions.ValidateAsync(token, user.Id, user.SecurityStamp, fresh: false, CancellationToken.None);
        Assert.Equal(checks + 1, context.Sessions.DatabaseChecks);

        await context.Administration.UpdateAsync("admin", 999, user.Id, new UserProfile(user.DisplayName, null, false, [Departments.Sales]), CancellationToken.None);
        var current = await context.Sessions.ValidateAsync(token, user.Id, user.SecurityStamp, fresh: false, CancellationToken.None);
        Assert.Equal([Departments.Sales], current!.Departments);
    }
}

public sealed class SessionStoreTestsOnSqlite() : SessionStoreTests(TestProvider.Sqlite);

public sealed class SessionStoreTestsOnPostgreSql() : SessionStoreTests(TestProvider.PostgreSql);
