namespace HappyButtons.Engine.Mail.Outgoing;

/// <summary>What to send. <see cref="MailComposer"/> turns it into RFC 5322/MIME bytes (MimeKit).</summary>
public sealed record OutgoingMessage
{
    public required EmailAddress From { get; init; }
    public IReadOnlyList<EmailAddress> To { get; init; } = [];
    public IReadOnlyList<EmailAddress> Cc { get; init; } = [];

    /// <summary>Used for the SMTP envelope only; never written into the message.</summary>
    public IReadOnlyList<EmailAddress> Bcc { get; init; } = [];
    public IReadOnlyList<EmailAddress> ReplyTo { get; init; } = [];
    public string Subject { get; init; } = string.Empty;
    public string? TextBody { get; init; }
    public string? HtmlBody { get; init; }
    public IReadOnlyList<OutgoingAttachment> Attachments { get; init; } = [];

    /// <summary>Without angle brackets; generated when null.</summary>
    public string? MessageId { get; init; }

    /// <summary>Set from the writer's clock when null.</summary>
    public DateTimeOffset? Date { get; init; }
    public string? InReplyTo { get; init; }
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>Further fields such as Auto-Submitted; values are encoded like Subject.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ExtraHeaders { get; init; } = [];
}

/// <summary>A file to attach. With a <see cref="ContentId"/> it is an inline part the HTML references as "cid:".</summary>
public sealed record OutgoingAttachment(string FileName, string ContentType, byte[] Content)
{
    public string? ContentId { get; init; }
    public bool IsInline => ContentId is not null;
}
