namespace HappyButtons.Engine.Mail.Mime;

/// <summary>A node of the MIME tree to write: a leaf with content or a multipart.</summary>
internal abstract record OutgoingPart;

internal sealed record OutgoingLeaf(string MediaType, string? Charset, byte[] Content, bool IsText) : OutgoingPart
{
    public string? FileName { get; init; }
    public string? ContentId { get; init; }
    public bool Inline { get; init; }
}

internal sealed record OutgoingMultipart(string Subtype, IReadOnlyList<OutgoingPart> Parts) : OutgoingPart;

/// <summary>Decides the MIME structure: mixed(related(alternative(text, html), inline images), attachments), omitting levels not needed.</summary>
internal static class MimeComposition
{
    public static OutgoingPart Build(OutgoingMessage message)
    {
        var text = message.TextBody is null ? null : TextLeaf("text/plain", message.TextBody);
        var html = message.HtmlBody is null ? null : TextLeaf("text/html", message.HtmlBody);
        OutgoingPart body = (text, html) switch
        {
            ({ } t, { } h) => new OutgoingMultipart("alternative", [t, h]),
            ({ } t, null) => t,
            (null, { } h) => h,
            _ => TextLeaf("text/plain", string.Empty),
        };
        var inline = message.Attachments.Where(a => a.IsInline).Select(Leaf).ToList();
        if (inline.Count > 0) body = new OutgoingMultipart("related", [body, .. inline]);
        var attached = message.Attachments.Where(a => !a.IsInline).Select(Leaf).ToList();
        return attached.Count > 0 ? new OutgoingMultipart("mixed", [body, .. attached]) : body;
    }

    private static OutgoingLeaf TextLeaf(string mediaType, string text)
    {
        var normalized = LineBreaks.Normalize(text).Replace("\n", "\r\n", StringComparison.Ordinal);
        return new OutgoingLeaf(mediaType, "utf-8", System.Text.Encoding.UTF8.GetBytes(normalized), IsText: true);
    }

    private static OutgoingLeaf Leaf(OutgoingAttachment attachment) =>
        new(string.IsNullOrWhiteSpace(attachment.ContentType) ? "application/octet-stream" : attachment.ContentType.Trim(), null, attachment.Content, IsText: false)
        {
            FileName = attachment.FileName,
            ContentId = attachment.ContentId?.Trim('<', '>'),
            Inline = attachment.IsInline,
        };
}
