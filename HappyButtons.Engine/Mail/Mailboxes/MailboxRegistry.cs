using Dapper;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Mail.Auth;
using HappyButtons.Engine.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Mail.Mailboxes;

/// <summary>
/// The four department mailboxes as stored rows. On first start the rows are seeded from
/// <c>HappyButtons:Mailboxes</c>, or as Maildir folders under the data directory when none is configured.
/// Passwords and OAuth2 secrets (client secret, refresh token) are stored encrypted with Data Protection and only
/// decrypted for a connection.
/// </summary>
public sealed class MailboxRegistry(
    IDbConnectionFactory connections,
    DataDirectory dataDirectory,
    IDataProtectionProvider protection,
    IConfiguration configuration,
    IOptions<MailOptions> mailOptions,
    TimeProvider clock,
    EventHub events,
    ILogger<MailboxRegistry> logger)
{
    private readonly IDataProtector _protector = protection.CreateProtector("HappyButtons.Mailboxes.Password.v1");

    public string MaildirRoot(string department) => dataDirectory.PathFor("mail", department);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var configured = configuration.GetSection("HappyButtons:Mailboxes").Get<List<MailboxOptions>>() ?? [];
        foreach (var entry in configured)
        {
            if (!Departments.IsValid(entry.Department?.ToLowerInvariant()))
            {
                throw new InvalidOperationException(
                    $"HappyButtons:Mailboxes: '{entry.Department}' is not a department; use one of {string.Join(", ", Departments.All)}.");
            }

            if (entry.Kind is not null && !Enum.TryParse<MailboxKind>(entry.Kind, ignoreCase: true, out _))
            {
                throw new InvalidOperationException($"HappyButtons:Mailboxes ({entry.Department}): Kind '{entry.Kind}' must be Imap or Maildir.");
            }

            if (entry.Auth is not null && !Enum.TryParse<MailAuthKind>(entry.Auth, ignoreCase: true, out _))
            {
                throw new InvalidOperationException($"HappyButtons:Mailboxes ({entry.Department}): Auth '{entry.Auth}' must be Password or OAuth2.");
            }

            if (AuthOf(entry) == MailAuthKind.OAuth2 && (entry.OAuth ?? new OAuthOptions()).Problems($"HappyButtons:Mailboxes ({entry.Department}):OAuth").ToList() is { Count: > 0 } problems)
            {
                throw new InvalidOperationException(string.Join(" ", problems));
            }
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        foreach (var department in Departments.All)
        {
            var entry = configured.FirstOrDefault(e => string.Equals(e.Department, department, StringComparison.OrdinalIgnoreCase));
            var kind = entry?.Kind is { } k && Enum.TryParse<MailboxKind>(k, true, out var parsed) ? parsed : MailboxKind.Maildir;
            var inserted = await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO mailboxes (department, address, kind, host, port, security, user_name, password_protected, pinned_thumbprint, " +
                "poll_seconds, processed_folder, sent_folder, auth, oauth_token_endpoint, oauth_client_id, oauth_client_secret_protected, " +
                "oauth_scope, oauth_refresh_token_protected, updated_at) " +
                "VALUES (@Department, @Address, @Kind, @Host, @Port, @Security, @User, @Password, @Pin, @Poll, @Processed, @Sent, " +
                "@Auth, @TokenEndpoint, @ClientId, @ClientSecret, @Scope, @RefreshToken, @Now) " +
                "ON CONFLICT (department) DO NOTHING",
                new
                {
                    Department = department,
                    Address = entry?.Address ?? $"{department}@{mailOptions.Value.Domain}",
                    Kind = kind.ToString().ToLowerInvariant(),
                    entry?.Host, entry?.Port, Security = entry?.Security?.ToLowerInvariant(), entry?.User,
                    Password = string.IsNullOrEmpty(entry?.Password) ? null : _protector.Protect(entry.Password),
                    Pin = entry?.PinnedThumbprint, Poll = Math.Clamp(entry?.PollSeconds ?? 10, 1, 3600),
                    Processed = entry?.ProcessedFolder, Sent = entry?.SentFolder,
                    Auth = AuthOf(entry).ToString().ToLowerInvariant(), TokenEndpoint = entry?.OAuth?.TokenEndpoint, ClientId = entry?.OAuth?.ClientId,
                    ClientSecret = ProtectOrNull(entry?.OAuth?.ClientSecret), Scope = entry?.OAuth?.Scope,
                    RefreshToken = ProtectOrNull(entry?.OAuth?.RefreshToken),
                    Now = clock.GetUtcNow().ToUnixTimeMilliseconds(),
                },
                cancellationToken: cancellationToken));
            if (inserted > 0)
            {
                logger.LogInformation("Mailbox {Department} set up as {Kind}", department, kind);
            }

            if (kind == MailboxKind.Maildir)
            {
                new MaildirMailbox(MaildirRoot(department)).EnsureCreated();
            }
        }
    }

    public async Task<IReadOnlyList<MailboxSettings>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<MailboxRow>(new CommandDefinition(
            SelectSql + " ORDER BY d.sort_order", cancellationToken: cancellationToken));
        return rows.Select(r => r.ToSettings()).ToList();
    }

    public async Task<MailboxSettings?> GetAsync(string department, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<MailboxRow>(new CommandDefinition(
            SelectSql + " WHERE m.department = @Department", new { Department = department }, cancellationToken: cancellationToken));
        return row?.ToSettings();
    }

    /// <summary>The decrypted password, for opening a connection only; never log or render it.</summary>
    public async Task<string?> RevealPasswordAsync(string department, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var protectedPassword = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT password_protected FROM mailboxes WHERE department = @Department", new { Department = department }, cancellationToken: cancellationToken));
        return protectedPassword is null ? null : _protector.Unprotect(protectedPassword);
    }

    public string ProtectPassword(string password) => _protector.Protect(password);

    /// <summary>How to sign in to the mailbox, secrets decrypted: for opening a connection only; never log or render it.</summary>
    public async Task<MailCredentials> RevealCredentialsAsync(MailboxSettings mailbox, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var secrets = await connection.QuerySingleAsync<(string? Password, string? ClientSecret, string? RefreshToken)>(new CommandDefinition(
            "SELECT password_protected, oauth_client_secret_protected, oauth_refresh_token_protected FROM mailboxes WHERE department = @Department",
            new { mailbox.Department }, cancellationToken: cancellationToken));
        var user = mailbox.UserName ?? mailbox.Address;
        var key = $"mailbox:{mailbox.Department}";
        return mailbox.Auth == MailAuthKind.OAuth2
            ? new MailCredentials(user, MailAuthKind.OAuth2, null,
                new OAuthSettings(mailbox.OAuthTokenEndpoint ?? "", mailbox.OAuthClientId ?? "", Unprotect(secrets.ClientSecret), mailbox.OAuthScope,
                    Unprotect(secrets.RefreshToken)), key)
            : new MailCredentials(user, MailAuthKind.Password, Unprotect(secrets.Password), null, key);
    }

    private string? ProtectOrNull(string? secret) => string.IsNullOrEmpty(secret) ? null : _protector.Protect(secret);

    private string? Unprotect(string? protectedSecret) => protectedSecret is null ? null : _protector.Unprotect(protectedSecret);

    private static MailAuthKind AuthOf(MailboxOptions? entry) =>
        Enum.TryParse<MailAuthKind>(entry?.Auth, ignoreCase: true, out var auth) ? auth : MailAuthKind.Password;

    private static string SecretSql(string column, PasswordChange change, string parameter) => change switch
    {
        PasswordChange.Set => $", {column} = @{parameter}",
        PasswordChange.Clear => $", {column} = NULL",
        _ => string.Empty,
    };

    public async Task RecordFetchAsync(string department, bool connected, string? error, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            error is null
                ? "UPDATE mailboxes SET connected = @Connected, last_fetch_at = @Now, last_error = NULL, last_error_at = NULL WHERE department = @Department"
                : "UPDATE mailboxes SET connected = @Connected, last_error = @Error, last_error_at = @Now WHERE department = @Department",
            new { Department = department, Connected = connected, Error = error, Now = now }, cancellationToken: cancellationToken));
        events.Publish(new MailboxStatusChanged(department));
    }

    /// <summary>Marks the mailbox connected or not without touching its last fetch or error (an IDLE session coming and going).</summary>
    public async Task RecordConnectedAsync(string department, bool connected, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE mailboxes SET connected = @Connected WHERE department = @Department AND connected <> @Connected",
            new { Department = department, Connected = connected }, cancellationToken: cancellationToken));
        if (changed > 0)
        {
            events.Publish(new MailboxStatusChanged(department));
        }
    }

    /// <summary>Remembers the folder's UIDVALIDITY and the highest UID whose message is committed by the ingest.</summary>
    public async Task SaveSyncStateAsync(string department, long uidValidity, long lastUid, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE mailboxes SET uid_validity = @UidValidity, last_uid = @LastUid WHERE department = @Department",
            new { Department = department, UidValidity = uidValidity, LastUid = lastUid }, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Saves an administrator's edit. The password changes only when <see cref="MailboxUpdate.Password"/> says so;
    /// a change of server, account or folder resets the sync state so the next poll starts clean (the ingest dedupes).
    /// </summary>
    public async Task UpdateAsync(MailboxUpdate update, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var secretsSql = SecretSql("password_protected", update.Password, "Password")
                         + SecretSql("oauth_client_secret_protected", update.OAuthClientSecret, "ClientSecret")
                         + SecretSql("oauth_refresh_token_protected", update.OAuthRefreshToken, "RefreshToken");
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE mailboxes SET " +
            "uid_validity = CASE WHEN kind = @Kind AND COALESCE(host, '') = COALESCE(@Host, '') AND COALESCE(user_name, '') = COALESCE(@User, '') " +
            "  THEN uid_validity ELSE NULL END, " +
            "last_uid = CASE WHEN kind = @Kind AND COALESCE(host, '') = COALESCE(@Host, '') AND COALESCE(user_name, '') = COALESCE(@User, '') " +
            "  THEN last_uid ELSE NULL END, " +
            "address = @Address, kind = @Kind, host = @Host, port = @Port, security = @Security, user_name = @User, pinned_thumbprint = @Pin, " +
            "poll_seconds = @Poll, processed_folder = @Processed, sent_folder = @Sent, auth = @Auth, oauth_token_endpoint = @TokenEndpoint, " +
            "oauth_client_id = @ClientId, oauth_scope = @Scope, updated_at = @Now" + secretsSql +
            " WHERE department = @Department",
            new
            {
                update.Department, update.Address, Kind = update.Kind.ToString().ToLowerInvariant(), update.Host, update.Port,
                Security = update.Security?.ToLowerInvariant(), update.User, Pin = update.PinnedThumbprint, Poll = update.PollSeconds,
                Processed = update.ProcessedFolder, Sent = update.SentFolder, Now = clock.GetUtcNow().ToUnixTimeMilliseconds(),
                Password = update.Password == PasswordChange.Set ? _protector.Protect(update.NewPassword ?? "") : null,
                Auth = update.Auth.ToString().ToLowerInvariant(), TokenEndpoint = update.OAuthTokenEndpoint, ClientId = update.OAuthClientId,
                Scope = update.OAuthScope,
                ClientSecret = update.OAuthClientSecret == PasswordChange.Set ? _protector.Protect(update.NewOAuthClientSecret ?? "") : null,
                RefreshToken = update.OAuthRefreshToken == PasswordChange.Set ? _protector.Protect(update.NewOAuthRefreshToken ?? "") : null,
            },
            cancellationToken: cancellationToken));
        if (update.Kind == MailboxKind.Maildir)
        {
            new MaildirMailbox(MaildirRoot(update.Department)).EnsureCreated();
        }

        events.Publish(new MailboxStatusChanged(update.Department));
    }

    /// <summary>Messages ingested per mailbox since midnight in <paramref name="zone"/>.</summary>
    public async Task<IReadOnlyDictionary<string, long>> MessagesTodayAsync(TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone);
        var midnight = new DateTimeOffset(now.Date, now.Offset).ToUnixTimeMilliseconds();
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Mailbox, long Count)>(new CommandDefinition(
            "SELECT mailbox, COUNT(*) FROM messages WHERE created_at >= @Midnight GROUP BY mailbox", new { Midnight = midnight },
            cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.Mailbox, r => r.Count);
    }

    private const string SelectSql =
        "SELECT m.department, m.address, m.kind, m.host, m.port, m.security, m.user_name, m.password_protected IS NOT NULL AS has_password, " +
        "m.pinned_thumbprint, m.poll_seconds, m.processed_folder, m.sent_folder, m.uid_validity, m.last_uid, m.connected, m.last_fetch_at, " +
        "m.last_error, m.last_error_at, m.updated_at, m.auth, m.oauth_token_endpoint, m.oauth_client_id, m.oauth_scope, " +
        "m.oauth_client_secret_protected IS NOT NULL AS has_client_secret, m.oauth_refresh_token_protected IS NOT NULL AS has_refresh_token " +
        "FROM mailboxes m JOIN departments d ON d.code = m.department";

    private sealed record MailboxRow(string department, string address, string kind, string? host, long? port, string? security, string? user_name,
        long has_password, string? pinned_thumbprint, long poll_seconds, string? processed_folder, string? sent_folder, long? uid_validity,
        long? last_uid, long connected, long? last_fetch_at, string? last_error, long? last_error_at, long updated_at, string auth,
        string? oauth_token_endpoint, string? oauth_client_id, string? oauth_scope, long has_client_secret, long has_refresh_token)
    {
        public MailboxSettings ToSettings() => new()
        {
            Department = department, Address = address,
            Kind = Enum.TryParse<MailboxKind>(kind, true, out var k) ? k : MailboxKind.Maildir,
            Host = host, Port = (int?)port, Security = security, UserName = user_name, HasPassword = has_password != 0,
            PinnedThumbprint = pinned_thumbprint, PollSeconds = (int)poll_seconds, ProcessedFolder = processed_folder, SentFolder = sent_folder,
            UidValidity = uid_validity, LastUid = last_uid, Connected = connected != 0,
            LastFetchAt = last_fetch_at is { } f ? DateTimeOffset.FromUnixTimeMilliseconds(f) : null,
            LastError = last_error, LastErrorAt = last_error_at is { } e ? DateTimeOffset.FromUnixTimeMilliseconds(e) : null,
            UpdatedAt = DateTimeOffset.FromUnixTimeMilliseconds(updated_at),
            Auth = Enum.TryParse<MailAuthKind>(auth, true, out var a) ? a : MailAuthKind.Password,
            OAuthTokenEndpoint = oauth_token_endpoint, OAuthClientId = oauth_client_id, OAuthScope = oauth_scope,
            HasOAuthClientSecret = has_client_secret != 0, HasOAuthRefreshToken = has_refresh_token != 0,
        };
    }
}
