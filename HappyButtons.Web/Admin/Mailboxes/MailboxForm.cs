using HappyButtons.Engine.Mail.Mailboxes;

namespace HappyButtons.Web.Admin.Mailboxes;

/// <summary>
/// The mailbox form's fields. The password is write-only: the field starts empty, stays empty after a save, and an empty
/// field keeps the stored password unless "remove" is ticked.
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

    public static readonly IReadOnlyList<string> SecurityNames = ["Tls", "StartTls", "None"];

    public static MailboxForm From(MailboxSettings m) => new()
    {
        Address = m.Address, Kind = m.Kind, Host = m.Host, Port = m.Port,
        Security = SecurityNames.FirstOrDefault(n => n.Equals(m.Security, StringComparison.OrdinalIgnoreCase)) ?? "Tls",
        User = m.UserName, PinnedThumbprint = m.PinnedThumbprint, PollSeconds = m.PollSeconds,
        MoveProcessed = m.MovesProcessedMail, ProcessedFolder = m.ProcessedFolder, SentFolder = m.SentFolder,
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
        Password = ClearPassword ? PasswordChange.Clear : string.IsNullOrEmpty(Password) ? PasswordChange.Keep : PasswordChange.Set,
        NewPassword = string.IsNullOrEmpty(Password) ? null : Password,
        PinnedThumbprint = PinnedThumbprint,
        PollSeconds = PollSeconds,
        ProcessedFolder = MoveProcessed ? (string.IsNullOrWhiteSpace(ProcessedFolder) ? "Processed" : ProcessedFolder) : null,
        SentFolder = SentFolder,
    };
}
