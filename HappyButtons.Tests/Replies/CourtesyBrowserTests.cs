using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Browser;
using HappyButtons.Tests.Conversations;
using Microsoft.Playwright;

namespace HappyButtons.Tests.Replies;

/// <summary>A clerk writes a reply and watches the courtesy chip under the text follow it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CourtesyBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly ConversationSite _site = new();
    private Uri _baseAddress = default!;
    private long _conversationId;

    public async Task InitializeAsync()
    {
        _baseAddress = _site.StartKestrel();
        await _site.CreateUserAsync("anna", "Anna-Passwort-2026", false, Departments.Sales);
        var (_, conversation) = await _site.ReceiveAsync("sales", ConversationSite.Mail("Lieferstatus Auftrag 4711", "Wann wird unser Auftrag 4711 geliefert?"));
        _conversationId = conversation.Summary.Id;
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task TheCourtesyChip_FollowsTheTextBeingWritten()
    {
        await using var tab = await browser.OpenAsync(_baseAddress);
        var page = tab.Page;
        await BrowserFixture.SignInAsync(page, "anna", "Anna-Passwort-2026", Departments.Sales);
        await page.GotoAsync($"/sales/inbox/{_conversationId}");
        await BrowserFixture.WaitForCircuitAsync(page);
        var chip = page.Locator("#composer-courtesy");
        await Assertions.Expect(chip).ToContainTextAsync("Höflichkeit");
        var before = int.Parse((await chip.GetAttributeAsync("data-score"))!);

        var text = page.Locator("textarea#composer-body, #composer-body textarea").First;
        await text.FillAsync("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachfrage zu Ihrer Bestellung 4711. Sie wird voraussichtlich am 15.12.2026 geliefert." +
            "\n\nMit freundlichen Grüßen\n\nAnna Beispiel");

        await Assertions.Expect(chip).Not.ToHaveAttributeAsync("data-score", before.ToString());
        var after = int.Parse((await chip.GetAttributeAsync("data-score"))!);
        Assert.True(after > before, $"{before} -> {after}");
        Assert.Contains("Pflichtangaben (§35a GmbHG)", await chip.GetAttributeAsync("title"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("replies-composer-courtesy"), FullPage = true });
        await tab.AssertCleanAsync();
    }
}
