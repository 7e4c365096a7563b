using System.Text;
using System.Text.Json;
using Dapper;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Intake.Pipeline;

/// <summary>
/// Mail ingested together is processed together: one job and one save for the group, while a mail that fails on its
/// own is split off into a job of its own and, once that runs out of attempts, marked failed with the reason.
/// </summary>
public class GroupProcessingTests
{
    [Fact]
    public async Task AMaildirPoll_IngestsInGroups_WithOneProcessingJobPerGroup_AndProcessesEveryMail()
    {
        await using var site = new PipelineTestSite();
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
        await using var connection = await site.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        var payloads = (await connection.QueryAsync<string>("SELECT payload FROM jobs WHERE kind = 'mail.process' ORDER BY id")).ToList();
        Assert.Equal(3, payloads.Count);
        var ids = payloads.SelectMany(p => Payload(p).Ids).ToList();
        Assert.Equal(count, ids.Distinct().Count());
        // Two groups are ingested side by side, so the short one may commit before a full one.
        Assert.Equal([7, MessageIngest.GroupSize, MessageIngest.GroupSize], payloads.Select(p => Payload(p).Ids.Count).Order());
    }

    [Fact]
    public async Task IngestMany_AnswersForEveryMail_InOrder_KnownSourcesAndRepeatedBytesIncluded()
    {
        await using var site = new PipelineTestSite(new Dictionary<string, string?> { ["HappyButtons:Jobs:Workers"] = "0" });
        site.CreateClient();
        var ingest = site.Services.GetRequiredService<MessageIngest>();
        var known = Encoding.UTF8.GetBytes(PipelineTestSite.SimpleMail("Vorher", "Schon da."));
        var first = await ingest.IngestAsync(new IngestRequest(Departments.Info, "api:known"), new MemoryStream(known), CancellationToken.None);
        var fresh = Encoding.UTF8.GetBytes(PipelineTestSite.SimpleMail("Neu", "Neue Anfrage."));
        var other = Encoding.UTF8.GetBytes(PipelineTestSite.SimpleMail("Noch eine", "Zweite Anfrage."));

        var results = await ingest.IngestManyAsync(
        [
            new IngestItem(new IngestRequest(Departments.Info, "api:known"), new MemoryStream(known)),
            new IngestItem(new IngestRequest(Departments.Info, "api:a"), new MemoryStream(fresh)),
            new IngestItem(new IngestRequest(Departments.Info, "api:b"), new MemoryStream(fresh)),
            new IngestItem(new IngestRequest(Departments.Info, "api:c"), new MemoryStream(other)),
        ], CancellationToken.None);

        Assert.Equal([IngestOutcome.DuplicateSource, IngestOutcome.Stored, IngestOutcome.DuplicateContent, IngestOutcome.Stored], results.Select(r => r.Outcome));
        Assert.Equal(first.MessageId, results[0].MessageId);
        Assert.Equal(results[1].MessageId, results[2].MessageId);
        await using var connection = await site.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        Assert.Equal(3, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM messages"));
        var lastJob = await connection.ExecuteScalarAsync<string>("SELECT payload FROM jobs WHERE kind = 'mail.process' ORDER BY id DESC LIMIT 1");
        Assert.Equal([results[1].MessageId, results[3].MessageId], Payload(lastJob!).Ids);
    }

    [Fact]
    public async Task AMailThatFailsInAGroup_DoesNotHoldUpTheOthers_AndIsRetriedAlone_ThenMarkedFailedWithTheReason()
    {
        await using var site = new PoisonSite();
        site.CreateClient();
        var ingest = site.Services.GetRequiredService<MessageIngest>();
        var items = new[] { "Erste Bestellung", "POISON Bestellung", "Dritte Bestellung" }
            .Select((subject, i) => new IngestItem(new IngestRequest(Departments.Sales, $"api:group-{i}"),
                new MemoryStream(Encoding.UTF8.GetBytes(PipelineTestSite.SimpleMail(subject, "Bitte 100 Stück HB-4711.")))))
            .ToList();
        var ids = (await ingest.IngestManyAsync(items, CancellationToken.None)).Select(r => r.MessageId).ToList();

        await RunProcessorAsync(site, ProcessMessagePayload.For(ids), attempt: 1);

        var queries = site.Services.GetRequiredService<MessageQueries>();
        Assert.Equal(MessageStatus.Processed, (await queries.GetAsync(ids[0], CancellationToken.None))!.Status);
        Assert.Equal(MessageStatus.Processed, (await queries.GetAsync(ids[2], CancellationToken.None))!.Status);
        Assert.Equal(MessageStatus.Processing, (await queries.GetAsync(ids[1], CancellationToken.None))!.Status); // retried on its own
        await using (var connection = await site.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None))
        {
            var retry = await connection.QuerySingleAsync<(string Payload, string State)>(
                "SELECT payload, state FROM jobs WHERE dedupe_key = @Key", new { Key = $"mail.process:{ids[1]}" });
            Assert.Equal([ids[1]], Payload(retry.Payload).Ids);
            Assert.Equal("enqueued", retry.State);
        }

        // The retry job on its last attempt: the message must not stay "processing" for ever.
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => RunProcessorAsync(site, new ProcessMessagePayload(ids[1]), attempt: 5));
        Assert.Contains("poisoned", failure.Message);
        var failed = await queries.GetAsync(ids[1], CancellationToken.None);
        Assert.Equal(MessageStatus.Failed, failed!.Status);
        Assert.Equal("Processing failed after 5 attempt(s): The test step is poisoned by this subject.", failed.StatusReason);
    }

    [Fact]
    public async Task AMailWhoseRawFileIsGone_IsMarkedFailed_WhileTheRestOfItsGroupIsProcessed()
    {
        await using var site = new PipelineTestSite(new Dictionary<string, string?> { ["HappyButtons:Jobs:Workers"] = "0" });
        site.CreateClient();
        var ingest = site.Services.GetRequiredService<MessageIngest>();
        var raws = new[] { "Bestellung eins", "Bestellung zwei" }.Select(s => Encoding.UTF8.GetBytes(PipelineTestSite.SimpleMail(s, "Bitte 100 Stück HB-4711 liefern."))).ToList();
        var results = await ingest.IngestManyAsync(
            raws.Select((raw, i) => new IngestItem(new IngestRequest(Departments.Info, $"api:gone-{i}"), new MemoryStream(raw))).ToList(), CancellationToken.None);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(raws[0]));
        File.Delete(Path.Combine(site.DataDirectory, "raw", hash[..2], hash));

        await RunProcessorAsync(site, ProcessMessagePayload.For(results.Select(r => r.MessageId).ToList()), attempt: 1);

        var queries = site.Services.GetRequiredService<MessageQueries>();
        var gone = await queries.GetAsync(results[0].MessageId, CancellationToken.None);
        Assert.Equal(MessageStatus.Failed, gone!.Status);
        Assert.Contains("raw mail file is missing", gone.StatusReason);
        Assert.Equal(MessageStatus.Processed, (await queries.GetAsync(results[1].MessageId, CancellationToken.None))!.Status);
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

    [Fact]
    public void APayloadQueuedBeforeGroups_StillNamesItsMessage()
    {
        Assert.Equal([42L], Payload("""{"messageId":42}""").Ids);
        Assert.Equal([1L, 2L], Payload("""{"messageIds":[1,2]}""").Ids);
        Assert.Equal("""{"messageId":7}""", JsonSerializer.Serialize(ProcessMessagePayload.For([7]), JsonSerializerOptions.Web));
    }

    private static ProcessMessagePayload Payload(string json) => JsonSerializer.Deserialize<ProcessMessagePayload>(json, JsonSerializerOptions.Web)!;

    private static async Task RunProcessorAsync(PipelineTestSite site, ProcessMessagePayload payload, int attempt)
    {
        await using var scope = site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MessageProcessor>()
            .HandleAsync(payload, new JobContext(0, MessageIngest.ProcessKind, attempt, 5, "test"), CancellationToken.None);
    }

    /// <summary>The application with no job workers and one extra intake step that fails for mail with POISON in the subject.</summary>
    private sealed class PoisonSite() : PipelineTestSite(new Dictionary<string, string?> { ["HappyButtons:Jobs:Workers"] = "0" })
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IMessageStep, PoisonStep>());
        }
    }

    private sealed class PoisonStep : IMessageStep
    {
        public Task ApplyAsync(ProcessedMessage message, CancellationToken cancellationToken) =>
            message.Mail.Subject?.Contains("POISON", StringComparison.Ordinal) == true
                ? throw new InvalidOperationException("The test step is poisoned by this subject.")
                : Task.CompletedTask;
    }
}
