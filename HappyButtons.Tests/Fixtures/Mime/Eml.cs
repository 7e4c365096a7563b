using System.Text;
using HappyButtons.Engine.Mail.Parsing;

namespace HappyButtons.Tests.Fixtures.Mime;

/// <summary>Turns readable fixture text into wire bytes: "\n" becomes CRLF, text is UTF-8 unless stated.</summary>
public static class Eml
{
    public static byte[] Bytes(string text, Encoding? encoding = null) =>
        (encoding ?? Encoding.UTF8).GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal));

    public static byte[] Latin1(string text) => Bytes(text, Encoding.Latin1);

    public static ParsedMail Parse(string text, MailParseLimits? limits = null) => Parse(Bytes(text), limits);

    public static ParsedMail Parse(byte[] raw, MailParseLimits? limits = null) =>
        (limits is null ? MailParser.Default : new MailParser(SmimeVerifier.Default, limits)).Parse(raw);

    public static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
}
