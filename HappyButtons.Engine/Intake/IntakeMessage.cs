namespace HappyButtons.Engine.Intake;

/// <summary>
/// A parsed mail as the intake sees it. Independent of the MIME parser: the pipeline maps the
/// parser's output onto this record once, at the edge.
/// </summary>
public sealed record IntakeMessage(
    string Mailbox,
    EmailAddress From,
    IReadOnlyList<EmailAddress> To,
    EmailAddress? ReplyTo,
    string Subject,
    string BodyText,
    string? NewContentText,
    MessageHeaders Headers,
    IReadOnlyList<IntakeAttachment> Attachments,
    DateTimeOffset ReceivedAt)
{
    /// <summary>The text the sender wrote now: new content when the parser found it, else the whole body.</summary>
    public string AuthoredText => string.IsNullOrWhiteSpace(NewContentText) ? BodyText : NewContentText;

    /// <summary>Subject, authored text and attachment text — what the classifier and keyword rules read.</summary>
    public string SearchableText
    {
        get
        {
            var extracted = Attachments.Where(a => !string.IsNullOrWhiteSpace(a.ExtractedText)).Select(a => a.ExtractedText);
            return string.Join("\n", new[] { Subject, AuthoredText }.Concat(extracted!));
        }
    }

    /// <summary>Convenience for tests, demos and the benchmark: a plain mail with default headers.</summary>
    public static IntakeMessage Simple(
        string mailbox, string from, string subject, string body,
        DateTimeOffset? receivedAt = null, MessageHeaders? headers = null,
        IReadOnlyList<IntakeAttachment>? attachments = null, string? replyTo = null) =>
        new(mailbox,
            EmailAddress.Parse(from),
            [new EmailAddress(null, $"{mailbox}@happybuttons.de")],
            replyTo is null ? null : EmailAddress.Parse(replyTo),
            subject, body, null,
            headers ?? MessageHeaders.Empty,
            attachments ?? [],
            receivedAt ?? new DateTimeOffset(2025, 3, 12, 9, 0, 0, TimeSpan.FromHours(1)));
}

/// <summary>A mailbox with an optional display name, e.g. <c>"Dr. Anna Weber" &lt;a.weber@kunde.de&gt;</c>.</summary>
public sealed record EmailAddress(string? DisplayName, string Address)
{
    public string Domain
    {
        get
        {
            var at = Address.LastIndexOf('@');
            return at < 0 ? "" : Address[(at + 1)..].Trim().TrimEnd('.').ToLowerInvariant();
        }
    }

    public string LocalPart
    {
        get
        {
            var at = Address.LastIndexOf('@');
            return (at < 0 ? Address : Address[..at]).Trim().ToLowerInvariant();
        }
    }

    /// <summary>Parses <c>Name &lt;addr&gt;</c> or a bare address; never throws.</summary>
    public static EmailAddress Parse(string text)
    {
        var open = text.LastIndexOf('<');
        var close = text.LastIndexOf('>');
        if (open >= 0 && close > open)
        {
            var name = text[..open].Trim().Trim('"').Trim();
            return new EmailAddress(name.Length == 0 ? null : name, text[(open + 1)..close].Trim());
        }
        return new EmailAddress(null, text.Trim());
    }

    public override string ToString() => DisplayName is null ? Address : $"\"{DisplayName}\" <{Address}>";
}

/// <summary>An attachment with the text a converter extracted (PDF, plain text), or null when none.</summary>
public sealed record IntakeAttachment(string FileName, string ContentType, long Size, string? ExtractedText = null)
{
    public string Extension => Path.GetExtension(FileName).TrimStart('.').ToLowerInvariant();
}
