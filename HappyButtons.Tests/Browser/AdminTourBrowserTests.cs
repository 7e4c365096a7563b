using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake.Demo;
using HappyButtons.Engine.Mail.Outgoing;
using HappyButtons.Tests.Web;
using HappyButtons.Tests.Web.Messages;
using Microsoft.Playwright;

namespace HappyButtons.Tests.Browser;

/// <summary>
/// A walk through every page in a real browser at 1366x900: each renders its own heading in the shell, the side
/// navigation marks where the reader is, and no page reports a script error or a Content-Security-Policy violation.
/// The screenshots are kept for people to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminTourBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Password = "Vera-Passwort-2026";
    private readonly HappyButtonsFactory _site = new();
    private Uri _baseAddress = default!;
    private long _messageId;

    public async Task InitializeAsync()
    {
        _baseAddress = _site.StartKestrel();
        await _site.CreateUserAsync("vera", Password, false, Departments.Sales);
        using var api = new HttpClient { BaseAddress = _baseAddress };
        var catalog = new DemoMailCatalog(d => d + "@happybuttons.de", DateTimeOffset.UtcNow).All().Where(m => m.Mailbox == Departments.Sales).ToList();
        foreach (var mail in catalog)
        {
            var id = await MailUploads.UploadAsync(api, Departments.Sales, MailComposer.ToBytes(mail.Message));
            _messageId = _messageId == 0 ? id : _messageId;
        }

        await MailUploads.WaitUntilProcessedAsync(api, _messageId);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Theory]
    [InlineData("/admin/users", "Benutzer", "admin-users")]
    [InlineData("/admin/mailboxes", "Postfächer", "admin-mailboxes")]
    [InlineData("/admin/routing", "Routing", "admin-routing")]
    [InlineData("/admin/routing/simulator", "simulator", "admin-routing-simulator")]
    [InlineData("/admin/sla", "SLA", "admin-sla")]
    [InlineData("/sales/customers", "Kunden", "sales-customers")]
    [InlineData("/sales/messages", "Posteingang", "admin-sales-inbox")]
    public async Task EveryAdministrationPage_RendersInTheShell_WithoutBrowserErrorsOrCspViolations(string path, string headingPart, string screenshot)
    {
        await using var tab = await browser.OpenAsync(_baseAddress);
        var page = tab.Page;
        await BrowserFixture.SignInAsync(page, "admin", HappyButtonsFactory.AdminPassword, Departments.Sales);

        var response = await page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("main h1").First).ToContainTextAsync(headingPart);
        await Assertions.Expect(page.Locator(".sidebar .nav-current")).ToHaveCountAsync(1);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot(screenshot), FullPage = true });
        // Static pages get the app bar's menus as an interactive island: they open and offer sign-out.
        await page.Locator(".user-menu button").ClickAsync();
        await Assertions.Expect(page.Locator(".sign-out")).ToBeVisibleAsync();
        await tab.AssertCleanAsync();
    }

    [Theory]
    [InlineData("/sales", "Vertrieb", "sales-overview", true)]
    [InlineData("/sales/messages", "Posteingang", "sales-inbox", true)]
    [InlineData("/sales/messages/{id}", "", "sales-message", true)]
    [InlineData("/sales/messages/{id}/correct", "Klassifizierung korrigieren", "sales-message-correct", true)]
    [InlineData("/account", "Mein Konto", "account", false)]
    [InlineData("/finance", "Kein Zugriff", "error-403", false)]
    [InlineData("/no-such-page", "Seite nicht gefunden", "error-404", false)]
    public async Task EveryWorkspacePage_RendersForAClerk_WithoutBrowserErrorsOrCspViolations(string path, string heading, string screenshot, bool inWorkspace)
    {
        await using var tab = await browser.OpenAsync(_baseAddress);
        var page = tab.Page;
        await BrowserFixture.SignInAsync(page, "vera", Password, Departments.Sales);
        tab.Expected.Add("the server responded with a status of 403");
        tab.Expected.Add("the server responded with a status of 404");

        await page.GotoAsync(path.Replace("{id}", _messageId.ToString()));

        await Assertions.Expect(page.Locator("main h1").First).ToContainTextAsync(heading);
        if (inWorkspace)
        {
            await BrowserFixture.WaitForCircuitAsync(page);
            await Assertions.Expect(page.Locator(".sidebar .nav-current")).ToHaveCountAsync(1);
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (path == "/sales/messages")
        {
            await Assertions.Expect(page.Locator("td[data-message-id]").First).ToBeVisibleAsync();
        }

        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot(screenshot), FullPage = true });
        await tab.AssertCleanAsync();
    }
}
