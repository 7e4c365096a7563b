using System.Text;
using HappyButtons.Engine.Mail.Mime;

namespace HappyButtons.Tests.Mail.Mime;

public class MimeWriterTests
{
    private static readonly EmailAddress Sales = new("Happy Buttons Vertrieb", "sales@happy-buttons.de");

    private static string[] Lines(byte[] bytes) => Encoding.UTF8.GetString(bytes).Split("\r\n");

    [Fact]
    public void Write_TextAndHtmlWithInlineImageAndAttachment_RoundTrips()
    {
        var logo = new byte[] { 0x89, 0x50, 0x4E, 0x47, 1, 2, 3 };
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4 fake");
        var outgoing = new OutgoingMessage
        {
            From = Sales,
            To = [new EmailAddress("Müller, Jürgen", "j.mueller@mueller-textil.de")],
            Cc = [new EmailAddress(null, "einkauf@mueller-textil.de")],
            Subject = "Auftragsbestätigung 4711 – Hornknöpfe",
            TextBody = "Guten Tag Herr Müller,\nanbei die Bestätigung.",
            HtmlBody = "<p>Guten Tag Herr Müller,</p><img src=\"cid:logo@hb\">",
            Attachments = [new OutgoingAttachment("logo.png", "image/png", logo) { ContentId = "logo@hb" }, new OutgoingAttachment("Auftragsbestätigung 4711.pdf", "application/pdf", pdf)],
            InReplyTo = "orig@mueller-textil.de",
            References = ["first@x.de", "orig@mueller-textil.de"],
        };

        var parsed = MimeParser.Parse(MimeWriter.ToBytes(outgoing));

        Assert.Equal(outgoing.Subject, parsed.Subject);
        Assert.Equal(Sales, parsed.From);
        Assert.Equal(outgoing.To, parsed.To);
        Assert.Equal(outgoing.Cc, parsed.Cc);
        Assert.Equal(outgoing.TextBody, parsed.TextBody);
        Assert.Equal(outgoing.HtmlBody, parsed.HtmlBody);
        Assert.Equal("orig@mueller-textil.de", parsed.InReplyTo);
        Assert.Equal(outgoing.References, parsed.References);
        Assert.Equal(2, parsed.Attachments.Count);
        Assert.True(parsed.Attachments[0].IsInline);
        Assert.Equal("logo@hb", parsed.Attachments[0].ContentId);
        Assert.Equal(logo, parsed.Attachments[0].Content.ToArray());
        Assert.Equal("Auftragsbestätigung 4711.pdf", parsed.Attachments[1].FileName);
        Assert.Equal(pdf, parsed.Attachments[1].Content.ToArray());
        Assert.Equal("multipart/mixed", parsed.Body.ContentType.MimeType);
        Assert.Equal("multipart/related", parsed.Body.Children[0].ContentType.MimeType);
        Assert.Equal("multipart/alternative", parsed.Body.Children[0].Children[0].ContentType.MimeType);
        Assert.Empty(parsed.Warnings);
    }

    [Fact]
    public void Write_UsesCrlfAndKeepsEveryLineWithin78CharactersForHeadersAnd998Overall()
    {
        var outgoing = new OutgoingMessage
        {
            From = Sales,
            To = Enumerable.Range(0, 30).Select(i => new EmailAddress($"Kundin Nummer {i} äöü", $"kundin{i}@example.de")).ToList(),
            Subject = string.Concat(Enumerable.Repeat("Sehr lange Betreffzeile mit Umlauten äöü und mehr ", 6)),
            TextBody = new string('x', 3000) + "\n" + string.Concat(Enumerable.Repeat("ä", 2000)),
            Attachments = [new OutgoingAttachment(new string('ü', 120) + ".pdf", "application/pdf", new byte[5000])],
        };
        var bytes = MimeWriter.ToBytes(outgoing);
        var text = Encoding.UTF8.GetString(bytes);

        Assert.DoesNotContain('\n', text.Replace("\r\n", "", StringComparison.Ordinal));
        var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.All(text[..headerEnd].Split("\r\n"), line => Assert.True(line.Length <= 78, $"header line too long: {line}"));
        Assert.All(Lines(bytes), line => Assert.True(line.Length <= 998));
        var parsed = MimeParser.Parse(bytes);
        Assert.Equal(outgoing.Subject.Trim(), parsed.Subject);
        Assert.Equal(30, parsed.To.Count);
        Assert.Equal(outgoing.To[29], parsed.To[29]);
        Assert.Equal(outgoing.TextBody, parsed.TextBody);
        Assert.Equal(outgoing.Attachments[0].FileName, parsed.Attachments[0].FileName);
    }

    [Fact]
    public void Write_FileNameOfNonAsciiUsesRfc2231AndRfc2047()
    {
        var text = Encoding.UTF8.GetString(MimeWriter.ToBytes(new OutgoingMessage
        {
            From = Sales,
            Attachments = [new OutgoingAttachment("Übersicht.pdf", "application/pdf", [1])],
        }));
        Assert.Contains("filename*=utf-8''%C3%9Cbersicht.pdf", text);
        Assert.Contains("name=\"=?utf-8?", text);
    }

    [Fact]
    public void Write_ChoosesTransferEncodingByContent()
    {
        static string EncodingOf(string body) =>
            MimeParser.Parse(MimeWriter.ToBytes(new OutgoingMessage { From = Sales, TextBody = body })).Body.TransferEncoding;

        Assert.Equal("7bit", EncodingOf("plain ascii"));
        Assert.Equal("quoted-printable", EncodingOf("Grüße aus Köln, wir bestätigen den Auftrag."));
        Assert.Equal("base64", EncodingOf("日本語のテキストです"));
        Assert.Equal("quoted-printable", EncodingOf(new string('a', 1200)));
    }

    [Fact]
    public void Write_EscapesFromAndDotAtLineStartInQuotedPrintable()
    {
        var text = Encoding.ASCII.GetString(MimeWriter.ToBytes(new OutgoingMessage { From = Sales, TextBody = "Grüße\nFrom here\n.\nend " }));
        Assert.Contains("=46rom here", text);
        Assert.Contains("\r\n=2E\r\n", text);
        Assert.Contains("end=20", text);
    }

    [Fact]
    public void Write_GeneratesMessageIdInSenderDomainAndDateFromClock()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 3, 3, 14, 5, 9, TimeSpan.Zero));
        var parsed = MimeParser.Parse(MimeWriter.ToBytes(new OutgoingMessage { From = Sales, TextBody = "x" }, clock));
        Assert.EndsWith("@happy-buttons.de", parsed.MessageId);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 14, 5, 9, TimeSpan.Zero), parsed.Date);
    }

    [Fact]
    public void Write_NeverLetsALineBreakInSubjectStartANewHeader()
    {
        var bytes = MimeWriter.ToBytes(new OutgoingMessage { From = Sales, Subject = "Hallo\r\nBcc: victim@x.de", TextBody = "x" });
        var parsed = MimeParser.Parse(bytes);
        Assert.Equal("Hallo Bcc: victim@x.de", parsed.Subject);
        Assert.Empty(parsed.Bcc);
        Assert.DoesNotContain("\r\nBcc:", Encoding.ASCII.GetString(bytes));
    }

    [Fact]
    public void Write_LeavesBccOutOfTheMessage()
    {
        var bytes = MimeWriter.ToBytes(new OutgoingMessage { From = Sales, Bcc = [new EmailAddress(null, "chef@happy-buttons.de")], TextBody = "x" });
        Assert.DoesNotContain("chef@", Encoding.ASCII.GetString(bytes));
    }

    [Fact]
    public void FormatDate_WritesRfc5322WithNumericZone()
    {
        Assert.Equal("Tue, 3 Mar 2026 14:05:09 -0130", MimeWriter.FormatDate(new DateTimeOffset(2026, 3, 3, 14, 5, 9, TimeSpan.FromMinutes(-90))));
    }
}

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
