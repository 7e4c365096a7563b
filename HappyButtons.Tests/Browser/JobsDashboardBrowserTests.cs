using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Web;
using Microsoft.Playwright;

namespace HappyButtons.Tests.Browser;

/// <summary>
/// The Hangfire dashboard in a real browser: reached from the administration menu, in German, with the way back into
/// the app, and without script errors or Content-Security-Policy violations.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class JobsDashboardBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AnAdministrator_OpensTheJobDashboardFromTheMenu_SeesTheRecurringJobs_AndGetsBackToTheApp()
    {
        await using var site = new HappyButtonsFactory();
        var address = site.StartKestrel();
        await using var tab = await browser.OpenAsync(address);
        var page = tab.Page;
        var failed = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failed.Add($"{response.Status} {response.Url}");
            }
        };
        await BrowserFixture.SignInAsync(page, "admin", HappyButtonsFactory.AdminPassword, Departments.Info);
        await page.GotoAsync("/admin/users");
        // The user list is interactive: leaving it while its circuit still starts aborts the circuit's own requests.
        await BrowserFixture.WaitForCircuitAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Hintergrundjobs" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/jobs**");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Happy Buttons");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("admin-jobs-dashboard"), FullPage = true });

        await page.GotoAsync("/admin/jobs/recurring");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("mailbox-sweep");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("Postfächer prüfen");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("admin-jobs-recurring"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Zurück zur Website" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/users");
        Assert.True(failed.Count == 0, string.Join("; ", failed));
        await tab.AssertCleanAsync();
    }
}
