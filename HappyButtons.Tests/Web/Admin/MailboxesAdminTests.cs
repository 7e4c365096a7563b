using System.Net;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Fixtures.MailServers;
using HappyButtons.Web.Live;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Web.Admin;

[Collection(MailServerCollection.Name)]
public sealed class MailboxesAdminTests(MailServerFixture servers)
{
    private const string Page = "/admin/mailboxes/sales";
    private const string SalesPassword = "sales-Pa55";

    [Fact]
    public async Task SavingAMailbox_NeverEchoesThePassword_StoresItEncrypted_AuditsWithoutIt_AndKeepsThePollInterval()
    {
        await using var site = new HappyButtonsFactory(new Dictionary<string, string?> { ["HappyButtons:Pipeline:Workers"] = "0", ["HappyButtons:Jobs:Workers"] = "0", ["HappyButtons:Mail:ReadMailboxes"] = "false", ["HappyButtons:Imap:Idle"] = "false" });
        var admin = await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);

        var response = await HtmlForms.SubmitAsync(admin, Page, "#mailbox-form", Fields(servers.ImapPort, SalesPassword, poll: "30"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"mailbox-message\"", html);
        Assert.DoesNotContain(SalesPassword, html);
        Assert.DoesNotContain(SalesPassword, await admin.GetStringAsync(Page));
        await using var context = await site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync();
        var stored = await context.Mailboxes.Where(m => m.Department == Departments.Sales).Select(m => m.Server.PasswordProtected).SingleAsync();
        Assert.False(string.IsNullOrEmpty(stored));
        Assert.DoesNotContain(SalesPassword, stored);
        Assert.Equal(SalesPassword, await site.Services.GetRequiredService<MailboxRegistry>().RevealPasswordAsync(Departments.Sales, CancellationToken.None));
        var audit = Assert.Single(await site.Services.GetRequiredService<AuditLog>().RecentAsync(5, "mailbox:sales", CancellationToken.None));
        Assert.Equal("admin", audit.Actor);
        Assert.Contains("password changed", audit.Details);
        Assert.DoesNotContain(SalesPassword, audit.Details);
        var pageHtml = await HtmlForms.GetDocumentAsync(admin, Page);
        // The status list is a live island of the static page, prerendered with the page.
        Assert.Contains("IMAP", pageHtml.QuerySelector("#mailbox-status tr[data-mailbox='sales']")!.TextContent);
        Assert.Equal(30, (await site.Services.GetRequiredService<MailboxRegistry>().GetAsync(Departments.Sales, CancellationToken.None))!.PollSeconds);

        // An empty password field keeps the stored one; the "remove" box clears it.
        await HtmlForms.SubmitAsync(admin, Page, "#mailbox-form", Fields(servers.ImapPort, "", poll: "30"));
        Assert.Equal(SalesPassword, await site.Services.GetRequiredService<MailboxRegistry>().RevealPasswordAsync(Departments.Sales, CancellationToken.None));
        var cleared = await HtmlForms.SubmitAsync(admin, Page, "#mailbox-form", Fields(servers.ImapPort, "", poll: "30", clear: true));
        Assert.Equal(HttpStatusCode.BadRequest, cleared.StatusCode);
        Assert.NotNull((await HtmlForms.ParseAsync(cleared)).QuerySelector(".invalid-feedback[data-field='Password']"));
    }

    [Fact]
    public async Task ChoosingOAuth2_StoresTheClientSecretAndRefreshTokenEncrypted_NeverShowsThem_AndTheConnectionTestSignsInWithAToken()
    {
        await using var site = new HappyButtonsFactory(new Dictionary<string, string?> { ["HappyButtons:Jobs:Workers"] = "0", ["HappyButtons:Imap:Idle"] = "false" });
        var admin = await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);
        var refreshToken = servers.Tokens.IssueRefreshToken("sales@happybuttons.test");
        const string secret = "client-secret-Sehr-Geheim";
        var fields = Fields(servers.ImapPort, "");
        fields["Model.Auth"] = "OAuth2";
        fields["Model.OAuthTokenEndpoint"] = servers.Tokens.TokenEndpoint;
        fields["Model.OAuthClientId"] = "happybuttons-admin-test";
        fields["Model.OAuthScope"] = "https://outlook.office365.com/IMAP.AccessAsUser.All offline_access";
        fields["Model.OAuthClientSecret"] = secret;
        fields["Model.OAuthRefreshToken"] = refreshToken;

        var saved = await HtmlForms.SubmitAsync(admin, Page, "#mailbox-form", fields);
        var (step, _, _) = await TestConnectionAsync(admin);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var html = await saved.Content.ReadAsStringAsync() + await admin.GetStringAsync(Page);
        Assert.DoesNotContain(secret, html);
        Assert.DoesNotContain(refreshToken, html);
        Assert.Contains("happybuttons-admin-test", html);
        await using var context = await site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync();
        var stored = await context.Mailboxes.Where(m => m.Department == Departments.Sales)
            .Select(m => new { m.Auth, Secret = m.OAuth.ClientSecretProtected, Refresh = m.OAuth.RefreshTokenProtected }).SingleAsync();
        Assert.Equal("oauth2", stored.Auth);
        Assert.False(string.IsNullOrEmpty(stored.Secret));
        Assert.False(string.IsNullOrEmpty(stored.Refresh));
        Assert.DoesNotContain(secret, stored.Secret);
        Assert.DoesNotContain(refreshToken, stored.Refresh);
        var audit = Assert.Single(await site.Services.GetRequiredService<AuditLog>().RecentAsync(5, "mailbox:sales", CancellationToken.None));
        Assert.Contains("client secret changed", audit.Details);
        Assert.DoesNotContain(secret, audit.Details);
        Assert.Equal("success", step);

        // OAuth2 without a token endpoint or any grant is refused per field.
        fields["Model.OAuthTokenEndpoint"] = "ftp://login.example";
        fields["Model.OAuthClientSecret"] = "";
        fields["Model.OAuthRefreshToken"] = "";
        fields["Model.ClearOAuthClientSecret"] = "true";
        fields["Model.ClearOAuthRefreshToken"] = "true";
        var refused = await HtmlForms.SubmitAsync(admin, Page, "#mailbox-form", fields);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await HtmlForms.ParseAsync(refused);
        Assert.NotNull(page.QuerySelector(".invalid-feedback[data-field='OAuthTokenEndpoint']"));
        Assert.NotNull(page.QuerySelector(".invalid-feedback[data-field='OAuthRefreshToken']"));
    }

    [Fact]
    public async Task InvalidSettings_AreRejectedWithMessagesPerField()
    {
        await using var site = new HappyButtonsFactory(new Dictionary<string, string?> { ["HappyButtons:Pipeline:Workers"] = "0", ["HappyButtons:Jobs:Workers"] = "0", ["HappyButtons:Mail:ReadMailboxes"] = "false", ["HappyButtons:Imap:Idle"] = "false" });
        var admin = await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);
        var fields = Fields(0, SalesPassword, poll: "0");
        fields["Model.Address"] = "kein-address";
        fields["Model.PinnedThumbprint"] = "AB:CD";

        var response = await HtmlForms.SubmitAsync(admin, Page, "#mailbox-form", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        foreach (var field in new[] { "Address", "Port", "PollSeconds", "PinnedThumbprint" })
        {
            Assert.NotNull(page.QuerySelector($".invalid-feedback[data-field='{field}']"));
        }

        Assert.Equal(MailboxKind.Maildir, (await site.Services.GetRequiredService<MailboxRegistry>().GetAsync(Departments.Sales, CancellationToken.None))!.Kind);
    }

    [Fact]
    public async Task TestConnection_ReportsSuccess_WrongCredentials_AnUntrustedCertificateWithItsThumbprint_ARefusedPort_AndAnUnknownHost()
    {
        await using var site = new HappyButtonsFactory(new Dictionary<string, string?> { ["HappyButtons:Pipeline:Workers"] = "0", ["HappyButtons:Jobs:Workers"] = "0", ["HappyButtons:Mail:ReadMailboxes"] = "false", ["HappyButtons:Imap:Idle"] = "false" });
        var admin = await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);

        await HtmlForms.SubmitAsync(admin, Page, "#mailbox-form", Fields(servers.ImapPort, SalesPassword));
        var success = await TestConnectionAsync(admin);
        Assert.Equal("success", success.Step);

        await HtmlForms.SubmitAsync(admin, Page, "#mailbox-form", Fields(servers.ImapPort, "falsches-Passwort"));
        var wrongPassword = await TestConnectionAsync(admin);
        Assert.Equal("authentication", wrongPassword.Step);
        Assert.Contains("authentication failed", wrongPassword.Text);

        var unpinned = Fields(servers.ImapsPort, "", security: "Tls");
        unpinned["Model.PinnedThumbprint"] = "";
        await HtmlForms.SubmitAsync(admin, Page, "#mailbox-form", unpinned);
        var untrusted = await TestConnectionAsync(admin);
        Assert.Equal("tls", untrusted.Step);
        Assert.Equal(servers.CertificateSha256, untrusted.Thumbprint);

        await HtmlForms.SubmitAsync(admin, Page, "#mailbox-form", Fields(ClosedPort(), ""));
        Assert.Equal("tcp", (await TestConnectionAsync(admin)).Step);

        var unknownHost = Fields(servers.ImapPort, "");
        unknownHost["Model.Host"] = "imap.hb-test.invalid";
        await HtmlForms.SubmitAsync(admin, Page, "#mailbox-form", unknownHost);
        Assert.Equal("dns", (await TestConnectionAsync(admin)).Step);
    }

    private Dictionary<string, string> Fields(int port, string password, string poll = "10", string security = "StartTls", bool clear = false)
    {
        var fields = new Dictionary<string, string>
        {
            ["Model.Address"] = "sales@happybuttons.test", ["Model.Kind"] = "Imap", ["Model.Host"] = "127.0.0.1", ["Model.Port"] = port.ToString(),
            ["Model.Security"] = security, ["Model.User"] = "sales@happybuttons.test", ["Model.Password"] = password,
            ["Model.PinnedThumbprint"] = servers.CertificateSha256, ["Model.PollSeconds"] = poll, ["Model.ProcessedPolicy"] = "seen",
            ["Model.ProcessedFolder"] = "", ["Model.SentFolder"] = "",
        };
        if (clear)
        {
            fields["Model.ClearPassword"] = "true";
        }

        return fields;
    }

    private static async Task<(string Step, string Text, string? Thumbprint)> TestConnectionAsync(HttpClient admin)
    {
        var response = await HtmlForms.SubmitAsync(admin, Page, "#test-form", new());
        var page = await HtmlForms.ParseAsync(response);
        var result = page.QuerySelector("#connection-test") ?? throw new InvalidOperationException("No connection test result on the page.");
        return (result.GetAttribute("data-step")!, result.TextContent, page.QuerySelector("#server-thumbprint")?.TextContent);
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
