using System.Collections.Concurrent;
using System.Net;
using System.Text;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Mail.Auth;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HappyButtons.Tests.Mail.Mailboxes;

/// <summary>
/// The mailboxes and the OAuth2 tokens of mail sign-ins as stored, on SQLite and on PostgreSQL: seeded from the configuration,
/// edited with write-only secrets, the IMAP sync state and the live status, and tokens kept encrypted across restarts.
/// </summary>
public abstract class MailboxStorageTests(TestProvider provider)
{
    private const string SalesPassword = "Verkauf-Pa55wort";
    private const string SupportClientSecret = "client-secret-Sehr-Geheim";
    private const string SupportRefreshToken = "rt-support-0123456789";
    private const string PasswordPurpose = "HappyButtons.Mailboxes.Password.v1";
    private const string TokenPurpose = "HappyButtons.Mail.OAuth.v1";
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly IDataProtectionProvider _protection = new EphemeralDataProtectionProvider();
    private readonly ManualClock _clock = new();
    private readonly LogCapture _logs = new();

    private static readonly Dictionary<string, string?> Configured = new()
    {
        ["HappyButtons:Mailboxes:0:Department"] = "Sales",
        ["HappyButtons:Mailboxes:0:Kind"] = "Imap",
        ["HappyButtons:Mailboxes:0:Host"] = "imap.example.test",
        ["HappyButtons:Mailboxes:0:Port"] = "143",
        ["HappyButtons:Mailboxes:0:Security"] = "StartTls",
        ["HappyButtons:Mailboxes:0:User"] = "vertrieb",
        ["HappyButtons:Mailboxes:0:Password"] = SalesPassword,
        ["HappyButtons:Mailboxes:0:PollSeconds"] = "30",
        ["HappyButtons:Mailboxes:0:ProcessedFolder"] = "Erledigt",
        ["HappyButtons:Mailboxes:1:Department"] = "support",
        ["HappyButtons:Mailboxes:1:Address"] = "hilfe@happybuttons.test",
        ["HappyButtons:Mailboxes:1:Kind"] = "Imap",
        ["HappyButtons:Mailboxes:1:Host"] = "outlook.office365.com",
        ["HappyButtons:Mailboxes:1:Port"] = "993",
        ["HappyButtons:Mailboxes:1:Security"] = "Tls",
        ["HappyButtons:Mailboxes:1:User"] = "hilfe@happybuttons.test",
        ["HappyButtons:Mailboxes:1:Auth"] = "OAuth2",
        ["HappyButtons:Mailboxes:1:OAuth:TokenEndpoint"] = "https://login.example.test/token",
        ["HappyButtons:Mailboxes:1:OAuth:ClientId"] = "happybuttons",
        ["HappyButtons:Mailboxes:1:OAuth:ClientSecret"] = SupportClientSecret,
        ["HappyButtons:Mailboxes:1:OAuth:Scope"] = "https://outlook.office365.com/.default",
        ["HappyButtons:Mailboxes:1:OAuth:RefreshToken"] = SupportRefreshToken,
    };

    [Fact]
    public async Task Seed_SetsUpTheFourMailboxesFromTheConfiguration_InDepartmentOrder_WithEverySecretEncrypted()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var registry = Registry(database, Configured);

        await registry.SeedAsync(None);

        var mailboxes = await registry.ListAsync(None);
        Assert.Equal(["info", "sales", "support", "finance"], mailboxes.Select(m => m.Department));
        var info = mailboxes[0];
        Assert.Equal(("info@happybuttons.test", MailboxKind.Maildir, false, 10), (info.Address, info.Kind, info.HasPassword, info.PollSeconds));
        Assert.True(Directory.Exists(Path.Combine(registry.MaildirRoot(Departments.Info), "new")));
        var sales = mailboxes[1];
        Assert.Equal(("sales@happybuttons.test", MailboxKind.Imap, "imap.example.test", 143, "starttls", "vertrieb"),
            (sales.Address, sales.Kind, sales.Host, sales.Port, sales.Security, sales.UserName));
        Assert.Equal((true, MailAuthKind.Password, 30, "Erledigt", _clock.GetUtcNow()), (sales.HasPassword, sales.Auth, sales.PollSeconds, sales.ProcessedFolder, sales.UpdatedAt));
        var support = mailboxes[2];
        Assert.Equal((MailAuthKind.OAuth2, "https://login.example.test/token", "happybuttons", true, true, false),
            (support.Auth, support.OAuthTokenEndpoint, support.OAuthClientId, support.HasOAuthClientSecret, support.HasOAuthRefreshToken, support.HasPassword));
        Assert.Equal((null, null, false), (support.UidValidity, support.LastUid, support.Connected));

        var stored = await StoredSecretsAsync(database, Departments.Sales);
        Assert.Equal(SalesPassword, Decrypt(stored.Password));
        stored = await StoredSecretsAsync(database, Departments.Support);
        Assert.Equal((SupportClientSecret, SupportRefreshToken), (Decrypt(stored.ClientSecret), Decrypt(stored.RefreshToken)));
        Assert.DoesNotContain(SalesPassword, _logs.All);
        Assert.DoesNotContain(SupportClientSecret, _logs.All);
    }

    [Fact]
    public async Task Seed_NeverOverwritesAStoredMailbox_SoAnAdministratorsEditSurvivesARestart()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await Registry(database, Configured).SeedAsync(None);
        var edited = await Registry(database, Configured).GetAsync(Departments.Sales, None);
        await Registry(database, Configured).UpdateAsync(UpdateOf(edited!) with { PollSeconds = 120 }, None);
        var restarted = new Dictionary<string, string?>(Configured) { ["HappyButtons:Mailboxes:0:Password"] = "anderes-Passwort" };

        await Registry(database, restarted).SeedAsync(None);
        await Registry(database, restarted).SeedAsync(None);

        var registry = Registry(database, restarted);
        Assert.Equal(120, (await registry.GetAsync(Departments.Sales, None))!.PollSeconds);
        Assert.Equal(SalesPassword, await registry.RevealPasswordAsync(Departments.Sales, None));
        await using var context = await database.Contexts.CreateDbContextAsync();
        Assert.Equal(4, await context.Mailboxes.CountAsync());
    }

    [Fact]
    public async Task Update_KeepsWriteOnlySecretsUnlessSetOrCleared_AndStoresNewOnesEncrypted()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var registry = Registry(database, Configured);
        await registry.SeedAsync(None);
        var sales = UpdateOf((await registry.GetAsync(Departments.Sales, None))!);
        _clock.Advance(TimeSpan.FromMinutes(5));

        await registry.UpdateAsync(sales with { Address = "vertrieb@happybuttons.test", PollSeconds = 60, Security = "Tls", Port = 993 }, None);
        var kept = (await registry.GetAsync(Departments.Sales, None))!;
        var keptPassword = await registry.RevealPasswordAsync(Departments.Sales, None);
        await registry.UpdateAsync(sales with { Password = PasswordChange.Set, NewPassword = "neues-Pa55wort" }, None);
        var changedPassword = await registry.RevealPasswordAsync(Departments.Sales, None);
        await registry.UpdateAsync(sales with
        {
            Auth = MailAuthKind.OAuth2, OAuthTokenEndpoint = "https://login.example.test/token", OAuthClientId = "hb", OAuthScope = "imap",
            OAuthClientSecret = PasswordChange.Set, NewOAuthClientSecret = "neues-Client-Geheimnis",
            OAuthRefreshToken = PasswordChange.Set, NewOAuthRefreshToken = "rt-neu-42",
        }, None);
        var oauth = (await registry.GetAsync(Departments.Sales, None))!;
        var oauthSecrets = await StoredSecretsAsync(database, Departments.Sales);
        var credentials = await registry.RevealCredentialsAsync(oauth, None);
        await registry.UpdateAsync(sales with { Auth = MailAuthKind.OAuth2, OAuthClientSecret = PasswordChange.Clear, Password = PasswordChange.Clear }, None);
        var cleared = (await registry.GetAsync(Departments.Sales, None))!;

        Assert.Equal(("vertrieb@happybuttons.test", 60, "tls", 993, true), (kept.Address, kept.PollSeconds, kept.Security, kept.Port, kept.HasPassword));
        Assert.Equal(_clock.GetUtcNow(), kept.UpdatedAt);
        Assert.Equal(SalesPassword, keptPassword);
        Assert.Equal("neues-Pa55wort", changedPassword);
        Assert.Equal((MailAuthKind.OAuth2, "https://login.example.test/token", "hb", "imap", true, true),
            (oauth.Auth, oauth.OAuthTokenEndpoint, oauth.OAuthClientId, oauth.OAuthScope, oauth.HasOAuthClientSecret, oauth.HasOAuthRefreshToken));
        Assert.DoesNotContain("neues-Client-Geheimnis", oauthSecrets.ClientSecret);
        Assert.DoesNotContain("rt-neu-42", oauthSecrets.RefreshToken);
        Assert.Equal(("neues-Client-Geheimnis", "rt-neu-42"), (Decrypt(oauthSecrets.ClientSecret), Decrypt(oauthSecrets.RefreshToken)));
        Assert.Equal(new OAuthSettings("https://login.example.test/token", "hb", "neues-Client-Geheimnis", "imap", "rt-neu-42"), credentials.OAuth);
        Assert.Equal(("vertrieb", MailAuthKind.OAuth2, "mailbox:sales"), (credentials.User, credentials.Kind, credentials.TokenKey));
        Assert.Equal((false, false, true), (cleared.HasPassword, cleared.HasOAuthClientSecret, cleared.HasOAuthRefreshToken));
        Assert.Null(await registry.RevealPasswordAsync(Departments.Sales, None));
        Assert.DoesNotContain("neues-Pa55wort", _logs.All);
    }

    [Fact]
    public async Task SyncState_RemembersUidValidityAndLastUid_UntilTheServerOrAccountChanges()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var registry = Registry(database, Configured);
        await registry.SeedAsync(None);
        var sales = UpdateOf((await registry.GetAsync(Departments.Sales, None))!);

        await registry.SaveSyncStateAsync(Departments.Sales, 1_700_000_001, 41, None);
        await registry.SaveSyncStateAsync(Departments.Sales, 1_700_000_001, 4_294_967_295, None);
        var saved = (await registry.GetAsync(Departments.Sales, None))!;
        await registry.UpdateAsync(sales with { PollSeconds = 5, ProcessedFolder = null, Password = PasswordChange.Set, NewPassword = "x" }, None);
        var afterSameAccount = (await registry.GetAsync(Departments.Sales, None))!;
        await registry.UpdateAsync(sales with { User = "vertrieb2" }, None);
        var afterOtherAccount = (await registry.GetAsync(Departments.Sales, None))!;
        await registry.SaveSyncStateAsync(Departments.Sales, 7, 3, None);
        await registry.UpdateAsync(sales with { User = "vertrieb2", Host = "imap2.example.test" }, None);
        var afterOtherServer = (await registry.GetAsync(Departments.Sales, None))!;

        Assert.Equal((1_700_000_001L, 4_294_967_295L), (saved.UidValidity, saved.LastUid));
        Assert.Equal((1_700_000_001L, 4_294_967_295L), (afterSameAccount.UidValidity, afterSameAccount.LastUid));
        Assert.Equal((null, null), (afterOtherAccount.UidValidity, afterOtherAccount.LastUid));
        Assert.Equal((null, null), (afterOtherServer.UidValidity, afterOtherServer.LastUid));
    }

    [Fact]
    public async Task Status_RecordsFetchesErrorsAndConnections_AndAnnouncesEachChange()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var events = new EventHub();
        var registry = Registry(database, Configured, events);
        await registry.SeedAsync(None);
        using var subscription = events.Subscribe(e => e is MailboxStatusChanged);
        var firstFetch = _clock.GetUtcNow();

        await registry.RecordFetchAsync(Departments.Sales, connected: true, error: null, None);
        var fetched = (await registry.GetAsync(Departments.Sales, None))!;
        _clock.Advance(TimeSpan.FromMinutes(1));
        await registry.RecordFetchAsync(Departments.Sales, connected: false, error: "connection refused", None);
        var failed = (await registry.GetAsync(Departments.Sales, None))!;
        await registry.RecordConnectedAsync(Departments.Sales, connected: true, None);
        await registry.RecordConnectedAsync(Departments.Sales, connected: true, None);
        var reconnected = (await registry.GetAsync(Departments.Sales, None))!;
        _clock.Advance(TimeSpan.FromMinutes(1));
        await registry.RecordFetchAsync(Departments.Sales, connected: true, error: null, None);
        var recovered = (await registry.GetAsync(Departments.Sales, None))!;

        Assert.Equal((true, firstFetch, null, null), (fetched.Connected, fetched.LastFetchAt, fetched.LastError, fetched.LastErrorAt));
        Assert.Equal((false, firstFetch, "connection refused", firstFetch.AddMinutes(1)), (failed.Connected, failed.LastFetchAt, failed.LastError, failed.LastErrorAt));
        Assert.Equal((true, "connection refused"), (reconnected.Connected, reconnected.LastError));
        Assert.Equal((true, _clock.GetUtcNow(), null, null), (recovered.Connected, recovered.LastFetchAt, recovered.LastError, recovered.LastErrorAt));
        Assert.False((await registry.GetAsync(Departments.Info, None))!.Connected);
        var announced = new List<string>();
        while (subscription.Reader.TryRead(out var e))
        {
            announced.Add(((MailboxStatusChanged)e).Mailbox);
        }

        Assert.Equal(Enumerable.Repeat(Departments.Sales, 4), announced);
    }

    [Fact]
    public async Task MessagesToday_CountsEachMailboxsMailSinceLocalMidnight()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var registry = Registry(database, Configured);
        await registry.SeedAsync(None);
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        // 09:00 UTC is 10:00 in Berlin: local midnight was 23:00 UTC the day before.
        var now = _clock.GetUtcNow();
        await AddMessagesAsync(database, (Departments.Sales, now.AddHours(-9).AddMinutes(-30)), (Departments.Sales, now.AddHours(-10).AddMinutes(1)),
            (Departments.Sales, now.AddHours(-10).AddMinutes(-1)), (Departments.Info, now));

        var today = await registry.MessagesTodayAsync(berlin, None);

        Assert.Equal(new Dictionary<string, long> { [Departments.Sales] = 2, [Departments.Info] = 1 }, today);
    }

    [Fact]
    public async Task AnAccessToken_IsStoredEncrypted_AndUsedAfterARestart_WithoutAskingTheEndpointAgain()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var endpoint = new TokenEndpoint();
        var settings = new OAuthSettings("https://login.example.test/token", "hb", null, "imap", SupportRefreshToken);

        var first = await Tokens(database, endpoint).GetAccessTokenAsync("mailbox:support", settings, None);
        var again = await Tokens(database, endpoint).GetAccessTokenAsync("mailbox:support", settings, None);

        Assert.Equal(("at-1", true), first);
        Assert.Equal(("at-1", false), again);
        Assert.Contains("grant_type=refresh_token", Assert.Single(endpoint.Requests));
        await using var context = await database.Contexts.CreateDbContextAsync();
        var stored = await context.OAuthTokens.SingleAsync();
        Assert.Equal(("mailbox:support", settings.Fingerprint()), (stored.TokenKey, stored.SettingsHash));
        Assert.DoesNotContain("at-1", stored.AccessTokenProtected);
        Assert.Equal("at-1", _protection.CreateProtector(TokenPurpose).Unprotect(stored.AccessTokenProtected));
        Assert.Equal((_clock.GetUtcNow(), _clock.GetUtcNow().AddHours(1)), (stored.UpdatedAt, stored.ExpiresAt));
        Assert.DoesNotContain("at-1", _logs.All);
        Assert.DoesNotContain(SupportRefreshToken, _logs.All);
    }

    [Fact]
    public async Task AnInvalidatedToken_IsFetchedAnew_AlsoByANodeThatStartsLater()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var endpoint = new TokenEndpoint();
        var settings = new OAuthSettings("https://login.example.test/token", "hb", "secret", null, null);
        var tokens = Tokens(database, endpoint);
        await tokens.GetAccessTokenAsync("smtp", settings, None);

        await tokens.InvalidateAsync("smtp", None);
        var sameNode = await tokens.GetAccessTokenAsync("smtp", settings, None);
        await tokens.InvalidateAsync("smtp", None);
        var laterNode = await Tokens(database, endpoint).GetAccessTokenAsync("smtp", settings, None);

        Assert.Equal(("at-2", true), sameNode);
        Assert.Equal(("at-3", true), laterNode);
        Assert.All(endpoint.Requests, r => Assert.Contains("grant_type=client_credentials", r));
        await using var context = await database.Contexts.CreateDbContextAsync();
        Assert.Equal("at-3", _protection.CreateProtector(TokenPurpose).Unprotect((await context.OAuthTokens.SingleAsync()).AccessTokenProtected));
    }

    [Fact]
    public async Task AStoredToken_IsUsedOnlyWithTheSettingsItWasFetchedFor()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var endpoint = new TokenEndpoint();
        var settings = new OAuthSettings("https://login.example.test/token", "hb", null, "imap", SupportRefreshToken);
        await Tokens(database, endpoint).GetAccessTokenAsync("mailbox:support", settings, None);

        var otherClient = await Tokens(database, endpoint).GetAccessTokenAsync("mailbox:support", settings with { ClientId = "other" }, None);
        var otherScope = await Tokens(database, endpoint).GetAccessTokenAsync("mailbox:support", settings with { ClientId = "other", Scope = "smtp" }, None);
        var otherKey = await Tokens(database, endpoint).GetAccessTokenAsync("mailbox:sales", settings with { ClientId = "other", Scope = "smtp" }, None);

        Assert.Equal(new[] { ("at-2", true), ("at-3", true), ("at-4", true) }, new[] { otherClient, otherScope, otherKey });
        await using var context = await database.Contexts.CreateDbContextAsync();
        Assert.Equal(2, await context.OAuthTokens.CountAsync());
    }

    [Fact]
    public async Task ARefreshTokenTheEndpointRotates_IsKeptEncrypted_AndUsedForTheNextRefresh_AfterARestart()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var endpoint = new TokenEndpoint { RotatesRefreshTokens = true };
        var settings = new OAuthSettings("https://login.example.test/token", "hb", null, null, SupportRefreshToken);
        await Tokens(database, endpoint).GetAccessTokenAsync("mailbox:support", settings, None);
        _clock.Advance(TimeSpan.FromMinutes(56));

        var refreshed = await Tokens(database, endpoint).GetAccessTokenAsync("mailbox:support", settings, None);

        Assert.Equal(("at-2", true), refreshed);
        Assert.Contains($"refresh_token={SupportRefreshToken}", endpoint.Requests[0]);
        Assert.Contains("refresh_token=rt-rotated-1", endpoint.Requests[1]);
        await using var context = await database.Contexts.CreateDbContextAsync();
        var stored = await context.OAuthTokens.SingleAsync();
        Assert.DoesNotContain("rt-rotated-2", stored.RefreshTokenProtected);
        Assert.Equal("rt-rotated-2", _protection.CreateProtector(TokenPurpose).Unprotect(stored.RefreshTokenProtected!));
        Assert.DoesNotContain("rt-rotated", _logs.All);
    }

    private MailboxRegistry Registry(TestDatabase database, IDictionary<string, string?> settings, EventHub? events = null) => new(
        database.Contexts, database.Services.GetRequiredService<ISqlDialect>(), database.Services.GetRequiredService<DatabaseWriteGate>(),
        database.Services.GetRequiredService<DataDirectory>(), _protection, new ConfigurationBuilder().AddInMemoryCollection(settings).Build(),
        Options.Create(new MailOptions { Domain = "happybuttons.test" }), _clock, events ?? new EventHub(), new Logger<MailboxRegistry>(LoggerFactoryOf(_logs)));

    private OAuthTokenService Tokens(TestDatabase database, TokenEndpoint endpoint) => new(
        database.Contexts, database.Services.GetRequiredService<ISqlDialect>(), database.Services.GetRequiredService<DatabaseWriteGate>(),
        _protection, endpoint, _clock, new Logger<OAuthTokenService>(LoggerFactoryOf(_logs)));

    private static ILoggerFactory LoggerFactoryOf(LogCapture logs) => LoggerFactory.Create(builder => builder.AddProvider(logs));

    private static MailboxUpdate UpdateOf(MailboxSettings mailbox) => new()
    {
        Department = mailbox.Department, Address = mailbox.Address, Kind = mailbox.Kind, Host = mailbox.Host, Port = mailbox.Port,
        Security = mailbox.Security, User = mailbox.UserName, PinnedThumbprint = mailbox.PinnedThumbprint, PollSeconds = mailbox.PollSeconds,
        ProcessedFolder = mailbox.ProcessedFolder, SentFolder = mailbox.SentFolder, Auth = mailbox.Auth, OAuthTokenEndpoint = mailbox.OAuthTokenEndpoint,
        OAuthClientId = mailbox.OAuthClientId, OAuthScope = mailbox.OAuthScope,
    };

    private string Decrypt(string? ciphertext) => _protection.CreateProtector(PasswordPurpose).Unprotect(ciphertext!);

    private static async Task<(string? Password, string? ClientSecret, string? RefreshToken)> StoredSecretsAsync(TestDatabase database, string department)
    {
        await using var context = await database.Contexts.CreateDbContextAsync();
        var row = await context.Mailboxes.AsNoTracking().SingleAsync(m => m.Department == department);
        return (row.Server.PasswordProtected, row.OAuth.ClientSecretProtected, row.OAuth.RefreshTokenProtected);
    }

    private static async Task AddMessagesAsync(TestDatabase database, params (string Mailbox, DateTimeOffset CreatedAt)[] messages)
    {
        await using var context = await database.Contexts.CreateDbContextAsync();
        context.Messages.AddRange(messages.Select((m, i) => new HappyButtons.Engine.Storage.Model.Message
        {
            Mailbox = m.Mailbox, SourceId = $"test:{i}", ContentHash = $"hash{i}", ReceivedAt = m.CreatedAt, CreatedAt = m.CreatedAt, UpdatedAt = m.CreatedAt,
        }));
        await context.SaveChangesAsync();
    }

    /// <summary>An OAuth2 token endpoint in memory: numbers its access tokens, and rotates refresh tokens when asked to.</summary>
    private sealed class TokenEndpoint : HttpMessageHandler, IHttpClientFactory
    {
        private int _issued;

        public bool RotatesRefreshTokens { get; init; }

        public List<string> Requests { get; } = [];

        public HttpClient CreateClient(string name) => new(this, disposeHandler: false);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var form = WebUtility.UrlDecode(await request.Content!.ReadAsStringAsync(cancellationToken));
            int number;
            lock (Requests)
            {
                Requests.Add(form);
                number = ++_issued;
            }

            var rotated = RotatesRefreshTokens ? $", \"refresh_token\": \"rt-rotated-{number}\"" : "";
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent($"{{\"access_token\": \"at-{number}\", \"token_type\": \"Bearer\", \"expires_in\": 3600{rotated}}}", Encoding.UTF8, "application/json"),
            };
        }
    }
}

public sealed class MailboxStorageTestsOnSqlite() : MailboxStorageTests(TestProvider.Sqlite);

public sealed class MailboxStorageTestsOnPostgreSql() : MailboxStorageTests(TestProvider.PostgreSql);
