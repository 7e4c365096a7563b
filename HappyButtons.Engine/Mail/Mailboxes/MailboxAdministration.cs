using HappyButtons.Engine.Audit;

namespace HappyButtons.Engine.Mail.Mailboxes;

/// <summary>The result of saving a mailbox: field errors (nothing saved) or success.</summary>
public sealed record MailboxSaveResult(IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// What the administration page does with a mailbox: validate and save the settings (audited without the password;
/// the mail watchers pick the change up at once) and test the connection.
/// </summary>
public sealed class MailboxAdministration(MailboxRegistry registry, AuditLog audit, MailboxConnectionTest connectionTest)
{
    public async Task<MailboxSaveResult> SaveAsync(MailboxUpdate update, string actor, CancellationToken cancellationToken)
    {
        var current = await registry.GetAsync(update.Department, cancellationToken);
        if (current is null)
        {
            return new MailboxSaveResult(new Dictionary<string, string> { ["Department"] = "There is no such mailbox." });
        }

        var normalised = update with
        {
            Address = update.Address.Trim(),
            Host = Blank(update.Host), User = Blank(update.User), Security = Blank(update.Security),
            PinnedThumbprint = Blank(update.PinnedThumbprint) is { } pin ? new string(pin.Where(Uri.IsHexDigit).ToArray()).ToUpperInvariant() : null,
            ProcessedFolder = Blank(update.ProcessedFolder), SentFolder = Blank(update.SentFolder),
            OAuthTokenEndpoint = Blank(update.OAuthTokenEndpoint), OAuthClientId = Blank(update.OAuthClientId), OAuthScope = Blank(update.OAuthScope),
        };
        var errors = normalised.Validate(current);
        if (errors.Count > 0)
        {
            return new MailboxSaveResult(errors);
        }

        await registry.UpdateAsync(normalised, cancellationToken);

        await audit.RecordAsync(actor, "mailbox.update", $"mailbox:{update.Department}", Describe(normalised), cancellationToken);
        return new MailboxSaveResult(new Dictionary<string, string>());
    }

    public Task<ConnectionTestResult> TestConnectionAsync(string department, CancellationToken cancellationToken) =>
        connectionTest.RunAsync(department, cancellationToken);

    /// <summary>The audit text: every setting except the secrets, of which only the kind of change is named.</summary>
    private static string Describe(MailboxUpdate u) =>
        $"address {u.Address}, kind {u.Kind}, host {u.Host ?? "-"}, port {u.Port?.ToString() ?? "-"}, security {u.Security ?? "-"}, " +
        $"user {u.User ?? "-"}, auth {u.Auth}, password {Change(u.Password)}, " +
        (u.Auth == Auth.MailAuthKind.OAuth2
            ? $"token endpoint {u.OAuthTokenEndpoint ?? "-"}, client id {u.OAuthClientId ?? "-"}, scope {u.OAuthScope ?? "-"}, " +
              $"client secret {Change(u.OAuthClientSecret)}, refresh token {Change(u.OAuthRefreshToken)}, "
            : "") +
        $"pin {u.PinnedThumbprint ?? "-"}, poll {u.PollSeconds} s, processed {u.ProcessedFolder ?? "mark seen"}, sent {u.SentFolder ?? "-"}";

    private static string Change(PasswordChange change) => change switch { PasswordChange.Set => "changed", PasswordChange.Clear => "removed", _ => "unchanged" };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
