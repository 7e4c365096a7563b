using System.Text;
using Microsoft.EntityFrameworkCore;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Intake.Pipeline;

/// <summary>
/// Mail is processed as it is ingested and written once; the message table is the processing queue for what that could
/// not do: mail ingested together is claimed and saved together, a mail that fails on its own waits for a retry of its
/// own and is finally marked failed with the reason, and a claim whose worker died returns its mail to the queue.
/// </summary>
public abstract class GroupProcessingTests(TestProvider provider)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AMaildirPoll_ProcessesEveryMail()
    {
        await using var site = new PipelineTestSite(provider: provider);
        site.CreateClient();
        var maildir = site.Maildir(Departments.Sales);
        var count = MessageIngest.GroupSize * 2 + 7;
        for (var i = 0; i < count; i++)
        {
            await maildir.DeliverAsync(Encoding.UTF8.GetBytes(PipelineTestSite.SimpleMail($"Bestellung {i}", $"Bitte {i + 1} Stück Knopf HB-4711 liefern.")));
        }

        await site.PollNowAsync(Departments.Sales);
        var messages = await site.WaitForMessagesAsync(Departments.Sales, count);

        Assert.Equal(count, messages.Count);
        Assert.All(messages, m => Assert.NotEqual(MessageStatus.Failed, m.Status));
        Assert.Empty(maildir.ListNew());
    }

    [Fact]
    public async Task Claims_TakeGroupsOf64Mails_InTheOrderTheyArrived()
    {
        await using var site = new StoppedSite(provider);
        var ids = await IngestAsync(site, Enumerable.Range(0, MessageIngest.GroupSize * 2 + 7).Select(i => $"Bestellung {i}"));
        var queue = site.Services.GetRequiredService<ProcessingQueue>();

        var groups = new List<IReadOnlyList<ClaimedMessage>>();
        while ((await queue.ClaimAsync("test:1:a", None)) is { Count: > 0 } group)
        {
            groups.Add(group);
        }

        Assert.Equal([MessageIngest.GroupSize, MessageIngest.GroupSize, 7], groups.Select(g => g.Count));
        Assert.Equal(ids, groups.SelectMany(g => g).Select(m => m.Id));
        Assert.All(groups.SelectMany(g => g), m => Assert.Equal(1, m.Attempts));
        Assert.All(await StatusesAsync(site, ids), s => Assert.Equal(MessageStatus.Processing, s));
    }

    [Fact]
    public async Task AtIngest_EachMailIsWrittenProcessed_WithItsConversation_WithoutAnyWorker()
    {
        await using var site = new StoppedSite(provider, atIngest: true);
        var thread = Guid.NewGuid().ToString("N");
        var first = PipelineTestSite.SimpleMail("Bestellung Hornknöpfe", "Bitte 500 Stück HB-4711 liefern.", messageId: thread);
        var answer = PipelineTestSite.SimpleMail("AW: Bestellung Hornknöpfe", "Und bitte noch 200 Stück dazu.")
            .Replace("MIME-Version:", $"In-Reply-To: <{thread}@modehaus-berger.de>\r\nMIME-Version:");
        var other = PipelineTestSite.SimpleMail("Frage zur Rechnung", "Wo bleibt die Rechnung Zahlungsziel-Quintessenz?");

        var results = await site.Services.GetRequiredService<MessageIngest>().IngestManyAsync(
            new[] { first, answer, other }.Select((raw, i) => new IngestItem(new IngestRequest(Departments.Info, $"api:inline-{i}"),
                new MemoryStream(Encoding.UTF8.GetBytes(raw)))).ToList(), None);

        var ids = results.Select(r => r.MessageId).ToList();
        Assert.All(results, r => Assert.Equal(IngestOutcome.Stored, r.Outcome));
        await using var context = await site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync();
        var rows = await context.Messages.Where(m => ids.Contains(m.Id)).ToListAsync();
        Assert.All(rows, m => Assert.Contains(m.Status, new[] { MessageStatus.Processed, MessageStatus.NeedsReview }));
        Assert.All(rows, m => Assert.NotNull(m.ProcessedAt));
        var queries = site.Services.GetRequiredService<MessageQueries>();
        var stored = await queries.GetAsync(ids[2], None);
        Assert.Equal("Frage zur Rechnung", stored!.Subject);
        Assert.Contains("Zahlungsziel-Quintessenz", stored.BodyText);
        var conversations = await context.ConversationEntries.Where(e => e.MessageId != null && ids.Contains(e.MessageId.Value))
            .ToDictionaryAsync(e => e.MessageId!.Value, e => e.ConversationId);
        Assert.Equal(conversations[ids[0]], conversations[ids[1]]);
        Assert.NotEqual(conversations[ids[0]], conversations[ids[2]]);
        Assert.Empty(await site.Services.GetRequiredService<ProcessingQueue>().ClaimAsync("test:1:a", None));
        Assert.Equal([ids[2]], (await queries.ListAsync(new MessageFilter(Search: "Quintessenz"), None)).Items.Select(m => m.Id));
    }

    [Fact]
    public async Task AtIngest_AMailWhoseProcessingFails_IsStoredReceived_AndLeftToTheWorkers_WhileTheOthersAreProcessed()
    {
        await using var site = new StoppedSite(provider, poison: true, atIngest: true);

        var ids = await IngestAsync(site, ["Erste Bestellung", "POISON Bestellung", "Dritte Bestellung"]);

        Assert.Equal([MessageStatus.Processed, MessageStatus.Received, MessageStatus.Processed], await StatusesAsync(site, ids));
        var claimed = await site.Services.GetRequiredService<ProcessingQueue>().ClaimAsync("test:1:a", None);
        Assert.Equal([ids[1]], claimed.Select(m => m.Id));
        Assert.Equal(1, claimed[0].Attempts);
    }

    [Fact]
    public async Task AtIngest_ASaveThatProcessingBreaks_StillStoresEveryMail_Received_ForTheWorkers()
    {
        await using var site = new StoppedSite(provider, breakSave: true, atIngest: true);

        var ids = await IngestAsync(site, ["Erste Bestellung", "BREAK Bestellung"]);

        Assert.Equal([MessageStatus.Received, MessageStatus.Received], await StatusesAsync(site, ids));
        await using var context = await site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync();
        Assert.False(await context.ConversationEntries.AnyAsync(e => e.MessageId != null && ids.Contains(e.MessageId.Value)));
        var queue = site.Services.GetRequiredService<ProcessingQueue>();
        var claimed = await queue.ClaimAsync("test:1:a", None);
        Assert.Equal(ids, claimed.Select(m => m.Id));
    }

    [Fact]
    public async Task IngestMany_AnswersForEveryMail_InOrder_KnownSourcesAndRepeatedBytesIncluded()
    {
        await using var site = new StoppedSite(provider);
        var ingest = site.Services.GetRequiredService<MessageIngest>();
        var known = Encoding.UTF8.GetBytes(PipelineTestSite.SimpleMail("Vorher", "Schon da."));
        var first = await ingest.IngestAsync(new IngestRequest(Departments.Info, "api:known"), new MemoryStream(known), None);
        var fresh = Encoding.UTF8.GetBytes(PipelineTestSite.SimpleMail("Neu", "Neue Anfrage."));
        var other = Encoding.UTF8.GetBytes(PipelineTestSite.SimpleMail("Noch eine", "Zweite Anfrage."));

        var results = await ingest.IngestManyAsync(
        [
            new IngestItem(new IngestRequest(Departments.Info, "api:known"), new MemoryStream(known)),
            new IngestItem(new IngestRequest(Departments.Info, "api:a"), new MemoryStream(fresh)),
            new IngestItem(new IngestRequest(Departments.Info, "api:b"), new MemoryStream(fresh)),
            new IngestItem(new IngestRequest(Departments.Info, "api:c"), new MemoryStream(other)),
        ], None);

        Assert.Equal([IngestOutcome.DuplicateSource, IngestOutcome.Stored, IngestOutcome.DuplicateContent, IngestOutcome.Stored], results.Select(r => r.Outcome));
        Assert.Equal(first.MessageId, results[0].MessageId);
        Assert.Equal(results[1].MessageId, results[2].MessageId);
        Assert.Equal([MessageStatus.Received, MessageStatus.Received, MessageStatus.Received],
            await StatusesAsync(site, [first.MessageId, results[1].MessageId, results[3].MessageId]));
    }

    [Fact]
    public async Task AMailThatFailsInAGroup_DoesNotHoldUpTheOthers_IsRetriedAlone_ThenMarkedFailedWithTheReason()
    {
        await using var site = new StoppedSite(provider, poison: true);
        var ids = await IngestAsync(site, ["Erste Bestellung", "POISON Bestellung", "Dritte Bestellung"]);
        var queue = site.Services.GetRequiredService<ProcessingQueue>();
        var processor = site.Services.GetRequiredService<MessageProcessor>();

        await processor.ProcessAsync(await queue.ClaimAsync("test:1:a", None), None);

        Assert.Equal([MessageStatus.Processed, MessageStatus.Received, MessageStatus.Processed], await StatusesAsync(site, ids));
        Assert.Empty(await queue.ClaimAsync("test:1:a", None)); // it waits for its retry time
        for (var attempt = 2; attempt <= ProcessingQueue.MaxAttempts; attempt++)
        {
            site.Clock.Advance(TimeSpan.FromMinutes(5));
            var alone = await queue.ClaimAsync("test:1:a", None);
            Assert.Equal([ids[1]], alone.Select(m => m.Id));
            Assert.Equal(attempt, alone[0].Attempts);
            await processor.ProcessAsync(alone, None);
        }

        var failed = await site.Services.GetRequiredService<MessageQueries>().GetAsync(ids[1], None);
        Assert.Equal(MessageStatus.Failed, failed!.Status);
        Assert.Equal("Processing failed after 5 attempt(s): The test step is poisoned by this subject.", failed.StatusReason);
    }

    [Fact]
    public async Task AMailWhoseRawFileIsGone_IsMarkedFailed_WhileTheRestOfItsGroupIsProcessed()
    {
        await using var site = new StoppedSite(provider);
        var raws = new[] { "Bestellung eins", "Bestellung zwei" }.Select(s => Encoding.UTF8.GetBytes(PipelineTestSite.SimpleMail(s, "Bitte 100 Stück HB-4711 liefern."))).ToList();
        var results = await site.Services.GetRequiredService<MessageIngest>().IngestManyAsync(
            raws.Select((raw, i) => new IngestItem(new IngestRequest(Departments.Info, $"api:gone-{i}"), new MemoryStream(raw))).ToList(), None);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(raws[0]));
        File.Delete(Path.Combine(site.DataDirectory, "raw", hash[..2], hash));
        var queue = site.Services.GetRequiredService<ProcessingQueue>();

        await site.Services.GetRequiredService<MessageProcessor>().ProcessAsync(await queue.ClaimAsync("test:1:a", None), None);

        var queries = site.Services.GetRequiredService<MessageQueries>();
        var gone = await queries.GetAsync(results[0].MessageId, None);
        Assert.Equal(MessageStatus.Failed, gone!.Status);
        Assert.Contains("raw mail file is missing", gone.StatusReason);
        Assert.Equal(MessageStatus.Processed, (await queries.GetAsync(results[1].MessageId, None))!.Status);
    }

    [Fact]
    public async Task AClaimWhoseWorkerDied_ExpiresAndTheMailIsProcessedAgain_AndAMailThatKeepsDyingIsFailedOnItsOwn()
    {
        await using var site = new StoppedSite(provider);
        var ids = await IngestAsync(site, ["Normale Anfrage", "Anfrage, bei der der Dienst abstürzt"]);
        var queue = site.Services.GetRequiredService<ProcessingQueue>();
        var processor = site.Services.GetRequiredService<MessageProcessor>();

        // A worker claimed both and its process was killed: nothing happens until the lease ends.
        Assert.Equal(2, (await queue.ClaimAsync("dead-node:4711:a", None)).Count);
        Assert.Equal(0, await queue.ReleaseExpiredAsync(None));
        site.Clock.Advance(ProcessingQueue.Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(2, await queue.ReleaseExpiredAsync(None));
        Assert.Equal([MessageStatus.Received, MessageStatus.Received], await StatusesAsync(site, ids));

        // Tried before, so each is claimed alone now: the first is processed normally...
        var first = await queue.ClaimAsync("live-node:1:b", None);
        Assert.Equal([ids[0]], first.Select(m => m.Id));
        await processor.ProcessAsync(first, None);

        // ...the second kills its worker every time.
        for (var kill = 2; kill <= ProcessingQueue.MaxAttempts; kill++)
        {
            var claim = await queue.ClaimAsync($"node:{kill}:c", None);
            Assert.Equal([ids[1]], claim.Select(m => m.Id));
            site.Clock.Advance(ProcessingQueue.Lease + TimeSpan.FromSeconds(1));
            await queue.ReleaseExpiredAsync(None);
        }

        var last = await queue.ClaimAsync("node:9:d", None);
        Assert.Equal(ProcessingQueue.MaxAttempts + 1, Assert.Single(last).Attempts);
        await processor.ProcessAsync(last, None);

        var queries = site.Services.GetRequiredService<MessageQueries>();
        Assert.Equal(MessageStatus.Processed, (await queries.GetAsync(ids[0], None))!.Status);
        var failed = await queries.GetAsync(ids[1], None);
        Assert.Equal(MessageStatus.Failed, failed!.Status);
        Assert.Contains("interrupted 5 time(s)", failed.StatusReason);
    }

    [Fact]
    public async Task ANodeThatRestarts_ProcessesTheMailItsPreviousRunHadClaimed_WithoutWaitingForTheLease()
    {
        using var data = new TempDirectory("hb-restart");
        long id;
        IReadOnlyDictionary<string, string?> database;
        await using (var stopped = new StoppedSite(provider, dataDirectory: data.Path))
        {
            database = stopped.Settings;
            id = (await IngestAsync(stopped, ["Bestellung vor dem Absturz"]))[0];
            Assert.Single(await stopped.Services.GetRequiredService<ProcessingQueue>().ClaimAsync("knoten-a:99999:alt", None));
        }

        await using var restarted = new PipelineTestSite(new Dictionary<string, string?>
        {
            ["HappyButtons:Pipeline:NodeName"] = "knoten-a",
            ["HappyButtons:Database:Provider"] = database.GetValueOrDefault("HappyButtons:Database:Provider"),
            ["HappyButtons:Database:ConnectionString"] = database.GetValueOrDefault("HappyButtons:Database:ConnectionString"),
        }, data.Path);
        restarted.CreateClient();

        var message = await restarted.WaitProcessedAsync(id, TimeSpan.FromSeconds(20));
        Assert.Equal(MessageStatus.Processed, message.Status);
    }

    [Fact]
    public void Groups_CloseAt64Mails_OrAt16MegabytesInMemory_AndAMailLargerThanThatTravelsAlone()
    {
        const long megabyte = 1024 * 1024;
        long[] sizes = [10 * megabyte, 10 * megabyte, 1 * megabyte, 20 * megabyte, .. Enumerable.Repeat(1024L, 70)];

        var groups = MessageIngest.Groups(sizes, s => s).ToList();

        Assert.Equal([1, 2, 1, 64, 6], groups.Select(g => g.Length));
        Assert.Equal(sizes, groups.SelectMany(g => g));
        Assert.All(groups.Where(g => g.Length > 1), g => Assert.True(g.Sum() <= MessageIngest.GroupBytes));
    }

    private static async Task<List<long>> IngestAsync(PipelineTestSite site, IEnumerable<string> subjects)
    {
        var items = subjects.Select((subject, i) => new IngestItem(new IngestRequest(Departments.Sales, $"api:group-{i}-{Guid.NewGuid():N}"),
            new MemoryStream(Encoding.UTF8.GetBytes(PipelineTestSite.SimpleMail(subject, "Bitte 100 Stück HB-4711."))))).ToList();
        var results = new List<long>();
        foreach (var group in MessageIngest.Groups(items, _ => 1))
        {
            results.AddRange((await site.Services.GetRequiredService<MessageIngest>().IngestManyAsync(group, None)).Select(r => r.MessageId));
        }

        return results;
    }

    private static async Task<List<string>> StatusesAsync(PipelineTestSite site, IEnumerable<long> ids)
    {
        await using var context = await site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync();
        var statuses = await context.Messages.ToDictionaryAsync(m => m.Id, m => m.Status);
        return ids.Select(id => statuses[id]).ToList();
    }

    /// <summary>
    /// The application with no processing workers and no mailbox reading, on a clock the test moves, so the test claims and
    /// processes by hand; with <paramref name="poison"/> one extra intake step fails for mail with POISON in the subject.
    /// </summary>
    private sealed class StoppedSite : PipelineTestSite
    {
        private readonly bool _poison;
        private readonly bool _breakSave;

        public StoppedSite(TestProvider provider, bool poison = false, string? dataDirectory = null, bool atIngest = false, bool breakSave = false)
            : base(new Dictionary<string, string?>
            {
                ["HappyButtons:Pipeline:Workers"] = "0", ["HappyButtons:Jobs:Workers"] = "0", ["HappyButtons:Mail:ReadMailboxes"] = "false",
                ["HappyButtons:Pipeline:ProcessAtIngest"] = atIngest ? "true" : "false",
            }, dataDirectory, provider)
        {
            (_poison, _breakSave) = (poison, breakSave);
            CreateClient();
        }

        public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                if (_poison)
                {
                    services.AddSingleton<IMessageStep, PoisonStep>();
                }

                if (_breakSave)
                {
                    services.AddSingleton<IMessageStep, BreakingSaveStep>();
                }
            });
        }
    }

    private sealed class PoisonStep : IMessageStep
    {
        public Task ApplyAsync(ProcessedMessage message, CancellationToken cancellationToken) =>
            message.Mail.Subject?.Contains("POISON", StringComparison.Ordinal) == true
                ? throw new InvalidOperationException("The test step is poisoned by this subject.")
                : Task.CompletedTask;
    }

    /// <summary>Processes mail with BREAK in the subject fine, but its save fails.</summary>
    private sealed class BreakingSaveStep : IMessageStep
    {
        public Task ApplyAsync(ProcessedMessage message, CancellationToken cancellationToken)
        {
            if (message.Mail.Subject?.Contains("BREAK", StringComparison.Ordinal) == true)
            {
                message.OnSaveRelated((_, _, _) => throw new InvalidOperationException("The test step breaks the save of this mail."));
            }

            return Task.CompletedTask;
        }
    }
}

public sealed class GroupProcessingTestsOnSqlite() : GroupProcessingTests(TestProvider.Sqlite);

public sealed class GroupProcessingTestsOnPostgreSql() : GroupProcessingTests(TestProvider.PostgreSql);
