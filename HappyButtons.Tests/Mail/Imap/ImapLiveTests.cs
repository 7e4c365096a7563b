using System.Diagnostics;
using System.Security.Cryptography;
using HappyButtons.Engine.Mail.Imap;
using HappyButtons.Engine.Mail.Smtp;
using HappyButtons.Engine.Mail.Tls;
using HappyButtons.Tests.Fixtures.MailServers;

namespace HappyButtons.Tests.Mail.Imap;

/// <summary>Our IMAP (and SMTP) client against a real Dovecot and Postfix on loopback.</summary>
[Collection(MailServerCollection.Name)]
public sealed class ImapLiveTests(MailServerFixture servers)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task MailSentThroughPostfix_ArrivesInDovecot_WithTheSameBytes()
    {
        await using var imap = await servers.ConnectImapAsync("sales@happybuttons.test");
        var before = await imap.SelectAsync("INBOX", None);
        var raw = TestMessages.Create("sales@happybuttons.test", "Bestellung");

        await using (var smtp = await SmtpClient.ConnectAsync(servers.SmtpOptions(SmtpSecurity.StartTls), None))
        {
            await smtp.SendAsync(new SmtpEnvelope("kunde@example.test", ["sales@happybuttons.test"]), new MemoryStream(raw), None);
            await smtp.QuitAsync(None);
        }

        var uid = await WaitForNewUidAsync(imap, before.UidNext);
        using var fetched = new MemoryStream();
        var message = await imap.FetchMessageAsync(uid, fetched, None);
        await using var poller = await servers.ConnectImapAsync("sales@happybuttons.test");
        var status = await poller.StatusAsync("INBOX", None);
        var summary = Assert.Single(await imap.FetchSummariesAsync(ImapUidSet.Single(uid), None));

        Assert.NotNull(message);
        Assert.Equal(uid, message.Uid);
        Assert.Equal(fetched.Length, summary.Size);
        Assert.DoesNotContain(@"\Seen", summary.Flags!);
        Assert.Equal(before.UidValidity, status.UidValidity);
        Assert.True(status.UidNext > uid);
        Assert.True(status.Unseen >= 1);
        // Postfix prepends Return-Path, Delivered-To and Received; everything after must be our bytes.
        Assert.EndsWith(Convert.ToHexString(raw), Convert.ToHexString(fetched.ToArray()));
    }

    [Theory]
    [InlineData(ImapSecurity.Tls)]
    [InlineData(ImapSecurity.StartTls)]
    public async Task Connect_TrustsTheSelfSignedServer_WhenThePinnedThumbprintMatches(ImapSecurity security)
    {
        await using var client = await ImapClient.ConnectAsync(servers.ImapOptions(security), None);

        await client.AuthenticateAsync("info@happybuttons.test", MailServerFixture.Passwords["info@happybuttons.test"], None);

        Assert.True(client.IsAuthenticated);
        Assert.Contains("IDLE", client.Capabilities);
    }

    [Theory]
    [InlineData(ImapSecurity.Tls)]
    [InlineData(ImapSecurity.StartTls)]
    public async Task Connect_FailsWithAClearTlsError_WhenThePinIsWrong(ImapSecurity security)
    {
        var wrongPin = Convert.ToHexString(SHA256.HashData("another certificate"u8));

        var ex = await Assert.ThrowsAsync<MailTlsException>(() => ImapClient.ConnectAsync(servers.ImapOptions(security, wrongPin), None));

        Assert.Contains("does not match the pinned", ex.Message);
        Assert.Contains(servers.CertificateSha256, ex.Message);
    }

    [Fact]
    public async Task Authenticate_WithAWrongPassword_ThrowsImapAuthenticationException()
    {
        await using var client = await ImapClient.ConnectAsync(servers.ImapOptions(ImapSecurity.Tls), None);

        var ex = await Assert.ThrowsAsync<ImapAuthenticationException>(
            () => client.AuthenticateAsync("info@happybuttons.test", "not-the-password", None));

        Assert.Equal("AUTHENTICATIONFAILED", ex.ResponseCode?.Name);
    }

    [Fact]
    public async Task PlainConnection_WorksOnlyWhenChosenExplicitly_AndSupportsLogin()
    {
        await using var client = await servers.ConnectImapAsync("finance@happybuttons.test", ImapSecurity.None);

        var inbox = await client.ExamineAsync("INBOX", None);

        Assert.True(inbox.ReadOnly);
        Assert.NotEqual(0u, inbox.UidValidity);
    }

    [Fact]
    public async Task Idle_NoticesNewMail_WithinTwoSeconds()
    {
        await using var watcher = await servers.ConnectImapAsync("support@happybuttons.test");
        await watcher.SelectAsync("INBOX", None);
        await using var writer = await servers.ConnectImapAsync("support@happybuttons.test");
        var clock = new Stopwatch();

        var idle = watcher.IdleAsync(TimeSpan.FromSeconds(20), None);
        await Task.Delay(300);
        clock.Start();
        await writer.AppendAsync("INBOX", new MemoryStream(TestMessages.Create("support@happybuttons.test", "Reklamation")), null, null, None);
        var result = await idle;
        clock.Stop();

        Assert.Equal(ImapIdleResult.NewMail, result);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"IDLE took {clock.Elapsed.TotalMilliseconds:0} ms");
        await watcher.NoopAsync(None);
    }

    [Fact]
    public async Task Move_PutsTheMessageIntoProcessed_AndRemovesItFromTheInbox()
    {
        await using var client = await servers.ConnectImapAsync("info@happybuttons.test");
        var uid = await client.AppendAsync("INBOX", new MemoryStream(TestMessages.Create("info@happybuttons.test", "Anfrage")), null, null, None);
        await EnsureFolderAsync(client, "Processed");
        var processed = await client.SelectAsync("Processed", None);
        await client.SelectAsync("INBOX", None);

        await client.MoveAsync(ImapUidSet.Single(uid!.Value), "Processed", None);

        Assert.Contains(await client.ListFoldersAsync(None), f => f.Name == "Processed" && f.CanSelect);
        Assert.DoesNotContain(uid.Value, await client.SearchAsync(ImapSearchQuery.All, None));
        await client.SelectAsync("Processed", None);
        Assert.Contains(await client.SearchAsync(ImapSearchQuery.UidFrom(processed.UidNext), None), u => u >= processed.UidNext);
    }

    [Fact]
    public async Task Append_ToSent_StoresTheExactBytes_WithFlags()
    {
        await using var client = await servers.ConnectImapAsync("sales@happybuttons.test");
        await EnsureFolderAsync(client, "Sent");
        var raw = TestMessages.Create("kunde@example.test", "Auftragsbestätigung");

        var uid = await client.AppendAsync("Sent", new MemoryStream(raw), [@"\Seen"], new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.FromHours(1)), None);

        await client.SelectAsync("Sent", None);
        Assert.NotNull(uid);
        using var fetched = new MemoryStream();
        await client.FetchMessageAsync(uid.Value, fetched, None);
        var summary = Assert.Single(await client.FetchSummariesAsync(ImapUidSet.Single(uid.Value), None));
        Assert.Equal(raw, fetched.ToArray());
        Assert.Contains(@"\Seen", summary.Flags!);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.FromHours(1)), summary.InternalDate);
    }

    [Fact]
    public async Task UidValidity_Changes_WhenTheFolderIsDeletedAndRecreated()
    {
        // How we trigger it: DELETE + CREATE gives the folder a new UIDVALIDITY in Dovecot, as a
        // server-side mailbox rebuild would; the ingest must then treat every UID as new.
        await using var client = await servers.ConnectImapAsync("finance@happybuttons.test");
        await EnsureFolderAsync(client, "Rechnungen");
        await client.AppendAsync("Rechnungen", new MemoryStream(TestMessages.Create("finance@happybuttons.test", "Rechnung")), null, null, None);
        var first = await client.SelectAsync("Rechnungen", None);
        await client.SelectAsync("INBOX", None);

        await client.DeleteFolderAsync("Rechnungen", None);
        await client.CreateFolderAsync("Rechnungen", None);
        var second = await client.SelectAsync("Rechnungen", None);

        Assert.NotEqual(first.UidValidity, second.UidValidity);
        Assert.Equal(0, second.Exists);
    }

    [Fact]
    public async Task Store_SetsAndClearsSeen_AndSearchUnseenFollows()
    {
        await using var client = await servers.ConnectImapAsync("info@happybuttons.test");
        var uid = (await client.AppendAsync("INBOX", new MemoryStream(TestMessages.Create("info@happybuttons.test", "Frage")), null, null, None))!.Value;
        await client.SelectAsync("INBOX", None);

        await client.AddFlagsAsync(ImapUidSet.Single(uid), [@"\Seen"], None);
        var unseenAfterAdd = await client.SearchAsync(ImapSearchQuery.Unseen, None);
        await client.RemoveFlagsAsync(ImapUidSet.Single(uid), [@"\Seen"], None);
        var unseenAfterRemove = await client.SearchAsync(ImapSearchQuery.Unseen, None);

        Assert.DoesNotContain(uid, unseenAfterAdd);
        Assert.Contains(uid, unseenAfterRemove);
    }

    internal static async Task<uint> WaitForNewUidAsync(ImapClient client, uint uidNext)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await client.NoopAsync(None);
            var uids = (await client.SearchAsync(ImapSearchQuery.UidFrom(uidNext), None)).Where(u => u >= uidNext).ToList();
            if (uids.Count > 0)
            {
                return uids[0];
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No message with UID >= {uidNext} arrived within 10 s.");
    }

    private static async Task EnsureFolderAsync(ImapClient client, string folder)
    {
        try
        {
            await client.CreateFolderAsync(folder, None);
        }
        catch (ImapCommandException ex) when (ex.ResponseCode?.Is("ALREADYEXISTS") == true)
        {
        }
    }
}
