namespace HappyButtons.Engine.Mail.Mime;

/// <summary>
/// Lenient base64: skips whitespace and garbage, stops at padding, and keeps the bytes of a
/// truncated final group. Real mail has stray characters and missing padding often enough.
/// </summary>
public static class Base64Decoder
{
    private static readonly sbyte[] Table = BuildTable();

    private static sbyte[] BuildTable()
    {
        var table = new sbyte[256];
        Array.Fill(table, (sbyte)-1);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (var i = 0; i < alphabet.Length; i++) table[alphabet[i]] = (sbyte)i;
        // base64url letters appear in some broken generators; accept them too.
        table['-'] = 62;
        table['_'] = 63;
        return table;
    }

    public static byte[] Decode(ReadOnlySpan<byte> input, IMimeWarningSink? warnings)
    {
        var output = new byte[input.Length / 4 * 3 + 3];
        var length = 0;
        int quantum = 0, count = 0;
        var garbage = false;
        var i = 0;
        for (; i < input.Length; i++)
        {
            var b = input[i];
            var value = Table[b];
            if (value < 0)
            {
                if (b == (byte)'=') break;
                if (b is not ((byte)'\r' or (byte)'\n' or (byte)' ' or (byte)'\t')) garbage = true;
                continue;
            }
            quantum = (quantum << 6) | (byte)value;
            if (++count == 4)
            {
                output[length++] = (byte)(quantum >> 16);
                output[length++] = (byte)(quantum >> 8);
                output[length++] = (byte)quantum;
                quantum = 0;
                count = 0;
            }
        }
        if (count == 2) output[length++] = (byte)(quantum >> 4);
        else if (count == 3)
        {
            output[length++] = (byte)(quantum >> 10);
            output[length++] = (byte)(quantum >> 2);
        }
        else if (count == 1) warnings?.Add("Base64 content ends with a stray character; it was ignored.");
        if (garbage) warnings?.Add("Base64 content contains characters outside the alphabet; they were skipped.");
        if (i < input.Length && HasDataAfterPadding(input[i..])) warnings?.Add("Base64 content continues after padding; the rest was ignored.");
        return length == output.Length ? output : output.AsSpan(0, length).ToArray();
    }

    private static bool HasDataAfterPadding(ReadOnlySpan<byte> rest)
    {
        foreach (var b in rest)
            if (Table[b] >= 0) return true;
        return false;
    }
}
