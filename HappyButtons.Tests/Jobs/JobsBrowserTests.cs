using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Browser;
using HappyButtons.Tests.Web;
using Microsoft.Playwright;

namespace HappyButtons.Tests.Jobs;

[Collection(BrowserCollection.Name)]
public sealed class JobsBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly JobsSite _site = new();
    private Uri _baseAddress = default!;

    public Task InitializeAsync()
    {
        _baseAddress = _site.StartKestrel();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _site.Gate.Open.Release(100);
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task TriggeredRecurringJob_ShowsUpAsSucceededInTheHistory_WithoutReloading()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = _baseAddress.ToString(), ViewportSize = new() { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "admin", HappyButtonsFactory.AdminPassword, Departments.Info);

        await page.GotoAsync("/admin/jobs");
        var row = page.Locator($"#recurring-table tr[data-recurring='{JobsSite.GatedRecurringName}']");
        await Assertions.Expect(row).ToContainTextAsync("alle 10 Minuten");
        await row.Locator("button[data-action='trigger']").ClickAsync();
        await Assertions.Expect(page.Locator("#jobs-message")).ToContainTextAsync(JobsSite.GatedRecurringName);
        var history = page.Locator("#job-table tr[data-kind='test.gated']");
        await Assertions.Expect(history).ToHaveCountAsync(1);
        await Assertions.Expect(history).Not.ToHaveAttributeAsync("data-state", "succeeded");
        var succeededCount = page.Locator("#job-counts .job-count[data-state='succeeded'] [data-count]");
        var before = await succeededCount.GetAttributeAsync("data-count");
        await page.EvaluateAsync("() => window.__notReloaded = true");

        _site.Gate.Open.Release();

        await Assertions.Expect(page.Locator("#job-table tr[data-kind='test.gated'][data-state='succeeded']")).ToHaveCountAsync(1, new() { Timeout = 10_000 });
        await Assertions.Expect(row.Locator(".last-outcome [data-state='succeeded']")).ToHaveCountAsync(1, new() { Timeout = 10_000 });
        await Assertions.Expect(succeededCount).Not.ToHaveAttributeAsync("data-count", before!, new() { Timeout = 10_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("admin-jobs"), FullPage = true });

        await page.Locator("#job-table tr[data-kind='test.gated'] a").ClickAsync();
        await Assertions.Expect(page.Locator("#job-attempts tr[data-outcome='succeeded']")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("admin-job-detail"), FullPage = true });
    }
}
