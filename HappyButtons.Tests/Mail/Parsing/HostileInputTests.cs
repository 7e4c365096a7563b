using System.Text;
using HappyButtons.Engine.Mail;
using HappyButtons.Engine.Mail.Parsing;
using HappyButtons.Tests.Fixtures.Mime;

namespace HappyButtons.Tests.Mail.Parsing;

public class HostileInputTests
{
    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\x\\..\\a.exe", "a.exe")]
    [InlineData("..", "attachment.bin")]
    [InlineData("", "attachment.bin")]
    [InlineData("CON.txt", "_CON.txt")]
    [InlineData("re\u0000port\r\n.pdf", "re_port__.pdf")]
    [InlineData("a<b>:c|d?.pdf", "a_b__c_d_.pdf")]
    [InlineData("  .hidden  ", "hidden")]
    [InlineData("rechnung\u202Efdp.exe", "rechnungfdp.exe")]
    public void SafeFileName_NeverYieldsAPathOrReservedName(string name, string expected)
    {
        Assert.Equal(expected, SafeFileName.From(name));
    }

    [Fact]
    public void SafeFileName_BoundsLengthAndKeepsTheExtension()
    {
        var safe = SafeFileName.From(new string('x', 400) + ".pdf");
        Assert.Equal(150, safe.Length);
        Assert.EndsWith(".pdf", safe);
    }

    [Fact]
    public void Attachment_WithTraversalName_ExposesASafeName()
    {
        var message = Eml.Parse("Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename=\"../../etc/passwd\"\n\nx\n--b--\n");
        var attachment = Assert.Single(message.Attachments);
        Assert.Equal("../../etc/passwd", attachment.FileName);
        Assert.Equal("passwd", attachment.SafeFileName);
    }

    [Fact]
    public void Parse_ZeroByteMessage_YieldsAnEmptyMessage()
    {
        var message = Eml.Parse([]);
        Assert.Null(message.Subject);
        Assert.Null(message.From);
        Assert.Empty(message.To);
        Assert.Equal("", message.BodyText.Full);
        Assert.Empty(message.Attachments);
        Assert.False(message.LimitExceeded);
    }

    [Fact]
    public void Parse_SixtyMegabyteMessage_IsCutAtTheLimitAndFlagged()
    {
        var header = Eml.Bytes("Subject: gross\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\nText\n--b\nContent-Type: application/octet-stream; name=big.bin\nContent-Transfer-Encoding: base64\n\n");
        var line = Encoding.ASCII.GetBytes(new string('A', 76) + "\r\n");
        var data = new byte[60 * 1024 * 1024];
        header.CopyTo(data, 0);
        for (var offset = header.Length; offset < data.Length; offset += line.Length)
            line.AsSpan(0, Math.Min(line.Length, data.Length - offset)).CopyTo(data.AsSpan(offset));

        var parsed = Eml.Parse(data);

        Assert.True(parsed.LimitExceeded);
        Assert.NotNull(parsed.ReviewReason);
        Assert.Equal("gross", parsed.Subject);
        Assert.Equal("Text", parsed.TextBody);
        Assert.Contains(parsed.Warnings, w => w.Contains("larger than", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_TenThousandRecipients_AreAllRead()
    {
        var to = string.Join(",\n ", Enumerable.Range(0, 10_000).Select(i => $"\"Kunde {i}\" <k{i}@example.de>"));
        var message = Eml.Parse($"To: {to}\nSubject: viele\n\nx");
        Assert.Equal(10_000, message.To.Count);
        Assert.Equal(new EmailAddress("Kunde 9999", "k9999@example.de"), message.To[^1]);
    }

    [Fact]
    public void Parse_HundredDeepNesting_IsFlaggedAtTheDepthLimit()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 100; i++) text.Append($"Content-Type: multipart/mixed; boundary=b{i}\n\n--b{i}\n");
        text.Append("Content-Type: text/plain\n\ntief\n");
        for (var i = 99; i >= 0; i--) text.Append($"--b{i}--\n");

        var message = Eml.Parse(text.ToString());

        Assert.True(message.LimitExceeded);
        Assert.Contains(message.Warnings, w => w.Contains("nested deeper than 32 levels", StringComparison.Ordinal));
        Assert.Equal(MailReading.LimitReason, message.ReviewReason);
    }

    [Fact]
    public void Parse_NestedAttachedMessages_CountTowardsTheDepthLimit()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 50; i++) text.Append("Content-Type: message/rfc822\n\n");
        text.Append("Subject: innen\n\nx");
        var message = Eml.Parse(text.ToString());
        Assert.True(message.LimitExceeded);
    }

    [Fact]
    public void Parse_MoreThanMaxParts_KeepsTheFirstPartsAndFlags()
    {
        var text = new StringBuilder("Content-Type: multipart/mixed; boundary=b\n\n");
        for (var i = 0; i < 1500; i++) text.Append($"--b\nContent-Type: text/csv; name=p{i}.csv\n\n{i}\n");
        text.Append("--b--\n");

        var message = Eml.Parse(text.ToString());

        Assert.True(message.LimitExceeded);
        Assert.Equal(MailParseLimits.Default.MaxParts - 1, message.Attachments.Count);
        Assert.Equal("p0.csv", message.Attachments[0].FileName);
    }

    [Fact]
    public void Parse_HugeHeaderBlock_IsFlaggedAndTheBodyStillFound()
    {
        var limits = new MailParseLimits { MaxHeaderBlockBytes = 10_000 };
        var headers = string.Concat(Enumerable.Range(0, 1000).Select(i => $"X-Junk-{i}: {new string('j', 40)}\n"));
        var message = Eml.Parse($"Subject: vorne\n{headers}\nder Text", limits);
        Assert.True(message.LimitExceeded);
        Assert.Equal("vorne", message.Subject);
        Assert.Equal("der Text", message.TextBody);
        Assert.True(message.Headers.Count < 1000);
    }

    [Fact]
    public void Parse_OnlyGarbage_DoesNotThrowAndReadsItAsBody()
    {
        var message = Eml.Parse([0xFF, 0x00, 0x0A, 0x3A, 0x3A, 0x0D]);
        Assert.NotNull(message.BodyText);
        Assert.Empty(message.Attachments);
    }
}
