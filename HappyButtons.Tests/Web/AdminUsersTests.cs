using System.Net;
using Bunit;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Components;
using HappyButtons.Tests.Components.Admin;
using HappyButtons.Web.Admin.Users;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HappyButtons.Tests.Web;

/// <summary>
/// The user administration: the pages' forms driven as components (signed in as the administrator), their effect checked
/// where a person would notice it — a new user signs in, an open session of a changed user follows the change.
/// </summary>
public class AdminUsersTests(AdminUsersTests.Site site) : IClassFixture<AdminUsersTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    private UserStore Users => site.Services.GetRequiredService<UserStore>();

    [Fact]
    public async Task TheBootstrapAdministrator_SignsInWithTheConfiguredPassword_AndGetsTheUserPage()
    {
        var admin = await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);

        var response = await admin.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Benutzer", (await HtmlForms.ParseAsync(response)).QuerySelector("main h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task TheUserTable_SearchesAndFiltersInTheDatabase_AndCountsInGerman()
    {
        await site.CreateUserAsync("tabea", "Tabea-Passwort-2026", false, Departments.Finance);
        await site.CreateUserAsync("tobias", "Tobias-Passwort-2026", false, Departments.Sales);
        await using var context = ComponentContext.Create(site, await site.AdminAsync());
        context.Services.GetRequiredService<NavigationManager>().NavigateTo("/admin/users?q=TAB&dept=finance");

        var page = context.Render<UserList>();

        page.WaitForAssertion(() => Assert.Equal(["tabea"], page.FindAll("td[data-user]").Select(td => td.GetAttribute("data-user"))));
        Assert.Equal("1 Benutzer", page.Find("#user-total").TextContent.Trim());
        Assert.Contains("Buchhaltung", page.Find("td[data-user='tabea']").ParentElement!.TextContent);
    }

    [Fact]
    public async Task Admin_CreatesAUser_WhoCanThenSignIn_AndTheCreationIsAudited()
    {
        await using var context = ComponentContext.Create(site, await site.AdminAsync());
        var snackbars = context.Render<MudSnackbarProvider>();
        var created = new List<AppUser>();
        var form = context.Render<UserCreateForm>(p => p.Add(f => f.Created, user => created.Add(user)));

        await form.TypeAsync("new-username", "mira");
        await form.TypeAsync("new-displayname", "Mira Knopf");
        await form.TypeAsync("new-email", "mira@happybuttons.de");
        await form.TypeAsync("new-password", "Mira-Passwort-77");
        await form.TickDepartmentAsync(Departments.Finance);
        await form.TickDepartmentAsync(Departments.Support);
        form.Find("#create-user-button").Click();

        form.WaitForAssertion(() => Assert.Single(created));
        var mira = await Users.FindByNameAsync("mira", CancellationToken.None);
        Assert.Equal([Departments.Support, Departments.Finance], mira!.Departments);
        var audit = await site.Services.GetRequiredService<AuditLog>().RecentAsync(5, UserAdministration.Target(mira.Id), CancellationToken.None);
        Assert.Contains(audit, a => a is { Action: "user.created", Actor: "admin" });
        snackbars.WaitForAssertion(() => Assert.Contains("Benutzer mira wurde angelegt.", snackbars.Markup));
        var client = await site.SignInAsync("mira", "Mira-Passwort-77", Departments.Finance);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/finance")).StatusCode);
    }

    [Fact]
    public async Task AWeakPassword_IsExplainedInGermanAtTheField_AndNoUserIsCreated()
    {
        await using var context = ComponentContext.Create(site, await site.AdminAsync());
        context.Render<MudSnackbarProvider>();
        var form = context.Render<UserCreateForm>();

        await form.TypeAsync("new-username", "nina");
        await form.TypeAsync("new-displayname", "Nina");
        await form.TypeAsync("new-password", "kurz");
        await form.TickDepartmentAsync(Departments.Sales);
        form.Find("#create-user-button").Click();

        form.WaitForAssertion(() => Assert.Contains("Ein Passwort braucht mindestens 10 Zeichen.", form.Markup));
        Assert.Null(await Users.FindByNameAsync("nina", CancellationToken.None));
    }

    [Fact]
    public async Task AUserWithoutDepartment_IsNotCreated_AndThePickerSaysWhy()
    {
        await using var context = ComponentContext.Create(site, await site.AdminAsync());
        context.Render<MudSnackbarProvider>();
        var form = context.Render<UserCreateForm>();

        await form.TypeAsync("new-username", "olaf");
        await form.TypeAsync("new-displayname", "Olaf");
        await form.TypeAsync("new-password", "Olaf-Passwort-2026");
        form.Find("#create-user-button").Click();

        form.WaitForAssertion(() => Assert.Contains("Wählen Sie mindestens eine Abteilung.", form.Find("[data-field='Departments']").TextContent));
        Assert.Null(await Users.FindByNameAsync("olaf", CancellationToken.None));
    }

    [Fact]
    public async Task DisablingAUser_AfterTheConfirmation_EndsTheirOpenSession()
    {
        var user = await site.CreateUserAsync("otto", "Otto-Passwort-12", false, Departments.Sales);
        var otto = await site.SignInAsync("otto", "Otto-Passwort-12", Departments.Sales);
        await using var context = ComponentContext.Create(site, await site.AdminAsync());
        var dialogs = context.Render<MudDialogProvider>();
        var snackbars = context.Render<MudSnackbarProvider>();
        var card = context.Render<UserAccessCard>(p => p.Add(c => c.User, user));

        card.Find("#disable-user").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Otto Beispiel deaktivieren?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Deaktivieren").Click();

        snackbars.WaitForAssertion(() => Assert.Contains("Der Benutzer wurde deaktiviert und überall abgemeldet.", snackbars.Markup));
        Assert.True((await Users.FindByIdAsync(user.Id, CancellationToken.None))!.IsDisabled);
        var response = await otto.GetAsync("/sales");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task CancellingTheDisableDialog_ChangesNothing()
    {
        var user = await site.CreateUserAsync("petra", "Petra-Passwort-12", false, Departments.Sales);
        await using var context = ComponentContext.Create(site, await site.AdminAsync());
        var dialogs = context.Render<MudDialogProvider>();
        var card = context.Render<UserAccessCard>(p => p.Add(c => c.User, user));

        card.Find("#disable-user").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Petra Beispiel deaktivieren?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Abbrechen").Click();

        dialogs.WaitForAssertion(() => Assert.DoesNotContain("deaktivieren?", dialogs.Markup));
        Assert.False((await Users.FindByIdAsync(user.Id, CancellationToken.None))!.IsDisabled);
    }

    [Fact]
    public async Task AddingADepartment_AppliesToAnOpenSession_WithoutSigningInAgain()
    {
        var user = await site.CreateUserAsync("pia", "Pia-Passwort-123", false, Departments.Sales);
        var pia = await site.SignInAsync("pia", "Pia-Passwort-123", Departments.Sales);
        Assert.Equal(HttpStatusCode.Forbidden, (await pia.GetAsync("/finance")).StatusCode);
        await using var context = ComponentContext.Create(site, await site.AdminAsync());
        context.Render<MudSnackbarProvider>();
        var changed = 0;
        var form = context.Render<UserProfileForm>(p => p.Add(f => f.User, user).Add(f => f.Changed, () => changed++));

        await form.TickDepartmentAsync(Departments.Finance);
        form.Find("#save-profile").Click();

        form.WaitForAssertion(() => Assert.Equal(1, changed));
        Assert.Equal(HttpStatusCode.OK, (await pia.GetAsync("/finance")).StatusCode);
    }

    [Fact]
    public async Task TheAdministrator_CannotTakeTheirOwnAdministratorRole()
    {
        var admin = await site.AdminAsync();
        await using var context = ComponentContext.Create(site, admin);
        context.Render<MudSnackbarProvider>();
        var form = context.Render<UserProfileForm>(p => p.Add(f => f.User, admin));

        await form.CheckAsync("is-admin", false);
        form.Find("#save-profile").Click();

        form.WaitForAssertion(() => Assert.Contains("Sie können sich die Administratorrolle nicht selbst entziehen.", form.Find("#profile-error").TextContent));
        Assert.True((await Users.FindByIdAsync(admin.Id, CancellationToken.None))!.IsAdmin);
    }

    [Fact]
    public async Task ResetPassword_SignsTheUserOut_AndTheNewPasswordWorks()
    {
        var user = await site.CreateUserAsync("quirin", "Quirin-Passwort-1", false, Departments.Support);
        var quirin = await site.SignInAsync("quirin", "Quirin-Passwort-1", Departments.Support);
        await using var context = ComponentContext.Create(site, await site.AdminAsync());
        var snackbars = context.Render<MudSnackbarProvider>();
        var card = context.Render<UserAccessCard>(p => p.Add(c => c.User, user));

        await card.TypeAsync("new-password", "Neues-Quirin-Passwort");
        card.Find("#reset-password").Click();

        snackbars.WaitForAssertion(() => Assert.Contains("Das Passwort wurde zurückgesetzt.", snackbars.Markup));
        Assert.Equal(HttpStatusCode.Redirect, (await quirin.GetAsync("/support")).StatusCode);
        await site.SignInAsync("quirin", "Neues-Quirin-Passwort", Departments.Support);
    }

    [Fact]
    public async Task TheUserPage_ShowsTheHistoryInWords_NotAsCodes()
    {
        var user = await site.CreateUserAsync("rosa", "Rosa-Passwort-2026", false, Departments.Sales);
        await site.Services.GetRequiredService<UserAdministration>().UpdateAsync("admin", 1, user.Id,
            new UserProfile("Rosa Knopf", null, false, [Departments.Sales, Departments.Finance]), CancellationToken.None);
        await using var context = ComponentContext.Create(site, await site.AdminAsync());
        context.Render<MudSnackbarProvider>();
        context.Render<MudDialogProvider>();

        var page = context.Render<UserEdit>(p => p.Add(e => e.Id, user.Id));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#user-history td[data-action='user.updated']")));
        var history = page.Find("#user-history").TextContent;
        Assert.Contains("Profil geändert", history);
        Assert.Contains("Abteilungen: Vertrieb → Vertrieb, Buchhaltung", history);
        Assert.DoesNotContain("user.updated", history);
        Assert.Equal("Rosa Knopf", page.Find("h1").TextContent.Trim());
    }
}

public class UserStorePagingTests(UserStorePagingTests.Site site) : IClassFixture<UserStorePagingTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    [Fact]
    public async Task APage_IsSearchedFilteredSortedAndCounted_InTheDatabase()
    {
        var administration = site.Services.GetRequiredService<UserAdministration>();
        foreach (var (name, display, department) in new[]
                 {
                     ("anna_b", "Anna B", Departments.Sales), ("Bernd", "Bernd", Departments.Sales), ("dora", "Dora 100% Knopf", Departments.Sales),
                     ("annaxb", "Anna X", Departments.Finance), ("carla", "Carla", Departments.Finance),
                 })
        {
            Assert.True((await administration.CreateAsync("test", new NewUser(name, display, null, "Paging-Passwort-2026", false, [department]), CancellationToken.None)).Result.Succeeded);
        }

        var users = site.Services.GetRequiredService<UserStore>();

        // The bootstrap administrator is a member of every department.
        var sales = await users.PageAsync(new UserFilter(Department: Departments.Sales, PageSize: 2), CancellationToken.None);
        var secondPage = await users.PageAsync(new UserFilter(Department: Departments.Sales, PageSize: 2, Page: 2), CancellationToken.None);
        var byName = await users.PageAsync(new UserFilter(Department: Departments.Finance, Sort: UserSort.DisplayName, Descending: true), CancellationToken.None);
        var percent = await users.PageAsync(new UserFilter(Search: "%"), CancellationToken.None);
        var underscore = await users.PageAsync(new UserFilter(Search: "A_B"), CancellationToken.None);

        Assert.Equal(4, sales.Total);
        Assert.Equal(["admin", "anna_b"], sales.Items.Select(u => u.UserName));
        Assert.Equal(["Bernd", "dora"], secondPage.Items.Select(u => u.UserName));
        Assert.Equal(["Carla", "Anna X", "Administrator"], byName.Items.Select(u => u.DisplayName));
        Assert.Equal(["dora"], percent.Items.Select(u => u.UserName));
        Assert.Equal(["anna_b"], underscore.Items.Select(u => u.UserName));
        Assert.Equal([Departments.Sales], secondPage.Items[0].Departments);
    }
}
