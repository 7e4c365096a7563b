using System.Net.Mail;
using HappyButtons.Engine.Mail.Auth;
using HappyButtons.Engine.Mail.Tls;

namespace HappyButtons.Engine.Mail.Mailboxes;

public enum PasswordChange { Keep, Set, Clear }

/// <summary>
/// An administrator's edit of one mailbox. The password and the OAuth2 client secret and refresh token are write-only:
/// kept unless set or cleared explicitly.
/// </summary>
public sealed record MailboxUpdate
{
    public required string Department { get; init; }
    public required string Address { get; init; }
    public MailboxKind Kind { get; init; }
    public string? Host { get; init; }
    public int? Port { get; init; }
    public string? Security { get; init; }
    public string? User { get; init; }
    public PasswordChange Password { get; init; }
    public string? NewPassword { get; init; }
    public string? PinnedThumbprint { get; init; }
    public int PollSeconds { get; init; } = 10;
    public string? ProcessedFolder { get; init; }
    public string? SentFolder { get; init; }
    public MailAuthKind Auth { get; init; }
    public string? OAuthTokenEndpoint { get; init; }
    public string? OAuthClientId { get; init; }
    public string? OAuthScope { get; init; }
    public PasswordChange OAuthClientSecret { get; init; }
    public string? NewOAuthClientSecret { get; init; }
    public PasswordChange OAuthRefreshToken { get; init; }
    public string? NewOAuthRefreshToken { get; init; }

    /// <summary>Problems an administrator can fix, keyed by field name; empty when the edit can be saved.</summary>
    public IReadOnlyDictionary<string, string> Validate(MailboxSettings current)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(Address) || !MailAddress.TryCreate(Address, out _))
        {
            errors[nameof(Address)] = "Enter a valid e-mail address.";
        }

        if (PollSeconds is < 1 or > 3600)
        {
            errors[nameof(PollSeconds)] = "The poll interval must be between 1 and 3600 seconds.";
        }

        if (!string.IsNullOrWhiteSpace(PinnedThumbprint) && new string(PinnedThumbprint.Where(Uri.IsHexDigit).ToArray()).Length != 64)
        {
            errors[nameof(PinnedThumbprint)] = "A pinned thumbprint is the SHA-256 of the server certificate: 64 hex digits.";
        }

        foreach (var (field, folder) in new[] { (nameof(ProcessedFolder), ProcessedFolder), (nameof(SentFolder), SentFolder) })
        {
            if (!string.IsNullOrEmpty(folder) && (folder.Any(char.IsControl) || folder.Equals("INBOX", StringComparison.OrdinalIgnoreCase)))
            {
                errors[field] = "Enter a folder name other than INBOX, without control characters.";
            }
        }

        if (Kind != MailboxKind.Imap)
        {
            return errors;
        }

        if (string.IsNullOrWhiteSpace(Host) || Host.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            errors[nameof(Host)] = "An IMAP mailbox needs a host name.";
        }

        if (Port is not (>= 1 and <= 65535))
        {
            errors[nameof(Port)] = "The port must be between 1 and 65535 (usually 993 for TLS, 143 for STARTTLS).";
        }

        if (!MailSecurityExtensions.IsValid(Security))
        {
            errors[nameof(Security)] = "Choose TLS, STARTTLS or none.";
        }

        if (string.IsNullOrWhiteSpace(User))
        {
            errors[nameof(User)] = "An IMAP mailbox needs a user name.";
        }

        if (Auth == MailAuthKind.OAuth2)
        {
            ValidateOAuth(current, errors);
        }
        else if (!WillHave(Password, NewPassword, current.HasPassword))
        {
            errors["Password"] = "An IMAP mailbox needs a password.";
        }

        return errors;
    }

    private void ValidateOAuth(MailboxSettings current, Dictionary<string, string> errors)
    {
        if (!OAuthSettings.IsTokenEndpoint(OAuthTokenEndpoint))
        {
            errors[nameof(OAuthTokenEndpoint)] = "Enter the token endpoint as an https URL (e.g. https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token).";
        }

        if (string.IsNullOrWhiteSpace(OAuthClientId))
        {
            errors[nameof(OAuthClientId)] = "OAuth2 needs the client (application) id.";
        }

        if (!WillHave(OAuthClientSecret, NewOAuthClientSecret, current.HasOAuthClientSecret)
            && !WillHave(OAuthRefreshToken, NewOAuthRefreshToken, current.HasOAuthRefreshToken))
        {
            errors[nameof(OAuthRefreshToken)] = "OAuth2 needs a refresh token (delegated access) or a client secret (client credentials).";
        }
    }

    private static bool WillHave(PasswordChange change, string? value, bool stored) => change switch
    {
        PasswordChange.Set => !string.IsNullOrEmpty(value),
        PasswordChange.Clear => false,
        _ => stored,
    };
}
