using System.Text;

namespace HappyButtons.Engine.Mail.Mime;

/// <summary>
/// Decodes RFC 2047 encoded-words (=?charset?B|Q?text?=) inside header text. Whitespace between two
/// adjacent encoded-words is dropped; consecutive words in the same charset are joined as bytes first,
/// so a multi-byte character split across two words still decodes. Malformed words stay as written.
/// </summary>
public static class EncodedWordDecoder
{
    /// <summary>RFC 2047 allows 75 characters per word; generators that ignore it stay well below this.</summary>
    internal const int MaxPayload = 2048;

    public static string Decode(string text, IMimeWarningSink? warnings = null)
    {
        var start = text.IndexOf("=?", StringComparison.Ordinal);
        if (start < 0) return text;

        var output = new StringBuilder(text.Length);
        var pending = new PendingWord();
        var position = 0;
        var previousWasEncoded = false;
        while (start >= 0)
        {
            var between = text.AsSpan(position, start - position);
            if (TryParse(text, start, out var word, out var end))
            {
                var adjacent = previousWasEncoded && between.IsWhiteSpace();
                if (!adjacent || !pending.SameCharset(word.Charset))
                {
                    pending.FlushTo(output, warnings);
                    if (!adjacent) output.Append(between);
                }
                pending.Append(word);
                position = end;
                previousWasEncoded = true;
            }
            else
            {
                pending.FlushTo(output, warnings);
                output.Append(between).Append("=?");
                position = start + 2;
                previousWasEncoded = false;
            }
            start = text.IndexOf("=?", position, StringComparison.Ordinal);
        }
        pending.FlushTo(output, warnings);
        output.Append(text.AsSpan(position));
        return output.ToString();
    }

    private readonly record struct EncodedWord(string Charset, byte[] Bytes);

    private static bool TryParse(string text, int start, out EncodedWord word, out int end)
    {
        word = default;
        end = 0;
        var charsetEnd = text.IndexOf('?', start + 2);
        if (charsetEnd < 0 || charsetEnd == start + 2 || charsetEnd - start > 80) return false;
        if (charsetEnd + 3 > text.Length || text[charsetEnd + 2] != '?') return false;
        var encoding = char.ToUpperInvariant(text[charsetEnd + 1]);
        if (encoding is not ('B' or 'Q')) return false;
        var payloadStart = charsetEnd + 3;
        // Bounded search: a hostile header full of unterminated words must not make decoding quadratic.
        var window = Math.Min(MaxPayload, text.Length - payloadStart);
        var payloadEnd = text.IndexOf("?=", payloadStart, window, StringComparison.Ordinal);
        if (payloadEnd < 0) return false;
        var charset = text.AsSpan(start + 2, charsetEnd - start - 2);
        var payload = text.AsSpan(payloadStart, payloadEnd - payloadStart);
        if (ContainsWhiteSpace(charset) || ContainsWhiteSpace(payload)) return false;
        var languageAt = charset.IndexOf('*');
        if (languageAt >= 0) charset = charset[..languageAt];

        var bytes = encoding == 'B' ? DecodeB(payload) : DecodeQ(payload);
        word = new EncodedWord(charset.ToString(), bytes);
        end = payloadEnd + 2;
        return true;
    }

    private static bool ContainsWhiteSpace(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
            if (char.IsWhiteSpace(c)) return true;
        return false;
    }

    private static byte[] DecodeB(ReadOnlySpan<char> payload)
    {
        Span<byte> ascii = payload.Length <= 512 ? stackalloc byte[payload.Length] : new byte[payload.Length];
        for (var i = 0; i < payload.Length; i++) ascii[i] = payload[i] < 128 ? (byte)payload[i] : (byte)'?';
        return Base64Decoder.Decode(ascii, null);
    }

    private static byte[] DecodeQ(ReadOnlySpan<char> payload)
    {
        var bytes = new List<byte>(payload.Length);
        for (var i = 0; i < payload.Length; i++)
        {
            var c = payload[i];
            if (c == '_') bytes.Add((byte)' ');
            else if (c == '=' && TryHex(payload, i + 1, out var value))
            {
                bytes.Add(value);
                i += 2;
            }
            else if (c < 128) bytes.Add((byte)c);
            else bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
        }
        return bytes.ToArray();
    }

    private static bool TryHex(ReadOnlySpan<char> text, int at, out byte value)
    {
        value = 0;
        if (at + 1 >= text.Length) return false;
        var high = HexValue(text[at]);
        var low = HexValue(text[at + 1]);
        if (high < 0 || low < 0) return false;
        value = (byte)((high << 4) | low);
        return true;
    }

    internal static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };

    private sealed class PendingWord
    {
        private string? _charset;
        private readonly List<byte> _bytes = [];

        public bool SameCharset(string charset) =>
            _charset is not null && string.Equals(_charset, charset, StringComparison.OrdinalIgnoreCase);

        public void Append(EncodedWord word)
        {
            _charset ??= word.Charset;
            _bytes.AddRange(word.Bytes);
        }

        public void FlushTo(StringBuilder output, IMimeWarningSink? warnings)
        {
            if (_charset is null) return;
            output.Append(Charsets.Decode(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_bytes), _charset, warnings));
            _charset = null;
            _bytes.Clear();
        }
    }
}
