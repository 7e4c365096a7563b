using System.Net.Mail;
using HappyButtons.Engine.Mail.Imap;

namespace HappyButtons.Engine.Mail.Mailboxes;

public enum PasswordChange { Keep, Set, Clear }

/// <summary>An administrator's edit of one mailbox. The password is write-only: kept unless set or cleared explicitly.</summary>
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

    /// <summary>Problems an administrator can fix, keyed by field name; empty when the edit can be saved.</summary>
    public IReadOnlyDictionary<string, string> Validate(bool hasStoredPassword)
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

        if (!Enum.TryParse<ImapSecurity>(Security, ignoreCase: true, out _))
        {
            errors[nameof(Security)] = "Choose TLS, STARTTLS or none.";
        }

        if (string.IsNullOrWhiteSpace(User))
        {
            errors[nameof(User)] = "An IMAP mailbox needs a user name.";
        }

        var willHavePassword = Password switch
        {
            PasswordChange.Set => !string.IsNullOrEmpty(NewPassword),
            PasswordChange.Clear => false,
            _ => hasStoredPassword,
        };
        if (!willHavePassword)
        {
            errors["Password"] = "An IMAP mailbox needs a password.";
        }

        return errors;
    }
}
