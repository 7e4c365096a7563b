using Bunit;
using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Web;
using HappyButtons.Web.Account;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HappyButtons.Tests.Components;

public class MyAccountTests(MyAccountTests.Site site) : IClassFixture<MyAccountTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    private static async Task ChangeAsync(IRenderedComponent<MyAccount> page, string current, string next)
    {
        var fields = page.FindComponents<MudTextField<string>>();
        await page.InvokeAsync(() => fields[0].Instance.ValueChanged.InvokeAsync(current));
        await page.InvokeAsync(() => fields[1].Instance.ValueChanged.InvokeAsync(next));
        await page.Find("#password-form").SubmitAsync();
    }

    [Fact]
    public async Task ChangingThePassword_EndsTheSession_AndLeavesForTheSignInPage()
    {
        var user = await site.CreateUserAsync("mira", "Mira-Passwort-2026", false, Departments.Info);
        await using var context = ComponentContext.Create(site, user);
        var navigation = context.Services.GetRequiredService<NavigationManager>();
        var page = context.Render<MyAccount>();

        await ChangeAsync(page, "Mira-Passwort-2026", "Mira-Neues-Passwort-2026");

        page.WaitForAssertion(() => Assert.EndsWith("/login", navigation.Uri));
        var stored = await site.Services.GetRequiredService<UserStore>().FindByIdAsync(user.Id, CancellationToken.None);
        Assert.NotEqual(user.SecurityStamp, stored!.SecurityStamp);
        Assert.Equal(SignInOutcome.Succeeded, (await site.Services.GetRequiredService<SignInService>()
            .SignInAsync("mira", "Mira-Neues-Passwort-2026", Departments.Info, null, CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task AWrongCurrentPassword_IsExplainedInGerman_AndChangesNothing()
    {
        var user = await site.CreateUserAsync("nils", "Nils-Passwort-2026", false, Departments.Info);
        await using var context = ComponentContext.Create(site, user);
        var page = context.Render<MyAccount>();

        await ChangeAsync(page, "falsch-falsch-falsch", "Nils-Neues-Passwort-2026");

        page.WaitForAssertion(() => Assert.Contains("Das aktuelle Passwort ist nicht korrekt.", page.Find("#password-error").TextContent));
        var stored = await site.Services.GetRequiredService<UserStore>().FindByIdAsync(user.Id, CancellationToken.None);
        Assert.Equal(user.SecurityStamp, stored!.SecurityStamp);
    }
}
