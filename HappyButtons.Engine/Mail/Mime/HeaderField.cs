namespace HappyButtons.Engine.Mail.Mime;

/// <summary>
/// One header field as it arrived. The value stays raw bytes until read, so parsing a message
/// costs no string allocation for headers nobody looks at.
/// </summary>
public sealed class HeaderField
{
    private string? _text;
    private string? _decoded;

    public HeaderField(string name, ReadOnlyMemory<byte> rawValue)
    {
        Name = name;
        RawValue = rawValue;
    }

    public string Name { get; }

    /// <summary>Bytes after the colon, folding line breaks included.</summary>
    public ReadOnlyMemory<byte> RawValue { get; }

    /// <summary>Unfolded value with raw 8-bit bytes read as UTF-8 (else windows-1252); encoded-words not decoded.</summary>
    public string Text => _text ??= Unfold(RawValue.Span);

    /// <summary>Unfolded value with RFC 2047 encoded-words decoded: the reading for unstructured fields like Subject.</summary>
    /// <remarks>Kept after the first read; a caller that passes a warning sink still gets the decoding's warnings.</remarks>
    public string DecodedText(IMimeWarningSink? warnings = null) =>
        warnings is null ? _decoded ??= EncodedWordDecoder.Decode(Text) : _decoded = EncodedWordDecoder.Decode(Text, warnings);

    internal static string Unfold(ReadOnlySpan<byte> raw)
    {
        if (raw.IndexOfAny((byte)'\r', (byte)'\n') < 0) return Charsets.DecodeUndeclared(raw.Trim(" \t"u8));
        var buffer = raw.Length <= 1024 ? stackalloc byte[raw.Length] : new byte[raw.Length];
        var length = 0;
        foreach (var b in raw)
            if (b is not ((byte)'\r' or (byte)'\n')) buffer[length++] = b;
        return Charsets.DecodeUndeclared(buffer[..length].Trim(" \t"u8));
    }

    public override string ToString() => $"{Name}: {Text}";
}
