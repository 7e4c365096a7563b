using System.Text;
using Microsoft.EntityFrameworkCore;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;

using HappyButtons.Tests.Support;

namespace HappyButtons.Tests.Intake.Pipeline;

public abstract class MaildirIngestTests(TestProvider provider)
{
    [Fact]
    public async Task AMailDroppedIntoNew_IsIngestedOnce_ProcessedAndMovedToCurWithTheSeenFlag()
    {
        await using var site = new PipelineTestSite(provider: provider);
        site.CreateClient();
        var maildir = site.Maildir(Departments.Sales);
        var body = "Sehr geehrte Damen und Herren,\r\nbitte senden Sie uns 5.000 Stück Knopf HB-4711.\r\nMit freundlichen Grüßen\r\nErika Muster";
        await maildir.DeliverAsync(Encoding.UTF8.GetBytes(PipelineTestSite.SimpleMail("Bestellung Knöpfe", body)));

        await site.PollNowAsync(Departments.Sales);
        var messages = await site.WaitForMessagesAsync(Departments.Sales, 1);

        var message = await site.Services.GetRequiredService<MessageQueries>().GetAsync(messages.Single().Id, CancellationToken.None);
        Assert.Equal(MessageStatus.Processed, message!.Status);
        Assert.Equal("Bestellung Knöpfe", message.Subject);
        Assert.Equal("erika@modehaus-berger.de", message.FromAddress);
        Assert.Contains("5.000 Stück", message.BodyText);
        Assert.Empty(maildir.ListNew());
        var cur = Directory.GetFiles(Path.Combine(maildir.Root, "cur"));
        Assert.Single(cur);
        Assert.EndsWith(":2,S", cur[0]);
    }

    [Fact]
    public async Task TheSameMailSeenAgain_AfterACrashBeforeTheAcknowledgement_GivesOneMessage()
    {
        await using var site = new PipelineTestSite(provider: provider);
        site.CreateClient();
        var maildir = site.Maildir(Departments.Support);
        var raw = Encoding.UTF8.GetBytes(PipelineTestSite.SimpleMail("Reklamation", "Die Knöpfe sind gebrochen."));
        var sourceId = $"1795001234.M1P{Environment.ProcessId}.crashtest";
        var ingest = site.Services.GetRequiredService<MessageIngest>();

        // An earlier poll stored the mail under its Maildir name and then "crashed" before moving it to cur/: the file
        // is still in new/ (it is put there only now, so the watcher cannot take it before the ingest is recorded).
        Assert.Equal(IngestOutcome.Stored, (await ingest.IngestAsync(new IngestRequest(Departments.Support, sourceId), new MemoryStream(raw), CancellationToken.None)).Outcome);
        var staged = Path.Combine(maildir.Root, "tmp", sourceId);
        await File.WriteAllBytesAsync(staged, raw);
        File.Move(staged, Path.Combine(maildir.Root, "new", sourceId));

        await site.PollNowAsync(Departments.Support);
        await WaitUntilAsync(() => maildir.ListNew().Count == 0);

        var messages = await site.WaitForMessagesAsync(Departments.Support, 1);
        Assert.Single(messages);
        Assert.Single(Directory.GetFiles(Path.Combine(maildir.Root, "cur")));
    }

    [Fact]
    public async Task IdenticalBytesUnderAnotherSourceIdentity_AreNotStoredTwice()
    {
        await using var site = new PipelineTestSite(provider: provider);
        site.CreateClient();
        var ingest = site.Services.GetRequiredService<MessageIngest>();
        var raw = Encoding.UTF8.GetBytes(PipelineTestSite.SimpleMail("Rechnungskopie", "Bitte Rechnung 2026-0042 erneut senden."));

        var first = await ingest.IngestAsync(new IngestRequest(Departments.Finance, "imap:1:7"), new MemoryStream(raw), CancellationToken.None);
        var second = await ingest.IngestAsync(new IngestRequest(Departments.Finance, "imap:2:1"), new MemoryStream(raw), CancellationToken.None);
        var again = await ingest.IngestAsync(new IngestRequest(Departments.Finance, "imap:1:7"), new MemoryStream(raw), CancellationToken.None);

        Assert.Equal(IngestOutcome.Stored, first.Outcome);
        Assert.Equal(IngestOutcome.DuplicateContent, second.Outcome);
        Assert.Equal(IngestOutcome.DuplicateSource, again.Outcome);
        Assert.Equal(first.MessageId, second.MessageId);
        Assert.Equal(first.MessageId, again.MessageId);
        await using var context = await site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await context.Messages.CountAsync());
    }

    [Fact]
    public async Task RawMail_IsStoredContentAddressed_BeforeTheMessageRowExists()
    {
        await using var site = new PipelineTestSite(provider: provider);
        site.CreateClient();
        var raw = Encoding.UTF8.GetBytes(PipelineTestSite.SimpleMail("Anfrage", "Haben Sie Perlmuttknöpfe?"));
        var ingest = site.Services.GetRequiredService<MessageIngest>();

        var result = await ingest.IngestAsync(new IngestRequest(Departments.Info, "api:raw-test"), new MemoryStream(raw), CancellationToken.None);

        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(raw));
        var path = Path.Combine(site.DataDirectory, "raw", hash[..2], hash);
        Assert.Equal(raw, await File.ReadAllBytesAsync(path));
        Assert.Equal(hash, (await site.WaitProcessedAsync(result.MessageId)).ContentHash);
    }

    [Fact]
    public async Task FilesThatCannotBeTaken_StayInNew_AreNamedOnTheMailbox_AndDoNotHoldUpTheRest()
    {
        await using var site = new PipelineTestSite(provider: provider);
        site.CreateClient();
        var maildir = site.Maildir(Departments.Info);
        for (var i = 0; i < 3; i++)
        {
            await maildir.DeliverAsync(Encoding.UTF8.GetBytes(PipelineTestSite.SimpleMail($"Anfrage {i}", "Haben Sie Knöpfe aus Horn?")));
        }

        var newFolder = Path.Combine(maildir.Root, "new");
        // A name the Maildir code refuses, a pipe (opening it would wait for a writer for ever) and a link out of the folder.
        await File.WriteAllTextAsync(Path.Combine(newFolder, "1795000000.kaputt?.host"), PipelineTestSite.SimpleMail("Kaputt", "Name mit Fragezeichen"));
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(newFolder, "1795000001.pipe.host")]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var outside = Path.Combine(site.DataDirectory, "geheim.txt");
        await File.WriteAllTextAsync(outside, "Subject: nicht lesen\r\n\r\ngeheim\r\n");
        File.CreateSymbolicLink(Path.Combine(newFolder, "1795000002.link.host"), outside);

        await site.PollNowAsync(Departments.Info);
        var messages = await site.WaitForMessagesAsync(Departments.Info, 3);

        Assert.Equal(3, messages.Count);
        Assert.DoesNotContain(messages, m => m.Subject is "Kaputt" or "nicht lesen");
        Assert.Equal(["1795000000.kaputt?.host", "1795000001.pipe.host", "1795000002.link.host"],
            Directory.GetFileSystemEntries(newFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        MailboxSettings? mailbox = null;
        await WaitUntilAsync(() => (mailbox = site.Services.GetRequiredService<MailboxRegistry>().GetAsync(Departments.Info, CancellationToken.None).Result)?.LastError is not null);
        Assert.StartsWith("3 file(s) in new/ left unread: ", mailbox!.LastError);
        Assert.Contains("1795000000.kaputt?.host: Not a Maildir source id", mailbox.LastError);
        Assert.Contains("1795000001.pipe.host: not a regular file", mailbox.LastError);
        Assert.Contains("1795000002.link.host: not a regular file", mailbox.LastError);
    }

    [Fact]
    public async Task AMailDeliveredWhileThePageIsOpen_IsTakenByTheWatcher_WithoutAnyPoll()
    {
        await using var site = new PipelineTestSite(provider: provider);
        site.CreateClient();
        var registry = site.Services.GetRequiredService<MailboxRegistry>();
        // The read at start-up is over, so only the watcher can take what is delivered now.
        await WaitUntilAsync(() => registry.GetAsync(Departments.Finance, CancellationToken.None).Result?.LastFetchAt is not null);
        var maildir = site.Maildir(Departments.Finance);

        await maildir.DeliverAsync(Encoding.UTF8.GetBytes(PipelineTestSite.SimpleMail("Zahlungsavis", "Wir haben Rechnung 2026-0815 heute überwiesen.")));

        // No poll is asked for here: the file-system watcher on new/ must notice the delivery by itself.
        var messages = await site.WaitForMessagesAsync(Departments.Finance, 1, TimeSpan.FromSeconds(10));
        Assert.Equal("Zahlungsavis", Assert.Single(messages).Subject);
        Assert.Empty(maildir.ListNew());
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

public sealed class MaildirIngestTestsOnSqlite() : MaildirIngestTests(TestProvider.Sqlite);

public sealed class MaildirIngestTestsOnPostgreSql() : MaildirIngestTests(TestProvider.PostgreSql);
