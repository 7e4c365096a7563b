namespace HappyButtons.Engine.Mail.Mime;

/// <summary>
/// A part that is not the message body: a file, an inline image (by Content-ID), or an attached message.
/// </summary>
public sealed class MimeAttachment
{
    private MimeAttachment(MimeEntity entity) => Entity = entity;

    public MimeEntity Entity { get; }

    /// <summary>The name the sender gave, decoded, possibly hostile; use <see cref="SafeFileName"/> for disk paths.</summary>
    public string? FileName => Entity.FileName;

    /// <summary>A name safe to use as a single path segment, with a fallback derived from the content type.</summary>
    public string SafeFileName => Mime.SafeFileName.From(FileName, ContentType);

    public string ContentType => Entity.ContentType.MimeType;
    public string? ContentId => Entity.ContentId;

    /// <summary>Inline parts are shown in the body (HTML "cid:" images); the rest are attached files.</summary>
    public bool IsInline => Entity.ContentDisposition?.IsInline == true || (Entity.ContentDisposition is null && Entity.ContentId is not null);

    public ReadOnlyMemory<byte> Content => Entity.GetContent();
    public long Size => Content.Length;

    /// <summary>The attached message for message/rfc822 parts.</summary>
    public MimeMessage? EmbeddedMessage => Entity.EmbeddedMessage;

    internal static IReadOnlyList<MimeAttachment> Collect(MimeEntity root, BodySelection bodies)
    {
        var result = new List<MimeAttachment>();
        foreach (var entity in root.Descendants())
        {
            if (entity == bodies.Text || entity == bodies.Html) continue;
            if (entity.IsMultipart && (entity.Children.Count > 0 || entity == root)) continue;
            if (IsBodyLikeText(entity) || IsReportPart(entity)) continue;
            result.Add(new MimeAttachment(entity));
        }
        return result;
    }

    /// <summary>Unnamed text parts next to the body (Apple Mail splits text around images) belong to the body.</summary>
    private static bool IsBodyLikeText(MimeEntity entity) =>
        entity.ContentType.IsText && entity.FileName is null && !entity.IsAttachment
        && entity.ContentType.MediaSubtype is "plain" or "html" or "enriched";

    private static bool IsReportPart(MimeEntity entity) =>
        entity.ContentType.Is("message", "delivery-status") || entity.ContentType.Is("text", "rfc822-headers")
        || entity.ContentType.Is("message", "disposition-notification");

    public override string ToString() => $"{FileName ?? "(unnamed)"} {ContentType} {Size} bytes";
}
