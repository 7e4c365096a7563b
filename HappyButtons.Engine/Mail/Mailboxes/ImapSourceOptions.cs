using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Mail.Mailboxes;

/// <summary><c>HappyButtons:Imap</c>: how IMAP mailboxes are read. The defaults suit hosted servers.</summary>
public sealed class ImapSourceOptions
{
    public const string Section = "HappyButtons:Imap";

    /// <summary>The folder mail is read from.</summary>
    public string Folder { get; set; } = "INBOX";

    /// <summary>UIDs fetched in one <c>UID FETCH</c>; acknowledged together once all of them are committed.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Hold an IDLE connection per IMAP mailbox so new mail is fetched at once (the schedule still polls).</summary>
    public bool Idle { get; set; } = true;

    /// <summary>IDLE is re-issued after this many minutes; servers drop idle clients after 30.</summary>
    public double IdleMinutes { get; set; } = 29;

    /// <summary>After rejected credentials, at most one login attempt per this many minutes (so the account is never locked).</summary>
    public double AuthRetryMinutes { get; set; } = 5;

    /// <summary>Upper bound of the exponential reconnect backoff after connection errors.</summary>
    public double MaxBackoffSeconds { get; set; } = 300;

    /// <summary>Time allowed for each server response (and for connecting).</summary>
    public double TimeoutSeconds { get; set; } = 60;

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Folder)) yield return $"{Section}:Folder must name a folder (usually INBOX).";
        if (BatchSize is < 1 or > 10_000) yield return $"{Section}:BatchSize must be between 1 and 10000.";
        if (IdleMinutes is <= 0 or > 29) yield return $"{Section}:IdleMinutes must be above 0 and at most 29 (servers end idle sessions after 30 minutes).";
        if (AuthRetryMinutes < 0) yield return $"{Section}:AuthRetryMinutes must not be negative.";
        if (MaxBackoffSeconds < 1) yield return $"{Section}:MaxBackoffSeconds must be at least 1.";
        if (TimeoutSeconds < 1) yield return $"{Section}:TimeoutSeconds must be at least 1.";
    }
}

public sealed class ImapSourceOptionsValidator : IValidateOptions<ImapSourceOptions>
{
    public ValidateOptionsResult Validate(string? name, ImapSourceOptions options) =>
        options.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
