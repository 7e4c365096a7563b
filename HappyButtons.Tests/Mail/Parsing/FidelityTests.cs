using System.Text;
using HappyButtons.Engine.Mail.Parsing;
using HappyButtons.Engine.Mail.Text;
using HappyButtons.Tests.Fixtures.Mime;

namespace HappyButtons.Tests.Mail.Parsing;

/// <summary>
/// Where MimeKit alone would read less than the raw mail holds, the text is recovered and the mail is flagged for a
/// person, never silently shortened; Outlook's winmail.dat is opened into its files and body.
/// </summary>
public class FidelityTests
{
    [Fact]
    public void TextRightAfterTheHeadersWithoutABlankLine_IsReadAsTheBody_WithAWarning_AndNeedsReview()
    {
        var mail = Eml.Parse("From: kunde@example.de\nSubject: Bestellung\nBitte 500 Knöpfe HB-2040 liefern.\nDanke");

        Assert.Equal("Bestellung", mail.Subject);
        Assert.Equal("Bitte 500 Knöpfe HB-2040 liefern.\nDanke", mail.TextBody);
        Assert.Equal(2, mail.Headers.Count);
        Assert.Contains(mail.Warnings, w => w.Contains("not ended by a blank line", StringComparison.Ordinal));
        Assert.NotNull(mail.ReviewReason);
    }

    [Fact]
    public void AMessageWithoutAnyHeader_IsReadAsBodyText_AndNeedsReview()
    {
        var mail = Eml.Parse("Hallo, bitte um Rückruf.\nGruß");

        Assert.Equal("Hallo, bitte um Rückruf.\nGruß", mail.TextBody);
        Assert.NotNull(mail.ReviewReason);
    }

    [Theory]
    [InlineData("SGVsbG8gV29ybGQ", "Hello World")]
    [InlineData("SGVsbG8gV29ybA", "Hello Worl")]
    public void ABase64TailWithoutPadding_IsDecodedInFull_WithAWarning_AndNeedsReview(string encoded, string expected)
    {
        var mail = Eml.Parse($"From: a@b.de\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{encoded}\n" +
                             $"--b\nContent-Type: application/octet-stream; name=daten.bin\nContent-Transfer-Encoding: base64\n\n{encoded}\n--b--\n");

        Assert.Equal(expected, mail.TextBody);
        Assert.Equal(expected, Encoding.ASCII.GetString(Assert.Single(mail.Attachments).Content));
        Assert.Contains(mail.Warnings, w => w.Contains("without its padding", StringComparison.Ordinal));
        Assert.NotNull(mail.ReviewReason);
    }

    [Fact]
    public void PaddedBase64_IsNotFlagged()
    {
        var mail = Eml.Parse("From: a@b.de\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\nSGVsbG8gV29ybGQ=\n");

        Assert.Equal("Hello World", mail.TextBody);
        Assert.Empty(mail.Warnings);
        Assert.Null(mail.ReviewReason);
    }

    [Fact]
    public void AWinmailDat_IsExpandedIntoItsFiles_AndItsBodyStandsInForTheEmptyText()
    {
        var pdf = "%PDF-1.4 Bestellung"u8.ToArray();
        var winmail = Tnef.Build("Anbei unsere Bestellung für die Herbstkollektion.", ("Bestellung 4711.pdf", pdf), ("Farben.txt", "braun, schwarz"u8.ToArray()));

        var mail = MailParser.Default.Parse(Tnef.Mail(winmail));

        Assert.Equal(["Bestellung 4711.pdf", "Farben.txt"], mail.Attachments.Select(a => a.FileName));
        Assert.Equal(pdf, mail.Attachments[0].Content);
        Assert.Contains("Anbei unsere Bestellung", mail.BodyText.Full);
        Assert.DoesNotContain(mail.Attachments, a => a.FileName == "winmail.dat");
    }

    [Fact]
    public void ADamagedWinmailDat_IsKeptAsAFile_WithAWarning()
    {
        var mail = MailParser.Default.Parse(Tnef.Mail([0x78, 0x9F, 0x3E, 0x22, 1, 0, 1, 2, 3]));

        Assert.Equal("winmail.dat", Assert.Single(mail.Attachments).FileName);
        Assert.Contains(mail.Warnings, w => w.Contains("winmail.dat", StringComparison.Ordinal));
    }

    [Fact]
    public void RtfBodies_ReadAsText_WithoutTablesOrControlWords()
    {
        const string rtf = @"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}{\colortbl;\red0\green0\blue0;}\f0 Sehr geehrte Damen und Herren,\par bitte liefern Sie 500 St\'fcck.\par {\*\generator Outlook}Gr\u252?\'dfe}";

        Assert.Equal("Sehr geehrte Damen und Herren,\nbitte liefern Sie 500 Stück.\nGrüße", RtfText.Convert(rtf));
    }
}
