using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HappyButtons.Engine.Storage.Model;

/// <summary>A department's mailbox: where its mail comes from, and how reading it went last.</summary>
public sealed class Mailbox
{
    public required string Department { get; set; }
    public required string Address { get; set; }

    /// <summary>maildir | imap</summary>
    public string Kind { get; set; } = "maildir";

    public MailboxServer Server { get; set; } = new();

    /// <summary>password | oauth2</summary>
    public string Auth { get; set; } = "password";

    public MailboxOAuth OAuth { get; set; } = new();
    public int PollSeconds { get; set; } = 10;
    public string? ProcessedFolder { get; set; }
    public string? SentFolder { get; set; }
    public MailboxSync Sync { get; set; } = new();
    public MailboxStatus Status { get; set; } = new();
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The IMAP server and account of a mailbox; the password only as Data Protection ciphertext.</summary>
public sealed class MailboxServer
{
    public string? Host { get; set; }
    public int? Port { get; set; }

    /// <summary>tls | starttls | none</summary>
    public string? Security { get; set; }

    public string? UserName { get; set; }
    public string? PasswordProtected { get; set; }
    public string? PinnedThumbprint { get; set; }
}

/// <summary>OAuth2 sign-in of a hosted mailbox (Microsoft 365, Google): the token endpoint and client; secrets as ciphertext.</summary>
public sealed class MailboxOAuth
{
    public string? TokenEndpoint { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecretProtected { get; set; }
    public string? Scope { get; set; }
    public string? RefreshTokenProtected { get; set; }
}

/// <summary>
/// An OAuth2 access token (and the newest refresh token, when the endpoint rotates them) of one sign-in —
/// <c>mailbox:&lt;department&gt;</c> or <c>smtp</c> — as Data Protection ciphertext, used only with the settings it was fetched for.
/// </summary>
public sealed class OAuthToken
{
    public required string TokenKey { get; set; }
    public required string AccessTokenProtected { get; set; }
    public string? RefreshTokenProtected { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public required string SettingsHash { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>How far the IMAP source has read: the folder's UIDVALIDITY and the last UID taken.</summary>
public sealed class MailboxSync
{
    public long? UidValidity { get; set; }
    public long? LastUid { get; set; }
}

/// <summary>The mailbox's live status shown to administrators.</summary>
public sealed class MailboxStatus
{
    public bool Connected { get; set; }
    public DateTimeOffset? LastFetchAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? LastErrorAt { get; set; }
}

internal sealed class MailboxConfiguration : IEntityTypeConfiguration<Mailbox>, IEntityTypeConfiguration<OAuthToken>
{
    public void Configure(EntityTypeBuilder<OAuthToken> token) => token.ToTable("oauth_tokens").HasKey(t => t.TokenKey);

    public void Configure(EntityTypeBuilder<Mailbox> mailbox)
    {
        mailbox.ToTable("mailboxes").HasKey(m => m.Department);
        mailbox.HasOne<Department>().WithMany().HasForeignKey(m => m.Department).OnDelete(DeleteBehavior.NoAction);
        mailbox.OwnsOne(m => m.Server, server =>
        {
            server.Property(s => s.Host).HasColumnName("host");
            server.Property(s => s.Port).HasColumnName("port");
            server.Property(s => s.Security).HasColumnName("security");
            server.Property(s => s.UserName).HasColumnName("user_name");
            server.Property(s => s.PasswordProtected).HasColumnName("password_protected");
            server.Property(s => s.PinnedThumbprint).HasColumnName("pinned_thumbprint");
        });
        mailbox.Navigation(m => m.Server).IsRequired();
        mailbox.OwnsOne(m => m.OAuth, oauth =>
        {
            oauth.Property(o => o.TokenEndpoint).HasColumnName("oauth_token_endpoint");
            oauth.Property(o => o.ClientId).HasColumnName("oauth_client_id");
            oauth.Property(o => o.ClientSecretProtected).HasColumnName("oauth_client_secret_protected");
            oauth.Property(o => o.Scope).HasColumnName("oauth_scope");
            oauth.Property(o => o.RefreshTokenProtected).HasColumnName("oauth_refresh_token_protected");
        });
        mailbox.Navigation(m => m.OAuth).IsRequired();
        mailbox.OwnsOne(m => m.Sync, sync =>
        {
            sync.Property(s => s.UidValidity).HasColumnName("uid_validity");
            sync.Property(s => s.LastUid).HasColumnName("last_uid");
        });
        mailbox.Navigation(m => m.Sync).IsRequired();
        mailbox.OwnsOne(m => m.Status, status =>
        {
            status.Property(s => s.Connected).HasColumnName("connected");
            status.Property(s => s.LastFetchAt).HasColumnName("last_fetch_at");
            status.Property(s => s.LastError).HasColumnName("last_error");
            status.Property(s => s.LastErrorAt).HasColumnName("last_error_at");
        });
        mailbox.Navigation(m => m.Status).IsRequired();
    }
}
