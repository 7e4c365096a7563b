using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Web;
using Microsoft.Playwright;

namespace HappyButtons.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PresenceBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly HappyButtonsFactory _site = new();
    private Uri _baseAddress = default!;

    public async Task InitializeAsync()
    {
        _baseAddress = _site.StartKestrel();
        await _site.CreateUserAsync("anna", "Anna-Passwort-2026", false, Departments.Sales);
        await _site.CreateUserAsync("bernd", "Bernd-Passwort-2026", false, Departments.Sales, Departments.Support);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task PresenceList_ShowsAColleagueSigningInAndOut_WithoutReloading()
    {
        await using var annaContext = await browser.Browser.NewContextAsync(new() { BaseURL = _baseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 800 } });
        await using var berndContext = await browser.Browser.NewContextAsync(new() { BaseURL = _baseAddress.ToString() });
        var anna = await annaContext.NewPageAsync();
        var bernd = await berndContext.NewPageAsync();

        await BrowserFixture.SignInAsync(anna, "anna", "Anna-Passwort-2026", Departments.Sales);
        Assert.EndsWith("/sales", anna.Url);
        var presence = anna.Locator("#presence");
        await Assertions.Expect(presence).ToContainTextAsync("Anna Beispiel");
        await Assertions.Expect(presence).Not.ToContainTextAsync("Bernd Beispiel");
        await anna.EvaluateAsync("() => window.__notReloaded = true");

        await BrowserFixture.SignInAsync(bernd, "bernd", "Bernd-Passwort-2026", Departments.Sales);

        await Assertions.Expect(presence).ToContainTextAsync("Bernd Beispiel", new() { Timeout = 10_000 });
        Assert.True(await anna.EvaluateAsync<bool>("() => window.__notReloaded === true"));
        await anna.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("sales-presence-two-colleagues"), FullPage = true });

        await bernd.Locator(".user-menu").ClickAsync();
        await bernd.Locator(".sign-out").ClickAsync();
        await bernd.WaitForURLAsync("**/login");

        await Assertions.Expect(presence).Not.ToContainTextAsync("Bernd Beispiel", new() { Timeout = 10_000 });
        Assert.True(await anna.EvaluateAsync<bool>("() => window.__notReloaded === true"));
    }

    [Fact]
    public async Task SignInPage_ShowsTheGenericError_AndTheWorkspaceShell()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = _baseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/sales");
        Assert.Contains("/login", page.Url);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("login") });
        await page.FillAsync("#username", "anna");
        await page.FillAsync("#password", "falsch-falsch-falsch");
        await page.SelectOptionAsync("#department", Departments.Sales);
        await page.ClickAsync("button[type=submit].w-100");
        await Assertions.Expect(page.Locator("#login-error")).ToContainTextAsync("Anmeldung fehlgeschlagen");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("login-failed") });

        await BrowserFixture.SignInAsync(page, "bernd", "Bernd-Passwort-2026", Departments.Support);
        await Assertions.Expect(page.Locator(".workspace-header h1")).ToHaveTextAsync("Kundendienst");
        await page.Locator(".department-switcher").ClickAsync();
        await page.Locator(".dropdown-menu a[href='/sales']").ClickAsync();
        await Assertions.Expect(page.Locator(".workspace-header h1")).ToHaveTextAsync("Vertrieb");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("sales-workspace"), FullPage = true });
    }
}
