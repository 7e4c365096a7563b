namespace HappyButtons.Engine.Mail.Parsing;

/// <summary>
/// Bounds that keep one hostile message from exhausting a worker. Exceeding one never throws: the parser keeps what it
/// read, sets <see cref="ParsedMail.LimitExceeded"/> and says so in a warning.
/// </summary>
public sealed record MailParseLimits
{
    public static readonly MailParseLimits Default = new();

    /// <summary>Bytes parsed; a larger mail is cut here (the raw store keeps all of it).</summary>
    public int MaxMessageBytes { get; init; } = 50 * 1024 * 1024;

    /// <summary>Multipart and message/rfc822 nesting (MimeKit's <c>ParserOptions.MaxMimeDepth</c>); deeper parts stay unread content.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Parts read as attachments or bodies; the rest are left in the raw mail.</summary>
    public int MaxParts { get; init; } = 1000;

    /// <summary>The top-level header block; fields beyond it are dropped before MimeKit reads the mail.</summary>
    public int MaxHeaderBlockBytes { get; init; } = 1024 * 1024;

    /// <summary>One line of the top-level header block; a longer line is cut (a 5 MB Subject is an attack, not a subject).</summary>
    public int MaxHeaderLineBytes { get; init; } = 256 * 1024;

    /// <summary>
    /// Lines of the top-level header block. MimeKit reads a field folded over very many lines in time that grows faster
    /// than their number (200,000 whitespace lines take seconds), so the block is cut here.
    /// </summary>
    public int MaxHeaderLines { get; init; } = 20_000;

    /// <summary>Body text analysed for <see cref="ParsedMail.BodyText"/>; a 40 MB log pasted into a mail should not stall a worker.</summary>
    public int MaxBodyTextChars { get; init; } = 1_000_000;
}
