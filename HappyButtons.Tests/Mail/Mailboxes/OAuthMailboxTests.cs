using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Engine.Mail.Outgoing;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Fixtures.MailServers;
using HappyButtons.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Mail.Mailboxes;

/// <summary>
/// Hosted mailboxes (Microsoft 365, Google) sign in with OAuth2: Dovecot here checks every bearer token at the fixture's
/// token service, exactly as it would at a real provider's introspection endpoint; Postfix authenticates through Dovecot.
/// </summary>
[Collection(MailServerCollection.Name)]
public sealed class OAuthMailboxTests(MailServerFixture servers)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AnOAuth2Mailbox_IsReadWithATokenFromItsRefreshToken_FetchedOnceForSeveralLogins_StoredEncrypted_AndNeverLogged()
    {
        const string user = "support@happybuttons.test";
        var refreshToken = servers.Tokens.IssueRefreshToken(user);
        var folder = TestFolders.Unique("OAuth");
        using var imap = await servers.ConnectImapAsync(user);
        await imap.CreateFolderAsync(folder);
        var appended = await TestFolders.AppendAsync(imap, folder, user, 2);
        await using var site = MailboxTestSite.For(servers, Departments.Support, folder, extra: OAuthMailbox(refreshToken));
        var (tokensBefore, loginsBefore) = (servers.Tokens.TokenRequests, servers.ImapLogins(user));

        var first = await site.PollImapAsync(Departments.Support);
        await site.Services.GetRequiredService<ImapMailboxSource>().CloseAsync(Departments.Support);
        await TestFolders.AppendAsync(imap, folder, user, 1);
        var second = await site.PollImapAsync(Departments.Support);

        Assert.Equal(new MailboxPollResult(2, 2), first);
        Assert.Equal(new MailboxPollResult(1, 1), second);
        Assert.Equal(2, servers.ImapLogins(user) - loginsBefore);
        Assert.Equal(1, servers.Tokens.TokenRequests - tokensBefore);
        await using var context = await site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync(None);
        var stored = await context.OAuthTokens.Where(t => t.TokenKey == "mailbox:support").Select(t => t.AccessTokenProtected).SingleAsync(None);
        Assert.DoesNotContain("at-", stored);
        Assert.DoesNotContain(refreshToken, site.Logs.All);
        Assert.DoesNotContain("at-", site.Logs.All);
        Assert.Single(await site.SourceIdsContainingAsync(Departments.Support, appended[0].Marker));
    }

    [Fact]
    public async Task AnAccessToken_IsRefreshedShortlyBeforeItExpires_NotAfter_AndNotEarlier()
    {
        const string user = "finance@happybuttons.test";
        var folder = TestFolders.Unique("Ablauf");
        using var imap = await servers.ConnectImapAsync(user);
        await imap.CreateFolderAsync(folder);
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var site = MailboxTestSite.For(servers, Departments.Finance, folder, extra: OAuthMailbox(servers.Tokens.IssueRefreshToken(user)), clock: clock);
        var source = site.Services.GetRequiredService<ImapMailboxSource>();
        var before = servers.Tokens.TokenRequests;

        Assert.Null((await site.PollImapAsync(Departments.Finance)).Error);
        var afterFirst = servers.Tokens.TokenRequests;
        clock.Advance(TimeSpan.FromMinutes(50));
        await source.CloseAsync(Departments.Finance);
        Assert.Null((await site.PollImapAsync(Departments.Finance)).Error);
        var afterFiftyMinutes = servers.Tokens.TokenRequests;
        clock.Advance(TimeSpan.FromMinutes(6));
        await source.CloseAsync(Departments.Finance);
        Assert.Null((await site.PollImapAsync(Departments.Finance)).Error);

        Assert.Equal(1, afterFirst - before);
        Assert.Equal(afterFirst, afterFiftyMinutes);
        Assert.Equal(afterFirst + 1, servers.Tokens.TokenRequests);
    }

    [Fact]
    public async Task AnAccessTokenRevokedAtTheProvider_IsReplacedByAFreshOne_AtTheNextLogin()
    {
        const string user = "info@happybuttons.test";
        var folder = TestFolders.Unique("Entzogen");
        using var imap = await servers.ConnectImapAsync(user);
        await imap.CreateFolderAsync(folder);
        await using var site = MailboxTestSite.For(servers, Departments.Info, folder, extra: OAuthMailbox(servers.Tokens.IssueRefreshToken(user)));
        Assert.Null((await site.PollImapAsync(Departments.Info)).Error);
        var before = servers.Tokens.TokenRequests;

        servers.Tokens.RevokeAccessTokens(user);
        await site.Services.GetRequiredService<ImapMailboxSource>().CloseAsync(Departments.Info);
        await TestFolders.AppendAsync(imap, folder, user, 1);
        var result = await site.PollImapAsync(Departments.Info);

        Assert.Null(result.Error);
        Assert.Equal(1, result.Stored);
        Assert.Equal(1, servers.Tokens.TokenRequests - before);
    }

    [Fact]
    public async Task ARefreshTokenTheProviderRefuses_IsAnAuthenticationFailure_TriedOncePerRetryWindow()
    {
        var folder = TestFolders.Unique("Abgelehnt");
        await using var site = MailboxTestSite.For(servers, Departments.Sales, folder, extra: OAuthMailbox("rt-revoked-long-ago"));

        var first = await site.PollImapAsync(Departments.Sales);
        var second = await site.PollImapAsync(Departments.Sales);

        Assert.StartsWith(MailboxBackoff.AuthenticationFailed, first.Error);
        Assert.Contains("invalid_grant", first.Error);
        Assert.True(second.Skipped);
        Assert.StartsWith(MailboxBackoff.AuthenticationFailed, (await site.MailboxAsync(Departments.Sales))!.LastError);
    }

    [Fact]
    public async Task SmtpWithOAuth2ClientCredentials_SubmitsThroughPostfix_AndTheMailArrives()
    {
        const string user = "sales@happybuttons.test";
        var (clientId, secret) = servers.Tokens.RegisterClient(user);
        await using var site = MailboxTestSite.For(servers, Departments.Sales, extra: new Dictionary<string, string?>
        {
            ["HappyButtons:Smtp:Host"] = "127.0.0.1",
            ["HappyButtons:Smtp:Port"] = servers.SmtpPort.ToString(),
            ["HappyButtons:Smtp:Security"] = "StartTls",
            ["HappyButtons:Smtp:PinnedThumbprint"] = servers.CertificateSha256,
            ["HappyButtons:Smtp:User"] = user,
            ["HappyButtons:Smtp:Auth"] = "OAuth2",
            ["HappyButtons:Smtp:OAuth:TokenEndpoint"] = servers.Tokens.TokenEndpoint,
            ["HappyButtons:Smtp:OAuth:ClientId"] = clientId,
            ["HappyButtons:Smtp:OAuth:ClientSecret"] = secret,
            ["HappyButtons:Smtp:OAuth:Scope"] = "https://outlook.office365.com/.default",
        });
        var marker = Guid.NewGuid().ToString("N");
        var introspectionsBefore = servers.Tokens.Introspections;

        await site.Services.GetRequiredService<IMailSender>().SendAsync(ImapMailboxSourceTests.TestMessage(user, marker), new MailEnvelope(user, [user]), None);

        Assert.True(servers.Tokens.Introspections > introspectionsBefore, "Dovecot checked the bearer token for Postfix");
        using var imap = await servers.ConnectImapAsync(user);
        await ImapMailboxSourceTests.WaitUntilAsync(async () =>
            (await imap.MessagesAsync("INBOX")).Any(m => System.Text.Encoding.UTF8.GetString(m).Contains(marker, StringComparison.Ordinal)), TimeSpan.FromSeconds(20));
        Assert.DoesNotContain(secret, site.Logs.All);
    }

    private Dictionary<string, string?> OAuthMailbox(string refreshToken) => new()
    {
        ["HappyButtons:Mailboxes:0:Auth"] = "OAuth2",
        ["HappyButtons:Mailboxes:0:Password"] = null,
        ["HappyButtons:Mailboxes:0:OAuth:TokenEndpoint"] = servers.Tokens.TokenEndpoint,
        ["HappyButtons:Mailboxes:0:OAuth:ClientId"] = "happybuttons-test",
        ["HappyButtons:Mailboxes:0:OAuth:RefreshToken"] = refreshToken,
    };
}
