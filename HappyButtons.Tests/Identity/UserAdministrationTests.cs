using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Support;

namespace HappyButtons.Tests.Identity;

/// <summary>User administration with its audit trail, on SQLite and on PostgreSQL.</summary>
public abstract class UserAdministrationTests(TestProvider provider)
{
    [Fact]
    public async Task EveryChange_IsAudited_WithTheActor()
    {
        await using var context = await IdentityTestContext.CreateAsync(provider);
        var user = await context.AddUserAsync("max", "Sicheres-Passwort-1", Departments.Info);

        await context.Administration.UpdateAsync("root", 999, user.Id, new UserProfile("Max Mustermann", null, false, [Departments.Info, Departments.Finance]), CancellationToken.None);
        await context.Administration.ResetPasswordAsync("root", user.Id, "Neues-Passwort-22", CancellationToken.None);
        await context.Administration.SetDisabledAsync("root", actorId: 999, user.Id, true, CancellationToken.None);

        var actions = (await context.Audit.RecentAsync(10, UserAdministration.Target(user.Id), CancellationToken.None)).Select(a => a.Action).ToList();
        Assert.Equal(["user.disabled", "user.password_reset", "user.updated", "user.created"], actions);
        var all = await context.Audit.RecentAsync(10, null, CancellationToken.None);
        Assert.DoesNotContain(all, a => a.Details?.Contains("Neues-Passwort-22") == true);
        Assert.Equal([Departments.Info, Departments.Finance], (await context.Users.FindByIdAsync(user.Id, CancellationToken.None))!.Departments);
    }

    [Theory]
    [InlineData("x", "Name", "Lange-Passwort-1", "A user name may contain")]
    [InlineData("../etc", "Name", "Lange-Passwort-1", "A user name may contain")]
    [InlineData("anna", " ", "Lange-Passwort-1", "A display name is required.")]
    [InlineData("anna", "Anna", "short", "A password needs at least 10 characters.")]
    [InlineData("anna", "Anna", "aaaaaaaaaaaa", "A password must not repeat")]
    public async Task Create_RejectsInvalidInput_WithAReadableReason(string userName, string displayName, string password, string expected)
    {
        await using var context = await IdentityTestContext.CreateAsync(provider);

        var (result, user) = await context.Administration.CreateAsync("root", new NewUser(userName, displayName, null, password, false, [Departments.Sales]), CancellationToken.None);

        Assert.Null(user);
        Assert.StartsWith(expected, result.Error);
    }

    [Fact]
    public async Task Create_RejectsATakenUserName_CaseInsensitively()
    {
        await using var context = await IdentityTestContext.CreateAsync(provider);
        await context.AddUserAsync("anna", "Lange-Passwort-1", Departments.Sales);

        var (result, _) = await context.Administration.CreateAsync("root", new NewUser("ANNA", "Anna 2", null, "Lange-Passwort-1", false, [Departments.Sales]), CancellationToken.None);

        Assert.Equal("The user name {0} is taken.", result.Error);
    }

    [Fact]
    public async Task Create_RequiresADepartment()
    {
        await using var context = await IdentityTestContext.CreateAsync(provider);

        var (result, _) = await context.Administration.CreateAsync("root", new NewUser("anna", "Anna", null, "Lange-Passwort-1", false, ["marketing"]), CancellationToken.None);

        Assert.Equal("Choose at least one department.", result.Error);
    }

    [Fact]
    public async Task AnAdministrator_CannotDisableThemselves_OrDropTheirOwnAdminRole()
    {
        await using var context = await IdentityTestContext.CreateAsync(provider);
        var (_, admin) = await context.Administration.CreateAsync("root", new NewUser("boss", "Boss", null, "Lange-Passwort-1", true, [Departments.Info]), CancellationToken.None);

        var disable = await context.Administration.SetDisabledAsync("boss", admin!.Id, admin.Id, true, CancellationToken.None);
        var demote = await context.Administration.UpdateAsync("boss", admin.Id, admin.Id, new UserProfile("Boss", null, false, [Departments.Info]), CancellationToken.None);

        Assert.Equal("You cannot disable your own account.", disable.Error);
        Assert.Equal("You cannot remove your own administrator role.", demote.Error);
    }

    [Fact]
    public async Task ResetPassword_ChangesTheSecurityStamp_SoOpenSessionsEnd()
    {
        await using var context = await IdentityTestContext.CreateAsync(provider);
        var user = await context.AddUserAsync("max", "Sicheres-Passwort-1", Departments.Info);

        await context.Administration.ResetPasswordAsync("root", user.Id, "Neues-Passwort-22", CancellationToken.None);

        var after = await context.Users.FindByIdAsync(user.Id, CancellationToken.None);
        Assert.NotEqual(user.SecurityStamp, after!.SecurityStamp);
        Assert.Equal(SignInOutcome.Succeeded, (await context.SignIns.SignInAsync("max", "Neues-Passwort-22", Departments.Info, null, CancellationToken.None)).Outcome);
    }
}

public sealed class UserAdministrationTestsOnSqlite() : UserAdministrationTests(TestProvider.Sqlite);

public sealed class UserAdministrationTestsOnPostgreSql() : UserAdministrationTests(TestProvider.PostgreSql);
