using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake.Demo;
using HappyButtons.Engine.Mail;
using HappyButtons.Engine.Mail.Outgoing;
using HappyButtons.Tests.Web;
using HappyButtons.Tests.Web.Messages;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace HappyButtons.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class MessagesBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Password = "Sabine-Passwort-2026";
    private readonly HappyButtonsFactory _site = new();
    private Uri _baseAddress = default!;
    private HttpClient _api = default!;

    public async Task InitializeAsync()
    {
        _baseAddress = _site.StartKestrel();
        _api = new HttpClient { BaseAddress = _baseAddress };
        await _site.CreateUserAsync("sabine", Password, false, Departments.Sales);
        var now = DateTimeOffset.UtcNow;
        foreach (var mail in new DemoMailCatalog(d => d + "@happybuttons.de", now).All().Where(m => m.Mailbox == Departments.Sales))
        {
            await MailUploads.UploadAsync(_api, Departments.Sales, MailComposer.ToBytes(mail.Message));
        }
    }

    public async Task DisposeAsync()
    {
        _api.Dispose();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task AMailDroppedIntoTheMaildir_AppearsInTheOpenInbox_WithoutReload_AndOpensWithItsHtmlInASandbox()
    {
        await using var tab = await browser.OpenAsync(_baseAddress);
        var page = tab.Page;
        await BrowserFixture.SignInAsync(page, "sabine", Password, Departments.Sales);
        await page.GotoAsync("/sales/messages");
        await BrowserFixture.WaitForCircuitAsync(page);
        var list = page.Locator("#message-list");
        await Assertions.Expect(list.Locator("td[data-message-id]")).ToHaveCountAsync(5, new() { Timeout = 45_000 });
        await page.EvaluateAsync("() => window.__notReloaded = true");

        // Delivered the way a mail server does: written to tmp/, then moved into new/.
        var maildir = Path.Combine(_site.DataDirectory, "mail", Departments.Sales);
        var name = $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}.{Guid.NewGuid():N}.mx";
        await File.WriteAllBytesAsync(Path.Combine(maildir, "tmp", name), MailComposer.ToBytes(NewOrder()));
        File.Move(Path.Combine(maildir, "tmp", name), Path.Combine(maildir, "new", name));

        var row = list.Locator("tr", new() { Has = page.Locator("td[data-status='processed']") }).Filter(new() { HasText = "Bestellung 4500124410" });
        await Assertions.Expect(row).ToHaveCountAsync(1, new() { Timeout = 45_000 });
        await Assertions.Expect(list.Locator("td[data-message-id]")).ToHaveCountAsync(6);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"));
        await Assertions.Expect(page.Locator("#message-total")).ToHaveTextAsync("6 Nachrichten");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("messages-inbox"), FullPage = true });

        await row.Locator("a.subject-link").ClickAsync();
        await Assertions.Expect(page.Locator("h1.message-subject")).ToHaveTextAsync("Bestellung 4500124410 – Knöpfe Frühjahr/Sommer 2027");
        var frame = page.FrameLocator("iframe.mail-html");
        await Assertions.Expect(frame.Locator("h2")).ToHaveTextAsync("Bestellung 4500124410");
        await Assertions.Expect(page.Locator(".pdf-text")).ToHaveCountAsync(1);
        await page.Locator(".pdf-text summary").ClickAsync();
        Assert.Null(await page.Locator("body").GetAttributeAsync("data-pwned"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("messages-message"), FullPage = true });
        // The mail's own tracking pixel and script, refused inside the sandboxed frame by its policy: as it should be.
        tab.Expected.Add("tracker.example.com");
        tab.Expected.Add("Blocked script execution");
        await tab.AssertCleanAsync();
    }

    [Fact]
    public async Task TheInboxSortsAndFilters_AndBackToTheInboxKeepsTheView()
    {
        await using var tab = await browser.OpenAsync(_baseAddress);
        var page = tab.Page;
        await BrowserFixture.SignInAsync(page, "sabine", Password, Departments.Sales);
        await page.GotoAsync("/sales/messages");
        await BrowserFixture.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("td[data-message-id]").First).ToBeVisibleAsync(new() { Timeout = 45_000 });

        await page.Locator(".col-sender .mud-table-sort-label").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/sales/messages\?sort=sender&dir=asc$"));
        await page.FillAsync("#message-search", "Bestellung");
        await page.Locator(".filter-apply").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/sales/messages\?q=Bestellung&sort=sender&dir=asc$"));
        await Assertions.Expect(page.Locator("td[data-message-id]").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("messages-inbox-filtered"), FullPage = true });

        await page.Locator("a.subject-link").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1.message-subject")).ToBeVisibleAsync();
        await page.Locator("#back-to-inbox").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/sales/messages\?q=Bestellung&sort=sender&dir=asc$"));
        await Assertions.Expect(page.Locator("#message-search")).ToHaveValueAsync("Bestellung");
        await tab.AssertCleanAsync();
    }

    private static OutgoingMessage NewOrder()
    {
        var order = new DemoPurchaseOrder("Modehaus Lindner GmbH", "Sendlinger Straße 41 · 80331 München", "4500124410", "30101", null,
            new DateOnly(2026, 11, 20), new DateOnly(2027, 1, 15), "Claudia Lindner",
            [new("HB-CR-2032", "Corozoknopf 20 mm, 4-Loch, marine", 12000, 0.4120m), new("HB-CR-1532", "Corozoknopf 15 mm, 4-Loch, marine", 8000, 0.3350m)]);
        return new OutgoingMessage
        {
            From = new EmailAddress("Claudia Lindner", "claudia@modehaus-lindner.de"),
            To = [new EmailAddress(null, "sales@happybuttons.de")],
            Subject = "Bestellung 4500124410 – Knöpfe Frühjahr/Sommer 2027",
            TextBody = "Sehr geehrte Damen und Herren,\n\nanbei unsere Bestellung 4500124410 für Frühjahr/Sommer 2027.\n\n" +
                       "Mit freundlichen Grüßen\n\n-- \nClaudia Lindner\nModehaus Lindner GmbH · Kd-Nr. 30101",
            HtmlBody = "<html><body style=\"font-family:Arial,sans-serif\"><p><img src=\"cid:logo@modehaus-lindner.de\" alt=\"Modehaus Lindner\"></p>" +
                       "<h2>Bestellung 4500124410</h2><p>Sehr geehrte Damen und Herren,</p><p>anbei unsere Bestellung für <b>Frühjahr/Sommer 2027</b>.</p>" +
                       "<img src=\"https://tracker.example.com/open.gif\" width=\"1\" height=\"1\" alt=\"\">" +
                       "<script>parent.document.body.setAttribute('data-pwned', '1')</script>" +
                       "<p>Mit freundlichen Grüßen<br>Claudia Lindner</p></body></html>",
            Attachments =
            [
                new OutgoingAttachment("logo.png", "image/png", DemoImage.Logo()) { ContentId = "logo@modehaus-lindner.de" },
                new OutgoingAttachment("Bestellung_4500124410.pdf", "application/pdf", order.ToPdf()),
            ],
        };
    }
}
