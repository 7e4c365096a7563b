using System.Text;
using HappyButtons.Engine.Mail;
using HappyButtons.Engine.Mail.Parsing;
using HappyButtons.Tests.Fixtures.Mime;

namespace HappyButtons.Tests.Mail.Parsing;

public class HeaderDecodingTests
{
    private static ParsedMail WithSubject(string subjectLine) => Eml.Parse($"From: a@b.de\nSubject: {subjectLine}\n\nbody");

    [Fact]
    public void Parse_JoinsAdjacentEncodedWords_WithoutTheSpaceBetween()
    {
        Assert.Equal("Grüße aus Köln", WithSubject("=?utf-8?Q?Gr=C3=BC=C3=9Fe_aus?= =?utf-8?Q?_K=C3=B6ln?=").Subject);
    }

    [Fact]
    public void Parse_KeepsSpaceBetweenEncodedWordAndPlainText()
    {
        Assert.Equal("Re: Bestellung Nr. 5", WithSubject("Re: =?utf-8?B?QmVzdGVsbHVuZw==?= Nr. 5").Subject);
    }

    [Fact]
    public void Parse_JoinsMultiByteCharacterSplitAcrossTwoBase64Words()
    {
        // "ä" is C3 A4; the first word ends after C3, the second starts with A4.
        var first = Convert.ToBase64String([0x61, 0xC3]);
        var second = Convert.ToBase64String([0xA4, 0x62]);
        Assert.Equal("aäb", WithSubject($"=?utf-8?B?{first}?=\n =?utf-8?B?{second}?=").Subject);
    }

    [Fact]
    public void Parse_UnfoldsFoldedHeaderKeepingTheWhitespace()
    {
        Assert.Equal("Eine sehr lange\t Betreffzeile", WithSubject("Eine sehr lange\n\t Betreffzeile").Subject);
    }

    [Theory]
    [InlineData("=?utf-8?X?abc?= tail", "=?utf-8?X?abc?= tail")]
    [InlineData("=?utf-8?Q?unterminated", "=?utf-8?Q?unterminated")]
    [InlineData("=??Q?abc?=", "=??Q?abc?=")]
    public void Parse_LeavesMalformedEncodedWordReadableAsIs(string raw, string expected)
    {
        Assert.Equal(expected, WithSubject(raw).Subject);
    }

    [Theory]
    [InlineData("iso-8859-15", "=?iso-8859-15?Q?Preis_in_=A4?=", "Preis in €")]
    [InlineData("windows-1250", "=?windows-1250?Q?=8Akoda?=", "Škoda")]
    [InlineData("koi8-r", "=?koi8-r?B?8NLJ18XU?=", "Привет")]
    [InlineData("shift_jis", "=?shift_jis?B?k/qWe4zq?=", "日本語")]
    [InlineData("gb2312", "=?gb2312?B?1tDOxA==?=", "中文")]
    public void Parse_DecodesEncodedWordsInLegacyCharsets(string charset, string raw, string expected)
    {
        Assert.False(string.IsNullOrEmpty(charset));
        Assert.Equal(expected, WithSubject(raw).Subject);
    }

    [Fact]
    public void Parse_ReadsRawUtf8Header()
    {
        var message = Eml.Parse(Eml.Bytes("Subject: Größe 12 mm\n\nx"));
        Assert.Equal("Größe 12 mm", message.Subject);
    }

    [Fact]
    public void Parse_FallsBackToWindows1252_ForRaw8BitHeaderThatIsNotUtf8()
    {
        var message = Eml.Parse(Eml.Bytes("Subject: Größe – 12 €\n\nx", System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!));
        Assert.Equal("Größe – 12 €", message.Subject);
    }

    [Fact]
    public void Parse_ReadsUnknownCharsetWordAsUtf8()
    {
        var message = WithSubject("=?x-klingon?Q?Gr=C3=BC=C3=9Fe?=");
        Assert.Equal("Grüße", message.Subject);
    }

    [Fact]
    public void Parse_ReadsMessageIdReferencesAndInReplyTo()
    {
        var message = Eml.Parse("Message-ID: <a.1@x.de>\nIn-Reply-To: <b.2@x.de> (comment)\nReferences: <c.3@x.de>\n <b.2@x.de>\n\nx");
        Assert.Equal("a.1@x.de", message.MessageId);
        Assert.Equal("b.2@x.de", message.InReplyTo);
        Assert.Equal(["c.3@x.de", "b.2@x.de"], message.References);
    }

    [Fact]
    public void Parse_ReadsAuthenticationResultsWithFailingSpfAndSeveralDkimSignatures()
    {
        var message = Eml.Parse("Authentication-Results: mx.example.de;\n spf=softfail smtp.mailfrom=x.com;\n dkim=fail header.d=a.com; dkim=pass header.d=x.com;\n dmarc=fail (p=reject) header.from=x.com\n\nx");
        Assert.Equal(new AuthenticationResult("mx.example.de", "softfail", "pass", "fail"), AuthenticationResult.Parse(message.Header("Authentication-Results")));
    }

    [Fact]
    public void Parse_SkipsLeadingMboxFromLine()
    {
        var message = Eml.Parse("From sender@x.de Mon Jan  1 00:00:00 2024\nSubject: Hallo\n\nx");
        Assert.Equal("Hallo", message.Subject);
    }

    [Fact]
    public void Parse_HeaderBlockWithoutBlankLine_StartsBodyAtFirstNonHeaderLine()
    {
        var message = Eml.Parse("Subject: Hallo\nDies ist der Text\nzweite Zeile");
        Assert.Equal("Hallo", message.Subject);
        Assert.Equal("Dies ist der Text\nzweite Zeile", message.TextBody);
        Assert.NotEmpty(message.Warnings);
    }

    [Fact]
    public void Parse_AcceptsBareLfLineEndings()
    {
        var message = Eml.Parse(Encoding.ASCII.GetBytes("Subject: LF only\nContent-Type: text/plain\n\nline1\nline2\n"));
        Assert.Equal("LF only", message.Subject);
        Assert.Equal("line1\nline2", message.TextBody);
    }
}
