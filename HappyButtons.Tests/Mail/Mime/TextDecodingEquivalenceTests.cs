using System.Text;
using System.Text.Unicode;
using FsCheck;
using FsCheck.Fluent;
using HappyButtons.Engine.Mail.Mime;

namespace HappyButtons.Tests.Mail.Mime;

/// <summary>
/// Body text is decoded into a buffer and its line breaks normalised there; the result (text and warnings) must be
/// what decoding to a string and then replacing "\r\n" and "\r" gave before, for valid, broken and mislabelled bytes.
/// </summary>
public class TextDecodingEquivalenceTests
{
    private static readonly byte[][] Pieces =
    [
        "\r"u8.ToArray(), "\n"u8.ToArray(), "\r\n"u8.ToArray(), "a"u8.ToArray(), "Knöpfe"u8.ToArray(), "€"u8.ToArray(),
        [0xEF, 0xBF, 0xBD], [0xE2, 0x82], [0xFC], [0xC3], [0x80], [0xF0, 0x9F, 0x98, 0x80], [0xED, 0xA0, 0x80], [0x00],
    ];

    private static readonly string?[] Labels = ["utf-8", "UTF8", "\"utf-8\"", null, "iso-8859-1", "windows-1252", "x-unknown", "bogus-charset", "utf-7"];

    private static Gen<byte[]> Bodies() =>
        Gen.ListOf(Gen.Elements(Pieces)).Select(pieces => pieces.SelectMany(p => p).ToArray());

    [Fact]
    public void DecodeText_GivesWhatDecodeThenReplaceGave()
    {
        var property = Prop.ForAll(Bodies().ToArbitrary(), Gen.Elements(Labels).ToArbitrary(), (bytes, charset) =>
        {
            var (expected, expectedWarnings) = Reference(bytes, charset);
            var warnings = new MimeWarnings();
            Assert.Equal(OldNormalize(expected), Charsets.DecodeText(bytes, charset, warnings));
            Assert.Equal(expectedWarnings, warnings.Snapshot());
            var decodeWarnings = new MimeWarnings();
            Assert.Equal(expected, Charsets.Decode(bytes, charset, decodeWarnings));
            Assert.Equal(expectedWarnings, decodeWarnings.Snapshot());
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), property);
    }

    [Fact]
    public void DecodeText_HandlesBodiesLargerThanThePooledBuffers()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Zeile mit Knöpfen\r\nund \r einzelnem CR\n", 20_000)));
        Assert.Equal(OldNormalize(Reference(bytes, "utf-8").Text), Charsets.DecodeText(bytes, "utf-8"));
        Assert.Equal(OldNormalize(Reference(bytes, null).Text), Charsets.DecodeText(bytes, null));
    }

    [Fact]
    public void NormalizeLineBreaks_GivesWhatReplaceGave()
    {
        var texts = Gen.ListOf(Gen.Elements("\r", "\n", "\r\n", "\n\r", "a", "ü", "")).Select(string.Concat);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), Prop.ForAll(texts.ToArbitrary(), text =>
            Assert.Equal(OldNormalize(text), LineBreaks.Normalize(text))));
    }

    [Theory]
    [InlineData("text/plain; charset=utf-8; Charset=latin1", "charset", "utf-8")]
    [InlineData("text/plain; CHARSET=utf-8", "charset", "utf-8")]
    [InlineData("text/plain; name==?utf-8?q?Gr=C3=B6=C3=9Fe?=.txt; format=flowed", "name", "Größe.txt")]
    [InlineData("text/plain; name=a.txt; name*=utf-8''b.txt", "name", "b.txt")]
    [InlineData("text/plain; format=flowed; delsp=yes; format=fixed", "format", "flowed")]
    public void ContentTypeParameters_KeepTheFirstPlainValue_AndPreferRfc2231(string header, string name, string expected)
    {
        var type = ContentType.Parse(header, ContentType.TextPlain, null);
        Assert.Equal(expected, type.Parameter(name));
        Assert.Equal(header.Split(';').Skip(1).Select(p => p.Split('=')[0].Trim().TrimEnd('*')).Distinct(StringComparer.OrdinalIgnoreCase),
            type.Parameters.Keys);
    }

    /// <summary>The decoding as it was: labelled UTF-8 validated before it is decoded (line breaks are replaced afterwards).</summary>
    private static (string Text, string[] Warnings) Reference(byte[] bytes, string? charset)
    {
        var warnings = new MimeWarnings();
        string text;
        if (bytes.Length > 0 && !Charsets.IsUtf7(charset) && Charsets.Find(charset) is UTF8Encoding utf8)
        {
            if (!Utf8.IsValid(bytes) && !HasMultiByteUtf8(bytes))
            {
                warnings.Add("Text labelled UTF-8 is not UTF-8; read as windows-1252.");
                text = Charsets.Windows1252.GetString(bytes);
            }
            else text = utf8.GetString(bytes);
        }
        else text = Charsets.Decode(bytes, charset, warnings);
        return (text, warnings.Snapshot().ToArray());
    }

    private static bool HasMultiByteUtf8(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done && rune.Value >= 0x80) return true;
            bytes = bytes[Math.Max(1, consumed)..];
        }
        return false;
    }

    private static string OldNormalize(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
