using System.Collections.Concurrent;
using System.Text;
using System.Text.Unicode;

namespace HappyButtons.Engine.Mail.Mime;

/// <summary>
/// Maps MIME charset names to decoders. Legacy code pages come from CodePagesEncodingProvider;
/// UTF-7 has its own decoder because .NET blocks the built-in one.
/// </summary>
public static class Charsets
{
    private static readonly ConcurrentDictionary<string, Encoding?> Cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>windows-1252: the de-facto reading of undeclared 8-bit text in Western mail.</summary>
    public static Encoding Windows1252 { get; }

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);

    static Charsets()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    /// <summary>Returns the encoding for a MIME charset name, or null when unknown. Never returns UTF-7 (see <see cref="Decode"/>).</summary>
    public static Encoding? Find(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset)) return null;
        return Cache.GetOrAdd(charset.Trim().Trim('"'), Lookup);
    }

    private static Encoding? Lookup(string name)
    {
        var canonical = name.ToLowerInvariant() switch
        {
            "utf8" or "utf-8" or "unicode-1-1-utf-8" => "utf-8",
            "latin1" or "latin-1" or "l1" or "iso8859-1" or "iso_8859-1" => "iso-8859-1",
            "iso-8859-8-i" => "iso-8859-8",
            "cp1252" or "x-cp1252" or "win-1252" => "windows-1252",
            "gb2312" or "x-gbk" or "cp936" or "euc-cn" => "gbk",
            "x-sjis" or "sjis" or "ms_kanji" or "cp932" or "windows-31j" => "shift_jis",
            "ansi_x3.4-1968" or "us-ascii" or "ascii" or "x-unknown" or "unknown-8bit" => "us-ascii-lenient",
            var other when other.StartsWith("iso8859-", StringComparison.Ordinal) => "iso-8859-" + other[8..],
            var other => other,
        };
        // Mail labelled us-ascii regularly carries 8-bit text; decode it like undeclared text instead of dropping bytes.
        if (canonical == "us-ascii-lenient") return null;
        if (canonical is "utf-7" or "unicode-1-1-utf-7" or "x-unicode-2-0-utf-7") return null;
        try
        {
            return Encoding.GetEncoding(canonical);
        }
        catch (ArgumentException)
        {
            return int.TryParse(canonical.Replace("cp", "", StringComparison.Ordinal).Replace("windows-", "", StringComparison.Ordinal), out var codePage)
                ? TryCodePage(codePage)
                : null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static Encoding? TryCodePage(int codePage)
    {
        try { return Encoding.GetEncoding(codePage); }
        catch (ArgumentException) { return null; }
        catch (NotSupportedException) { return null; }
    }

    public static bool IsUtf7(string? charset) =>
        charset is not null && charset.Trim().Trim('"').ToLowerInvariant() is "utf-7" or "unicode-1-1-utf-7" or "x-unicode-2-0-utf-7";

    public static bool IsKnown(string? charset) =>
        Find(charset) is not null || IsUtf7(charset) || charset?.Trim().Trim('"').ToLowerInvariant() is "us-ascii" or "ascii" or "ansi_x3.4-1968";

    /// <summary>
    /// Decodes text in the declared charset. Unknown or missing charsets are read as UTF-8 when valid,
    /// else windows-1252; <paramref name="warnings"/> hears about unknown names.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? charset, IMimeWarningSink? warnings = null)
    {
        if (bytes.IsEmpty) return string.Empty;
        if (IsUtf7(charset)) return Utf7Decoder.Decode(bytes);
        var encoding = Find(charset);
        if (encoding is UTF8Encoding) return DecodeLabelledUtf8(bytes, encoding, warnings);
        if (encoding is not null) return encoding.GetString(bytes);
        if (!string.IsNullOrWhiteSpace(charset) && !IsKnown(charset))
            warnings?.Add($"Unknown charset '{charset}'; read as UTF-8 or windows-1252.");
        return DecodeUndeclared(bytes);
    }

    /// <summary>
    /// <see cref="Decode"/> with line breaks normalised to "\n" (see <see cref="LineBreaks"/>). Labelled UTF-8, the usual
    /// body, is decoded into a scratch buffer and normalised there, so the text is built once.
    /// </summary>
    internal static string DecodeText(ReadOnlySpan<byte> bytes, string? charset, IMimeWarningSink? warnings = null)
    {
        if (bytes.IsEmpty || Find(charset) is not UTF8Encoding utf8 || !ReplacesInvalidInput(utf8))
            return LineBreaks.Normalize(Decode(bytes, charset, warnings));
        var buffer = LineBreaks.Rent(utf8.GetMaxCharCount(bytes.Length));
        try
        {
            var chars = buffer.AsSpan(0, utf8.GetChars(bytes, buffer));
            if (chars.Contains('\uFFFD') && !Utf8.IsValid(bytes) && !HasMultiByteUtf8(bytes)) return LineBreaks.Normalize(NotUtf8(bytes, warnings));
            return new string(chars[..LineBreaks.Normalize(chars)]);
        }
        finally
        {
            LineBreaks.Return(buffer);
        }
    }

    private static string DecodeLabelledUtf8(ReadOnlySpan<byte> bytes, Encoding utf8, IMimeWarningSink? warnings)
    {
        if (ReplacesInvalidInput(utf8))
        {
            var text = utf8.GetString(bytes);
            if (!text.Contains('\uFFFD') || Utf8.IsValid(bytes) || HasMultiByteUtf8(bytes)) return text;
        }
        else if (Utf8.IsValid(bytes) || HasMultiByteUtf8(bytes)) return utf8.GetString(bytes);
        return NotUtf8(bytes, warnings);
    }

    /// <summary>Invalid input always leaves a U+FFFD in the decoded text, so text without one needs no validating pass.</summary>
    private static bool ReplacesInvalidInput(Encoding utf8) => utf8.DecoderFallback is DecoderReplacementFallback { DefaultString: "\uFFFD" };

    /// <summary>Labelled UTF-8 but every non-ASCII byte stands alone: a legacy generator that lies about its charset.</summary>
    private static string NotUtf8(ReadOnlySpan<byte> bytes, IMimeWarningSink? warnings)
    {
        warnings?.Add("Text labelled UTF-8 is not UTF-8; read as windows-1252.");
        return Windows1252.GetString(bytes);
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

    /// <summary>Raw 8-bit text without a label: UTF-8 when it is valid UTF-8, else windows-1252.</summary>
    public static string DecodeUndeclared(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Ascii.IsValid(bytes)) return Encoding.ASCII.GetString(bytes);
        return Utf8.IsValid(bytes) ? StrictUtf8.GetString(bytes) : Windows1252.GetString(bytes);
    }
}
