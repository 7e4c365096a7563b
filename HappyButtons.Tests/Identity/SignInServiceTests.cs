using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Tests.Identity;

/// <summary>Sign-in with lockout, on SQLite and on PostgreSQL.</summary>
public abstract class SignInServiceTests(TestProvider provider)
{
    private const string Password = "Knopf-Leiste-2026";

    [Fact]
    public async Task Passwords_AreStoredOnlyAsIdentityHashes()
    {
        await using var context = await IdentityTestContext.CreateAsync(provider);

        var user = await context.AddUserAsync("erika", Password, Departments.Sales);

        var stored = (await context.Users.FindByIdAsync(user.Id, CancellationToken.None))!.PasswordHash;
        Assert.DoesNotContain(Password, stored);
        Assert.StartsWith("AQAAAA", stored); // ASP.NET Core Identity v3 format marker (PBKDF2)
    }

    [Fact]
    public async Task SignIn_Succeeds_WithTheRightPasswordAndADepartmentOfTheUser()
    {
        await using var context = await IdentityTestContext.CreateAsync(provider);
        await context.AddUserAsync("erika", Password, Departments.Sales, Departments.Support);

        var result = await context.SignIns.SignInAsync("ERIKA", Password, Departments.Support, "127.0.0.1", CancellationToken.None);

        Assert.Equal(SignInOutcome.Succeeded, result.Outcome);
        Assert.Equal("erika", result.User!.UserName);
        Assert.Equal(1, await context.SignIns.SuccessfulSignInsSinceAsync(context.Clock.GetUtcNow().AddHours(-1), CancellationToken.None));
    }

    [Fact]
    public async Task SignIn_GivesTheSameOutcome_ForAnUnknownUserAndAWrongPassword()
    {
        await using var context = await IdentityTestContext.CreateAsync(provider);
        await context.AddUserAsync("erika", Password, Departments.Sales);

        var unknown = await context.SignIns.SignInAsync("nobody", Password, Departments.Sales, null, CancellationToken.None);
        var wrong = await context.SignIns.SignInAsync("erika", "not-the-password", Departments.Sales, null, CancellationToken.None);

        Assert.Equal(SignInOutcome.Failed, unknown.Outcome);
        Assert.Equal(SignInOutcome.Failed, wrong.Outcome);
        Assert.Null(unknown.User);
        Assert.Null(wrong.User);
    }

    [Fact]
    public async Task SignIn_IsRefused_WhenTheUserIsNotAMemberOfTheDepartment()
    {
        await using var context = await IdentityTestContext.CreateAsync(provider);
        await context.AddUserAsync("erika", Password, Departments.Sales);

        var result = await context.SignIns.SignInAsync("erika", Password, Departments.Finance, null, CancellationToken.None);

        Assert.Equal(SignInOutcome.NotMember, result.Outcome);
    }

    [Fact]
    public async Task Lockout_BlocksEvenTheRightPassword_AfterFiveFailures_ForFifteenMinutes()
    {
        await using var context = await IdentityTestContext.CreateAsync(provider);
        await context.AddUserAsync("erika", Password, Departments.Sales);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(SignInOutcome.Failed, (await context.SignIns.SignInAsync("erika", "wrong-" + i, Departments.Sales, null, CancellationToken.None)).Outcome);
        }

        Assert.Equal(SignInOutcome.Succeeded, (await context.SignIns.SignInAsync("erika", Password, Departments.Sales, null, CancellationToken.None)).Outcome);
        for (var i = 0; i < 5; i++)
        {
            await context.SignIns.SignInAsync("erika", "wrong-" + i, Departments.Sales, null, CancellationToken.None);
        }

        Assert.Equal(SignInOutcome.LockedOut, (await context.SignIns.SignInAsync("erika", Password, Departments.Sales, null, CancellationToken.None)).Outcome);
        context.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(SignInOutcome.LockedOut, (await context.SignIns.SignInAsync("erika", Password, Departments.Sales, null, CancellationToken.None)).Outcome);
        context.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(SignInOutcome.Succeeded, (await context.SignIns.SignInAsync("erika", Password, Departments.Sales, null, CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task Lockout_StartsAFreshCount_AfterItExpired()
    {
        await using var context = await IdentityTestContext.CreateAsync(provider);
        await context.AddUserAsync("erika", Password, Departments.Sales);
        for (var i = 0; i < 5; i++)
        {
            await context.SignIns.SignInAsync("erika", "wrong", Departments.Sales, null, CancellationToken.None);
        }

        context.Clock.Advance(TimeSpan.FromMinutes(16));
        await context.SignIns.SignInAsync("erika", "wrong-again", Departments.Sales, null, CancellationToken.None);

        Assert.Equal(SignInOutcome.Succeeded, (await context.SignIns.SignInAsync("erika", Password, Departments.Sales, null, CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task SignIn_IsRefused_ForADisabledUser()
    {
        await using var context = await IdentityTestContext.CreateAsync(provider);
        var user = await context.AddUserAsync("erika", Password, Departments.Sales);
        await context.Administration.SetDisabledAsync("admin", actorId: 999, user.Id, disabled: true, CancellationToken.None);

        var result = await context.SignIns.SignInAsync("erika", Password, Departments.Sales, null, CancellationToken.None);

        Assert.Equal(SignInOutcome.Disabled, result.Outcome);
    }

    [Fact]
    public async Task SixteenWrongPasswordsAtOnce_LockTheAccountForThatAddress_AfterExactlyFive_AndNoFurtherPasswordIsChecked()
    {
        await using var context = await IdentityTestContext.CreateAsync(provider);
        var user = await context.AddUserAsync("erika", Password, Departments.Sales);

        var results = await AtOnce.RunAsync(16, i => context.SignIns.SignInAsync("erika", "wrong-" + i, Departments.Sales, "203.0.113.7", CancellationToken.None));

        Assert.Equal(5, results.Count(r => r.Outcome == SignInOutcome.Failed));
        Assert.Equal(11, results.Count(r => r.Outcome == SignInOutcome.LockedOut));
        Assert.Equal(5, context.Hasher.Verified);
        var locks = await context.AddressLockouts.ActiveAsync(user.Id, CancellationToken.None);
        Assert.Equal("203.0.113.7", Assert.Single(locks).ClientAddress);
        Assert.True(locks[0].LockedUntil > context.Clock.GetUtcNow().AddMinutes(14));
        Assert.Equal(SignInOutcome.LockedOut, (await context.SignIns.SignInAsync("erika", Password, Departments.Sales, "203.0.113.7", CancellationToken.None)).Outcome);
        Assert.Equal(5, context.Hasher.Verified);
        await using var db = await context.Database.Contexts.CreateDbContextAsync();
        var recorded = await db.SignIns.Where(s => s.UserId == user.Id).GroupBy(s => s.Reason).Select(g => new { Reason = g.Key, Count = g.Count() }).ToListAsync();
        Assert.Equal(5, recorded.Single(r => r.Reason == "wrong password").Count);
        Assert.Equal(12, recorded.Single(r => r.Reason == "locked out").Count);
    }

    [Fact]
    public async Task GuessesFromOneAddress_DoNotLockTheOwnerOut_AtAnotherAddress()
    {
        await using var context = await IdentityTestContext.CreateAsync(provider);
        var user = await context.AddUserAsync("erika", Password, Departments.Sales);

        for (var i = 0; i < 40; i++)
        {
            await context.SignIns.SignInAsync("erika", "wrong-" + i, Departments.Sales, "198.51.100.66", CancellationToken.None);
        }

        Assert.Equal(SignInOutcome.LockedOut, (await context.SignIns.SignInAsync("erika", Password, Departments.Sales, "198.51.100.66", CancellationToken.None)).Outcome);
        Assert.Equal(SignInOutcome.Succeeded, (await context.SignIns.SignInAsync("erika", Password, Departments.Sales, "192.0.2.10", CancellationToken.None)).Outcome);
        // Five guesses and the owner's password were checked; the locked address stopped adding to the account's count.
        Assert.Equal(6, context.Hasher.Verified);
        Assert.False((await context.Users.FindByIdAsync(user.Id, CancellationToken.None))!.IsLockedOut(context.Clock.GetUtcNow()));
    }

    [Fact]
    public async Task GuessesFromManyAddresses_LockTheAccountEverywhere_AtTheHigherThreshold()
    {
        await using var context = await IdentityTestContext.CreateAsync(provider);
        var user = await context.AddUserAsync("erika", Password, Departments.Sales);

        for (var i = 0; i < context.Security.AccountMaxFailedAttempts; i++)
        {
            // Four guesses from each address: under the address's own limit of five.
            var outcome = await context.SignIns.SignInAsync("erika", "wrong-" + i, Departments.Sales, $"198.51.100.{i / 4 + 1}", CancellationToken.None);
            Assert.Equal(SignInOutcome.Failed, outcome.Outcome);
        }

        Assert.True((await context.Users.FindByIdAsync(user.Id, CancellationToken.None))!.IsLockedOut(context.Clock.GetUtcNow()));
        Assert.Equal(SignInOutcome.LockedOut, (await context.SignIns.SignInAsync("erika", Password, Departments.Sales, "192.0.2.10", CancellationToken.None)).Outcome);
        context.Clock.Advance(TimeSpan.FromMinutes(context.Security.LockoutMinutes) + TimeSpan.FromSeconds(1));
        Assert.Equal(SignInOutcome.Succeeded, (await context.SignIns.SignInAsync("erika", Password, Departments.Sales, "192.0.2.10", CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task FailuresFromOneAddress_StartAfresh_WhenTheLastIsOlderThanTheLockoutTime()
    {
        await using var context = await IdentityTestContext.CreateAsync(provider);
        await context.AddUserAsync("erika", Password, Departments.Sales);
        for (var i = 0; i < 4; i++)
        {
            await context.SignIns.SignInAsync("erika", "wrong-" + i, Departments.Sales, "198.51.100.7", CancellationToken.None);
        }

        context.Clock.Advance(TimeSpan.FromMinutes(context.Security.LockoutMinutes + 1));
        await context.SignIns.SignInAsync("erika", "wrong-again", Departments.Sales, "198.51.100.7", CancellationToken.None);

        Assert.Equal(SignInOutcome.Succeeded, (await context.SignIns.SignInAsync("erika", Password, Departments.Sales, "198.51.100.7", CancellationToken.None)).Outcome);
    }

    [Theory]
    [InlineData(null, "unknown")]
    [InlineData("", "unknown")]
    [InlineData("not an address", "unknown")]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void ClientAddresses_AreCountedByIPv4Address_OrIPv6Network(string? remoteIp, string counted) =>
        Assert.Equal(counted, AddressLockouts.Normalize(remoteIp));

    [Fact]
    public async Task ParallelWrongPasswords_AreEachCounted_BelowTheLimit()
    {
        await using var context = await IdentityTestContext.CreateAsync(provider, new SecurityOptions { MaxFailedAttempts = 20 });
        var user = await context.AddUserAsync("erika", Password, Departments.Sales);

        var results = await AtOnce.RunAsync(16, i => context.SignIns.SignInAsync("erika", "wrong-" + i, Departments.Sales, null, CancellationToken.None));

        Assert.All(results, r => Assert.Equal(SignInOutcome.Failed, r.Outcome));
        var stored = (await context.Users.FindByIdAsync(user.Id, CancellationToken.None))!;
        Assert.Equal(16, stored.FailedAttempts);
        Assert.False(stored.IsLockedOut(context.Clock.GetUtcNow()));
        Assert.Equal(SignInOutcome.Succeeded, (await context.SignIns.SignInAsync("erika", Password, Departments.Sales, null, CancellationToken.None)).Outcome);
        Assert.Equal(0, (await context.Users.FindByIdAsync(user.Id, CancellationToken.None))!.FailedAttempts);
    }

    [Fact]
    public async Task AnAdministrator_CanEndALockout_OfAnAddressAndOfTheAccount()
    {
        await using var context = await IdentityTestContext.CreateAsync(provider);
        var user = await context.AddUserAsync("erika", Password, Departments.Sales);
        for (var i = 0; i < context.Security.AccountMaxFailedAttempts; i++)
        {
            await context.SignIns.SignInAsync("erika", "wrong", Departments.Sales, i < 5 ? "203.0.113.7" : $"198.51.100.{i}", CancellationToken.None);
        }

        Assert.True((await context.Users.FindByIdAsync(user.Id, CancellationToken.None))!.IsLockedOut(context.Clock.GetUtcNow()));
        Assert.NotEmpty(await context.AddressLockouts.ActiveAsync(user.Id, CancellationToken.None));

        var unlock = await context.Administration.UnlockAsync("root", user.Id, CancellationToken.None);

        Assert.True(unlock.Succeeded);
        Assert.Empty(await context.AddressLockouts.ActiveAsync(user.Id, CancellationToken.None));
        Assert.Equal(SignInOutcome.Succeeded, (await context.SignIns.SignInAsync("erika", Password, Departments.Sales, "203.0.113.7", CancellationToken.None)).Outcome);
        var entry = Assert.Single(await context.Audit.RecentAsync(5, UserAdministration.Target(user.Id), CancellationToken.None), a => a.Action == "user.unlocked");
        Assert.Equal("root", entry.Actor);
        Assert.Contains("203.0.113.7", entry.Details);
    }
}

public sealed class SignInServiceTestsOnSqlite() : SignInServiceTests(TestProvider.Sqlite);

public sealed class SignInServiceTestsOnPostgreSql() : SignInServiceTests(TestProvider.PostgreSql);
