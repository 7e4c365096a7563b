using HappyButtons.Engine.Catalog;
using HappyButtons.Engine.Orders;
using HappyButtons.Tests.Browser;
using HappyButtons.Tests.Web.Messages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HappyButtons.Tests.Orders;

/// <summary>Editing lines, a partial credit note and the order from a purchase order in a real browser (screenshots orders-edit-*.png).</summary>
[Collection(BrowserCollection.Name)]
public sealed class OrderEditBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly OrdersWebSite _site = new();
    private Uri _baseAddress = default!;

    public async Task InitializeAsync()
    {
        _baseAddress = _site.StartKestrel();
        await _site.InitializeAsync();
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task AClerk_ChangesAQuantityAndRemovesALine_AndFinanceCreditsPartOfAnInvoice()
    {
        var (id, _) = await _site.CreateOrderAsync();
        await _site.Orders.TransitionAsync(id, OrderState.Confirmed, OrderActor.Administrator("admin"));
        var (invoiced, _) = await _site.CreateOrderAsync();
        foreach (var to in new[] { OrderState.Confirmed, OrderState.Planned, OrderState.InProduction, OrderState.Produced, OrderState.Packed, OrderState.Shipped,
                     OrderState.Delivered, OrderState.Invoiced })
        {
            await _site.Orders.TransitionAsync(invoiced, to, OrderActor.Administrator("admin"));
        }

        await using (var tab = await browser.OpenAsync(_baseAddress))
        {
            var page = tab.Page;
            await BrowserFixture.SignInAsync(page, "sara", OrdersWebSite.Password, "sales");
            await page.GotoAsync($"/sales/orders/{id}");
            await BrowserFixture.WaitForCircuitAsync(page);

            await page.Locator("#edit-lines").ClickAsync();
            await page.Locator("[data-line='0'] .line-quantity input").FillAsync("20000");
            await page.Locator("[data-line='1'] .remove-line").ClickAsync();
            await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("orders-edit-lines"), FullPage = true });
            await page.Locator("#edit-lines-save").ClickAsync();

            await Assertions.Expect(page.Locator("[data-total='gross']")).ToHaveTextAsync("2.856,00 €");
            await Assertions.Expect(page.Locator("#order-history [data-step='lines']")).ToContainTextAsync("HB-4H-18L-BLK: 10.000 → 20.000");
            await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("orders-edit-saved"), FullPage = true });
            await tab.AssertCleanAsync();
        }

        await using (var tab = await browser.OpenAsync(_baseAddress))
        {
            var page = tab.Page;
            await BrowserFixture.SignInAsync(page, "fiona", OrdersWebSite.Password, "finance");
            await page.GotoAsync($"/finance/orders/{invoiced}");
            await BrowserFixture.WaitForCircuitAsync(page);

            await page.Locator("#credit-lines tr[data-sku='HB-4H-18L-BLK'] input").FillAsync("2000");
            await page.Locator("#credit-lines tr[data-sku='HB-2H-24L-WHT'] input").FillAsync("0");
            await page.Locator("#credit-reason").FillAsync("2.000 Stück beschädigt");
            await page.Locator("#credit-reason").PressAsync("Tab");
            await Assertions.Expect(page.Locator("#credit-sum")).ToContainTextAsync("240,00 €");
            await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("orders-edit-credit-note"), FullPage = true });
            await page.Locator("#issue-credit-note").ClickAsync();

            await Assertions.Expect(page.Locator("[data-document='credit_note']")).ToContainTextAsync("Gutschrift GS-");
            await Assertions.Expect(page.Locator("#credit-lines tr[data-sku='HB-4H-18L-BLK'] td").Nth(3)).ToHaveTextAsync("2.000");
            await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("orders-edit-credit-note-issued"), FullPage = true });
            await tab.AssertCleanAsync();
        }
    }

    [Fact]
    public async Task AClerk_CorrectsAnUnknownArticleNumberOfAPurchaseOrder_AndItIsLearntForTheCustomer()
    {
        const string mail = """
            From: Claudia Lindner <claudia@modehaus-lindner.de>
            To: Vertrieb <sales@happybuttons.de>
            Subject: Bestellung 4500124999
            Message-ID: <po-4500124999@modehaus-lindner.de>
            Date: Fri, 20 Nov 2026 09:00:00 +0100
            MIME-Version: 1.0
            Content-Type: text/plain; charset=utf-8

            Sehr geehrte Damen und Herren,

            hiermit bestellen wir:

            Pos.  Art.-Nr.        Bezeichnung                 Menge
            10    ML-77812        Knopf Sonderanfertigung     3.000 Stk
            20    HB-2H-24L-WHT   Zweiloch-Knopf 24L weiss    1.000 Stk

            Bitte bestätigen Sie den Auftrag.

            Mit freundlichen Grüßen
            Claudia Lindner
            """;
        var client = _site.CreateClient();
        var messageId = await MailUploads.UploadAsync(client, "sales", mail);
        await MailUploads.WaitUntilProcessedAsync(client, messageId);

        await using var tab = await browser.OpenAsync(_baseAddress);
        var page = tab.Page;
        await BrowserFixture.SignInAsync(page, "sara", OrdersWebSite.Password, "sales");
        await page.GotoAsync($"/sales/messages/{messageId}/order");
        await BrowserFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("[data-line='0'] .line-code input")).ToHaveValueAsync("ML-77812");

        await page.Locator("[data-line='0'] .line-sku").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "HB-4H-18L-BLK" }).ClickAsync();
        var learn = page.Locator("[data-line='0'] .learn-alias");
        await Assertions.Expect(learn).ToContainTextAsync("Künftig „ML-77812“ von Modehaus Lindner");
        await Assertions.Expect(learn.Locator("input")).ToBeCheckedAsync();
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("orders-edit-purchase-order"), FullPage = true });
        await page.Locator("#po-save").ClickAsync();

        await Assertions.Expect(page.Locator("#order-number")).ToContainTextAsync("Auftrag AB-");
        var product = await _site.Services.GetRequiredService<ProductAliasBook>().ResolveAsync("30101", "ML-77812", CancellationToken.None);
        Assert.Equal("HB-4H-18L-BLK", product?.Sku);
        await tab.AssertCleanAsync();
    }
}
