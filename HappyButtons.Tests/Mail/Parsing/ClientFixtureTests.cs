using HappyButtons.Engine.Mail;
using HappyButtons.Engine.Mail.Parsing;
using HappyButtons.Tests.Fixtures.Mime;

namespace HappyButtons.Tests.Mail.Parsing;

public class ClientFixtureTests
{
    [Fact]
    public void Parse_OutlookReply_ReadsHeadersBodyAndAttachment()
    {
        var message = Eml.Parse(Eml.Bytes(ClientFixtures.Outlook));

        Assert.Equal("AW: Bestellung Knöpfe für Herbstkollektion", message.Subject);
        Assert.Equal(new EmailAddress("Müller, Jürgen", "j.mueller@mueller-textil.de"), message.From);
        Assert.Equal("sales@happy-buttons.de", Assert.Single(message.To).Address);
        Assert.Equal("Schäfer, Anna", Assert.Single(message.Cc).DisplayName);
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 8, 14, 29, TimeSpan.Zero), message.Date);
        Assert.Equal("AM0PR07MB44671A7A56D0B2E7CF1C1C5DA92B2@AM0PR07MB4467.eurprd07.prod.outlook.com", message.MessageId);
        Assert.Equal("20240311151001.4711@happy-buttons.de", message.InReplyTo);
        Assert.Equal("1", message.Header("X-Priority"));
        Assert.Equal(new AuthenticationResult("mx.happy-buttons.de", "pass", "pass", "pass"), AuthenticationResult.Parse(message.Header("Authentication-Results")));
        var attachment = Assert.Single(message.Attachments);
        Assert.Equal("Bestellung 4711 Müller.pdf", attachment.FileName);
        Assert.Equal("application/pdf", attachment.ContentType);
        Assert.Equal("%PDF-1.4\n%äü"u8.ToArray(), attachment.Content.ToArray());
    }

    [Fact]
    public void BodyText_OutlookReply_SeparatesNewContentSignatureAndQuotedHeaderBlock()
    {
        var body = Eml.Parse(Eml.Bytes(ClientFixtures.Outlook)).BodyText;

        Assert.Contains("Hornknöpfe, Artikel HB-2040, Farbe Dunkelbraun.", body.NewContent);
        Assert.DoesNotContain("Mit freundlichen Grüßen", body.NewContent);
        Assert.DoesNotContain("gerne bieten wir", body.NewContent);
        Assert.StartsWith("Mit freundlichen Grüßen", body.Signature);
        Assert.StartsWith("Von: Weber, Petra", body.Quoted);
        Assert.Contains("gerne bieten wir", body.Quoted);
    }

    [Fact]
    public void BodyText_GmailReply_TreatsWrappedGermanAttributionAndQuoteAsQuoted()
    {
        var message = Eml.Parse(Eml.Bytes(ClientFixtures.Gmail));

        Assert.Equal("Danke, das passt so. Wann können Sie liefern?", message.BodyText.NewContent);
        Assert.Contains("Am Di., 12. März 2024 um 15:20 Uhr schrieb", message.BodyText.Quoted);
        Assert.Contains("> anbei das Angebot.", message.BodyText.Quoted);
        Assert.Equal("CAF=+xQ3k9Lr7kU0wq@mail.gmail.com", message.MessageId);
    }

    [Fact]
    public void Parse_AppleMailFlowedDelSp_UnwrapsParagraphAndMarksMobileFooter()
    {
        var message = Eml.Parse(Eml.Bytes(ClientFixtures.AppleMail));

        Assert.StartsWith("Hallo zusammen, die Muster sind heute angekommen, leider sind zwei der Knoepfe gebrochen.", message.TextBody);
        Assert.Equal("8E2A6F0C-1B6E-4C0B-9E5A-3D8B2F0C6A11@becker-design.de", message.MessageId);
        Assert.DoesNotContain("Viele Gruesse", message.BodyText.NewContent);
        Assert.Contains("Sent from my iPhone", message.BodyText.Signature);
        Assert.Empty(message.Attachments);
    }

    [Fact]
    public void Parse_Thunderbird_ReadsRfc2231ContinuedFileNameAndSignatureDashes()
    {
        var message = Eml.Parse(Eml.Bytes(ClientFixtures.Thunderbird));

        Assert.Equal("Rechnungskopie für RE-2024-0815", message.Subject);
        Assert.Equal("Übersicht der Rechnung.png", Assert.Single(message.Attachments).FileName);
        Assert.Contains("für unsere Unterlagen.", message.TextBody);
        Assert.Equal("-- \nKraus Kurzwaren KG, Buchhaltung", message.BodyText.Signature);
        Assert.DoesNotContain("Kraus Kurzwaren", message.BodyText.NewContent);
    }

    [Fact]
    public void Parse_SapMessage_ReadsObsoleteDateLatin1BodyAndAutoSubmitted()
    {
        var message = Eml.Parse(Eml.Latin1(ClientFixtures.SapGenerated.Replace("Diese", "Diese Bestätigung")));

        Assert.Equal(new DateTimeOffset(2024, 3, 18, 6, 0, 0, TimeSpan.FromHours(1)), message.Date);
        Assert.Equal("auto-generated", message.Header("Auto-Submitted"));
        Assert.Contains("Diese Bestätigung E-Mail", message.TextBody);
        Assert.Equal("4500012345.PDF", Assert.Single(message.Attachments).FileName);
    }

    [Fact]
    public void Parse_ScannerMail_ReadsQuotedSubjectAndPdf()
    {
        var message = Eml.Parse(Eml.Bytes(ClientFixtures.Scanner));

        Assert.Equal("Message from \"RNP002673D2C1A3\"", message.Subject);
        Assert.Equal(new EmailAddress(null, "scanner@happy-buttons.de"), message.From);
        var pdf = Assert.Single(message.Attachments);
        Assert.Equal("20240318112233381.pdf", pdf.FileName);
        Assert.StartsWith("%PDF-1.3", System.Text.Encoding.ASCII.GetString(pdf.Content));
        Assert.Empty(message.Warnings);
    }
}
