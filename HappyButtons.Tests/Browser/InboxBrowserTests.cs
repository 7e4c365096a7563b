using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Conversations;
using Microsoft.Playwright;

namespace HappyButtons.Tests.Browser;

/// <summary>Two clerks of sales work the same queue side by side: each sees the other's claims, presence, typing and reply live.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InboxBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly ConversationSite _site = new();
    private Uri _baseAddress = default!;

    public async Task InitializeAsync()
    {
        _baseAddress = _site.StartKestrel();
        await _site.CreateUserAsync("anna", "Anna-Passwort-2026", false, Departments.Sales);
        await _site.CreateUserAsync("bernd", "Bernd-Passwort-2026", false, Departments.Sales);
        await _site.ReceiveAsync("sales", ConversationSite.Mail("Bestellung Hornknöpfe 18L", ConversationSite.Order));
        await _site.ReceiveAsync("sales", ConversationSite.Mail("Anfrage Perlmuttknöpfe", "Was kosten 2000 Perlmuttknöpfe in Weiß? Bitte um ein Angebot bis Freitag.",
            from: "Claudia Lindner <c.lindner@trachten-lindner.de>"));
        await _site.ReceiveAsync("sales", ConversationSite.Mail("Lieferstatus Auftrag 4711", "Wann wird unser Auftrag 4711 geliefert? Wir brauchen die Knöpfe dringend.",
            from: "Jonas Weber <einkauf@weber-mode.de>"));
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task TwoClerks_SeeEachOthersClaims_PresenceTypingAndReply_Live()
    {
        await using var annaTab = await browser.OpenAsync(_baseAddress);
        await using var berndTab = await browser.OpenAsync(_baseAddress);
        var anna = annaTab.Page;
        var bernd = berndTab.Page;
        await BrowserFixture.SignInAsync(anna, "anna", "Anna-Passwort-2026", Departments.Sales);
        await BrowserFixture.SignInAsync(bernd, "bernd", "Bernd-Passwort-2026", Departments.Sales);
        await anna.GotoAsync("/sales/inbox");
        await BrowserFixture.WaitForCircuitAsync(anna);
        await bernd.GotoAsync("/sales/inbox");
        await BrowserFixture.WaitForCircuitAsync(bernd);
        await Assertions.Expect(anna.Locator("#queue td.select")).ToHaveCountAsync(3);
        await Assertions.Expect(bernd.Locator("#queue td.select")).ToHaveCountAsync(3);
        await anna.EvaluateAsync("() => window.__notReloaded = true");

        // Bernd takes the first conversation with the keyboard: j (first row), a (assign to me).
        await bernd.Locator("body").PressAsync("j");
        await Assertions.Expect(bernd.Locator("tr.cursor")).ToHaveCountAsync(1);
        await bernd.Locator("body").PressAsync("a");
        var first = anna.Locator("#queue tr").Nth(1);
        await Assertions.Expect(first.Locator("td.assignee")).ToContainTextAsync("Bernd Beispiel", new() { Timeout = 10_000 });
        Assert.True(await anna.EvaluateAsync<bool>("() => window.__notReloaded === true"));
        await anna.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("inbox-queue-claimed-by-colleague"), FullPage = true });

        // Anna's "Mine" count stays 0; Bernd's shows his claim.
        await Assertions.Expect(bernd.Locator("[data-view='mine'] .queue-count")).ToHaveTextAsync("1");
        await Assertions.Expect(anna.Locator("[data-view='mine'] .queue-count")).ToHaveTextAsync("0");

        // Both open the same conversation: each sees the other there, and Anna sees Bernd typing and then his reply.
        var id = await first.Locator("td.select").GetAttributeAsync("data-conversation-id");
        await anna.GotoAsync($"/sales/inbox/{id}");
        await BrowserFixture.WaitForCircuitAsync(anna);
        await bernd.GotoAsync($"/sales/inbox/{id}");
        await BrowserFixture.WaitForCircuitAsync(bernd);
        await Assertions.Expect(anna.Locator("#conversation-presence")).ToContainTextAsync("Bernd Beispiel sieht sich das an", new() { Timeout = 10_000 });
        await Assertions.Expect(bernd.Locator("#conversation-presence")).ToContainTextAsync("Anna Beispiel");
        await Assertions.Expect(anna.Locator("#assignee")).ToContainTextAsync("Bernd Beispiel");

        // r puts the caret after the salutation.
        await bernd.Locator("body").PressAsync("r");
        await bernd.Keyboard.TypeAsync("vielen Dank für Ihre Bestellung. Sie erhalten die Lieferung bis zum 15.12.2026.");
        await Assertions.Expect(anna.Locator("#conversation-presence")).ToContainTextAsync("Bernd Beispiel schreibt", new() { Timeout = 10_000 });
        await anna.Locator("body").PressAsync("r");
        await anna.Keyboard.TypeAsync("vielen Dank für Ihre Bestellung.");
        await bernd.Locator("#composer-send").ClickAsync();

        var reply = anna.Locator("#timeline [data-kind='outgoing']");
        await Assertions.Expect(reply).ToHaveCountAsync(1, new() { Timeout = 10_000 });
        await Assertions.Expect(reply.Locator(".timeline-text")).ToContainTextAsync("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Bestellung. Sie erhalten die Lieferung bis zum 15.12.2026.");
        // No SMTP here: the pickup folder takes it, and the timeline says so without a reload.
        await Assertions.Expect(reply.Locator("[data-badge='outgoing-status']")).ToHaveAttributeAsync("data-value", "sent", new() { Timeout = 15_000 });
        await Assertions.Expect(anna.Locator("#composer-newer")).ToContainTextAsync("Bernd Beispiel hat geantwortet");
        await Assertions.Expect(anna.Locator("#composer-send")).ToContainTextAsync("Trotzdem senden");
        await Assertions.Expect(anna.Locator("#conversation-state")).ToHaveAttributeAsync("data-state", "pending");
        await anna.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("inbox-conversation-colleague-replied"), FullPage = true });

        await bernd.Locator("body").PressAsync("?");
        await Assertions.Expect(bernd.Locator("#shortcut-help")).ToBeVisibleAsync();
        await bernd.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("inbox-conversation-shortcuts") });
        await annaTab.AssertCleanAsync();
        await berndTab.AssertCleanAsync();
    }
}
