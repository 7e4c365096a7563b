using Microsoft.Extensions.DependencyInjection;
using HappyButtons.Engine.Catalog;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake.Demo;
using HappyButtons.Engine.Mail.Outgoing;
using HappyButtons.Tests.Web;
using HappyButtons.Tests.Web.Messages;
using Microsoft.Playwright;

namespace HappyButtons.Tests.Browser;

/// <summary>
/// A walk through every page in a real browser at 1366x900: each renders its own heading in the shell, the side
/// navigation marks where the reader is, nothing of an administration page is cut off, and no page reports a script
/// error or a Content-Security-Policy violation.
/// The screenshots are kept for people to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminTourBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Password = "Vera-Passwort-2026";
    private readonly HappyButtonsFactory _site = new();
    private Uri _baseAddress = default!;
    private long _messageId;
    private long _veraId;

    public async Task InitializeAsync()
    {
        _baseAddress = _site.StartKestrel();
        _veraId = (await _site.CreateUserAsync("vera", Password, false, Departments.Sales)).Id;
        // Vera's page shows an open session and an address her account is locked for.
        var services = _site.Services;
        await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<SessionStore>(services).StartAsync(_veraId, Departments.Sales,
            "192.0.2.44", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", CancellationToken.None);
        for (var i = 0; i < 5; i++)
        {
            await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<SignInService>(services)
                .SignInAsync("vera", "falsch-" + i, Departments.Sales, "203.0.113.9", CancellationToken.None);
        }
        using var api = new HttpClient { BaseAddress = _baseAddress };
        var catalog = new DemoMailCatalog(d => d + "@happybuttons.de", DateTimeOffset.UtcNow).All().Where(m => m.Mailbox == Departments.Sales).ToList();
        foreach (var mail in catalog)
        {
            var id = await MailUploads.UploadAsync(api, Departments.Sales, MailComposer.ToBytes(mail.Message));
            _messageId = _messageId == 0 ? id : _messageId;
        }

        await MailUploads.WaitUntilProcessedAsync(api, _messageId);
        await _site.Services.GetRequiredService<CatalogStore>().SeedAsync(DemoCatalog.Products, DemoCatalog.CustomerPrices, DemoCatalog.Aliases, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Theory]
    [InlineData("/admin/users", "Benutzer", "admin-users")]
    [InlineData("/admin/users/{vera}", "Vera Beispiel", "admin-user-edit")]
    [InlineData("/admin/mailboxes", "Postfächer", "admin-mailboxes")]
    [InlineData("/admin/mailboxes/sales", "Postfächer", "admin-mailboxes-sales")]
    [InlineData("/admin/routing", "Routing", "admin-routing")]
    [InlineData("/admin/routing/new", "Neue Regel", "admin-rule-new")]
    [InlineData("/admin/routing/edit/line-down", "Regel Bandstillstand", "admin-rule-edit")]
    [InlineData("/admin/routing/simulator", "simulator", "admin-routing-simulator")]
    [InlineData("/admin/sla", "SLA", "admin-sla")]
    [InlineData("/admin/catalog", "Katalog", "admin-catalog")]
    [InlineData("/admin/catalog/HB-HN-2007", "Hornknopf 20 mm", "admin-catalog-product")]
    [InlineData("/admin/catalog/new", "Neuer Artikel", "admin-catalog-new")]
    [InlineData("/sales/customers", "Kunden", "sales-customers")]
    [InlineData("/sales/messages", "Posteingang", "admin-sales-inbox")]
    public async Task EveryAdministrationPage_RendersInTheShell_WithoutBrowserErrorsOrCspViolations(string path, string headingPart, string screenshot)
    {
        await using var tab = await browser.OpenAsync(_baseAddress);
        var page = tab.Page;
        await BrowserFixture.SignInAsync(page, "admin", HappyButtonsFactory.AdminPassword, Departments.Sales);

        var response = await page.GotoAsync(path.Replace("{vera}", _veraId.ToString()));

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("main h1").First).ToContainTextAsync(headingPart);
        await Assertions.Expect(page.Locator(".sidebar .nav-current")).ToHaveCountAsync(1);
        if (path.StartsWith("/admin", StringComparison.Ordinal))
        {
            await BrowserFixture.WaitForCircuitAsync(page);
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot(screenshot), FullPage = true });
        if (path.StartsWith("/admin", StringComparison.Ordinal))
        {
            await AssertNothingCutOffAsync(page);
        }

        // The app bar's menus open and offer sign-out.
        await page.Locator(".user-menu button").ClickAsync();
        await Assertions.Expect(page.Locator(".sign-out")).ToBeVisibleAsync();
        await tab.AssertCleanAsync();
    }

    [Fact]
    public async Task TheSimulator_ShowsTheTraceOfAPastedMail_InGerman()
    {
        await using var tab = await browser.OpenAsync(_baseAddress);
        var page = tab.Page;
        await BrowserFixture.SignInAsync(page, "admin", HappyButtonsFactory.AdminPassword, Departments.Sales);
        await page.GotoAsync("/admin/routing/simulator");
        await BrowserFixture.WaitForCircuitAsync(page);

        await page.Locator("textarea#sim-raw, #sim-raw textarea").First.FillAsync(Web.Admin.RoutingAdminTests.LineDownMail);
        await page.Locator("#simulate").ClickAsync();

        await Assertions.Expect(page.Locator("#sim-trace tr[data-rule='line-down'][data-outcome='Matched']")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#sim-department")).ToHaveTextAsync("Kundendienst");
        await AssertNothingCutOffAsync(page);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("admin-routing-simulator-result"), FullPage = true });
        await tab.AssertCleanAsync();
    }

    [Fact]
    public async Task DeletingARule_AsksInADialog_AndCancelKeepsTheRule()
    {
        await using var tab = await browser.OpenAsync(_baseAddress);
        var page = tab.Page;
        await BrowserFixture.SignInAsync(page, "admin", HappyButtonsFactory.AdminPassword, Departments.Sales);
        await page.GotoAsync("/admin/routing");
        await BrowserFixture.WaitForCircuitAsync(page);
        var row = page.Locator("tr", new() { Has = page.Locator("td[data-rule='order-status']") });

        await row.Locator("[data-action='delete']").ClickAsync();

        var dialog = page.Locator(".mud-dialog");
        await Assertions.Expect(dialog).ToContainTextAsync("Regel Lieferstatus: Vertrieb löschen?");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("admin-routing-delete-dialog") });
        await dialog.GetByText("Abbrechen").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("td[data-rule='order-status']")).ToHaveCountAsync(1);
        await tab.AssertCleanAsync();
    }

    [Fact]
    public async Task TheMailboxForm_ForAnImapMailbox_WithPasswordOrOAuth2_FitsTheWindow()
    {
        await using var tab = await browser.OpenAsync(_baseAddress);
        var page = tab.Page;
        await BrowserFixture.SignInAsync(page, "admin", HappyButtonsFactory.AdminPassword, Departments.Sales);
        await page.GotoAsync("/admin/mailboxes/sales");
        await BrowserFixture.WaitForCircuitAsync(page);

        await page.Locator("#mailbox-form .mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText("IMAP", new() { Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("#mailbox-form")).ToContainTextAsync("IMAP-Server");
        await AssertNothingCutOffAsync(page);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("admin-mailboxes-imap"), FullPage = true });

        await page.Locator("#mailbox-form .mud-input-control", new() { Has = page.GetByText("Anmeldung", new() { Exact = true }) }).Last.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText("OAuth2", new() { Exact = false }).ClickAsync();
        await Assertions.Expect(page.Locator("#mailbox-form")).ToContainTextAsync("Token-Endpunkt");
        await AssertNothingCutOffAsync(page);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("admin-mailboxes-oauth"), FullPage = true });
        await tab.AssertCleanAsync();
    }

    /// <summary>Nothing of the page is wider than the window at 1366 px: no button or column cut off, no sideways scrolling.</summary>
    private static async Task AssertNothingCutOffAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main button, main a, main td, main th, main .mud-input-control')]
                .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                .map(e => e.tagName + ' ' + (e.id || e.className) + ' ' + e.textContent.trim().slice(0, 40))
            """);
        Assert.Empty(overflow);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "the page scrolls sideways");
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
