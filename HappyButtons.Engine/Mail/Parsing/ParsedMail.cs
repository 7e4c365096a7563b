using HappyButtons.Engine.Mail.Text;

namespace HappyButtons.Engine.Mail.Parsing;

/// <summary>
/// A received mail as the product reads it, built once from MimeKit's tree by <see cref="MailParser"/> and holding no
/// MimeKit object: headers, addresses, threading ids, readable text, attachments with their bytes, what the parser
/// could not read as sent (<see cref="Warnings"/>, <see cref="ReviewReason"/>) and the S/MIME signature state.
/// </summary>
public sealed record ParsedMail
{
    public static readonly ParsedMail Empty = new();

    /// <summary>Every header field of the top-level block in order: name and decoded, unfolded value.</summary>
    public IReadOnlyList<MailHeader> Headers { get; init; } = [];

    public EmailAddress? From { get; init; }
    public IReadOnlyList<EmailAddress> To { get; init; } = [];
    public IReadOnlyList<EmailAddress> Cc { get; init; } = [];
    public IReadOnlyList<EmailAddress> ReplyTo { get; init; } = [];

    /// <summary>Decoded subject, or null when the header is missing.</summary>
    public string? Subject { get; init; }
    public DateTimeOffset? Date { get; init; }

    /// <summary>Message-ID, In-Reply-To and References without angle brackets.</summary>
    public string? MessageId { get; init; }
    public string? InReplyTo { get; init; }
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>Readable text for people and classifiers, with quoted replies and signature marked.</summary>
    public BodyText BodyText { get; init; } = BodyText.Empty;

    /// <summary>The text/plain and text/html bodies as sent (HTML for the sandboxed view only).</summary>
    public string? TextBody { get; init; }
    public string? HtmlBody { get; init; }

    /// <summary>Files, inline images (by Content-ID) and attached messages; TNEF (winmail.dat) is expanded into its files.</summary>
    public IReadOnlyList<ParsedAttachment> Attachments { get; init; } = [];

    public MailSignature Signature { get; init; } = MailSignature.None;

    /// <summary>Human-readable notes about malformed input and what was done about it.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>A parser limit was reached (size, nesting, parts, header block): the mail is kept raw and shown as far as it was read.</summary>
    public bool LimitExceeded { get; init; }

    /// <summary>Why a person should look at this mail (a limit, text that could not be read as sent, an encrypted part); null when nothing.</summary>
    public string? ReviewReason { get; init; }

    /// <summary>The value of the first header field of that name, else null.</summary>
    public string? Header(string name) => Headers.FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>The part an HTML body references as "cid:…" (brackets and the "cid:" prefix are optional), else null.</summary>
    public ParsedAttachment? FindByContentId(string contentId)
    {
        var id = contentId.StartsWith("cid:", StringComparison.OrdinalIgnoreCase) ? Uri.UnescapeDataString(contentId[4..]) : contentId;
        id = id.Trim().Trim('<', '>');
        return Attachments.FirstOrDefault(a => string.Equals(a.ContentId, id, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>One header field: its name as sent and its decoded value.</summary>
public sealed record MailHeader(string Name, string Value);

/// <summary>A part that is not the message body: a file, an inline image (by Content-ID) or an attached message.</summary>
public sealed record ParsedAttachment(string? FileName, string ContentType, string? ContentId, bool IsInline, byte[] Content)
{
    /// <summary>A name safe to use as a single path segment, with a fallback derived from the content type.</summary>
    public string SafeFileName => Parsing.SafeFileName.From(FileName, ContentType);

    public long Size => Content.LongLength;

    /// <summary>The readable text of an attached message (message/rfc822), else null.</summary>
    public string? Text { get; init; }

    public override string ToString() => $"{FileName ?? "(unnamed)"} {ContentType} {Size} bytes";
}

/// <summary>What an S/MIME signature says about a mail: none, or verified valid, invalid, or by a signer we do not trust.</summary>
public enum SignatureState { None, Valid, Invalid, UnknownSigner }

/// <param name="Signer">The signer's e-mail address (else name) from the certificate, when the signature named one.</param>
/// <param name="Detail">Why the signature is not valid, in words a person can act on.</param>
public sealed record MailSignature(SignatureState State, string? Signer = null, string? Detail = null)
{
    public static readonly MailSignature None = new(SignatureState.None);

    /// <summary>The stored code: null, "valid", "invalid" or "unknown_signer".</summary>
    public string? Code => State switch
    {
        SignatureState.Valid => "valid",
        SignatureState.Invalid => "invalid",
        SignatureState.UnknownSigner => "unknown_signer",
        _ => null,
    };

    public static SignatureState Parse(string? code) => code switch
    {
        "valid" => SignatureState.Valid,
        "invalid" => SignatureState.Invalid,
        "unknown_signer" => SignatureState.UnknownSigner,
        _ => SignatureState.None,
    };
}
