using System.Net;
using System.Net.Sockets;
using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Support;
using HappyButtons.Tests.Web;
using HappyButtons.Tests.Web.Messages;
using Microsoft.Playwright;

namespace HappyButtons.Tests.Browser;

/// <summary>What the circuit must survive or notice: the clock moving, a server restart, a revoked session.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CircuitBrowserTests(BrowserFixture browser)
{
    private const string Password = "Tessa-Passwort-2026";

    [Fact]
    public async Task TheSlaCountdown_InAnOpenInbox_ChangesAsTheClockMoves_WithoutReload()
    {
        var clock = new OffsetClock();
        await using var site = new HappyButtonsFactory(new Dictionary<string, string?> { ["HappyButtons:Web:ClockTickSeconds"] = "1" }) { Clock = clock };
        var address = site.StartKestrel();
        await site.CreateUserAsync("tessa", Password, false, Departments.Support);
        using var api = new HttpClient { BaseAddress = address };
        var id = await MailUploads.UploadAndWaitAsync(api, Departments.Support, MailUploads.TextMail("Reklamation: gebrochene Knöpfe",
            "Sehr geehrte Damen und Herren, die gelieferten Knöpfe sind gebrochen. Wir reklamieren die Lieferung und bitten um Ersatz."));
        await using var tab = await browser.OpenAsync(address);
        var page = tab.Page;
        await BrowserFixture.SignInAsync(page, "tessa", Password, Departments.Support);
        await page.GotoAsync("/support/messages");
        await BrowserFixture.WaitForCircuitAsync(page);
        var sla = page.Locator($"tr:has(td[data-message-id='{id}']) td.sla [data-badge='sla']");
        await Assertions.Expect(sla).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var before = (await sla.TextContentAsync())!.Trim();
        await page.EvaluateAsync("() => window.__notReloaded = true");

        clock.Advance(TimeSpan.FromMinutes(17));

        await Assertions.Expect(sla).Not.ToHaveTextAsync(before, new() { Timeout = 10_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"));
        await tab.AssertCleanAsync();
    }

    [Fact]
    public async Task AfterAServerRestart_TheOpenPageRecoversByItself()
    {
        using var data = new TempDirectory("hb-restart");
        var port = FreePort();
        var first = new HappyButtonsFactory(dataDirectory: data.Path);
        var address = first.StartKestrel(port);
        await first.CreateUserAsync("tessa", Password, false, Departments.Sales);
        await using var tab = await browser.OpenAsync(address);
        var page = tab.Page;
        await BrowserFixture.SignInAsync(page, "tessa", Password, Departments.Sales);
        await Assertions.Expect(page.Locator("#presence")).ToContainTextAsync("Tessa Beispiel");
        await page.EvaluateAsync("() => window.__beforeRestart = true");

        await first.DisposeAsync();
        await Assertions.Expect(page.Locator("#components-reconnect-modal")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("reconnecting") });
        await using var second = new HappyButtonsFactory(dataDirectory: data.Path);
        second.StartKestrel(port);

        // Nobody touches the page: the reconnect script finds the circuit gone and loads the page afresh.
        await page.WaitForFunctionAsync("() => window.__beforeRestart === undefined", null, new() { Timeout = 60_000 });
        await BrowserFixture.WaitForCircuitAsync(page, 30_000);
        await Assertions.Expect(page.Locator(".workspace-header h1")).ToHaveTextAsync("Vertrieb");
        await Assertions.Expect(page.Locator("#presence")).ToContainTextAsync("Tessa Beispiel", new() { Timeout = 15_000 });
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__cspViolations"));
    }

    [Fact]
    public async Task DisablingAUser_EndsTheirOpenCircuit_WithinSeconds()
    {
        await using var site = new HappyButtonsFactory(new Dictionary<string, string?> { ["HappyButtons:Web:RevalidateSeconds"] = "1" });
        var address = site.StartKestrel();
        var user = await site.CreateUserAsync("tessa", Password, false, Departments.Finance);
        await using var tab = await browser.OpenAsync(address);
        var page = tab.Page;
        await BrowserFixture.SignInAsync(page, "tessa", Password, Departments.Finance);

        var administration = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<UserAdministration>(site.Services);
        var result = await administration.SetDisabledAsync("admin", 1, user.Id, true, CancellationToken.None);
        Assert.True(result.Succeeded, result.Error);

        await page.WaitForURLAsync("**/login**", new() { Timeout = 15_000 });
        await tab.AssertCleanAsync();
    }

    [Fact]
    public async Task ResettingThePassword_EndsTheUsersOpenCircuit_WithinSeconds()
    {
        await using var site = new HappyButtonsFactory(new Dictionary<string, string?> { ["HappyButtons:Web:RevalidateSeconds"] = "1" });
        var address = site.StartKestrel();
        var user = await site.CreateUserAsync("tessa", Password, false, Departments.Support);
        await using var tab = await browser.OpenAsync(address);
        await BrowserFixture.SignInAsync(tab.Page, "tessa", Password, Departments.Support);

        var administration = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<UserAdministration>(site.Services);
        var result = await administration.ResetPasswordAsync("admin", user.Id, "Tessa-Neues-Passwort-1", CancellationToken.None);
        Assert.True(result.Succeeded, result.Error);

        await tab.Page.WaitForURLAsync("**/login**", new() { Timeout = 15_000 });
        await tab.AssertCleanAsync();
    }

    [Fact]
    public async Task SigningOut_EndsTheOpenPageOfACopiedCookie_WithinSeconds()
    {
        await using var site = new HappyButtonsFactory(new Dictionary<string, string?> { ["HappyButtons:Web:RevalidateSeconds"] = "1" });
        var address = site.StartKestrel();
        await site.CreateUserAsync("tessa", Password, false, Departments.Finance);
        await using var owner = await browser.OpenAsync(address);
        await BrowserFixture.SignInAsync(owner.Page, "tessa", Password, Departments.Finance);
        // Someone else's browser holding a copy of the cookie, with the workspace open.
        var cookie = (await owner.Context.CookiesAsync()).Single(c => c.Name == "hb_auth");
        await using var thief = await browser.OpenAsync(address);
        await thief.Context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = cookie.Name, Value = cookie.Value, Url = address.ToString() }]);
        await thief.Page.GotoAsync("/finance");
        await BrowserFixture.WaitForCircuitAsync(thief.Page);
        await Assertions.Expect(thief.Page.Locator(".workspace-header h1")).ToHaveTextAsync("Buchhaltung");

        await owner.Page.GotoAsync("/account");
        await owner.Page.ClickAsync("button.account-sign-out");
        await owner.Page.WaitForURLAsync("**/login");

        await thief.Page.WaitForURLAsync("**/login**", new() { Timeout = 15_000 });
        await Assertions.Expect(thief.Page.Locator("#username")).ToBeVisibleAsync();
        await thief.Page.GotoAsync("/finance");
        Assert.Contains("/login", thief.Page.Url);
        await thief.AssertCleanAsync();
        await owner.AssertCleanAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
