using HappyButtons.Engine.Events;
using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Web;
using Microsoft.Extensions.DependencyInjection;
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
        await using var annaTab = await browser.OpenAsync(_baseAddress);
        await using var berndTab = await browser.OpenAsync(_baseAddress);
        var anna = annaTab.Page;
        var bernd = berndTab.Page;

        await BrowserFixture.SignInAsync(anna, "anna", "Anna-Passwort-2026", Departments.Sales);
        var presence = anna.Locator("#presence");
        await Assertions.Expect(presence).ToContainTextAsync("Anna Beispiel");
        await Assertions.Expect(presence).Not.ToContainTextAsync("Bernd Beispiel");
        await anna.EvaluateAsync("() => window.__notReloaded = true");

        await BrowserFixture.SignInAsync(bernd, "bernd", "Bernd-Passwort-2026", Departments.Sales);

        await Assertions.Expect(presence).ToContainTextAsync("Bernd Beispiel", new() { Timeout = 10_000 });
        Assert.True(await anna.EvaluateAsync<bool>("() => window.__notReloaded === true"));
        await anna.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("sales-overview-presence"), FullPage = true });

        await bernd.Locator(".user-menu").ClickAsync();
        await bernd.Locator(".sign-out").ClickAsync();
        await bernd.WaitForURLAsync("**/login");

        await Assertions.Expect(presence).Not.ToContainTextAsync("Bernd Beispiel", new() { Timeout = 10_000 });
        Assert.True(await anna.EvaluateAsync<bool>("() => window.__notReloaded === true"));
        await annaTab.AssertCleanAsync();
        await berndTab.AssertCleanAsync();
    }

    [Fact]
    public async Task SignIn_ShowsTheGenericError_ThenTheWorkspace_AndTheDepartmentMenuSwitches()
    {
        await using var tab = await browser.OpenAsync(_baseAddress);
        var page = tab.Page;
        tab.Expected.Add("the server responded with a status of 401");

        await page.GotoAsync("/sales");
        Assert.Contains("/login", page.Url);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("login") });
        await page.FillAsync("#username", "anna");
        await page.FillAsync("#password", "falsch-falsch-falsch");
        await page.SelectOptionAsync("#department", Departments.Sales);
        await page.ClickAsync("button.sign-in");
        await Assertions.Expect(page.Locator("#login-error")).ToContainTextAsync("Anmeldung fehlgeschlagen");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("login-failed") });

        await BrowserFixture.SignInAsync(page, "bernd", "Bernd-Passwort-2026", Departments.Support);
        await Assertions.Expect(page.Locator(".workspace-header h1")).ToHaveTextAsync("Kundendienst");
        await page.Locator(".department-switcher").ClickAsync();
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("department-menu") });
        await page.Locator("a[href='/sales']").Filter(new() { HasText = "Vertrieb" }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".workspace-header h1")).ToHaveTextAsync("Vertrieb");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("sales-workspace"), FullPage = true });
        await tab.AssertCleanAsync();
    }

    [Fact]
    public async Task ClosingRealCircuits_ReleasesTheirEventHubSubscriptions()
    {
        var hub = _site.Services.GetRequiredService<EventHub>();
        var before = hub.SubscriberCount;
        var tabs = new List<WatchedPage>();
        for (var i = 0; i < 3; i++)
        {
            var tab = await browser.OpenAsync(_baseAddress);
            tabs.Add(tab);
            await BrowserFixture.SignInAsync(tab.Page, "anna", "Anna-Passwort-2026", Departments.Sales);
            await Assertions.Expect(tab.Page.Locator("#presence")).ToContainTextAsync("Anna Beispiel");
        }

        Assert.True(hub.SubscriberCount >= before + 3);
        foreach (var tab in tabs)
        {
            // Leaving the page sends blazor.web.js's disconnect beacon: the server ends the circuit at once. The tabs stay
            // open until then, so a slow machine cannot drop the beacon with its browser context.
            await tab.Page.GotoAsync("about:blank");
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (hub.SubscriberCount > before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        foreach (var tab in tabs)
        {
            await tab.DisposeAsync();
        }

        Assert.Equal(before, hub.SubscriberCount);
    }
}
