namespace HappyButtons.Engine.Mail.Mime;

/// <summary>
/// Picks the text/plain and text/html parts that form the message body: depth-first, skipping parts
/// marked as attachments and never entering attached messages; in multipart/related only the root part counts.
/// </summary>
internal sealed record BodySelection(MimeEntity? Text, MimeEntity? Html)
{
    public static BodySelection Find(MimeEntity root) => new(FindFirst(root, "plain"), FindFirst(root, "html"));

    private static MimeEntity? FindFirst(MimeEntity entity, string subtype)
    {
        if (entity.IsAttachment) return null;
        var type = entity.ContentType;
        if (type.IsText) return type.MediaSubtype == subtype ? entity : null;
        if (!type.IsMultipart) return null;
        // A multipart whose boundary never occurs is read as plain text: that is what a person would see.
        if (entity.Children.Count == 0) return subtype == "plain" && !entity.RawContent.IsEmpty && entity.Preamble.IsEmpty ? entity : null;
        if (type.MediaSubtype == "related") return FindFirst(RelatedRoot(entity), subtype);
        foreach (var child in entity.Children)
            if (FindFirst(child, subtype) is { } found) return found;
        return null;
    }

    private static MimeEntity RelatedRoot(MimeEntity related)
    {
        var start = MessageIdParser.ParseSingle(related.ContentType.Parameter("start"));
        return related.Children.FirstOrDefault(c => start is not null && c.ContentId == start) ?? related.Children[0];
    }
}
