using System.Net.Mail;
using HappyButtons.Engine.Mail.Auth;
using HappyButtons.Engine.Mail.Tls;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Mail.Outgoing;

/// <summary><c>HappyButtons:Smtp</c>: the submission server. Without a host, mail goes to the pickup folder.</summary>
public sealed class SmtpOptions
{
    public const string Section = "HappyButtons:Smtp";

    public string? Host { get; set; }
    public int? Port { get; set; }
    /// <summary><c>StartTls</c> (default), <c>Tls</c> or <c>None</c>.</summary>
    public string? Security { get; set; }
    public string? User { get; set; }
    public string? Password { get; set; }
    /// <summary><c>Password</c> (default) or <c>OAuth2</c> (Microsoft 365, Google Workspace), which reads <see cref="OAuth"/>.</summary>
    public string? Auth { get; set; }
    public OAuthOptions OAuth { get; set; } = new();
    /// <summary>Envelope sender (MAIL FROM) when the message does not name one.</summary>
    public string? From { get; set; }
    public string? PinnedThumbprint { get; set; }
    public double TimeoutSeconds { get; set; } = 60;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    public MailSecurity ParsedSecurity => MailSecurityExtensions.Parse(Security, MailSecurity.StartTls);

    public MailAuthKind ParsedAuth => Enum.TryParse<MailAuthKind>(Auth, ignoreCase: true, out var auth) ? auth : MailAuthKind.Password;

    public MailEndpoint Endpoint() => new(
        Host!,
        Port ?? (ParsedSecurity == MailSecurity.Tls ? 465 : 587),
        ParsedSecurity,
        string.IsNullOrWhiteSpace(PinnedThumbprint) ? null : PinnedThumbprint,
        TimeSpan.FromSeconds(TimeoutSeconds));

    /// <summary>How to sign in, or null for a server without authentication.</summary>
    public MailCredentials? Credentials() => string.IsNullOrWhiteSpace(User)
        ? null
        : new MailCredentials(User, ParsedAuth, Password, ParsedAuth == MailAuthKind.OAuth2 ? OAuth.ToSettings() : null, "smtp");
}

public sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        if (!options.IsConfigured)
        {
            return options.User is null && options.Password is null
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"{SmtpOptions.Section}:Host is missing although User/Password are set; set the host or remove the SMTP settings to use the pickup folder.");
        }

        var problems = new List<string>();
        if (options.Port is { } port && port is < 1 or > 65535)
            problems.Add($"{SmtpOptions.Section}:Port {port} must be between 1 and 65535.");
        if (options.Security is not null && !MailSecurityExtensions.IsValid(options.Security))
            problems.Add($"{SmtpOptions.Section}:Security '{options.Security}' must be StartTls, Tls or None.");
        if (options.Auth is not null && !Enum.TryParse<MailAuthKind>(options.Auth, ignoreCase: true, out _))
            problems.Add($"{SmtpOptions.Section}:Auth '{options.Auth}' must be Password or OAuth2.");
        if (options.ParsedAuth == MailAuthKind.OAuth2)
        {
            if (string.IsNullOrWhiteSpace(options.User))
                problems.Add($"{SmtpOptions.Section}:User must name the mailbox that signs in with OAuth2.");
            problems.AddRange(options.OAuth.Problems($"{SmtpOptions.Section}:OAuth"));
        }
        else if (string.IsNullOrWhiteSpace(options.User) != string.IsNullOrEmpty(options.Password))
        {
            problems.Add($"{SmtpOptions.Section}: set both User and Password, or neither (a server without authentication).");
        }

        if (options.From is not null && !MailAddress.TryCreate(options.From, out _))
            problems.Add($"{SmtpOptions.Section}:From '{options.From}' is not an e-mail address.");
        if (!string.IsNullOrWhiteSpace(options.PinnedThumbprint) && options.PinnedThumbprint.Count(Uri.IsHexDigit) != 64)
            problems.Add($"{SmtpOptions.Section}:PinnedThumbprint must be the SHA-256 of the server certificate (64 hex digits).");
        if (options.TimeoutSeconds < 1)
            problems.Add($"{SmtpOptions.Section}:TimeoutSeconds must be at least 1.");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
