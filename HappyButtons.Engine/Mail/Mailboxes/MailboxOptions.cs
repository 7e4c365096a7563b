using HappyButtons.Engine.Mail.Auth;

namespace HappyButtons.Engine.Mail.Mailboxes;

/// <summary>One entry of <c>HappyButtons:Mailboxes:N</c>; seeds the mailbox of its department on first start.</summary>
public sealed class MailboxOptions
{
    public string? Department { get; set; }
    public string? Address { get; set; }
    /// <summary><c>Imap</c> or <c>Maildir</c>.</summary>
    public string? Kind { get; set; }
    public string? Host { get; set; }
    public int? Port { get; set; }
    /// <summary><c>Tls</c>, <c>StartTls</c> or <c>None</c>.</summary>
    public string? Security { get; set; }
    public string? User { get; set; }
    public string? Password { get; set; }
    public int? PollSeconds { get; set; }
    public string? ProcessedFolder { get; set; }
    public string? SentFolder { get; set; }
    public string? PinnedThumbprint { get; set; }
    /// <summary><c>Password</c> (default) or <c>OAuth2</c>; OAuth2 reads <see cref="OAuth"/>.</summary>
    public string? Auth { get; set; }
    public OAuthOptions? OAuth { get; set; }
}

/// <summary><c>HappyButtons:Mail</c>: the company mail domain, the size limit, and whether this node reads the mailboxes.</summary>
public sealed class MailOptions
{
    public const string Section = "HappyButtons:Mail";

    public string Domain { get; set; } = "happybuttons.de";

    /// <summary>Largest message accepted by the upload API and ingested from a mailbox; larger ones are kept raw and flagged.</summary>
    public long MaxMessageBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>
    /// Whether this node reads the mailboxes (Maildir watchers, IMAP IDLE and polls). With several nodes on one database
    /// one reader is enough; the others only serve pages and process what it ingested.
    /// </summary>
    public bool ReadMailboxes { get; set; } = true;

    /// <summary>
    /// PEM files of certificates trusted as roots for S/MIME signatures besides the system's CA bundle (e.g. an OEM
    /// partner's own CA). Signatures chaining to none of them are shown as "unknown signer".
    /// </summary>
    public List<string> SmimeTrustedCertificates { get; set; } = [];

    /// <summary>Whether the system's CA bundle counts as S/MIME roots.</summary>
    public bool SmimeTrustSystemRoots { get; set; } = true;
}
