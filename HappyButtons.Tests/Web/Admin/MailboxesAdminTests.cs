using System.Net;
using Bunit;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Mail.Auth;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Components;
using HappyButtons.Tests.Components.Admin;
using HappyButtons.Tests.Fixtures.MailServers;
using HappyButtons.Web.Admin.Mailboxes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HappyButtons.Tests.Web.Admin;

/// <summary>The mailbox page against a real Dovecot: saving (write-only password), field errors and the connection test.</summary>
[Collection(MailServerCollection.Name)]
public sealed class MailboxesAdminTests(MailServerFixture servers)
{
    private const string SalesPassword = "sales-Pa55";

    private static HappyButtonsFactory NewSite() => new(new Dictionary<string, string?>
    {
        ["HappyButtons:Pipeline:Workers"] = "0", ["HappyButtons:Jobs:Workers"] = "0", ["HappyButtons:Mail:ReadMailboxes"] = "false", ["HappyButtons:Imap:Idle"] = "false",
    });

    private static async Task<IRenderedComponent<MailboxesPage>> OpenAsync(BunitContext context)
    {
        context.Render<MudPopoverProvider>();
        context.Render<MudSnackbarProvider>();
        context.Services.GetRequiredService<NavigationManager>().NavigateTo("/admin/mailboxes/sales");
        var page = context.Render<MailboxesPage>(p => p.Add(m => m.Department, Departments.Sales));
        page.WaitForAssertion(() => page.Find("#mailbox-form"));
        return await Task.FromResult(page);
    }

    private async Task FillAsync(IRenderedComponent<MailboxesPage> page, int port, string password, int poll = 10, string security = "StartTls", bool clear = false,
        string? pin = null, string host = "127.0.0.1", string address = "sales@happybuttons.test")
    {
        await page.ChooseAsync<MailboxesPage, MailboxKind>("kind", MailboxKind.Imap);
        await page.TypeAsync("address", address);
        await page.TypeAsync("host", host);
        await page.NumberAsync<MailboxesPage, int?>("port", port);
        await page.ChooseAsync<MailboxesPage, string>("security", security);
        await page.TypeAsync("user", "sales@happybuttons.test");
        await page.TypeAsync("password", password);
        await page.TypeAsync("pin", pin ?? servers.CertificateSha256);
        await page.NumberAsync("poll", poll);
        if (clear)
        {
            await page.CheckAsync("clear-password", true);
        }
    }

    // ClickAsync completes when the page's handler has: no waiting on what the page shows.
    private static Task SaveAsync(IRenderedComponent<MailboxesPage> page) => page.Find("#save-mailbox").ClickAsync(new MouseEventArgs());

    [Fact]
    public async Task SavingAMailbox_NeverShowsThePassword_StoresItEncrypted_AuditsWithoutIt_AndKeepsThePollInterval()
    {
        await using var site = NewSite();
        await using var context = ComponentContext.Create(site, await site.AdminAsync());
        var page = await OpenAsync(context);
        var registry = site.Services.GetRequiredService<MailboxRegistry>();

        await FillAsync(page, servers.ImapPort, SalesPassword, poll: 30);
        await SaveAsync(page);

        Assert.Equal(MailboxKind.Imap, (await registry.GetAsync(Departments.Sales, CancellationToken.None))!.Kind);
        Assert.DoesNotContain(SalesPassword, page.Markup);
        Assert.Null(page.ById<MudTextField<string>, MailboxesPage>("password").Instance.Value);
        await using (var db = await site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync())
        {
            var stored = await db.Mailboxes.Where(m => m.Department == Departments.Sales).Select(m => m.Server.PasswordProtected).SingleAsync();
            Assert.False(string.IsNullOrEmpty(stored));
            Assert.DoesNotContain(SalesPassword, stored);
        }

        Assert.Equal(SalesPassword, await registry.RevealPasswordAsync(Departments.Sales, CancellationToken.None));
        var audit = Assert.Single(await site.Services.GetRequiredService<AuditLog>().RecentAsync(5, "mailbox:sales", CancellationToken.None));
        Assert.Equal("admin", audit.Actor);
        Assert.Contains("password changed", audit.Details);
        Assert.DoesNotContain(SalesPassword, audit.Details);
        Assert.Equal(30, (await registry.GetAsync(Departments.Sales, CancellationToken.None))!.PollSeconds);
        Assert.Contains("IMAP", page.Find("#mailbox-status tr[data-mailbox='sales']").TextContent);
        var admin = await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);
        Assert.DoesNotContain(SalesPassword, await admin.GetStringAsync("/admin/mailboxes/sales"));

        // An empty password field keeps the stored one; "remove" clears it, which an IMAP mailbox refuses at the field.
        await FillAsync(page, servers.ImapPort, "", poll: 30);
        await SaveAsync(page);
        Assert.Equal(SalesPassword, await registry.RevealPasswordAsync(Departments.Sales, CancellationToken.None));
        await FillAsync(page, servers.ImapPort, "", poll: 30, clear: true);
        await SaveAsync(page);
        Assert.Contains("Ein IMAP-Postfach braucht ein Passwort.", page.Find("#mailbox-form").TextContent);
        Assert.Equal(SalesPassword, await registry.RevealPasswordAsync(Departments.Sales, CancellationToken.None));
    }

    [Fact]
    public async Task ChoosingOAuth2_StoresTheClientSecretAndRefreshTokenEncrypted_NeverShowsThem_AndTheConnectionTestSignsInWithAToken()
    {
        await using var site = new HappyButtonsFactory(new Dictionary<string, string?> { ["HappyButtons:Jobs:Workers"] = "0", ["HappyButtons:Imap:Idle"] = "false" });
        await using var context = ComponentContext.Create(site, await site.AdminAsync());
        var page = await OpenAsync(context);
        var refreshToken = servers.Tokens.IssueRefreshToken("sales@happybuttons.test");
        const string secret = "client-secret-Sehr-Geheim";

        await FillAsync(page, servers.ImapPort, "");
        await page.ChooseAsync<MailboxesPage, MailAuthKind>("auth", MailAuthKind.OAuth2);
        await page.TypeAsync("oauth-endpoint", servers.Tokens.TokenEndpoint);
        await page.TypeAsync("oauth-client", "happybuttons-admin-test");
        await page.TypeAsync("oauth-scope", "https://outlook.office365.com/IMAP.AccessAsUser.All offline_access");
        await page.TypeAsync("oauth-secret", secret);
        await page.TypeAsync("oauth-refresh", refreshToken);
        await SaveAsync(page);
        var (step, _, _) = await TestConnectionAsync(page);

        Assert.Equal("success", step);
        Assert.DoesNotContain(secret, page.Markup);
        Assert.DoesNotContain(refreshToken, page.Markup);
        Assert.Equal("happybuttons-admin-test", page.ById<MudTextField<string>, MailboxesPage>("oauth-client").Instance.Value);
        Assert.Null(page.ById<MudTextField<string>, MailboxesPage>("oauth-secret").Instance.Value);
        await using (var db = await site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync())
        {
            var stored = await db.Mailboxes.Where(m => m.Department == Departments.Sales)
                .Select(m => new { m.Auth, Secret = m.OAuth.ClientSecretProtected, Refresh = m.OAuth.RefreshTokenProtected }).SingleAsync();
            Assert.Equal("oauth2", stored.Auth);
            Assert.False(string.IsNullOrEmpty(stored.Secret));
            Assert.False(string.IsNullOrEmpty(stored.Refresh));
            Assert.DoesNotContain(secret, stored.Secret);
            Assert.DoesNotContain(refreshToken, stored.Refresh);
        }

        var audit = Assert.Single(await site.Services.GetRequiredService<AuditLog>().RecentAsync(5, "mailbox:sales", CancellationToken.None));
        Assert.Contains("client secret changed", audit.Details);
        Assert.DoesNotContain(secret, audit.Details);
        var admin = await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);
        var html = await admin.GetStringAsync("/admin/mailboxes/sales");
        Assert.DoesNotContain(secret, html);
        Assert.DoesNotContain(refreshToken, html);

        // OAuth2 without a proper token endpoint or any grant is refused per field, in German.
        await page.TypeAsync("oauth-endpoint", "ftp://login.example");
        await page.CheckAsync("clear-oauth-secret", true);
        await page.CheckAsync("clear-oauth-refresh", true);
        await SaveAsync(page);
        var form = page.Find("#mailbox-form").TextContent;
        Assert.Contains("Bitte den Token-Endpunkt als https-Adresse angeben", form);
        Assert.Contains("OAuth2 braucht ein Refresh-Token (delegierter Zugriff) oder ein Client-Geheimnis", form);
        Assert.Equal(MailAuthKind.OAuth2, (await site.Services.GetRequiredService<MailboxRegistry>().GetAsync(Departments.Sales, CancellationToken.None))!.Auth);
    }

    [Fact]
    public async Task InvalidSettings_AreRefusedWithGermanMessagesAtTheirFields()
    {
        await using var site = NewSite();
        await using var context = ComponentContext.Create(site, await site.AdminAsync());
        var page = await OpenAsync(context);

        await FillAsync(page, 0, SalesPassword, poll: 0, pin: "AB:CD", address: "kein-address");
        await SaveAsync(page);

        Assert.Equal("Bitte korrigieren Sie die markierten Felder.", page.Find("#mailbox-message").TextContent.Trim());
        var form = page.Find("#mailbox-form").TextContent;
        Assert.Contains("Bitte eine gültige E-Mail-Adresse eingeben.", form);
        Assert.Contains("Der Port muss zwischen 1 und 65535 liegen", form);
        Assert.Contains("Das Abrufintervall muss zwischen 1 und 3600 Sekunden liegen.", form);
        Assert.Contains("Ein Fingerabdruck ist der SHA-256-Wert des Serverzertifikats", form);
        Assert.Equal(MailboxKind.Maildir, (await site.Services.GetRequiredService<MailboxRegistry>().GetAsync(Departments.Sales, CancellationToken.None))!.Kind);
    }

    [Fact]
    public async Task TestConnection_NamesTheStep_Success_WrongCredentials_AnUntrustedCertificateWithItsThumbprint_ARefusedPort_AndAnUnknownHost()
    {
        await using var site = NewSite();
        await using var context = ComponentContext.Create(site, await site.AdminAsync());
        var page = await OpenAsync(context);

        await FillAsync(page, servers.ImapPort, SalesPassword);
        await SaveAsync(page);
        var success = await TestConnectionAsync(page);
        Assert.Equal("success", success.Step);
        Assert.Contains("Verbindung funktioniert.", success.Text);

        await FillAsync(page, servers.ImapPort, "falsches-Passwort");
        await SaveAsync(page);
        var wrongPassword = await TestConnectionAsync(page);
        Assert.Equal("authentication", wrongPassword.Step);
        Assert.Contains("Anmeldung fehlgeschlagen: Der Server hat Benutzername oder Passwort abgelehnt.", wrongPassword.Text);

        await FillAsync(page, servers.ImapsPort, "", security: "Tls", pin: "");
        await SaveAsync(page);
        var untrusted = await TestConnectionAsync(page);
        Assert.Equal("tls", untrusted.Step);
        Assert.Equal(servers.CertificateSha256, untrusted.Thumbprint);

        await FillAsync(page, ClosedPort(), "");
        await SaveAsync(page);
        var refused = await TestConnectionAsync(page);
        Assert.Equal("tcp", refused.Step);
        Assert.Contains("hat die Verbindung abgelehnt.", refused.Text);

        await FillAsync(page, servers.ImapPort, "", host: "imap.hb-test.invalid");
        await SaveAsync(page);
        var unknown = await TestConnectionAsync(page);
        Assert.Equal("dns", unknown.Step);
        Assert.Contains("Der Servername imap.hb-test.invalid wurde nicht gefunden.", unknown.Text);
    }

    private static async Task<(string Step, string Text, string? Thumbprint)> TestConnectionAsync(IRenderedComponent<MailboxesPage> page)
    {
        await page.Find("#test-connection").ClickAsync(new MouseEventArgs());
        var result = page.Find("#connection-test");
        return (result.GetAttribute("data-step")!, result.TextContent, page.FindAll("#server-thumbprint").FirstOrDefault()?.TextContent);
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
