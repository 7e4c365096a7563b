using System.Text;

namespace HappyButtons.Engine.Mail.Mime;

/// <summary>
/// Produces header values as foldable tokens: plain words when the text is printable ASCII, otherwise
/// RFC 2047 encoded-words (Q for mostly-Latin text, B otherwise) that never split a UTF-8 sequence.
/// </summary>
internal static class HeaderEncoder
{
    /// <summary>Encoded-words are kept short enough that any header name plus one word stays within 78 characters.</summary>
    private const int MaxEncodedWord = 60;

    /// <summary>Tokens of an unstructured value; each token carries the whitespace that precedes it.</summary>
    public static List<string> Unstructured(string value)
    {
        value = Sanitize(value);
        if (value.Length == 0) return [];
        return NeedsEncoding(value) ? EncodedWords(value) : SplitAtWhitespace(" " + value);
    }

    /// <summary>Tokens of a display name (RFC 5322 phrase): atoms, a quoted-string, or encoded-words.</summary>
    public static List<string> Phrase(string name)
    {
        name = Sanitize(name);
        if (NeedsEncoding(name)) return EncodedWords(name);
        if (name.All(c => char.IsAsciiLetterOrDigit(c) || c == ' ' || "!#$%&'*+-/=?^_`{|}~".Contains(c)) && !name.Contains("  ", StringComparison.Ordinal))
            return SplitAtWhitespace(" " + name);
        return [" \"" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""];
    }

    public static bool NeedsEncoding(string value) =>
        value.Any(c => c is < ' ' or > '~') || value.Contains("=?", StringComparison.Ordinal) || SplitAtWhitespace(value).Any(w => w.Length > 70);

    /// <summary>Line breaks in a header value would start a new field (header injection); they become spaces.</summary>
    public static string Sanitize(string value) =>
        value.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ').Trim();

    public static List<string> EncodedWords(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        var useQ = bytes.Count(b => !IsQSafe(b) && b != ' ') * 3 < bytes.Length;
        var words = new List<string>();
        var pending = new List<byte>();
        var qLength = 0;
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            var length = rune.EncodeToUtf8(utf8);
            var runeQLength = 0;
            foreach (var b in utf8[..length]) runeQLength += IsQSafe(b) || b == ' ' ? 1 : 3;
            var candidate = 12 + (useQ ? qLength + runeQLength : (pending.Count + length + 2) / 3 * 4);
            if (pending.Count > 0 && candidate > MaxEncodedWord)
            {
                words.Add(" " + Encode(pending.ToArray(), useQ));
                pending.Clear();
                qLength = 0;
            }
            pending.AddRange(utf8[..length]);
            qLength += runeQLength;
        }
        if (pending.Count > 0) words.Add(" " + Encode(pending.ToArray(), useQ));
        return words;
    }

    private static string Encode(byte[] bytes, bool useQ)
    {
        if (!useQ) return "=?utf-8?B?" + Convert.ToBase64String(bytes) + "?=";
        var text = new StringBuilder("=?utf-8?Q?");
        foreach (var b in bytes)
        {
            if (b == ' ') text.Append('_');
            else if (IsQSafe(b)) text.Append((char)b);
            else text.Append('=').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return text.Append("?=").ToString();
    }

    /// <summary>The RFC 2047 section 5(3) set, valid in every header position including phrases.</summary>
    private static bool IsQSafe(byte b) => b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9')
        or (byte)'!' or (byte)'*' or (byte)'+' or (byte)'-' or (byte)'/';

    /// <summary>Splits before each whitespace run, so every token but the first starts with its whitespace.</summary>
    public static List<string> SplitAtWhitespace(string value)
    {
        var tokens = new List<string>();
        var start = 0;
        for (var i = 1; i < value.Length; i++)
        {
            if (value[i] is ' ' or '\t' && value[i - 1] is not (' ' or '\t'))
            {
                tokens.Add(value[start..i]);
                start = i;
            }
        }
        tokens.Add(value[start..]);
        return tokens;
    }
}
