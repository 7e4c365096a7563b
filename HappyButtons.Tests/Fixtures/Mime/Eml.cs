using System.Text;
using HappyButtons.Engine.Mail.Mime;

namespace HappyButtons.Tests.Fixtures.Mime;

/// <summary>Turns readable fixture text into wire bytes: "\n" becomes CRLF, text is UTF-8 unless stated.</summary>
public static class Eml
{
    public static byte[] Bytes(string text, Encoding? encoding = null) =>
        (encoding ?? Encoding.UTF8).GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal));

    public static byte[] Latin1(string text) => Bytes(text, Encoding.Latin1);

    public static MimeMessage Parse(string text, MimeLimits? limits = null) => MimeParser.Parse(Bytes(text), limits);

    public static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
}
