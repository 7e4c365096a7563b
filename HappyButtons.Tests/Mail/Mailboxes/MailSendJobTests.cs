using Dapper;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Mail.Outgoing;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Fixtures.MailServers;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Mail.Mailboxes;

[Collection(MailServerCollection.Name)]
public sealed class MailSendJobTests(MailServerFixture servers)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ATransientRefusal_IsRetried_AndAfterTheRetryTheMessageIsSentOnce_WithACopyInTheSentFolder()
    {
        await using var smtp = FakeSmtpServer.Start();
        smtp.RecipientReply = "451 4.3.0 Mailbox temporarily unavailable";
        var sent = TestFolders.Unique("Gesendet");
        await using var site = MailboxTestSite.For(servers, Departments.Sales, background: true, extra: SmtpSettings(smtp, sent));
        var marker = Guid.NewGuid().ToString("N");

        var jobId = await site.Services.GetRequiredService<MailOutbox>().QueueAsync(
            ImapMailboxSourceTests.TestMessage("kunde@example.test", marker), new MailEnvelope("sales@happybuttons.test", ["kunde@example.test"]), Departments.Sales, None);
        var failed = await WaitForJobAsync(site, jobId, "failed");

        Assert.Equal(1, failed.Attempts);
        Assert.Contains("451", failed.LastError);
        Assert.Equal(0, smtp.MessagesAccepted);

        smtp.RecipientReply = "250 2.1.5 Ok";
        await site.Services.GetRequiredService<JobQueue>().RetryAsync(jobId, "test", null, None);
        await WaitForJobAsync(site, jobId, "succeeded");

        Assert.Equal(1, smtp.MessagesAccepted);
        using var imap = await servers.ConnectImapAsync("sales@happybuttons.test");
        Assert.Equal(1, await imap.CountAsync(sent));
        await using var connection = await site.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(None);
        Assert.Equal("smtp", await connection.ExecuteScalarAsync<string>("SELECT transport FROM sent_mail"));
    }

    [Fact]
    public async Task APermanentRefusal_EndsTheJobDead_WithTheServersReply()
    {
        await using var smtp = FakeSmtpServer.Start();
        smtp.RecipientReply = "550 5.1.1 <niemand@example.test>: Recipient address rejected: User unknown";
        await using var site = MailboxTestSite.For(servers, Departments.Sales, background: true, extra: SmtpSettings(smtp, null));

        var jobId = await site.Services.GetRequiredService<MailOutbox>().QueueAsync(
            ImapMailboxSourceTests.TestMessage("niemand@example.test", "x"), new MailEnvelope("sales@happybuttons.test", ["niemand@example.test"]), null, None);
        var dead = await WaitForJobAsync(site, jobId, "dead");

        Assert.Equal(1, dead.Attempts);
        Assert.Contains("550 5.1.1", dead.LastError);
        Assert.Contains("User unknown", dead.LastError);
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

    private static Dictionary<string, string?> SmtpSettings(FakeSmtpServer smtp, string? sentFolder) => new()
    {
        ["HappyButtons:Smtp:Host"] = "127.0.0.1",
        ["HappyButtons:Smtp:Port"] = smtp.Port.ToString(),
        ["HappyButtons:Smtp:Security"] = "None",
        ["HappyButtons:Smtp:From"] = "sales@happybuttons.test",
        ["HappyButtons:Mailboxes:0:SentFolder"] = sentFolder,
        ["HappyButtons:Imap:Idle"] = "false",
    };

    private sealed record JobRow(string State, long Attempts, string? LastError);

    private static async Task<JobRow> WaitForJobAsync(MailboxTestSite site, long jobId, string state)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
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
