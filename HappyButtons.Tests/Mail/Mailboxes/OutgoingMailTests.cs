using Dapper;
using Hangfire;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Mail.Outgoing;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Fixtures.MailServers;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Mail.Mailboxes;

/// <summary>The outbox: queued mail is delivered by a Hangfire job, retried while the server defers it, never sent twice.</summary>
[Collection(MailServerCollection.Name)]
public sealed class OutgoingMailTests(MailServerFixture servers)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ATransientRefusal_ShowsNotYetSent_IsRetriedByHangfire_AndTheMailIsSentOnce_WithACopyInTheSentFolder()
    {
        await using var smtp = FakeSmtpServer.Start();
        smtp.RecipientReply = "451 4.3.0 Mailbox temporarily unavailable";
        var sent = TestFolders.Unique("Gesendet");
        await using var site = MailboxTestSite.For(servers, Departments.Sales, background: true, extra: SmtpSettings(smtp, sent));
        var marker = Guid.NewGuid().ToString("N");

        var id = await site.Services.GetRequiredService<MailOutbox>().QueueAsync(
            ImapMailboxSourceTests.TestMessage("kunde@example.test", marker), new MailEnvelope("sales@happybuttons.test", ["kunde@example.test"]), Departments.Sales, None);
        var deferred = await WaitForRowAsync(site, id, row => row.Attempts >= 1 && row.Status == OutgoingMailStatus.Queued);

        Assert.Contains("451", deferred.LastError);
        Assert.Equal(0, smtp.MessagesAccepted);
        await WaitUntilAsync(() => JobState(site, deferred.JobId!) == "Scheduled"); // Hangfire's retry

        smtp.RecipientReply = "250 2.1.5 Ok";
        var done = await WaitForRowAsync(site, id, row => row.Status == OutgoingMailStatus.Sent, TimeSpan.FromSeconds(30));
        await WaitUntilAsync(() => JobState(site, done.JobId!) == "Succeeded"); // the Sent copy is the job's last step

        Assert.Equal(1, smtp.MessagesAccepted);
        Assert.Equal("smtp", done.Transport);
        Assert.Null(done.LastError);
        await using var imap = await servers.ConnectImapAsync("sales@happybuttons.test");
        Assert.Equal(1, (await imap.StatusAsync(sent, None)).Messages);
    }

    [Fact]
    public async Task APermanentRefusal_MarksTheMailFailed_WithTheServersReply_AndIsNotRetried()
    {
        await using var smtp = FakeSmtpServer.Start();
        smtp.RecipientReply = "550 5.1.1 <niemand@example.test>: Recipient address rejected: User unknown";
        await using var site = MailboxTestSite.For(servers, Departments.Sales, background: true, extra: SmtpSettings(smtp, null));

        var id = await site.Services.GetRequiredService<MailOutbox>().QueueAsync(
            ImapMailboxSourceTests.TestMessage("niemand@example.test", "x"), new MailEnvelope("sales@happybuttons.test", ["niemand@example.test"]), null, None);
        var failed = await WaitForRowAsync(site, id, row => row.Status == OutgoingMailStatus.Failed);

        Assert.Equal(1, failed.Attempts);
        Assert.Contains("550 5.1.1", failed.LastError);
        Assert.Contains("User unknown", failed.LastError);
        await WaitUntilAsync(() => JobState(site, failed.JobId!) == "Failed");
        await Task.Delay(1500);
        Assert.Equal("Failed", JobState(site, failed.JobId!));
        Assert.Equal(1, (await RowAsync(site, id)).Attempts);
    }

    [Fact]
    public async Task TheSameMessageQueuedTwice_IsOneDelivery_AndRunningTheDeliveryAgainSendsNothing()
    {
        await using var smtp = FakeSmtpServer.Start();
        await using var site = MailboxTestSite.For(servers, Departments.Sales, background: true, extra: SmtpSettings(smtp, null));
        var outbox = site.Services.GetRequiredService<MailOutbox>();
        var message = ImapMailboxSourceTests.TestMessage("kunde@example.test", Guid.NewGuid().ToString("N"));
        var envelope = new MailEnvelope("sales@happybuttons.test", ["kunde@example.test"]);

        var first = await outbox.QueueAsync(message, envelope, null, None);
        var second = await outbox.QueueAsync(message, envelope, null, None);
        await WaitForRowAsync(site, first, row => row.Status == OutgoingMailStatus.Sent);

        // A re-run after a crash between the send and Hangfire's acknowledgement.
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutgoingMailDelivery>().DeliverAsync(first, null, None);
        }

        Assert.Equal(first, second);
        Assert.Equal(1, smtp.MessagesAccepted);
    }

    [Fact]
    public async Task MailQueuedWithoutAJob_BeforeACrash_IsDeliveredAfterTheNextStart()
    {
        await using var smtp = FakeSmtpServer.Start();
        long id;
        using var data = new Support.TempDirectory("hb-outbox");
        await using (var stopped = MailboxTestSite.For(servers, Departments.Sales, extra: new Dictionary<string, string?>(SmtpSettings(smtp, null))
                     { ["HappyButtons:DataDirectory"] = data.Path }))
        {
            // The row is committed, but the process dies before Hangfire has the job.
            id = await stopped.Services.GetRequiredService<MailOutbox>().QueueAsync(
                ImapMailboxSourceTests.TestMessage("kunde@example.test", "nach dem Absturz"), new MailEnvelope("sales@happybuttons.test", ["kunde@example.test"]), null, None);
            await using var connection = await stopped.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(None);
            await connection.ExecuteAsync("UPDATE outgoing_mail SET job_id = NULL");
            File.Delete(Path.Combine(data.Path, "hangfire.db"));
        }

        await using var restarted = MailboxTestSite.For(servers, Departments.Sales, background: true,
            extra: new Dictionary<string, string?>(SmtpSettings(smtp, null)) { ["HappyButtons:DataDirectory"] = data.Path });
        await WaitForRowAsync(restarted, id, row => row.Status == OutgoingMailStatus.Sent);

        Assert.Equal(1, smtp.MessagesAccepted);
    }

    [Fact]
    public void WithoutSmtpSettings_MailGoesToThePickupFolder_AndHalfSetSmtpSettingsAreRejectedWithAClearMessage()
    {
        var validator = new SmtpOptionsValidator();

        Assert.True(validator.Validate(null, new SmtpOptions()).Succeeded);
        var result = validator.Validate(null, new SmtpOptions { Host = "smtp.example.de", Security = "Ssl", User = "sales" });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("HappyButtons:Smtp:Security 'Ssl'"));
        Assert.Contains(result.Failures!, f => f.Contains("User and Password"));
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

    private static Dictionary<string, string?> SmtpSettings(FakeSmtpServer smtp, string? sentFolder) => new()
    {
        ["HappyButtons:Smtp:Host"] = "127.0.0.1",
        ["HappyButtons:Smtp:Port"] = smtp.Port.ToString(),
        ["HappyButtons:Smtp:Security"] = "None",
        ["HappyButtons:Smtp:From"] = "sales@happybuttons.test",
        ["HappyButtons:Mailboxes:0:SentFolder"] = sentFolder,
        ["HappyButtons:Imap:Idle"] = "false",
    };

    private sealed record OutboxRow(string Status, long Attempts, string? LastError, string? JobId, string? Transport);

    private static async Task<OutboxRow> RowAsync(MailboxTestSite site, long id)
    {
        await using var connection = await site.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(None);
        return await connection.QuerySingleAsync<OutboxRow>(
            "SELECT status AS Status, attempts AS Attempts, last_error AS LastError, job_id AS JobId, transport AS Transport FROM outgoing_mail WHERE id = @Id",
            new { Id = id });
    }

    private static async Task<OutboxRow> WaitForRowAsync(MailboxTestSite site, long id, Func<OutboxRow, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
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
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting.");
            await Task.Delay(50);
        }
    }
}
