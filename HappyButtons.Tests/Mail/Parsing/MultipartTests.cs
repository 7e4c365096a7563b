using System.Text;
using HappyButtons.Engine.Mail;
using HappyButtons.Engine.Mail.Parsing;
using HappyButtons.Tests.Fixtures.Mime;

namespace HappyButtons.Tests.Mail.Parsing;

public class MultipartTests
{
    private const string Nested = """
        From: a@b.de
        Subject: nested
        Content-Type: multipart/mixed; boundary="outer"

        preamble text
        --outer
        Content-Type: multipart/related; boundary="inner"; type="multipart/alternative"

        --inner
        Content-Type: multipart/alternative; boundary="alt"

        --alt
        Content-Type: text/plain; charset=utf-8

        Plain body
        --alt
        Content-Type: text/html; charset=utf-8

        <p>HTML <img src="cid:logo@hb"></p>
        --alt--
        --inner
        Content-Type: image/png
        Content-ID: <logo@hb>
        Content-Transfer-Encoding: base64

        iVBORw0KGgo=
        --inner--
        --outer
        Content-Type: text/csv; name="liste.csv"
        Content-Disposition: attachment

        a;b
        --outer--
        epilogue text
        """;

    [Fact]
    public void Parse_ReadsNestedMultipartsWithPreambleAndEpilogue()
    {
        var message = Eml.Parse(Nested);
        Assert.Equal("Plain body", message.TextBody);
        Assert.Equal("<p>HTML <img src=\"cid:logo@hb\"></p>", message.HtmlBody);
        Assert.Equal(2, message.Attachments.Count);
        Assert.Empty(message.Warnings);
        Assert.Null(message.ReviewReason);
    }

    [Fact]
    public void Attachments_IncludeInlineImageByContentIdAndTheNamedFile()
    {
        var attachments = Eml.Parse(Nested).Attachments;
        Assert.Equal(2, attachments.Count);
        var logo = attachments[0];
        Assert.Equal("logo@hb", logo.ContentId);
        Assert.True(logo.IsInline);
        Assert.Equal("image/png", logo.ContentType);
        Assert.Equal("attachment.png", logo.SafeFileName);
        Assert.Equal("liste.csv", attachments[1].FileName);
        Assert.False(attachments[1].IsInline);
        Assert.Equal(3, attachments[1].Size);
    }

    [Fact]
    public void FindByContentId_ResolvesCidUrlFromTheHtmlBody()
    {
        var message = Eml.Parse(Nested);
        var logo = message.FindByContentId("cid:logo@hb");
        Assert.NotNull(logo);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, logo.Content.ToArray());
        Assert.Same(logo, message.FindByContentId("<logo@hb>"));
        Assert.Null(message.FindByContentId("cid:missing@hb"));
    }

    [Fact]
    public void Parse_MissingCloseBoundary_LastPartRunsToTheEnd()
    {
        var message = Eml.Parse("Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nnur Text\n--b\nContent-Type: application/pdf; name=x.pdf\n\n%PDF");
        Assert.Equal("nur Text", message.TextBody);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(Assert.Single(message.Attachments).Content));
    }

    [Fact]
    public void Parse_InnerMultipartMissingItsCloseBoundary_EndsAtTheOuterBoundary()
    {
        var message = Eml.Parse("Content-Type: multipart/mixed; boundary=o\n\n--o\nContent-Type: multipart/alternative; boundary=i\n\n--i\n\ninnen\n--o\nContent-Type: image/gif; name=a.gif\n\nGIF\n--o--\n");
        Assert.Equal("innen", message.TextBody);
        Assert.Equal("a.gif", Assert.Single(message.Attachments).FileName);
    }

    [Fact]
    public void Parse_BoundaryThatIsPrefixOfLongerLine_IsNotADelimiter()
    {
        var message = Eml.Parse("Content-Type: multipart/mixed; boundary=b\n\n--b\n\nZeile\n--bx kein Trenner\n--b--\n");
        Assert.Equal("Zeile\n--bx kein Trenner", message.TextBody);
    }

    [Fact]
    public void Parse_MultipartWithoutBoundary_IsReadableAsText()
    {
        var message = Eml.Parse("Content-Type: multipart/mixed\n\nHallo Welt");
        Assert.Equal("Hallo Welt", message.BodyText.Full);
        Assert.NotEmpty(message.Warnings);
    }

    [Fact]
    public void Parse_AttachedMessage_IsKeptAsAnEmlFile_WithItsTextReadable()
    {
        var message = Eml.Parse("Subject: Fwd\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\nsiehe Anhang\n--b\nContent-Type: message/rfc822\n\nFrom: kunde@x.de\nSubject: =?utf-8?Q?Reklamation_Kn=C3=B6pfe?=\n\nDie Knöpfe sind defekt.\n--b--\n");
        var attached = Assert.Single(message.Attachments);
        Assert.Equal("message/rfc822", attached.ContentType);
        Assert.Equal("attachment.eml", attached.SafeFileName);
        Assert.Equal("Reklamation Knöpfe", Eml.Parse(attached.Content).Subject);
        Assert.Contains("Reklamation Knöpfe", attached.Text);
        Assert.Contains("Die Knöpfe sind defekt.", attached.Text);
        Assert.Equal("siehe Anhang", message.TextBody);
    }

    [Fact]
    public void Parse_Base64EncodedAttachedMessage_IsDecodedBeforeParsing()
    {
        var inner = Convert.ToBase64String(Encoding.ASCII.GetBytes("Subject: innen\r\n\r\nText"));
        var message = Eml.Parse($"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n{inner}\n--b--\n");
        Assert.StartsWith("innen", Assert.Single(message.Attachments).Text);
    }

    [Fact]
    public void Parse_DeliveryStatusReport_HasTheExplanationAsTextAndNoReportPartsAsFiles()
    {
        const string bounce = """
            From: MAILER-DAEMON@mx.happy-buttons.de
            Subject: Undelivered Mail Returned to Sender
            Content-Type: multipart/report; report-type=delivery-status; boundary="R"

            --R
            Content-Type: text/plain

            I'm sorry to have to inform you that your message could not be delivered.
            --R
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx.happy-buttons.de
            Arrival-Date: Tue, 12 Mar 2024 09:00:00 +0100

            Final-Recipient: rfc822; einkauf@nicht-da.de
            Original-Recipient: rfc822;einkauf@nicht-da.de
            Action: failed
            Status: 5.1.1
            Diagnostic-Code: smtp; 550 5.1.1 User unknown

            --R
            Content-Type: text/rfc822-headers

            Subject: Angebot
            --R--
            """;
        var message = Eml.Parse(bounce);
        Assert.StartsWith("I'm sorry to have to inform you", message.TextBody);
        Assert.Empty(message.Attachments);
    }

    [Fact]
    public void TextBody_SkipsTextPartsMarkedAsAttachment()
    {
        var message = Eml.Parse("Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\nContent-Disposition: attachment; filename=log.txt\n\nLOG\n--b\nContent-Type: text/html\n\n<b>Hallo</b>\n--b--\n");
        Assert.Null(message.TextBody);
        Assert.Equal("Hallo", message.BodyText.Full);
        Assert.True(message.BodyText.FromHtml);
        Assert.Equal("log.txt", Assert.Single(message.Attachments).FileName);
    }

    [Fact]
    public void Parse_DigestChildrenDefaultToAttachedMessages()
    {
        var message = Eml.Parse("Content-Type: multipart/digest; boundary=d\n\n--d\n\nSubject: eins\n\nA\n--d\n\nSubject: zwei\n\nB\n--d--\n");
        Assert.Equal(["eins", "zwei"], message.Attachments.Select(a => Eml.Parse(a.Content).Subject));
    }
}
