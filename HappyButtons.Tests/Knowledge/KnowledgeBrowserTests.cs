using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Browser;
using HappyButtons.Tests.Web;
using Microsoft.Playwright;

namespace HappyButtons.Tests.Knowledge;

/// <summary>The knowledge base's administration in a real browser: the list searched as a clerk would, and an article's form (screenshots kept).</summary>
[Collection(BrowserCollection.Name)]
public sealed class KnowledgeBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly HappyButtonsFactory _site = new();
    private Uri _baseAddress = default!;

    public Task InitializeAsync()
    {
        _baseAddress = _site.StartKestrel();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task TheKnowledgeBase_IsSearchedAndAnArticleOpened_WithoutBrowserErrors()
    {
        await using var tab = await browser.OpenAsync(_baseAddress);
        var page = tab.Page;
        await BrowserFixture.SignInAsync(page, "admin", HappyButtonsFactory.AdminPassword, Departments.Support);

        await page.GotoAsync("/admin/knowledge");
        await BrowserFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("#articles-table tr[data-article]")).ToHaveCountAsync(24);
        await page.Locator("#article-search input, input#article-search").First.FillAsync("Wäsche bei 60 Grad");
        await page.Locator("#article-filter button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#articles-table tr[data-article]").First).ToHaveAttributeAsync("data-topic", "washing-temperatures");
        await Assertions.Expect(page.Locator(".sidebar .nav-current")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("admin-knowledge-search"), FullPage = true });

        await page.GotoAsync("/admin/knowledge");
        await BrowserFixture.WaitForCircuitAsync(page);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("admin-knowledge"), FullPage = true });

        await page.Locator("#articles-table tr[data-topic='washing-temperatures'] a").First.ClickAsync();
        await Assertions.Expect(page.Locator("main h1")).ToContainTextAsync("Waschtemperaturen");
        await BrowserFixture.WaitForCircuitAsync(page);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("admin-knowledge-article"), FullPage = true });
        await tab.AssertCleanAsync();
    }
}
