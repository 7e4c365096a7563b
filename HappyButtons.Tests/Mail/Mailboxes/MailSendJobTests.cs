using System.Text;
using Dapper;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Mail;
using HappyButtons.Engine.Mail.Outgoing;
using HappyButtons.Engine.Mail.Parsing;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Fixtures.MailServers;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Mail.Mailboxes;

/// <summary>The <c>mail.send</c> job against the real Postfix: temporary refusals are retried, permanent ones end the job with the reply.</summary>
[Collection(MailServerCollection.Name)]
public sealed class MailSendJobTests(MailServerFixture servers)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ALostConnection_IsRetried_AndAfterTheRetryTheReplyIsDeliveredOnce_Threaded_WithACopyInTheSentFolder()
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

        var jobId = await site.Services.GetRequiredService<MailOutbox>().QueueAsync(reply, Departments.Sales, None);
        var failed = await WaitForJobAsync(site, jobId, "failed");
        proxy.StopCutting();
        await site.Services.GetRequiredService<JobQueue>().RetryAsync(jobId, "test", null, None);
        await WaitForJobAsync(site, jobId, "succeeded");

        Assert.Equal(1, failed.Attempts);
        Assert.Contains("connection", failed.LastError, StringComparison.OrdinalIgnoreCase);
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
    public async Task ATemporaryRefusal_451_LeavesTheJobToBeRetried_NotDead()
    {
        await using var site = MailboxTestSite.For(servers, Departments.Sales, background: true, extra: SmtpSettings(servers.SmtpPort, null));

        var jobId = await site.Services.GetRequiredService<MailOutbox>().QueueAsync(
            ImapMailboxSourceTests.TestMessage(MailServerFixture.TemporaryFailureAddress, "t"),
            new MailEnvelope("sales@happybuttons.test", [MailServerFixture.TemporaryFailureAddress]), null, None);
        var failed = await WaitForJobAsync(site, jobId, "failed");

        Assert.Equal(1, failed.Attempts);
        Assert.Contains("451 4.3.0", failed.LastError);
    }

    [Fact]
    public async Task APermanentRefusal_EndsTheJobDead_WithTheServersReply()
    {
        await using var site = MailboxTestSite.For(servers, Departments.Sales, background: true, extra: SmtpSettings(servers.SmtpPort, null));

        var jobId = await site.Services.GetRequiredService<MailOutbox>().QueueAsync(
            ImapMailboxSourceTests.TestMessage("niemand@happybuttons.test", "x"), new MailEnvelope("sales@happybuttons.test", ["niemand@happybuttons.test"]), null, None);
        var dead = await WaitForJobAsync(site, jobId, "dead");

        Assert.Equal(1, dead.Attempts);
        Assert.Contains("550 5.1.1", dead.LastError);
        Assert.Contains("User unknown", dead.LastError);
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

    private sealed record JobRow(string State, long Attempts, string? LastError);

    private static async Task<JobRow> WaitForJobAsync(MailboxTestSite site, long jobId, string state)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            await using (var connection = await site.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(None))
            {
                var row = await connection.QuerySingleAsync<JobRow>(
                    "SELECT state AS State, attempts AS Attempts, last_error AS LastError FROM jobs WHERE id = @Id", new { Id = jobId });
                if (row.State == state)
                {
                    return row;
                }

                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"Job {jobId} is {row.State}, not {state}: {row.LastError}");
                }
            }

            await Task.Delay(50);
        }
    }
}
