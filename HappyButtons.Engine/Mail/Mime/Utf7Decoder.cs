using System.Text;

namespace HappyButtons.Engine.Mail.Mime;

/// <summary>
/// RFC 2152 UTF-7 decoder. .NET disables its UTF-7 encoding, yet old mail still uses it,
/// so decoding is done here: '+' opens a modified-base64 run of UTF-16 code units, '-' or any non-base64 char closes it.
/// </summary>
public static class Utf7Decoder
{
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b != (byte)'+')
            {
                text.Append((char)b);
                i++;
                continue;
            }
            i++;
            if (i < bytes.Length && bytes[i] == (byte)'-')
            {
                text.Append('+');
                i++;
                continue;
            }
            i = DecodeShifted(bytes, i, text);
        }
        return text.ToString();
    }

    private static int DecodeShifted(ReadOnlySpan<byte> bytes, int i, StringBuilder text)
    {
        int bits = 0, bitCount = 0;
        while (i < bytes.Length)
        {
            var value = Base64Value(bytes[i]);
            if (value < 0) break;
            bits = (bits << 6) | value;
            bitCount += 6;
            if (bitCount >= 16)
            {
                bitCount -= 16;
                text.Append((char)((bits >> bitCount) & 0xFFFF));
            }
            i++;
        }
        // '-' only terminates the run; any other terminator is ordinary text.
        if (i < bytes.Length && bytes[i] == (byte)'-') i++;
        return i;
    }

    private static int Base64Value(byte b) => b switch
    {
        >= (byte)'A' and <= (byte)'Z' => b - 'A',
        >= (byte)'a' and <= (byte)'z' => b - 'a' + 26,
        >= (byte)'0' and <= (byte)'9' => b - '0' + 52,
        (byte)'+' => 62,
        (byte)'/' => 63,
        _ => -1,
    };
}
