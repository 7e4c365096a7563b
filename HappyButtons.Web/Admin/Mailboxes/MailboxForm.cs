using HappyButtons.Engine.Mail.Auth;
using HappyButtons.Engine.Mail.Mailboxes;

namespace HappyButtons.Web.Admin.Mailboxes;

/// <summary>
/// The mailbox form's fields. The password, the OAuth2 client secret and the refresh token are write-only: the field starts
/// empty, stays empty after a save, and an empty field keeps the stored value unless "remove" is ticked.
/// </summary>
public sealed class MailboxForm
{
    public string? Address { get; set; }
    public MailboxKind Kind { get; set; }
    public string? Host { get; set; }
    public int? Port { get; set; }
    /// <summary>"Tls", "StartTls" or "None".</summary>
    public string Security { get; set; } = "Tls";
    public string? User { get; set; }
    public string? Password { get; set; }
    public bool ClearPassword { get; set; }
    public string? PinnedThumbprint { get; set; }
    public int PollSeconds { get; set; } = 10;
    public bool MoveProcessed { get; set; }
    public string? ProcessedFolder { get; set; }
    public string? SentFolder { get; set; }
    public MailAuthKind Auth { get; set; }
    public string? OAuthTokenEndpoint { get; set; }
    public string? OAuthClientId { get; set; }
    public string? OAuthScope { get; set; }
    public string? OAuthClientSecret { get; set; }
    public bool ClearOAuthClientSecret { get; set; }
    public string? OAuthRefreshToken { get; set; }
    public bool ClearOAuthRefreshToken { get; set; }

    public static readonly IReadOnlyList<string> SecurityNames = ["Tls", "StartTls", "None"];

    public static MailboxForm From(MailboxSettings m) => new()
    {
        Address = m.Address, Kind = m.Kind, Host = m.Host, Port = m.Port,
        Security = SecurityNames.FirstOrDefault(n => n.Equals(m.Security, StringComparison.OrdinalIgnoreCase)) ?? "Tls",
        User = m.UserName, PinnedThumbprint = m.PinnedThumbprint, PollSeconds = m.PollSeconds,
        MoveProcessed = m.MovesProcessedMail, ProcessedFolder = m.ProcessedFolder, SentFolder = m.SentFolder,
        Auth = m.Auth, OAuthTokenEndpoint = m.OAuthTokenEndpoint, OAuthClientId = m.OAuthClientId, OAuthScope = m.OAuthScope,
    };

    public MailboxUpdate ToUpdate(string department) => new()
    {
        Department = department,
        Address = Address ?? "",
        Kind = Kind,
        Host = Host,
        Port = Port,
        Security = Security,
        User = User,
        Password = Change(ClearPassword, Password),
        NewPassword = string.IsNullOrEmpty(Password) ? null : Password,
        PinnedThumbprint = PinnedThumbprint,
        PollSeconds = PollSeconds,
        ProcessedFolder = MoveProcessed ? (string.IsNullOrWhiteSpace(ProcessedFolder) ? "Processed" : ProcessedFolder) : null,
        SentFolder = SentFolder,
        Auth = Auth,
        OAuthTokenEndpoint = OAuthTokenEndpoint,
        OAuthClientId = OAuthClientId,
        OAuthScope = OAuthScope,
        OAuthClientSecret = Change(ClearOAuthClientSecret, OAuthClientSecret),
        NewOAuthClientSecret = string.IsNullOrEmpty(OAuthClientSecret) ? null : OAuthClientSecret,
        OAuthRefreshToken = Change(ClearOAuthRefreshToken, OAuthRefreshToken),
        NewOAuthRefreshToken = string.IsNullOrEmpty(OAuthRefreshToken) ? null : OAuthRefreshToken,
    };

    private static PasswordChange Change(bool clear, string? value) =>
        clear ? PasswordChange.Clear : string.IsNullOrEmpty(value) ? PasswordChange.Keep : PasswordChange.Set;
}
