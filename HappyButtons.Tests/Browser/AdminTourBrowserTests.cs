using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Web;
using Microsoft.Playwright;

namespace HappyButtons.Tests.Browser;

/// <summary>
/// An administrator walks every workspace and administration page in a real browser: each renders its own
/// heading in the shell without a browser error, with the side navigation marking where they are.
/// The screenshots are kept for people to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminTourBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly HappyButtonsFactory _site = new();
    private Uri _baseAddress = default!;

    public Task InitializeAsync()
    {
        _baseAddress = _site.StartKestrel();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Theory]
    [InlineData("/admin/users", "Benutzer", "admin-users")]
    [InlineData("/admin/mailboxes", "Postfächer", "admin-mailboxes")]
    [InlineData("/admin/routing", "Routing", "admin-routing")]
    [InlineData("/admin/routing/simulator", "simulator", "admin-routing-simulator")]
    [InlineData("/admin/sla", "SLA", "admin-sla")]
    [InlineData("/sales/customers", "Kunden", "sales-customers")]
    [InlineData("/sales/messages", "Posteingang", "sales-inbox")]
    public async Task EveryPage_RendersInTheShell_WithoutBrowserErrors(string path, string headingPart, string screenshot)
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = _baseAddress.ToString(), ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        await BrowserFixture.SignInAsync(page, "admin", HappyButtonsFactory.AdminPassword, Departments.Sales);

        var response = await page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("main h1").First).ToContainTextAsync(headingPart);
        await Assertions.Expect(page.Locator(".sidebar .nav-link.active")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot(screenshot), FullPage = true });
        Assert.Empty(errors);
    }
}
