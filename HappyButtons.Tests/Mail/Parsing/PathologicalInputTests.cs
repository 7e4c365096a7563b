using System.Text;
using HappyButtons.Engine.Mail;
using HappyButtons.Engine.Mail.Parsing;
using HappyButtons.Tests.Fixtures.Mime;

namespace HappyButtons.Tests.Mail.Parsing;

/// <summary>Inputs built to exhaust stack or time; each must come back with a readable result.</summary>
public class PathologicalInputTests
{
    [Fact]
    public void BodyText_DeeplyNestedHtml_DoesNotOverflowTheStack()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "tief unten" + string.Concat(Enumerable.Repeat("</div>", 100_000));
        var message = Eml.Parse($"Content-Type: text/html; charset=utf-8\n\n{html}");
        Assert.Equal("tief unten", message.BodyText.Full);
    }

    [Fact]
    public void Subject_WithThousandsOfUnterminatedEncodedWords_IsKeptAsWritten()
    {
        var subject = string.Concat(Enumerable.Repeat("=?x?Q?a", 30_000));
        Assert.Equal(subject, Eml.Parse($"Subject: {subject}\n\nx").Subject);
    }

    [Fact]
    public void Parse_ThousandsOfBoundaryLookalikes_FindsTheRealParts()
    {
        var noise = string.Concat(Enumerable.Repeat("--bb\n", 20_000));
        var message = Eml.Parse($"Content-Type: multipart/mixed; boundary=b\n\n--b\n\n{noise}\n--b--\n");
        Assert.StartsWith("--bb", message.TextBody);
        Assert.Empty(message.Attachments);
    }

    [Fact]
    public void Parse_HeaderOfOnlyFoldingLines_IsReadAsOneField()
    {
        var folded = new StringBuilder("X-Long: a");
        for (var i = 0; i < 15_000; i++) folded.Append("\n b");
        var message = Eml.Parse(folded + "\nSubject: danach\n\nx");
        Assert.Equal("danach", message.Subject);
        Assert.Equal(15_001, message.Header("X-Long")!.Count(c => c is 'a' or 'b'));
        Assert.False(message.LimitExceeded);
    }

    [Fact]
    public void Parse_HeaderFoldedOverMoreLinesThanTheLimit_IsCut_TheBodyStillRead_AndFlagged()
    {
        var folded = new StringBuilder("Subject: vorne\nX-Long: a");
        for (var i = 0; i < 200_000; i++) folded.Append("\n \t ");
        var message = Eml.Parse(folded + "\n\nder Text");
        Assert.Equal("vorne", message.Subject);
        Assert.Equal("der Text", message.TextBody);
        Assert.True(message.LimitExceeded);
        Assert.Contains(message.Warnings, w => w.Contains("20,000 lines", StringComparison.Ordinal));
    }

    [Fact]
    public void BodyText_OfHugePlainBody_IsCutAtTheLimitAndSaysSo()
    {
        var limits = new MailParseLimits { MaxBodyTextChars = 1000 };
        var message = Eml.Parse("Content-Type: text/plain\n\n" + new string('a', 5000), limits);
        Assert.True(message.BodyText.Truncated);
        Assert.Equal(1000, message.BodyText.Full.Length);
        Assert.Equal(5000, message.TextBody!.Length);
        Assert.Contains(message.Warnings, w => w.Contains("Body text longer", StringComparison.Ordinal));
    }
}
