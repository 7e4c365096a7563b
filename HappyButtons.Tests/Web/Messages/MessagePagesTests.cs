using Microsoft.Extensions.DependencyInjection;
using HappyButtons.Engine.Intake;
using HappyButtons.Tests.Web;
using System.Net;
using AngleSharp.Html.Dom;
using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Documents;
using HappyButtons.Web.Workspace.Messages;

namespace HappyButtons.Tests.Web.Messages;

public class MessagePagesTests(MessagePagesTests.Site site) : IClassFixture<MessagePagesTests.Site>
{
    /// <summary>One app for the class, with a sales clerk, a finance clerk and one uploaded order mail with a PDF.</summary>
    public sealed class Site : HappyButtonsFactory, IAsyncLifetime
    {
        public const string Password = "Posteingang-Passwort-1";

        public HttpClient Sales { get; private set; } = default!;
        public HttpClient Finance { get; private set; } = default!;
        public long OrderId { get; private set; }
        public string SearchWord { get; } = "Zitronenfalter" + Random.Shared.Next(1000, 9999);

        public async Task InitializeAsync()
        {
            await CreateUserAsync("vera", Password, false, Departments.Sales);
            await CreateUserAsync("fritz", Password, false, Departments.Finance);
            Sales = await SignInAsync("vera", Password, Departments.Sales);
            Finance = await SignInAsync("fritz", Password, Departments.Finance);
            OrderId = await MailUploads.UploadAndWaitAsync(CreateClient(), "sales", OrderMail());
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        private string OrderMail()
        {
            var pdf = Convert.ToBase64String(TestPdf.WithLines("Bestellung 4500777001", "Hornknopf 20 mm dunkelbraun 4000 Stück"), Base64FormattingOptions.InsertLineBreaks);
            return $"""
                From: Erika Muster <erika.muster@modehaus-berger.de>
                To: sales@happybuttons.de
                Subject: Bestellung 4500777001 Hornknöpfe
                Date: Thu, 19 Nov 2026 09:15:00 +0100
                Message-ID: <order-4500777001@modehaus-berger.de>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: 8bit

                Sehr geehrte Damen und Herren,

                anbei unsere Bestellung. Stichwort {SearchWord}.

                Mit freundlichen Grüßen
                Erika Muster

                > Am 12.11. schrieb Happy Buttons:
                > Vielen Dank für Ihre Anfrage.
                --b1
                Content-Type: application/pdf; name="Bestellung_4500777001.pdf"
                Content-Disposition: attachment; filename="Bestellung_4500777001.pdf"
                Content-Transfer-Encoding: base64

                {pdf}
                --b1--
                """;
        }
    }

    [Fact]
    public async Task TheMessagePage_ShowsHeadersText_AndThePdfWithItsExtractedText()
    {
        var response = await site.Sales.GetAsync($"/sales/messages/{site.OrderId}");
        var document = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bestellung 4500777001 Hornknöpfe", document.QuerySelector("h1.message-subject")!.TextContent.Trim());
        Assert.Equal("Erika Muster <erika.muster@modehaus-berger.de>", document.QuerySelector("#header-from")!.TextContent.Trim());
        Assert.Contains("order-4500777001@modehaus-berger.de", document.QuerySelector(".message-headers")!.TextContent);
        Assert.Contains(site.SearchWord, document.QuerySelector(".mail-body .mail-new")!.TextContent);
        Assert.Contains("Vielen Dank für Ihre Anfrage", document.QuerySelector(".mail-body .mail-quote")!.TextContent);
        var attachment = document.QuerySelector(".attachment-list li[data-ordinal='0']")!;
        Assert.Equal($"/sales/messages/{site.OrderId}/attachments/0", attachment.QuerySelector("a.attachment-link")!.GetAttribute("href"));
        Assert.Contains("Bestellung_4500777001.pdf", attachment.TextContent);
        Assert.Contains("Hornknopf 20 mm", attachment.QuerySelector(".pdf-text pre")!.TextContent);
        Assert.Null(document.QuerySelector("iframe"));
    }

    [Fact]
    public async Task HostileMail_IsShownAsText_TheHtmlOnlyInASandbox_AndAttachmentsOnlyAsDownloads()
    {
        var id = await MailUploads.UploadAndWaitAsync(site.CreateClient(), "sales", """
            From: "<img src=x onerror=alert(4)>" <evil@example.com>
            To: sales@happybuttons.de
            Reply-To: payout@elsewhere.example
            Authentication-Results: mx.happybuttons.de; spf=fail smtp.mailfrom=example.com; dkim=none; dmarc=fail
            Subject: <script>alert(1)</script>
            Date: Thu, 19 Nov 2026 10:00:00 +0100
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="outer"

            --outer
            Content-Type: multipart/alternative; boundary="alt"

            --alt
            Content-Type: text/plain; charset=utf-8

            Hallo <script>alert(2)</script> Welt
            --alt
            Content-Type: text/html; charset=utf-8

            <html><body><p>Hallo</p><script>alert(3)</script><img src="x" onerror="alert(5)"><img src="https://tracker.example.com/p.gif"></body></html>
            --alt--
            --outer
            Content-Type: text/plain; name="passwd"
            Content-Disposition: attachment; filename="../../etc/passwd"

            root:x:0:0:root:/root:/bin/bash
            --outer--
            """);

        var page = await HtmlForms.GetDocumentAsync(site.Sales, $"/sales/messages/{id}");
        var html = await site.Sales.GetAsync($"/sales/messages/{id}/html");
        var download = await site.Sales.GetAsync($"/sales/messages/{id}/attachments/0");
        var list = await HtmlForms.GetDocumentAsync(site.Sales, "/sales/messages");

        Assert.DoesNotContain(page.Scripts.Concat(list.Scripts), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("[onerror]"));
        Assert.Empty(list.QuerySelectorAll("[onerror]"));
        Assert.Equal("<script>alert(1)</script>", page.QuerySelector("h1.message-subject")!.TextContent.Trim());
        Assert.Contains("<script>alert(2)</script>", page.QuerySelector(".mail-body")!.TextContent);
        Assert.Equal("fail", page.QuerySelector("#header-authentication [data-method=spf]")!.GetAttribute("data-verdict"));
        Assert.Equal("fail", page.QuerySelector("#header-authentication [data-method=dmarc]")!.GetAttribute("data-verdict"));
        Assert.NotNull(page.QuerySelector("#header-reply-to .reply-to-warning"));
        var frame = page.QuerySelector("iframe.mail-html")!;
        Assert.Equal("", frame.GetAttribute("sandbox"));
        Assert.Equal($"/sales/messages/{id}/html", frame.GetAttribute("src"));
        Assert.Equal("no-referrer", frame.GetAttribute("referrerpolicy"));

        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal(MessageFileEndpoints.HtmlContentSecurityPolicy, html.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("default-src 'none'", MessageFileEndpoints.HtmlContentSecurityPolicy);
        Assert.Equal("nosniff", html.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", html.Content.Headers.ContentType.CharSet);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/octet-stream", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        var name = download.Content.Headers.ContentDisposition.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName!;
        Assert.DoesNotContain("/", name);
        Assert.DoesNotContain("..", name);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.StartsWith("root:x:0:0", await download.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnInlineImage_IsEmbeddedIntoTheHtmlView_AsADataUri()
    {
        var png = Convert.ToBase64String([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]);
        var id = await MailUploads.UploadAndWaitAsync(site.CreateClient(), "sales", $"""
            From: Lieferantenmanagement <lieferanten@modehaus-berger.de>
            To: sales@happybuttons.de
            Subject: Einladung Lieferantentag
            MIME-Version: 1.0
            Content-Type: multipart/related; boundary="rel"

            --rel
            Content-Type: text/html; charset=utf-8

            <html><head><meta http-equiv="refresh" content="0; url=https://phish.example.com/"></head><body><img src="cid:logo@berger"> Einladung</body></html>
            --rel
            Content-Type: image/png
            Content-ID: <logo@berger>
            Content-Transfer-Encoding: base64

            {png}
            --rel--
            """);

        var html = await (await site.Sales.GetAsync($"/sales/messages/{id}/html")).Content.ReadAsStringAsync();

        Assert.Contains("src=\"data:image/png;base64,", html);
        Assert.DoesNotContain("cid:", html);
        Assert.DoesNotContain("refresh", html);
    }

    [Fact]
    public async Task AnEmptyMessage_IsShownAsNeedsReview_WithItsReason()
    {
        var id = await MailUploads.UploadAsync(site.CreateClient(), "sales", Array.Empty<byte>());
        var status = await MailUploads.WaitUntilProcessedAsync(site.CreateClient(), id);

        var page = await HtmlForms.GetDocumentAsync(site.Sales, $"/sales/messages/{id}");

        Assert.Equal("needs_review", status);
        Assert.Equal("needs_review", page.QuerySelector(".workspace-header [data-status]")!.GetAttribute("data-status"));
        Assert.Contains("Die Nachricht ist leer (0 Byte).", page.QuerySelector("#status-reason")!.TextContent);
    }

    [Theory]
    [InlineData("/sales/messages")]
    [InlineData("/sales/messages/{id}")]
    [InlineData("/sales/messages/{id}/html")]
    [InlineData("/sales/messages/{id}/attachments/0")]
    [InlineData("/finance/messages/{id}")]
    [InlineData("/finance/messages/{id}/attachments/0")]
    public async Task ANonMember_Gets403_OnEveryMessageRoute(string route)
    {
        var response = await site.Finance.GetAsync(route.Replace("{id}", site.OrderId.ToString()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/sales/messages/987654321")]
    [InlineData("/sales/messages/987654321/html")]
    [InlineData("/sales/messages/987654321/attachments/0")]
    [InlineData("/sales/messages/{id}/attachments/7")]
    public async Task AnUnknownMessageOrAttachment_Is404(string route)
    {
        var response = await site.Sales.GetAsync(route.Replace("{id}", site.OrderId.ToString()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
