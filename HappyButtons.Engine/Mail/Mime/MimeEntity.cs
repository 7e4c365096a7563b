using System.Runtime.CompilerServices;

namespace HappyButtons.Engine.Mail.Mime;

/// <summary>
/// One node of the MIME tree: a multipart with children, an embedded message, or a leaf with content.
/// Content is kept as the transmitted bytes and decoded on first read.
/// </summary>
public sealed class MimeEntity
{
    private readonly IMimeWarningSink _warnings;
    private StrongBox<ReadOnlyMemory<byte>>? _content;
    private string? _text;
    private DeliveryStatus? _deliveryStatus;

    internal MimeEntity(HeaderList headers, ContentType contentType, ReadOnlyMemory<byte> rawContent, int depth, IMimeWarningSink warnings)
    {
        Headers = headers;
        ContentType = contentType;
        RawContent = rawContent;
        Depth = depth;
        _warnings = warnings;
        ContentDisposition = ContentDisposition.Parse(headers["Content-Disposition"], warnings);
        TransferEncoding = headers["Content-Transfer-Encoding"]?.Trim().ToLowerInvariant() ?? "7bit";
        ContentId = MessageIdParser.ParseSingle(headers["Content-ID"]) ?? NullIfEmpty(headers["Content-ID"]?.Trim());
    }

    public HeaderList Headers { get; }
    public ContentType ContentType { get; }
    public ContentDisposition? ContentDisposition { get; }

    /// <summary>Lower-cased Content-Transfer-Encoding; "7bit" when absent.</summary>
    public string TransferEncoding { get; }

    /// <summary>Content-ID without angle brackets, as referenced by "cid:" URLs in HTML.</summary>
    public string? ContentId { get; }

    public int Depth { get; }

    /// <summary>The body bytes as transmitted (still transfer-encoded); for a multipart the whole multipart body.</summary>
    public ReadOnlyMemory<byte> RawContent { get; }

    public IReadOnlyList<MimeEntity> Children { get; internal set; } = [];
    public ReadOnlyMemory<byte> Preamble { get; internal set; }
    public ReadOnlyMemory<byte> Epilogue { get; internal set; }

    /// <summary>The parsed message inside a message/rfc822 part.</summary>
    public MimeMessage? EmbeddedMessage { get; internal set; }

    public bool IsMultipart => ContentType.IsMultipart;

    /// <summary>File name from Content-Disposition filename, else Content-Type name; as sent (see <see cref="SafeFileName"/>).</summary>
    public string? FileName => NullIfEmpty(ContentDisposition?.FileName) ?? NullIfEmpty(ContentType.Name);

    public bool IsAttachment => ContentDisposition?.IsAttachment == true;

    /// <summary>The content with its transfer encoding removed.</summary>
    public ReadOnlyMemory<byte> GetContent() =>
        // Boxed so concurrent readers never see a half-written (torn) memory struct.
        LazyInitializer.EnsureInitialized(ref _content, () => new StrongBox<ReadOnlyMemory<byte>>(DecodeTransfer())).Value;

    /// <summary>Text content decoded by its charset, line breaks normalised to "\n", format=flowed unwrapped.</summary>
    public string GetText()
    {
        if (_text is not null) return _text;
        var text = Charsets.DecodeText(GetContent().Span, ContentType.Charset, _warnings);
        if (string.Equals(ContentType.Parameter("format"), "flowed", StringComparison.OrdinalIgnoreCase))
            text = FlowedText.Unwrap(text, string.Equals(ContentType.Parameter("delsp"), "yes", StringComparison.OrdinalIgnoreCase));
        return _text = text;
    }

    /// <summary>The report fields of a message/delivery-status part, else null.</summary>
    public DeliveryStatus? DeliveryStatus =>
        ContentType.Is("message", "delivery-status") || ContentType.Is("message", "global-delivery-status")
            ? _deliveryStatus ??= DeliveryStatus.Parse(GetContent(), _warnings)
            : null;

    /// <summary>This entity and all descendants, depth-first, not entering embedded messages.</summary>
    public IEnumerable<MimeEntity> Descendants()
    {
        yield return this;
        foreach (var child in Children)
            foreach (var entity in child.Descendants())
                yield return entity;
    }

    private ReadOnlyMemory<byte> DecodeTransfer()
    {
        switch (TransferEncoding)
        {
            case "base64":
                return Base64Decoder.Decode(RawContent.Span, _warnings);
            case "quoted-printable":
                return QuotedPrintableDecoder.Decode(RawContent.Span, _warnings);
            case "7bit" or "8bit" or "binary" or "":
                return RawContent;
            default:
                _warnings.Add($"Unknown Content-Transfer-Encoding '{WarningText.Shorten(TransferEncoding)}'; content kept as sent.");
                return RawContent;
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    public override string ToString() => $"{ContentType.MimeType} ({RawContent.Length} bytes, {Children.Count} children)";
}
