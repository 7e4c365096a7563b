namespace HappyButtons.Engine.Mail.Mime;

/// <summary>
/// RFC 2045 quoted-printable: =XX escapes, soft line breaks ("=" at line end), trailing whitespace
/// on a line removed. A bad escape is kept literally, as most mail readers show it.
/// </summary>
public static class QuotedPrintableDecoder
{
    public static byte[] Decode(ReadOnlySpan<byte> input, IMimeWarningSink? warnings)
    {
        var output = new byte[input.Length];
        var length = 0;
        var badEscape = false;
        var i = 0;
        while (i < input.Length)
        {
            var lineEnd = input[i..].IndexOf((byte)'\n');
            var line = lineEnd < 0 ? input[i..] : input.Slice(i, lineEnd);
            var hasNewLine = lineEnd >= 0;
            var hasCarriageReturn = line.Length > 0 && line[^1] == (byte)'\r';
            line = line.TrimEnd(" \t\r"u8);
            var soft = DecodeLine(line, output, ref length, ref badEscape);
            if (hasNewLine && !soft)
            {
                if (hasCarriageReturn) output[length++] = (byte)'\r';
                output[length++] = (byte)'\n';
            }
            i += hasNewLine ? lineEnd + 1 : input.Length - i;
        }
        if (badEscape) warnings?.Add("Quoted-printable content has invalid escapes; they were kept literally.");
        return output.AsSpan(0, length).ToArray();
    }

    /// <summary>Decodes one line (without its line break); returns true when it ends with a soft break.</summary>
    private static bool DecodeLine(ReadOnlySpan<byte> line, byte[] output, ref int length, ref bool badEscape)
    {
        for (var j = 0; j < line.Length; j++)
        {
            var b = line[j];
            if (b != (byte)'=')
            {
                output[length++] = b;
                continue;
            }
            if (j == line.Length - 1) return true;
            var high = j + 1 < line.Length ? EncodedWordDecoder.HexValue(line[j + 1]) : -1;
            var low = j + 2 < line.Length ? EncodedWordDecoder.HexValue(line[j + 2]) : -1;
            if (high >= 0 && low >= 0)
            {
                output[length++] = (byte)((high << 4) | low);
                j += 2;
                continue;
            }
            badEscape = true;
            output[length++] = b;
        }
        return false;
    }
}
