using HappyButtons.Engine.Events;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Mail.Auth;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
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
    IDbContextFactory<HappyButtonsDbContext> contexts,
    ISqlDialect dialect,
    DatabaseWriteGate writeGate,
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

            // An IMAP mailbox without a server would be stored and then skipped by every reader: no mail, no error anywhere.
            if (entry.Kind is { } imap && imap.Equals(nameof(MailboxKind.Imap), StringComparison.OrdinalIgnoreCase)
                && (string.IsNullOrWhiteSpace(entry.Host) || entry.Host.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))))
            {
                throw new InvalidOperationException(
                    $"HappyButtons:Mailboxes ({entry.Department}): Kind Imap needs Host, the IMAP server's name (was '{entry.Host}').");
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

        HashSet<string> stored;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            stored = (await context.Mailboxes.AsNoTracking().Select(m => m.Department).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        }

        foreach (var department in Departments.All)
        {
            var entry = configured.FirstOrDefault(e => string.Equals(e.Department, department, StringComparison.OrdinalIgnoreCase));
            var kind = entry?.Kind is { } k && Enum.TryParse<MailboxKind>(k, true, out var parsed) ? parsed : MailboxKind.Maildir;
            // A stored mailbox is never overwritten by the configuration: administrators may have changed it since.
            if (!stored.Contains(department) && await InsertAsync(NewMailbox(department, kind, entry), cancellationToken))
            {
                logger.LogInformation("Mailbox {Department} set up as {Kind}", department, kind);
            }

            if (kind == MailboxKind.Maildir)
            {
                new MaildirMailbox(MaildirRoot(department)).EnsureCreated();
            }
        }
    }

    private Mailbox NewMailbox(string department, MailboxKind kind, MailboxOptions? entry) => new()
    {
        Department = department,
        Address = entry?.Address ?? $"{department}@{mailOptions.Value.Domain}",
        Kind = kind.ToString().ToLowerInvariant(),
        Server = new MailboxServer
        {
            Host = entry?.Host, Port = entry?.Port, Security = entry?.Security?.ToLowerInvariant(), UserName = entry?.User,
            PasswordProtected = ProtectOrNull(entry?.Password), PinnedThumbprint = entry?.PinnedThumbprint,
        },
        Auth = AuthOf(entry).ToString().ToLowerInvariant(),
        OAuth = new MailboxOAuth
        {
            TokenEndpoint = entry?.OAuth?.TokenEndpoint, ClientId = entry?.OAuth?.ClientId, ClientSecretProtected = ProtectOrNull(entry?.OAuth?.ClientSecret),
            Scope = entry?.OAuth?.Scope, RefreshTokenProtected = ProtectOrNull(entry?.OAuth?.RefreshToken),
        },
        PollSeconds = Math.Clamp(entry?.PollSeconds ?? 10, 1, 3600),
        ProcessedFolder = entry?.ProcessedFolder,
        SentFolder = entry?.SentFolder,
        UpdatedAt = clock.GetUtcNow(),
    };

    /// <summary>Inserts the mailbox; false when it exists already (another node seeded it at the same moment).</summary>
    private async Task<bool> InsertAsync(Mailbox mailbox, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        context.Mailboxes.Add(mailbox);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (dialect.IsUniqueViolation(e))
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<MailboxSettings>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Mailboxes.AsNoTracking()
            .Join(context.Departments, m => m.Department, d => d.Code, (m, d) => new { Mailbox = m, d.SortOrder })
            .OrderBy(x => x.SortOrder)
            .Select(x => x.Mailbox)
            .Select(SettingsOf)
            .ToListAsync(cancellationToken);
    }

    public async Task<MailboxSettings?> GetAsync(string department, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Mailboxes.AsNoTracking().Where(m => m.Department == department).Select(SettingsOf).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The decrypted password, for opening a connection only; never log or render it.</summary>
    public async Task<string?> RevealPasswordAsync(string department, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var protectedPassword = await context.Mailboxes.AsNoTracking().Where(m => m.Department == department)
            .Select(m => m.Server.PasswordProtected).SingleOrDefaultAsync(cancellationToken);
        return Unprotect(protectedPassword);
    }

    public string ProtectPassword(string password) => _protector.Protect(password);

    /// <summary>How to sign in to the mailbox, secrets decrypted: for opening a connection only; never log or render it.</summary>
    public async Task<MailCredentials> RevealCredentialsAsync(MailboxSettings mailbox, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var secrets = await context.Mailboxes.AsNoTracking().Where(m => m.Department == mailbox.Department)
            .Select(m => new { Password = m.Server.PasswordProtected, ClientSecret = m.OAuth.ClientSecretProtected, RefreshToken = m.OAuth.RefreshTokenProtected })
            .SingleAsync(cancellationToken);
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

    public async Task RecordFetchAsync(string department, bool connected, string? error, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await UpdateAsync(department, set =>
        {
            set.SetProperty(m => m.Status.Connected, connected);
            if (error is null)
            {
                set.SetProperty(m => m.Status.LastFetchAt, now)
                    .SetProperty(m => m.Status.LastError, (string?)null)
                    .SetProperty(m => m.Status.LastErrorAt, (DateTimeOffset?)null);
            }
            else
            {
                // Shown on the administration page: a credential the server echoed in its error must not be.
                set.SetProperty(m => m.Status.LastError, Auth.CredentialRedaction.Redact(error)).SetProperty(m => m.Status.LastErrorAt, now);
            }
        }, cancellationToken);
        events.Publish(new MailboxStatusChanged(department));
    }

    /// <summary>Marks the mailbox connected or not without touching its last fetch or error (an IDLE session coming and going).</summary>
    public async Task RecordConnectedAsync(string department, bool connected, CancellationToken cancellationToken)
    {
        int changed;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        using (await writeGate.EnterAsync(cancellationToken))
        {
            changed = await context.Mailboxes.Where(m => m.Department == department && m.Status.Connected != connected)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.Status.Connected, connected), cancellationToken);
        }

        if (changed > 0)
        {
            events.Publish(new MailboxStatusChanged(department));
        }
    }

    /// <summary>Remembers the folder's UIDVALIDITY and the highest UID whose message is committed by the ingest.</summary>
    public Task SaveSyncStateAsync(string department, long uidValidity, long lastUid, CancellationToken cancellationToken) =>
        UpdateAsync(department, set => set
            .SetProperty(m => m.Sync.UidValidity, uidValidity)
            .SetProperty(m => m.Sync.LastUid, lastUid), cancellationToken);

    /// <summary>
    /// Saves an administrator's edit. The password changes only when <see cref="MailboxUpdate.Password"/> says so;
    /// a change of server, account or folder resets the sync state so the next poll starts clean (the ingest dedupes).
    /// </summary>
    public async Task UpdateAsync(MailboxUpdate update, CancellationToken cancellationToken)
    {
        var (kind, auth, security) = (update.Kind.ToString().ToLowerInvariant(), update.Auth.ToString().ToLowerInvariant(), update.Security?.ToLowerInvariant());
        var (host, user) = (update.Host ?? "", update.User ?? "");
        var now = clock.GetUtcNow();
        await UpdateAsync(update.Department, set =>
        {
            // One statement: the conditions read the row as it was before this edit.
            set.SetProperty(m => m.Sync.UidValidity, m =>
                    m.Kind == kind && (m.Server.Host ?? "") == host && (m.Server.UserName ?? "") == user ? m.Sync.UidValidity : null)
                .SetProperty(m => m.Sync.LastUid, m =>
                    m.Kind == kind && (m.Server.Host ?? "") == host && (m.Server.UserName ?? "") == user ? m.Sync.LastUid : null)
                .SetProperty(m => m.Address, update.Address)
                .SetProperty(m => m.Kind, kind)
                .SetProperty(m => m.Server.Host, update.Host)
                .SetProperty(m => m.Server.Port, update.Port)
                .SetProperty(m => m.Server.Security, security)
                .SetProperty(m => m.Server.UserName, update.User)
                .SetProperty(m => m.Server.PinnedThumbprint, update.PinnedThumbprint)
                .SetProperty(m => m.PollSeconds, update.PollSeconds)
                .SetProperty(m => m.ProcessedFolder, update.ProcessedFolder)
                .SetProperty(m => m.SentFolder, update.SentFolder)
                .SetProperty(m => m.Auth, auth)
                .SetProperty(m => m.OAuth.TokenEndpoint, update.OAuthTokenEndpoint)
                .SetProperty(m => m.OAuth.ClientId, update.OAuthClientId)
                .SetProperty(m => m.OAuth.Scope, update.OAuthScope)
                .SetProperty(m => m.UpdatedAt, now);
            if (update.Password != PasswordChange.Keep)
            {
                set.SetProperty(m => m.Server.PasswordProtected, NewSecret(update.Password, update.NewPassword));
            }

            if (update.OAuthClientSecret != PasswordChange.Keep)
            {
                set.SetProperty(m => m.OAuth.ClientSecretProtected, NewSecret(update.OAuthClientSecret, update.NewOAuthClientSecret));
            }

            if (update.OAuthRefreshToken != PasswordChange.Keep)
            {
                set.SetProperty(m => m.OAuth.RefreshTokenProtected, NewSecret(update.OAuthRefreshToken, update.NewOAuthRefreshToken));
            }
        }, cancellationToken);
        if (update.Kind == MailboxKind.Maildir)
        {
            new MaildirMailbox(MaildirRoot(update.Department)).EnsureCreated();
        }

        events.Publish(new MailboxStatusChanged(update.Department));
    }

    /// <summary>The ciphertext a write-only secret field is set to: the new value encrypted, or null when cleared.</summary>
    private string? NewSecret(PasswordChange change, string? value) => change == PasswordChange.Set ? _protector.Protect(value ?? "") : null;

    private async Task UpdateAsync(string department, Action<UpdateSettersBuilder<Mailbox>> set, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await context.Mailboxes.Where(m => m.Department == department).ExecuteUpdateAsync(set, cancellationToken);
    }

    /// <summary>Messages ingested per mailbox since midnight in <paramref name="zone"/>.</summary>
    public async Task<IReadOnlyDictionary<string, long>> MessagesTodayAsync(TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone);
        var midnight = new DateTimeOffset(now.Date, now.Offset);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Messages.AsNoTracking().Where(m => m.CreatedAt >= midnight)
            .GroupBy(m => m.Mailbox).Select(g => new { Mailbox = g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(r => r.Mailbox, r => r.Count, cancellationToken);
    }

    /// <summary>The row as the rest of the product sees it: whether a secret is stored, never the secret (not even its ciphertext).</summary>
    private static readonly System.Linq.Expressions.Expression<Func<Mailbox, MailboxSettings>> SettingsOf = m => new MailboxSettings
    {
        Department = m.Department, Address = m.Address, Kind = ParseKind(m.Kind),
        Host = m.Server.Host, Port = m.Server.Port, Security = m.Server.Security, UserName = m.Server.UserName,
        HasPassword = m.Server.PasswordProtected != null, PinnedThumbprint = m.Server.PinnedThumbprint,
        PollSeconds = m.PollSeconds, ProcessedFolder = m.ProcessedFolder, SentFolder = m.SentFolder,
        UidValidity = m.Sync.UidValidity, LastUid = m.Sync.LastUid,
        Connected = m.Status.Connected, LastFetchAt = m.Status.LastFetchAt, LastError = m.Status.LastError, LastErrorAt = m.Status.LastErrorAt,
        UpdatedAt = m.UpdatedAt, Auth = ParseAuth(m.Auth),
        OAuthTokenEndpoint = m.OAuth.TokenEndpoint, OAuthClientId = m.OAuth.ClientId, OAuthScope = m.OAuth.Scope,
        HasOAuthClientSecret = m.OAuth.ClientSecretProtected != null, HasOAuthRefreshToken = m.OAuth.RefreshTokenProtected != null,
    };

    private static MailboxKind ParseKind(string kind) => Enum.TryParse<MailboxKind>(kind, true, out var parsed) ? parsed : MailboxKind.Maildir;

    private static MailAuthKind ParseAuth(string auth) => Enum.TryParse<MailAuthKind>(auth, true, out var parsed) ? parsed : MailAuthKind.Password;
}
