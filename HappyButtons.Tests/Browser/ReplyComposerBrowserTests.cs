using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Replies;
using Microsoft.Playwright;

namespace HappyButtons.Tests.Browser;

/// <summary>
/// The composer's live courtesy score in a real Chromium: a long text typed as fast as the keyboard goes arrives whole
/// (the field reports its text after a pause, not per keystroke), and the chip shows its score with the items on hover.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReplyComposerBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly ReplySite _site = new();
    private Uri _baseAddress = default!;
    private long _conversationId;

    private const string Typed =
        "Sehr geehrte Frau Dr. Weber,\n\n" +
        "vielen Dank für Ihre Nachricht zu Ihrer Bestellung. Wir haben die Knöpfe heute geprüft: Die Perlmuttknöpfe in Weiß sind vorrätig, " +
        "die Hornknöpfe in 18L fertigen wir in der kommenden Woche nach. Sie erhalten die gesamte Lieferung voraussichtlich bis zum 15.12.2026; " +
        "die Sendungsnummer senden wir Ihnen, sobald die Ware unser Lager verlassen hat. Bei Fragen erreichen Sie uns gerne jederzeit.\n\n" +
        "Mit freundlichen Grüßen\n\nBernd Beispiel";

    public async Task InitializeAsync()
    {
        _baseAddress = _site.StartKestrel();
        await _site.CreateUserAsync("bernd", "Bernd-Passwort-2026", false, Departments.Sales);
        _conversationId = (await _site.ConversationAsync("Lieferung Perlmuttknöpfe")).Summary.Id;
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task ALongTextTypedFast_ArrivesWhole_AndTheChipShowsItsScore_WithTheItemsOnHover()
    {
        await using var tab = await browser.OpenAsync(_baseAddress);
        var page = tab.Page;
        await BrowserFixture.SignInAsync(page, "bernd", "Bernd-Passwort-2026", Departments.Sales);
        await page.GotoAsync($"/sales/inbox/{_conversationId}");
        await BrowserFixture.WaitForCircuitAsync(page);
        var text = page.Locator("#composer-body");
        await Assertions.Expect(text).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^Sehr geehrte Frau Dr. Weber,"));

        await text.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.TypeAsync(Typed);

        // Nothing lost while typing, nor when the debounced value comes back from the server.
        await Assertions.Expect(text).ToHaveValueAsync(Typed);
        var expected = (await _site.Replies.ContextAsync(_conversationId, "", CancellationToken.None))!.Score(Typed).Score;
        var chip = page.Locator("#composer-courtesy");
        await Assertions.Expect(chip).ToHaveAttributeAsync("data-score", expected.ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Timeout = 10_000 });
        await Task.Delay(1000);
        Assert.Equal(Typed, await text.InputValueAsync());
        await Assertions.Expect(chip).ToContainTextAsync($"Höflichkeit {expected}/100");

        await page.Locator("#composer").ScrollIntoViewIfNeededAsync();
        await chip.HoverAsync();
        var items = page.Locator("#courtesy-items");
        await Assertions.Expect(items).ToBeVisibleAsync();
        await Assertions.Expect(items.Locator("tr")).ToHaveCountAsync(10);
        await Assertions.Expect(items.Locator("tr[data-rule='legal_signature']")).ToHaveAttributeAsync("data-passed", "false");
        await Task.Delay(600); // the tooltip's fade-in
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("replies-composer-courtesy"), FullPage = false });
        await tab.AssertCleanAsync();
    }

    [Fact]
    public async Task AnAdministrator_EditsATemplate_WithALivePreviewAgainstAStoredMail()
    {
        await using var tab = await browser.OpenAsync(_baseAddress);
        var page = tab.Page;
        await BrowserFixture.SignInAsync(page, "admin", Web.HappyButtonsFactory.AdminPassword, Departments.Sales);
        await page.GotoAsync("/admin/templates");
        await BrowserFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("#templates tr[data-key]")).ToHaveCountAsync(12);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("replies-templates"), FullPage = true });

        await page.Locator("#templates tr[data-key='general-inquiry'][data-language='de'] a").ClickAsync();
        await Assertions.Expect(page.Locator("#template-body")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^\\{\\{ salutation \\}\\},"));
        await page.Locator("#preview-conversation").Locator("..").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText("HB-", new() { Exact = false }).First.ClickAsync();
        await Assertions.Expect(page.Locator("#preview-text")).ToContainTextAsync("Sehr geehrte Frau Dr. Weber,");
        await Assertions.Expect(page.Locator("#preview-text")).ToContainTextAsync("Sitz der Gesellschaft: München");

        // A variable no reply has is named while typing, and the preview follows the text.
        var links = await page.EvaluateAsync<string>("() => Array.from(document.querySelectorAll('link[rel=stylesheet]')).map(l => l.href).join(' ')");
        Assert.True((await page.EvalOnSelectorAsync<string>("#template-body", "e => getComputedStyle(e).fontFamily")).Contains("mono", StringComparison.OrdinalIgnoreCase), links);
        await page.Locator("#template-body").PressAsync("Control+End");
        await page.Keyboard.TypeAsync("\nIhr Rabatt: {{ rabatt }}");
        await Assertions.Expect(page.Locator("#template-errors")).ToContainTextAsync("Unbekannte Variablen: {{ rabatt }}");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("replies-template-editor"), FullPage = true });
        await tab.AssertCleanAsync();
    }
}
