using System.Text;

namespace HappyButtons.Engine.Mail.Mime;

/// <summary>
/// RFC 2045 quoted-printable for text bodies: CRLF stay hard breaks, lines are soft-wrapped at 76,
/// trailing whitespace and a leading "From " (mbox) or "." (broken relays) are escaped.
/// </summary>
public static class QuotedPrintableEncoder
{
    private const int MaxLine = 76;

    public static string Encode(ReadOnlySpan<byte> content)
    {
        var output = new StringBuilder(content.Length + content.Length / 8);
        var lineStart = 0;
        while (lineStart <= content.Length)
        {
            var newline = content[lineStart..].IndexOf("\r\n"u8);
            var line = newline < 0 ? content[lineStart..] : content.Slice(lineStart, newline);
            EncodeLine(line, output);
            if (newline < 0) break;
            output.Append("\r\n");
            lineStart += newline + 2;
        }
        return output.ToString();
    }

    private static void EncodeLine(ReadOnlySpan<byte> line, StringBuilder output)
    {
        var column = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var b = line[i];
            var last = i == line.Length - 1;
            var literal = b is >= 33 and <= 126 && b != (byte)'='
                || (b is (byte)' ' or (byte)'\t' && !last);
            if (i == 0 && (b == (byte)'.' || (b == (byte)'F' && line.StartsWith("From "u8)))) literal = false;
            var width = literal ? 1 : 3;
            // Keep room for the "=" of a soft break, unless this is the final character of the line.
            var limit = last ? MaxLine : MaxLine - 1;
            if (column + width > limit)
            {
                output.Append("=\r\n");
                column = 0;
            }
            if (literal) output.Append((char)b);
            else output.Append('=').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            column += width;
        }
    }
}
