using System.Text;
using HappyButtons.Engine.Mail.Smtp;

namespace HappyButtons.Tests.Mail.Smtp;

/// <summary>Transparency (RFC 5321 4.5.2) for arbitrary content, split into arbitrary chunks.</summary>
public sealed class SmtpDataEncoderTests
{
    [Fact]
    public void Encoding_IsReversible_AndNeverEndsTheDataEarly_ForRandomContent()
    {
        var random = new Random(20261121);
        var alphabet = ".\r\na"u8.ToArray();
        for (var run = 0; run < 500; run++)
        {
            var input = Enumerable.Range(0, random.Next(0, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();
            var output = EncodeInChunks(input, random);

            var text = Encoding.ASCII.GetString(output);
            Assert.EndsWith("\r\n.\r\n", "\r\n" + text);
            var body = text[..^3];
            Assert.DoesNotContain("\r\n.\r\n", "\r\n" + body);
            Assert.Equal(NormaliseLineEndings(input), Unstuff(body));
        }
    }

    private static byte[] EncodeInChunks(byte[] input, Random random)
    {
        var output = new List<byte>();
        var atLineStart = true;
        var previousWasCr = false;
        for (var offset = 0; offset < input.Length;)
        {
            var length = Math.Min(random.Next(1, 8), input.Length - offset);
            var buffer = new byte[length * 2];
            var written = SmtpDataEncoder.Encode(input.AsSpan(offset, length), buffer, ref atLineStart, ref previousWasCr);
            output.AddRange(buffer.Take(written));
            offset += length;
        }

        output.AddRange(atLineStart ? ".\r\n"u8.ToArray() : "\r\n.\r\n"u8.ToArray());
        return output.ToArray();
    }

    private static string NormaliseLineEndings(byte[] input)
    {
        var text = new StringBuilder();
        for (var i = 0; i < input.Length; i++)
        {
            if (input[i] == '\n' && (i == 0 || input[i - 1] != '\r'))
            {
                text.Append('\r');
            }

            text.Append((char)input[i]);
        }

        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append("\r\n");
        }

        return text.ToString();
    }

    private static string Unstuff(string body) =>
        string.Join("\n", body.Split('\n').Select(line => line.StartsWith('.') ? line[1..] : line));
}
