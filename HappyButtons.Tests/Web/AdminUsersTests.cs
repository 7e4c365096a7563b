using System.Net;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Web;

public class AdminUsersTests(AdminUsersTests.Site site) : IClassFixture<AdminUsersTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    [Fact]
    public async Task TheBootstrapAdministrator_SignsInWithTheConfiguredPassword_AndSeesTheUserList()
    {
        var admin = await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);

        var page = await HtmlForms.GetDocumentAsync(admin, "/admin/users");

        Assert.NotNull(page.QuerySelector("#users-table tr[data-user='admin']"));
    }

    [Fact]
    public async Task Admin_CreatesAUserThroughTheForm_WhoCanThenSignIn_AndTheChangeIsAudited()
    {
        var admin = await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);

        var response = await HtmlForms.SubmitAsync(admin, "/admin/users", "#create-user", new()
        {
            ["Create.UserName"] = "mira", ["Create.DisplayName"] = "Mira Knopf", ["Create.Email"] = "mira@happybuttons.de",
            ["Create.Password"] = "Mira-Passwort-77", ["Create.Finance"] = "true", ["Create.Support"] = "true",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Contains("mira", page.QuerySelector("#admin-message")!.TextContent);
        var mira = await site.Services.GetRequiredService<UserStore>().FindByNameAsync("mira", CancellationToken.None);
        Assert.Equal([Departments.Support, Departments.Finance], mira!.Departments);
        var audit = await site.Services.GetRequiredService<AuditLog>().RecentAsync(5, UserAdministration.Target(mira.Id), CancellationToken.None);
        Assert.Contains(audit, a => a is { Action: "user.created", Actor: "admin" });
        var client = await site.SignInAsync("mira", "Mira-Passwort-77", Departments.Finance);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/finance")).StatusCode);
    }

    [Fact]
    public async Task Admin_SeesAValidationMessage_ForAWeakPassword()
    {
        var admin = await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);

        var response = await HtmlForms.SubmitAsync(admin, "/admin/users", "#create-user", new()
        {
            ["Create.UserName"] = "nina", ["Create.DisplayName"] = "Nina", ["Create.Password"] = "kurz", ["Create.Sales"] = "true",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("mindestens 10 Zeichen", (await HtmlForms.ParseAsync(response)).QuerySelector("#admin-message")!.TextContent);
        Assert.Null(await site.Services.GetRequiredService<UserStore>().FindByNameAsync("nina", CancellationToken.None));
    }

    [Fact]
    public async Task DisablingAUser_EndsTheirOpenSession()
    {
        var user = await site.CreateUserAsync("otto", "Otto-Passwort-12", false, Departments.Sales);
        var otto = await site.SignInAsync("otto", "Otto-Passwort-12", Departments.Sales);
        var admin = await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);

        await HtmlForms.SubmitAsync(admin, $"/admin/users/{user.Id}", "#status-form", []);

        var response = await otto.GetAsync("/sales");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task AddingADepartment_AppliesToAnOpenSession_WithoutSigningInAgain()
    {
        var user = await site.CreateUserAsync("pia", "Pia-Passwort-123", false, Departments.Sales);
        var pia = await site.SignInAsync("pia", "Pia-Passwort-123", Departments.Sales);
        Assert.Equal(HttpStatusCode.Forbidden, (await pia.GetAsync("/finance")).StatusCode);
        var admin = await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);

        await HtmlForms.SubmitAsync(admin, $"/admin/users/{user.Id}", "#profile-form", new()
        {
            ["Profile.DisplayName"] = "Pia Beispiel", ["Profile.Sales"] = "true", ["Profile.Finance"] = "true",
        });

        Assert.Equal(HttpStatusCode.OK, (await pia.GetAsync("/finance")).StatusCode);
    }

    [Fact]
    public async Task ResetPassword_SignsTheUserOut_AndTheNewPasswordWorks()
    {
        var user = await site.CreateUserAsync("quirin", "Quirin-Passwort-1", false, Departments.Support);
        var quirin = await site.SignInAsync("quirin", "Quirin-Passwort-1", Departments.Support);
        var admin = await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);

        var response = await HtmlForms.SubmitAsync(admin, $"/admin/users/{user.Id}", "#password-form", new() { ["Password.NewPassword"] = "Neues-Quirin-Passwort" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await quirin.GetAsync("/support")).StatusCode);
        await site.SignInAsync("quirin", "Neues-Quirin-Passwort", Departments.Support);
    }
}
