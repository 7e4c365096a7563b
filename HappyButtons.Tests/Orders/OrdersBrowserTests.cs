using HappyButtons.Tests.Browser;
using Microsoft.Playwright;

namespace HappyButtons.Tests.Orders;

/// <summary>The order board in a real browser: a card dragged to its next state moves, a refused one snaps back with the reason.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OrdersBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly OrdersWebSite _site = new();
    private Uri _baseAddress = default!;

    public async Task InitializeAsync()
    {
        _baseAddress = _site.StartKestrel();
        await _site.InitializeAsync();
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private static ILocator Card(IPage page, string number) => page.Locator($"[data-order='{number}']");

    private static ILocator Column(IPage page, string state) => page.Locator($"[data-column='{state}']");

    [Fact]
    public async Task AClerk_DragsAnOrderToConfirmed_AndARefusedDropSnapsBackWithTheReason()
    {
        var (id, good) = await _site.CreateOrderAsync();
        var (_, tooFew) = await _site.CreateOrderAsync("81077", new { sku = "HB-4H-18L-BLK", quantity = 500 });
        await using var tab = await browser.OpenAsync(_baseAddress);
        var page = tab.Page;
        await BrowserFixture.SignInAsync(page, "sara", OrdersWebSite.Password, "sales");

        await page.GotoAsync("/sales/orders");
        await BrowserFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(Column(page, "created").Locator($"[data-order='{good}']")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("orders-board"), FullPage = true });

        await Card(page, good).DragToAsync(Column(page, "confirmed").Locator(".order-zone"));
        await Assertions.Expect(Column(page, "confirmed").Locator($"[data-order='{good}']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("ist jetzt „Bestätigt“");

        await Card(page, tooFew).DragToAsync(Column(page, "confirmed").Locator(".order-zone"));
        await Assertions.Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = "Mindestmenge" })).ToContainTextAsync("HB-4H-18L-BLK liegt unter der Mindestmenge von 1000");
        await Assertions.Expect(Column(page, "created").Locator($"[data-order='{tooFew}']")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("orders-board-refused"), FullPage = true });

        await page.GotoAsync($"/sales/orders/{id}");
        await BrowserFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("#order-documents")).ToContainTextAsync("Auftragsbestätigung");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("orders-detail"), FullPage = true });
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-document='confirmation'] a").First.ClickAsync());
        Assert.StartsWith("AB-", download.SuggestedFilename);

        await page.GotoAsync("/sales/orders/new");
        await BrowserFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("#order-save")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("orders-new"), FullPage = true });
        await tab.AssertCleanAsync();
    }
}
