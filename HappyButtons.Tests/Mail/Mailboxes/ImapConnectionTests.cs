using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Tests.Fixtures.MailServers;

namespace HappyButtons.Tests.Mail.Mailboxes;

/// <summary>How the IMAP source uses its connection: kept open across polls, and only to a server whose certificate is trusted or pinned.</summary>
[Collection(MailServerCollection.Name)]
public sealed class ImapConnectionTests(MailServerFixture servers)
{
    [Fact]
    public async Task ThreePolls_WithNewMailBetweenThem_CostOneLogin_OnAConnectionKeptOpen()
    {
        var folder = TestFolders.Unique("Offen");
        using var imap = await servers.ConnectImapAsync("info@happybuttons.test");
        await imap.CreateFolderAsync(folder);
        await using var site = MailboxTestSite.For(servers, Departments.Info, folder);
        var loginsBefore = servers.ImapLogins("info@happybuttons.test");

        var stored = 0;
        for (var poll = 0; poll < 3; poll++)
        {
            await TestFolders.AppendAsync(imap, folder, "info@happybuttons.test", 2);
            stored += (await site.PollImapAsync(Departments.Info)).Stored;
        }

        Assert.Equal(6, stored);
        Assert.Equal(1, servers.ImapLogins("info@happybuttons.test") - loginsBefore);
    }

    [Fact]
    public async Task OverImplicitTls_APinnedSelfSignedCertificate_IsTrusted_AndAWrongPinRefusesBeforeAnyLogin()
    {
        var folder = TestFolders.Unique("Tls");
        using var imap = await servers.ConnectImapAsync("finance@happybuttons.test");
        await imap.CreateFolderAsync(folder);
        await TestFolders.AppendAsync(imap, folder, "finance@happybuttons.test", 1);
        var tls = new Dictionary<string, string?>
        {
            ["HappyButtons:Mailboxes:0:Port"] = servers.ImapsPort.ToString(),
            ["HappyButtons:Mailboxes:0:Security"] = "Tls",
        };
        var wrongPin = new string('A', 64);
        var loginsBefore = servers.ImapLogins("finance@happybuttons.test");

        await using (var pinnedWrong = MailboxTestSite.For(servers, Departments.Finance, folder,
                         extra: new Dictionary<string, string?>(tls) { ["HappyButtons:Mailboxes:0:PinnedThumbprint"] = wrongPin }))
        {
            var refused = await pinnedWrong.PollImapAsync(Departments.Finance);

            Assert.NotNull(refused.Error);
            Assert.Contains(servers.CertificateSha256, refused.Error);
            Assert.Contains("does not match the pinned", refused.Error);
            Assert.Equal(loginsBefore, servers.ImapLogins("finance@happybuttons.test"));
        }

        await using var pinnedRight = MailboxTestSite.For(servers, Departments.Finance, folder, extra: tls);
        var result = await pinnedRight.PollImapAsync(Departments.Finance);

        Assert.Null(result.Error);
        Assert.Equal(1, result.Stored);
    }
}
