using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Kpis;
using HappyButtons.Engine.Orders;
using HappyButtons.Engine.Replies;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HappyButtons.Tests.Orders;

/// <summary>
/// The delivery mail's rating links in a real Chromium: a person's click on a link of the mail records in one click (the
/// browser marks it with Sec-Fetch-User); a scanner's fetch gets the confirm page with the stars pre-selected.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SurveyBrowserTests(BrowserFixture browser) : IAsyncLifetime
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
    public async Task AClickInTheMail_RecordsTheRating_InOneClick_AndAScannersFetch_GetsTheConfirmPage()
    {
        var (id, number) = await _site.CreateOrderAsync();
        var links = _site.Services.GetRequiredService<CustomerSurvey>().LinksFor(id)
            .Select(l => l.StartsWith('/') ? new Uri(_baseAddress, l).ToString() : l).ToList();
        var letter = new DeliveryLetter(number, "PO-4711", "LS-2026-00001", new ReplyContact(ContactGender.Female, null, "Petra", "Klein"), links,
            LegalSignature.Block(TestCompany.Complete(), Language.De), Language.De);
        await using var tab = await browser.OpenAsync(_baseAddress);
        var page = tab.Page;
        await page.SetContentAsync(letter.Html());
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("delivery-mail"), FullPage = true });

        await page.GetByText("4/5 – zufrieden").ClickAsync();

        await Assertions.Expect(page.Locator("#survey-message")).ToHaveTextAsync("Vielen Dank für Ihre Bewertung!");
        Assert.Equal(4, await RatingAsync(id));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("survey-thanks"), FullPage = true });

        // A scanner's fetch (no Sec-Fetch-User: Chromium always marks its own navigations, so plain HTTP stands in for it)
        // gets the confirm page with the stars pre-selected; shown in the browser to see what the person would see.
        var confirm = await _site.CreateBrowserClient().GetStringAsync(links[1]);
        Assert.Equal(4, await RatingAsync(id));
        await page.GotoAsync("about:blank");
        await page.SetContentAsync(confirm);
        await Assertions.Expect(page.Locator("input[name='rating'][value='2']")).ToBeCheckedAsync();
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("survey-confirm"), FullPage = true });
    }

    private async Task<int?> RatingAsync(long orderId)
    {
        await using var context = await _site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync();
        return await context.SurveyResponses.Where(r => r.OrderId == orderId).Select(r => (int?)r.Rating).SingleOrDefaultAsync();
    }
}
