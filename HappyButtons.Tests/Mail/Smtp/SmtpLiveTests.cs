using System.Security.Cryptography;
using HappyButtons.Engine.Mail.Imap;
using HappyButtons.Engine.Mail.Smtp;
using HappyButtons.Engine.Mail.Tls;
using HappyButtons.Tests.Fixtures.MailServers;
using HappyButtons.Tests.Mail.Imap;

namespace HappyButtons.Tests.Mail.Smtp;

/// <summary>Our SMTP client submitting to a real Postfix, checked through Dovecot.</summary>
[Collection(MailServerCollection.Name)]
public sealed class SmtpLiveTests(MailServerFixture servers)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ImplicitTls_WithPinnedCertificate_DeliversSeveralMessages_OverOneConnection()
    {
        await using var imap = await servers.ConnectImapAsync("support@happybuttons.test");
        var before = await imap.SelectAsync("INBOX", None);

        await using (var smtp = await SmtpClient.ConnectAsync(servers.SmtpOptions(SmtpSecurity.Tls), None))
        {
            for (var i = 0; i < 5; i++)
            {
                var raw = TestMessages.Create("support@happybuttons.test", $"Ticket {i}");
                await smtp.SendAsync(new SmtpEnvelope("kunde@example.test", ["support@happybuttons.test"]), new MemoryStream(raw), None);
            }

            await smtp.QuitAsync(None);
        }

        await ImapLiveTests.WaitForNewUidAsync(imap, before.UidNext);
        var arrived = await WaitForCountAsync(imap, before.UidNext, 5);
        Assert.Equal(5, arrived);
    }

    [Fact]
    public async Task ALargeMessage_StreamsThroughPostfixAndDovecot_Unchanged()
    {
        await using var imap = await servers.ConnectImapAsync("finance@happybuttons.test");
        var before = await imap.SelectAsync("INBOX", None);
        var line = "Rechnungsposition 4711; Knopf rot 12 mm; 500 Stück; 0,05 EUR; .Punkt\r\n";
        var raw = TestMessages.Create("finance@happybuttons.test", "Große Rechnung", string.Concat(Enumerable.Repeat(line, 40_000)));

        await using (var smtp = await SmtpClient.ConnectAsync(servers.SmtpOptions(SmtpSecurity.StartTls), None))
        {
            await smtp.SendAsync(new SmtpEnvelope("kunde@example.test", ["finance@happybuttons.test"]), new MemoryStream(raw), None);
        }

        var uid = await ImapLiveTests.WaitForNewUidAsync(imap, before.UidNext);
        using var fetched = new MemoryStream();
        await imap.FetchMessageAsync(uid, fetched, None);

        Assert.True(raw.Length > 2_500_000);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(raw)), Convert.ToHexString(SHA256.HashData(fetched.ToArray()[^raw.Length..])));
    }

    [Fact]
    public async Task AuthPlain_ThroughPostfixAndDovecotSasl_AcceptsTheRightPassword_AndRejectsAWrongOnePermanently()
    {
        await using var good = await SmtpClient.ConnectAsync(servers.SmtpOptions(SmtpSecurity.StartTls), None);
        await using var bad = await SmtpClient.ConnectAsync(servers.SmtpOptions(SmtpSecurity.Tls), None);

        await good.AuthenticateAsync("sales@happybuttons.test", MailServerFixture.Passwords["sales@happybuttons.test"], None);
        var ex = await Assert.ThrowsAsync<SmtpException>(() => bad.AuthenticateAsync("sales@happybuttons.test", "wrong", None));

        Assert.True(good.Capabilities.HasAuth("PLAIN"));
        Assert.Equal(SmtpFailureKind.Permanent, ex.Kind);
        Assert.Equal(535, ex.Reply?.Code);
        await good.SendAsync(new SmtpEnvelope("sales@happybuttons.test", ["info@happybuttons.test"]),
            new MemoryStream(TestMessages.Create("info@happybuttons.test", "Nach Anmeldung")), None);
    }

    [Fact]
    public async Task Send_ReportsTheUnknownRecipientAsRejected_AndDeliversToTheOthers()
    {
        await using var smtp = await SmtpClient.ConnectAsync(servers.SmtpOptions(SmtpSecurity.StartTls), None);
        var envelope = new SmtpEnvelope("kunde@example.test", ["info@happybuttons.test", "nobody@happybuttons.test"]);

        var result = await smtp.SendAsync(envelope, new MemoryStream(TestMessages.Create("info@happybuttons.test", "Zwei Empfänger")), None);

        var rejected = Assert.Single(result.Rejected);
        Assert.Equal("nobody@happybuttons.test", rejected.Address);
        Assert.Equal(550, rejected.Code);
        Assert.True(result.Recipients.Single(r => r.Address == "info@happybuttons.test").Accepted);
    }

    [Fact]
    public async Task Send_ToOnlyUnknownRecipients_IsAPermanentFailure_AndTheConnectionStaysUsable()
    {
        await using var smtp = await SmtpClient.ConnectAsync(servers.SmtpOptions(SmtpSecurity.StartTls), None);

        var ex = await Assert.ThrowsAsync<SmtpException>(() => smtp.SendAsync(
            new SmtpEnvelope("kunde@example.test", ["nobody@happybuttons.test"]),
            new MemoryStream(TestMessages.Create("nobody@happybuttons.test", "Ins Leere")), None));
        await smtp.NoopAsync(None);

        Assert.Equal(SmtpFailureKind.Permanent, ex.Kind);
        Assert.Equal(550, Assert.Single(ex.Recipients).Code);
    }

    [Fact]
    public async Task Send_RefusesAMessageAboveTheServersSizeLimit_BeforeTransferringIt()
    {
        await using var smtp = await SmtpClient.ConnectAsync(servers.SmtpOptions(SmtpSecurity.StartTls), None);
        var tooBig = new MemoryStream(new byte[smtp.Capabilities.MaxSize + 1]);

        var ex = await Assert.ThrowsAsync<SmtpException>(() => smtp.SendAsync(
            new SmtpEnvelope("kunde@example.test", ["sales@happybuttons.test"]), tooBig, None));

        Assert.Equal(SmtpFailureKind.Permanent, ex.Kind);
        Assert.Equal(0, tooBig.Position);
        Assert.True(smtp.IsConnected);
    }

    [Fact]
    public async Task Connect_WithAWrongPin_FailsPermanently_WithTheTlsReason()
    {
        var wrongPin = Convert.ToHexString(SHA256.HashData("not the server"u8));

        var ex = await Assert.ThrowsAsync<SmtpException>(() => SmtpClient.ConnectAsync(servers.SmtpOptions(SmtpSecurity.StartTls, wrongPin), None));

        Assert.Equal(SmtpFailureKind.Permanent, ex.Kind);
        Assert.IsType<MailTlsException>(ex.InnerException);
        Assert.Contains("does not match the pinned", ex.Message);
    }

    private static async Task<int> WaitForCountAsync(ImapClient imap, uint uidNext, int expected)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            await imap.NoopAsync(None);
            var count = (await imap.SearchAsync(ImapSearchQuery.UidFrom(uidNext), None)).Count(u => u >= uidNext);
            if (count >= expected)
            {
                return count;
            }

            await Task.Delay(50);
        }

        return (await imap.SearchAsync(ImapSearchQuery.UidFrom(uidNext), None)).Count(u => u >= uidNext);
    }
}
