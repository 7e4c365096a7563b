using System.Text;
using HappyButtons.Engine.Mail;
using HappyButtons.Engine.Mail.Parsing;
using HappyButtons.Tests.Fixtures.Mime;

namespace HappyButtons.Tests.Mail.Parsing;

public class BodyDecodingTests
{
    private static ParsedMail Single(string headers, byte[] body) =>
        Eml.Parse(Eml.Concat(Eml.Bytes($"From: a@b.de\n{headers}\n\n"), body));

    [Fact]
    public void Parse_DecodesBase64WithStrayWhitespaceAndGarbage()
    {
        var message = Single("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64", Encoding.ASCII.GetBytes(" R3LD\r\n tsOf ZQ== \r\n"));
        Assert.Equal("Größe", message.TextBody);
        var garbled = Single("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64", Encoding.ASCII.GetBytes("R3LD!!tsOf\r\nZQ"));
        Assert.Equal("Größe", garbled.TextBody);
        Assert.Contains(garbled.Warnings, w => w.Contains("not base64", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_DecodesQuotedPrintableSoftBreaks_AndKeepsBadEscapesLiterally()
    {
        // MimeKit keeps the whitespace before a hard line break (the old decoder dropped it, as RFC 2045 suggests).
        var message = Single("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable",
            Eml.Bytes("Preis: 100 =E2=82=AC pro St=C3=BC=\nck, Rabatt =ZZ 5% und =3D Ende   \nneue Zeile"));
        Assert.Equal("Preis: 100 € pro Stück, Rabatt =ZZ 5% und = Ende   \nneue Zeile", message.TextBody);
    }

    [Fact]
    public void Parse_ReadsEightBitBodyInDeclaredCharset()
    {
        var message = Single("Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: 8bit", System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("Größe – „Knopf“"));
        Assert.Equal("Größe – „Knopf“", message.TextBody);
    }

    [Fact]
    public void Parse_ReadsUndeclaredEightBitBodyAsUtf8OrWindows1252()
    {
        Assert.Equal("Größe", Single("Content-Type: text/plain", Encoding.UTF8.GetBytes("Größe")).TextBody);
        Assert.Equal("Größe", Single("Content-Type: text/plain", Encoding.Latin1.GetBytes("Größe")).TextBody);
    }

    [Theory]
    [InlineData("iso-8859-2", "Łódź")]
    [InlineData("koi8-r", "Пуговицы")]
    [InlineData("shift_jis", "ボタン")]
    [InlineData("gbk", "纽扣")]
    [InlineData("gb2312", "纽扣")]
    [InlineData("windows-1251", "Пуговицы")]
    [InlineData("iso-8859-15", "Preis 5 €")]
    public void Parse_DecodesBodyInLegacyCharsets(string charset, string text)
    {
        var bytes = (System.Text.CodePagesEncodingProvider.Instance.GetEncoding(charset) ?? System.Text.Encoding.GetEncoding(charset)).GetBytes(text);
        Assert.Equal(text, Single($"Content-Type: text/plain; charset=\"{charset}\"\nContent-Transfer-Encoding: 8bit", bytes).TextBody);
    }

    [Fact]
    public void Parse_ReadsTextMislabelledAsUtf8AsWindows1252_WhenNoUtf8SequenceOccurs()
    {
        var message = Single("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit", System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("Größe – 5 €"));
        Assert.Equal("Größe – 5 €", message.TextBody);
        Assert.Contains(message.Warnings, w => w.Contains("not UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_KeepsUtf8WithOneBrokenByte_AsUtf8()
    {
        var bytes = Eml.Concat(System.Text.Encoding.UTF8.GetBytes("Grüße "), [0xFF], System.Text.Encoding.UTF8.GetBytes(" Köln"));
        Assert.Equal("Grüße \uFFFD Köln", Single("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit", bytes).TextBody);
    }

    [Fact]
    public void Parse_DecodesUtf7BodyWithOwnDecoder()
    {
        Assert.Equal("Hi Mom -☺-! 1 + 1", Single("Content-Type: text/plain; charset=UTF-7", Encoding.ASCII.GetBytes("Hi Mom -+Jjo--! 1 +- 1")).TextBody);
    }

    [Fact]
    public void Parse_ReadsUnknownCharsetAsUtf8ThenWindows1252_AndWarns()
    {
        var message = Single("Content-Type: text/plain; charset=x-mac-unknown", Encoding.Latin1.GetBytes("Größe"));
        Assert.Equal("Größe", message.TextBody);
        Assert.Contains(message.Warnings, w => w.Contains("x-mac-unknown", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_UnwrapsFormatFlowed_WithoutJoiningAcrossQuoteDepthsOrSignature()
    {
        var text = "Erste Zeile \nweiter.\n> zitiert \n> weiter\n>> tiefer\n \nstuffed\n-- \nSig";
        var message = Single("Content-Type: text/plain; charset=utf-8; format=flowed", Eml.Bytes(text));
        Assert.Equal("Erste Zeile weiter.\n> zitiert weiter\n>> tiefer\n\nstuffed\n-- \nSig", message.TextBody);
    }

    [Fact]
    public void Parse_NormalizesLineBreaksInTextToLf()
    {
        Assert.Equal("a\nb\nc", Single("Content-Type: text/plain", Encoding.ASCII.GetBytes("a\r\nb\rc")).TextBody);
    }

    [Fact]
    public void Parse_KeepsBinaryAttachmentBytesExactly()
    {
        var bytes = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        var raw = Eml.Concat(Eml.Bytes("Content-Type: multipart/mixed; boundary=XX\n\n--XX\nContent-Type: application/octet-stream; name=all.bin\nContent-Transfer-Encoding: binary\n\n"), bytes, Eml.Bytes("\n--XX--\n"));
        Assert.Equal(bytes, Assert.Single(Eml.Parse(raw).Attachments).Content.ToArray());
    }
}
