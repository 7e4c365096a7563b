using System.Text;
using Hangfire;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Mail;
using HappyButtons.Engine.Mail.Outgoing;
using HappyButtons.Engine.Mail.Parsing;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Fixtures.MailServers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Mail.Mailboxes;

/// <summary>
/// The outbox against the real Postfix: queued mail is delivered by a Hangfire job, retried while the server defers it
/// ("not yet sent" with the reason), ended with the server's reply when it refuses, never sent twice, and delivered
/// after a crash that left it without a job.
/// </summary>
[Collection(MailServerCollection.Name)]
public sealed class OutgoingMailTests(MailServerFixture servers)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ALostConnection_ShowsNotYetSent_IsRetriedByHangfire_AndTheReplyIsDeliveredOnce_Threaded_WithACopyInTheSentFolder()
    {
        // Postfix behind a proxy that first drops every connection at the greeting: the server is "down" for the first attempt.
        await using var proxy = CuttingProxy.Start(servers.SmtpPort, cutAfterBytes: 0);
        var sent = TestFolders.Unique("Gesendet");
        await using var site = MailboxTestSite.For(servers, Departments.Sales, background: true, extra: SmtpSettings(proxy.Port, sent));
        var original = MailParser.Default.Parse(Encoding.UTF8.GetBytes(
            "From: Claudia Lindner <info@happybuttons.test>\r\nTo: sales@happybuttons.test\r\nSubject: Anfrage Hornknöpfe\r\n" +
            "Message-ID: <anfrage-4711@modehaus-lindner.de>\r\nReferences: <erstkontakt-1@modehaus-lindner.de>\r\n\r\nBitte um ein Angebot.\r\n"));
        var marker = Guid.NewGuid().ToString("N");
        var reply = MailComposer.Reply(original, new EmailAddress("Happy Buttons Vertrieb", "sales@happybuttons.test"), $"Gerne, anbei unser Angebot. {marker}");

        var id = await site.Services.GetRequiredService<MailOutbox>().QueueAsync(reply, Departments.Sales, None);
        var deferred = await WaitForRowAsync(site, id, row => row.Attempts >= 1 && row.Status == OutgoingMailStatus.Queued);
        Assert.Contains("connect", deferred.LastError, StringComparison.OrdinalIgnoreCase);
        await WaitUntilAsync(() => JobState(site, deferred.JobId!) == "Scheduled"); // Hangfire's retry
        proxy.StopCutting();

        var done = await WaitForRowAsync(site, id, row => row.Status == OutgoingMailStatus.Sent, TimeSpan.FromSeconds(60));
        await WaitUntilAsync(() => JobState(site, done.JobId!) == "Succeeded"); // the Sent copy is the job's last step

        Assert.Equal("smtp", done.Transport);
        Assert.Null(done.LastError);
        using var imap = await servers.ConnectImapAsync("info@happybuttons.test");
        await ImapMailboxSourceTests.WaitUntilAsync(async () => (await DeliveredAsync(imap, marker)).Count > 0, TimeSpan.FromSeconds(20));
        var delivered = MailParser.Default.Parse(Assert.Single(await DeliveredAsync(imap, marker)));
        Assert.Equal("Re: Anfrage Hornknöpfe", delivered.Subject);
        Assert.Equal("anfrage-4711@modehaus-lindner.de", delivered.InReplyTo);
        Assert.Equal(["erstkontakt-1@modehaus-lindner.de", "anfrage-4711@modehaus-lindner.de"], delivered.References);
        using var sales = await servers.ConnectImapAsync("sales@happybuttons.test");
        Assert.Equal(1, await sales.CountAsync(sent));
    }

    [Fact]
    public async Task ATemporaryRefusal_451_LeavesTheMailNotYetSent_WithTheReply_AndTheJobScheduledForARetry()
    {
        await using var site = MailboxTestSite.For(servers, Departments.Sales, background: true, extra: SmtpSettings(servers.SmtpPort, null));

        var id = await site.Services.GetRequiredService<MailOutbox>().QueueAsync(
            ImapMailboxSourceTests.TestMessage(MailServerFixture.TemporaryFailureAddress, "t"),
            new MailEnvelope("sales@happybuttons.test", [MailServerFixture.TemporaryFailureAddress]), null, None);
        var deferred = await WaitForRowAsync(site, id, row => row.Attempts >= 1 && row.Status == OutgoingMailStatus.Queued);

        Assert.Contains("451 4.3.0", deferred.LastError);
        await WaitUntilAsync(() => JobState(site, deferred.JobId!) == "Scheduled");
    }

    [Fact]
    public async Task APermanentRefusal_MarksTheMailFailed_WithTheServersReply_AndIsNotRetried()
    {
        await using var site = MailboxTestSite.For(servers, Departments.Sales, background: true, extra: SmtpSettings(servers.SmtpPort, null));

        var id = await site.Services.GetRequiredService<MailOutbox>().QueueAsync(
            ImapMailboxSourceTests.TestMessage("niemand@happybuttons.test", "x"), new MailEnvelope("sales@happybuttons.test", ["niemand@happybuttons.test"]), null, None);
        var failed = await WaitForRowAsync(site, id, row => row.Status == OutgoingMailStatus.Failed);

        Assert.Contains("550 5.1.1", failed.LastError);
        Assert.Contains("User unknown", failed.LastError);
        await WaitUntilAsync(() => JobState(site, failed.JobId!) == "Failed");
        await Task.Delay(1500);
        Assert.Equal("Failed", JobState(site, failed.JobId!));
        Assert.Equal(1, (await RowAsync(site, id)).Attempts);
    }

    [Fact]
    public async Task AnEnvelopeAddressNoServerCouldTake_FailsAtOnce_WithTheReason_AndIsNotRetried()
    {
        await using var site = MailboxTestSite.For(servers, Departments.Sales, background: true, extra: SmtpSettings(servers.SmtpPort, null));

        var id = await site.Services.GetRequiredService<MailOutbox>().QueueAsync(
            ImapMailboxSourceTests.TestMessage("kunde@happybuttons.test", "x"), new MailEnvelope("sales@happybuttons.test", ["kunde@@happybuttons..test"]), null, None);
        var failed = await WaitForRowAsync(site, id, row => row.Status == OutgoingMailStatus.Failed);

        Assert.Contains("not valid", failed.LastError);
        await WaitUntilAsync(() => JobState(site, failed.JobId!) == "Failed");
        Assert.Equal(1, (await RowAsync(site, id)).Attempts);
    }

    [Fact]
    public async Task TheSameMessageQueuedTwice_IsOneDelivery_AndRunningTheDeliveryAgainSendsNothing()
    {
        await using var site = MailboxTestSite.For(servers, Departments.Sales, background: true, extra: SmtpSettings(servers.SmtpPort, null));
        var outbox = site.Services.GetRequiredService<MailOutbox>();
        var marker = Guid.NewGuid().ToString("N");
        var message = ImapMailboxSourceTests.TestMessage("support@happybuttons.test", marker);
        var envelope = new MailEnvelope("sales@happybuttons.test", ["support@happybuttons.test"]);

        var first = await outbox.QueueAsync(message, envelope, null, None);
        var second = await outbox.QueueAsync(message, envelope, null, None);
        await WaitForRowAsync(site, first, row => row.Status == OutgoingMailStatus.Sent);
        // A re-run after a crash between the send and Hangfire's acknowledgement.
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutgoingMailDelivery>().DeliverAsync(first, null, None);
        }

        Assert.Equal(first, second);
        using var imap = await servers.ConnectImapAsync("support@happybuttons.test");
        await ImapMailboxSourceTests.WaitUntilAsync(async () => (await DeliveredAsync(imap, marker)).Count > 0, TimeSpan.FromSeconds(20));
        await Task.Delay(1000);
        Assert.Single(await DeliveredAsync(imap, marker));
    }

    [Fact]
    public async Task MailQueuedWithoutAJob_BeforeACrash_IsDeliveredAfterTheNextStart()
    {
        var marker = Guid.NewGuid().ToString("N");
        long id;
        using var data = new Support.TempDirectory("hb-outbox");
        var settings = new Dictionary<string, string?>(SmtpSettings(servers.SmtpPort, null)) { ["HappyButtons:DataDirectory"] = data.Path };
        await using (var stopped = MailboxTestSite.For(servers, Departments.Sales, extra: settings))
        {
            // The row is committed, but the process dies before Hangfire has the job.
            id = await stopped.Services.GetRequiredService<MailOutbox>().QueueAsync(
                ImapMailboxSourceTests.TestMessage("support@happybuttons.test", marker), new MailEnvelope("sales@happybuttons.test", ["support@happybuttons.test"]), null, None);
            await using var context = await stopped.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync();
            await context.OutgoingMail.ExecuteUpdateAsync(s => s.SetProperty(m => m.JobId, (string?)null));
        }

        File.Delete(Path.Combine(data.Path, "hangfire.db"));
        await using var restarted = MailboxTestSite.For(servers, Departments.Sales, background: true, extra: settings);
        await WaitForRowAsync(restarted, id, row => row.Status == OutgoingMailStatus.Sent);

        using var imap = await servers.ConnectImapAsync("support@happybuttons.test");
        await ImapMailboxSourceTests.WaitUntilAsync(async () => (await DeliveredAsync(imap, marker)).Count > 0, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task ABatchOfMessages_GoesOverOneSmtpConnection()
    {
        await using var site = MailboxTestSite.For(servers, Departments.Sales, extra: SmtpSettings(servers.SmtpPort, null));
        var sender = site.Services.GetRequiredService<IMailSender>();
        var connectionsBefore = servers.SmtpConnections();

        for (var i = 0; i < 5; i++)
        {
            await sender.SendAsync(ImapMailboxSourceTests.TestMessage("support@happybuttons.test", $"batch-{i}"),
                new MailEnvelope("sales@happybuttons.test", ["support@happybuttons.test"]), None);
        }

        Assert.Equal(1, servers.SmtpConnections() - connectionsBefore);
    }

    [Fact]
    public void WithoutSmtpSettings_MailGoesToThePickupFolder_AndHalfSetSmtpSettingsAreRejectedWithAClearMessage()
    {
        var validator = new SmtpOptionsValidator();

        Assert.True(validator.Validate(null, new SmtpOptions()).Succeeded);
        var result = validator.Validate(null, new SmtpOptions { Host = "smtp.example.de", Security = "Ssl", User = "sales" });
        var oauth = validator.Validate(null, new SmtpOptions { Host = "smtp.office365.com", User = "sales@x.de", Auth = "OAuth2" });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("HappyButtons:Smtp:Security 'Ssl'"));
        Assert.Contains(result.Failures!, f => f.Contains("User and Password"));
        Assert.Contains(oauth.Failures!, f => f.Contains("HappyButtons:Smtp:OAuth:TokenEndpoint"));
        Assert.Contains(oauth.Failures!, f => f.Contains("HappyButtons:Smtp:OAuth:ClientId"));
    }

    [Fact]
    public void TheIdempotencyKey_IsTheMessageIdAndTheEnvelope()
    {
        var raw = "From: a@b.test\r\nmessage-id:  <abc@b.test> \r\nSubject: x\r\n\r\nMessage-ID: <not-a-header@b.test>\r\n"u8;
        Assert.Equal("<abc@b.test>", MailOutbox.MessageIdOf(raw));
        Assert.Null(MailOutbox.MessageIdOf("From: a@b.test\r\n\r\nMessage-ID: <body@b.test>\r\n"u8));
        var envelope = new MailEnvelope("a@b.test", ["c@d.test"]);
        Assert.Equal(MailOutbox.SendKey("<abc@b.test>", envelope), MailOutbox.SendKey("<abc@b.test>", envelope with { Recipients = ["c@d.test"] }));
        Assert.NotEqual(MailOutbox.SendKey("<abc@b.test>", envelope), MailOutbox.SendKey("<abc@b.test>", envelope with { Recipients = ["e@f.test"] }));
    }

    private Dictionary<string, string?> SmtpSettings(int port, string? sentFolder) => new()
    {
        ["HappyButtons:Smtp:Host"] = "127.0.0.1",
        ["HappyButtons:Smtp:Port"] = port.ToString(),
        ["HappyButtons:Smtp:Security"] = "StartTls",
        ["HappyButtons:Smtp:PinnedThumbprint"] = servers.CertificateSha256,
        ["HappyButtons:Smtp:From"] = "sales@happybuttons.test",
        ["HappyButtons:Mailboxes:0:SentFolder"] = sentFolder,
        ["HappyButtons:Imap:Idle"] = "false",
    };

    private static async Task<List<byte[]>> DeliveredAsync(MailKit.Net.Imap.ImapClient imap, string marker) =>
        (await imap.MessagesAsync("INBOX")).Where(m => Encoding.UTF8.GetString(m).Contains(marker, StringComparison.Ordinal)).ToList();

    private static async Task<Engine.Storage.Model.OutgoingMail> RowAsync(MailboxTestSite site, long id)
    {
        await using var context = await site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync();
        return await context.OutgoingMail.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private static async Task<Engine.Storage.Model.OutgoingMail> WaitForRowAsync(MailboxTestSite site, long id,
        Func<Engine.Storage.Model.OutgoingMail, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var row = await RowAsync(site, id);
            if (condition(row))
            {
                return row;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Outgoing mail {id} is {row.Status} after {row.Attempts} attempt(s): {row.LastError}");
            }

            await Task.Delay(50);
        }
    }

    private static string? JobState(MailboxTestSite site, string jobId)
    {
        using var connection = site.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetStateData(jobId)?.Name;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting.");
            await Task.Delay(50);
        }
    }
}
