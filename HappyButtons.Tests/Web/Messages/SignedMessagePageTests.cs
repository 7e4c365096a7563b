using System.Text;
using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Fixtures.Mime;

namespace HappyButtons.Tests.Web.Messages;

/// <summary>The message page tells a person whether an S/MIME signature holds, and flags mail the parser could not read as sent.</summary>
public sealed class SignedMessagePageTests : IDisposable
{
    private const string Password = "Signatur-Passwort-1";
    private readonly SmimeMail _smime = new();

    public void Dispose() => _smime.Dispose();

    [Fact]
    public async Task ASignedOrder_ShowsValidWithItsSigner_AndAChangedOne_ShowsInvalid()
    {
        await using var site = new HappyButtonsFactory(new Dictionary<string, string?> { ["HappyButtons:Mail:SmimeTrustedCertificates:0"] = _smime.CaPemPath });
        await site.CreateUserAsync("sina", Password, false, Departments.Sales);
        var sales = await site.SignInAsync("sina", Password, Departments.Sales);
        var signed = _smime.Signed("Bitte liefern Sie 5000 Stück HB-2040.");
        var changed = Encoding.ASCII.GetBytes(Encoding.ASCII.GetString(signed).Replace("5000", "9000", StringComparison.Ordinal));

        var valid = await MailUploads.UploadAndWaitAsync(site.CreateClient(), "sales", signed);
        var invalid = await MailUploads.UploadAndWaitAsync(site.CreateClient(), "sales", changed);
        var validPage = await HtmlForms.GetDocumentAsync(sales, $"/sales/messages/{valid}");
        var invalidPage = await HtmlForms.GetDocumentAsync(sales, $"/sales/messages/{invalid}");

        Assert.Equal("valid", validPage.QuerySelector("#header-signature")!.GetAttribute("data-state"));
        Assert.Contains(SmimeMail.Buyer, validPage.QuerySelector("#header-signature")!.TextContent);
        Assert.Contains("Signiert (gültig)", validPage.QuerySelector("#header-signature")!.TextContent);
        Assert.Equal("invalid", invalidPage.QuerySelector("#header-signature")!.GetAttribute("data-state"));
        Assert.Contains("Signatur ungültig", invalidPage.QuerySelector("#header-signature")!.TextContent);
    }

    [Fact]
    public async Task AnUnsignedMailWithoutABlankLineAfterItsHeaders_NeedsReview_AndThePageSaysWhy_WithTheTextReadable()
    {
        await using var site = new HappyButtonsFactory();
        await site.CreateUserAsync("sina", Password, false, Departments.Sales);
        var sales = await site.SignInAsync("sina", Password, Departments.Sales);

        var id = await MailUploads.UploadAndWaitAsync(site.CreateClient(), "sales",
            "From: kunde@example.de\r\nSubject: Eilig\r\nBitte 300 Knöpfe HB-1010 bis Freitag.\r\n"u8.ToArray());
        var page = await HtmlForms.GetDocumentAsync(sales, $"/sales/messages/{id}");

        Assert.Null(page.QuerySelector("#header-signature"));
        Assert.NotNull(page.QuerySelector("#status-reason"));
        Assert.Contains("not ended by a blank line", page.QuerySelector("#parser-warnings")!.TextContent);
        Assert.Contains("Bitte 300 Knöpfe HB-1010", page.QuerySelector(".mail-body")!.TextContent);
    }
}
