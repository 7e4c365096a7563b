using HappyButtons.Engine.Mail.Auth;

namespace HappyButtons.Engine.Mail.Mailboxes;

public enum MailboxKind { Maildir, Imap }

/// <summary>The stored configuration and live status of one department mailbox. No password or OAuth2 secret is ever held here.</summary>
public sealed record MailboxSettings
{
    public required string Department { get; init; }
    public required string Address { get; init; }
    public MailboxKind Kind { get; init; } = MailboxKind.Maildir;
    public string? Host { get; init; }
    public int? Port { get; init; }
    public string? Security { get; init; }
    public string? UserName { get; init; }
    public bool HasPassword { get; init; }
    /// <summary>Password (default) or OAuth2 (Microsoft 365, Google Workspace).</summary>
    public MailAuthKind Auth { get; init; } = MailAuthKind.Password;
    public string? OAuthTokenEndpoint { get; init; }
    public string? OAuthClientId { get; init; }
    public string? OAuthScope { get; init; }
    public bool HasOAuthClientSecret { get; init; }
    public bool HasOAuthRefreshToken { get; init; }
    public string? PinnedThumbprint { get; init; }
    public int PollSeconds { get; init; } = 10;
    public string? ProcessedFolder { get; init; }
    public string? SentFolder { get; init; }
    public long? UidValidity { get; init; }
    public long? LastUid { get; init; }
    public bool Connected { get; init; }
    public DateTimeOffset? LastFetchAt { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? LastErrorAt { get; init; }
    /// <summary>When an administrator (or the seed) last changed the settings.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>IMAP only: after ingest, move to <see cref="ProcessedFolder"/> when set, else mark \Seen.</summary>
    public bool MovesProcessedMail => !string.IsNullOrWhiteSpace(ProcessedFolder);
}
