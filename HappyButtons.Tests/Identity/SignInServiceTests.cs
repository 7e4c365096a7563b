using HappyButtons.Engine.Identity;

namespace HappyButtons.Tests.Identity;

public class SignInServiceTests
{
    private const string Password = "Knopf-Leiste-2026";

    [Fact]
    public async Task Passwords_AreStoredOnlyAsIdentityHashes()
    {
        using var context = await IdentityTestContext.CreateAsync();

        var user = await context.AddUserAsync("erika", Password, Departments.Sales);

        var stored = (await context.Users.FindByIdAsync(user.Id, CancellationToken.None))!.PasswordHash;
        Assert.DoesNotContain(Password, stored);
        Assert.StartsWith("AQAAAA", stored); // ASP.NET Core Identity v3 format marker (PBKDF2)
    }

    [Fact]
    public async Task SignIn_Succeeds_WithTheRightPasswordAndADepartmentOfTheUser()
    {
        using var context = await IdentityTestContext.CreateAsync();
        await context.AddUserAsync("erika", Password, Departments.Sales, Departments.Support);

        var result = await context.SignIns.SignInAsync("ERIKA", Password, Departments.Support, "127.0.0.1", CancellationToken.None);

        Assert.Equal(SignInOutcome.Succeeded, result.Outcome);
        Assert.Equal("erika", result.User!.UserName);
        Assert.Equal(1, await context.SignIns.SuccessfulSignInsSinceAsync(context.Clock.GetUtcNow().AddHours(-1), CancellationToken.None));
    }

    [Fact]
    public async Task SignIn_GivesTheSameOutcome_ForAnUnknownUserAndAWrongPassword()
    {
        using var context = await IdentityTestContext.CreateAsync();
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
        using var context = await IdentityTestContext.CreateAsync();
        await context.AddUserAsync("erika", Password, Departments.Sales);

        var result = await context.SignIns.SignInAsync("erika", Password, Departments.Finance, null, CancellationToken.None);

        Assert.Equal(SignInOutcome.NotMember, result.Outcome);
    }

    [Fact]
    public async Task Lockout_BlocksEvenTheRightPassword_AfterFiveFailures_ForFifteenMinutes()
    {
        using var context = await IdentityTestContext.CreateAsync();
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
        using var context = await IdentityTestContext.CreateAsync();
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
        using var context = await IdentityTestContext.CreateAsync();
        var user = await context.AddUserAsync("erika", Password, Departments.Sales);
        await context.Administration.SetDisabledAsync("admin", actorId: 999, user.Id, disabled: true, CancellationToken.None);

        var result = await context.SignIns.SignInAsync("erika", Password, Departments.Sales, null, CancellationToken.None);

        Assert.Equal(SignInOutcome.Disabled, result.Outcome);
    }
}
