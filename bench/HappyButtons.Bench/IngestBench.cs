using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using HappyButtons.Engine;
using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Persistence;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Engine.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Bench;

/// <summary>
/// Mail intake on the real pipeline (SQLite in /tmp, processing workers = processor count, Hangfire's server running beside):
/// Maildir: INGEST_BENCH_COUNT (default 5,000) ~4 KB messages in new/ -> processed as they are ingested (MailParser, full
/// intake, conversation; status processed), stored and acknowledged (moved to cur/). INGEST_BENCH_AT_INGEST=0 leaves the
/// processing to the queue's workers; with INGEST_BENCH_WORKERS=0 as well, the ingest and the processing are timed
/// apart. The IMAP source is measured by <see cref="ImapBench"/>.
/// </summary>
public sealed class IngestBench : IBenchmark
{
    public string Name => "ingest";

    public string Description => "mail intake: the Maildir source into the durable ingest, and on to processed messages";

    public async Task RunAsync(TextWriter output)
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("INGEST_BENCH_COUNT"), out var n) ? n : 5_000;
        await MaildirAsync(output, count, "sqlite", new Dictionary<string, string?>());
        if (BenchPostgres.Server is not null)
        {
            await MaildirAsync(output, count, "postgres", await BenchPostgres.NewDatabaseAsync());
        }
        else
        {
            output.WriteLine("  postgres skipped: eval \"$(bash bench/postgres.sh)\" first");
        }
    }

    private static async Task MaildirAsync(TextWriter output, int count, string label, Dictionary<string, string?> database)
    {
        using var site = await BenchSite.StartAsync(database);
        var maildir = new MaildirMailbox(site.Registry.MaildirRoot("sales"));
        var direct = Environment.GetEnvironmentVariable("INGEST_BENCH_WORKERS") == "0";
        var warmUp = int.TryParse(Environment.GetEnvironmentVariable("INGEST_BENCH_WARMUP"), out var w) ? w : 1_000;
        if (warmUp > 0)
        {
            // A server that has run for a while: the hot paths are compiled at their final tier and the raw/ directories exist.
            await DeliverAsync(maildir, 0, warmUp);
            await PollAsync(site);
            if (direct)
            {
                await ProcessDirectlyAsync(TextWriter.Null, site, fromId: 0);
            }
            else
            {
                await site.WaitProcessedAsync(warmUp);
            }
        }

        await DeliverAsync(maildir, warmUp, count);
        var firstId = await site.NextMessageIdAsync();
        var cpu = CpuTimes.Now();
        var watch = Stopwatch.StartNew();
        await PollAsync(site);
        var ingested = watch.Elapsed;
        if (direct)
        {
            output.WriteLine($"  {label,-8} maildir {count} messages, no processing workers: ingested + acknowledged {count / ingested.TotalSeconds,7:N0} msg/s ({ingested.TotalSeconds:N2} s, " +
                             $"{CpuMillisecondsPerMessage(cpu, count)})");
            await ProcessDirectlyAsync(output, site, firstId);
            return;
        }

        await site.WaitProcessedAsync(warmUp + count);
        var processed = watch.Elapsed;
        output.WriteLine($"  {label,-8} maildir {count} messages (after {warmUp} to warm up): ingested + acknowledged {count / ingested.TotalSeconds,7:N0} msg/s ({ingested.TotalSeconds:N2} s); " +
                         $"to processed {count / processed.TotalSeconds,7:N0} msg/s ({processed.TotalSeconds:N2} s, {CpuMillisecondsPerMessage(cpu, count)})");
    }

    private static async Task DeliverAsync(MaildirMailbox maildir, int from, int count)
    {
        for (var i = from; i < from + count; i++)
        {
            await maildir.DeliverAsync(Message(i));
        }
    }

    private static Task PollAsync(BenchSite site) =>
        site.Host.Services.GetRequiredService<MailboxPolling>().PollAsync("sales", CancellationToken.None);

    /// <summary>The processing step alone: every stored message claimed and processed on one thread, without the workers.</summary>
    private static async Task ProcessDirectlyAsync(TextWriter output, BenchSite site, long fromId)
    {
        await using var context = await site.Contexts.CreateDbContextAsync();
        var count = await context.Messages.CountAsync(m => m.Id >= fromId && m.Status == MessageStatus.Received);
        if (count == 0)
        {
            output.WriteLine("  maildir  nothing left for the queue: every mail was processed as it was ingested");
            return;
        }

        var cpu = CpuTimes.Now();
        var watch = Stopwatch.StartNew();
        var queue = site.Host.Services.GetRequiredService<ProcessingQueue>();
        var processor = site.Host.Services.GetRequiredService<MessageProcessor>();
        while (await queue.ClaimAsync("bench:1:direct", CancellationToken.None) is { Count: > 0 } group)
        {
            await processor.ProcessAsync(group, CancellationToken.None);
        }

        var ids = new int[count];
        output.WriteLine($"  maildir  {ids.Length} messages claimed and processed on one thread in groups of {MessageIngest.GroupSize}, no workers: " +
                         $"{ids.Length / watch.Elapsed.TotalSeconds,7:N0} msg/s ({watch.Elapsed.TotalSeconds:N2} s, {CpuMillisecondsPerMessage(cpu, ids.Length)})");
    }

    /// <summary>CPU time of the whole process since <paramref name="before"/>, per message: the fair figure on a shared machine.</summary>
    private static string CpuMillisecondsPerMessage(CpuTimes before, int count)
    {
        var now = CpuTimes.Now();
        return $"{(now.User + now.System - before.User - before.System).TotalMilliseconds / count:0.00} ms CPU/message: " +
               $"user {(now.User - before.User).TotalMilliseconds / count:0.00}, kernel {(now.System - before.System).TotalMilliseconds / count:0.00}";
    }

    private readonly record struct CpuTimes(TimeSpan User, TimeSpan System)
    {
        public static CpuTimes Now()
        {
            using var process = Process.GetCurrentProcess();
            return new CpuTimes(process.UserProcessorTime, process.PrivilegedProcessorTime);
        }
    }

    internal static byte[] Message(int i) => Encoding.UTF8.GetBytes(
        $"From: Kunde <kunde{i % 50}@example.test>\r\nTo: sales@happybuttons.test\r\nSubject: Bestellung {i}\r\n" +
        $"Message-ID: <ingest-{i}-{Guid.NewGuid():N}@example.test>\r\nDate: {DateTimeOffset.UtcNow:R}\r\nMIME-Version: 1.0\r\n" +
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
        string.Concat(Enumerable.Repeat("Wir bestellen 500 Knöpfe, Artikel 4711, Farbe rot.\r\n", 75)));

    /// <summary>The engine with storage, Hangfire, the processing workers and the mail pipeline on a temporary data directory.</summary>
    internal sealed class BenchSite : IDisposable
    {
        private readonly string _directory;

        private BenchSite(IHost host, string directory)
        {
            Host = host;
            _directory = directory;
        }

        public IHost Host { get; }

        public MailboxRegistry Registry => Host.Services.GetRequiredService<MailboxRegistry>();

        public IDbContextFactory<HappyButtonsDbContext> Contexts => Host.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>();

        public static async Task<BenchSite> StartAsync(Dictionary<string, string?> settings)
        {
            var directory = Path.Combine(Path.GetTempPath(), "hb-ingest-bench-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(directory);
            var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["HappyButtons:DataDirectory"] = directory,
                ["HappyButtons:Pipeline:Workers"] = Environment.GetEnvironmentVariable("INGEST_BENCH_WORKERS") ?? Environment.ProcessorCount.ToString(),
                // INGEST_BENCH_AT_INGEST=0: every mail is left to the queue and its workers, as before mail was written once.
                ["HappyButtons:Pipeline:ProcessAtIngest"] = Environment.GetEnvironmentVariable("INGEST_BENCH_AT_INGEST") == "0" ? "false" : "true",
                ["HappyButtons:Mail:ReadMailboxes"] = "false",
                ["HappyButtons:Imap:Idle"] = "false",
                ["HappyButtons:Mailboxes:0:Department"] = "sales",
                ["HappyButtons:Mailboxes:0:PollSeconds"] = "3600",
            });
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Services.AddLogging(logging => logging.AddConsole().SetMinimumLevel(LogLevel.Warning));
            builder.Services.AddOptions<HappyButtonsOptions>().Bind(builder.Configuration.GetSection(HappyButtonsOptions.Section));
            builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(directory, "keys")));
            builder.Services.AddHappyButtonsStorage(builder.Configuration);
            builder.Services.AddBackgroundJobs(builder.Configuration);
            builder.Services.AddMailPipeline(builder.Configuration);
            builder.Services.AddIntakeProcessing();
            // INGEST_BENCH_CONVERSATIONS=0 leaves the threading step out, to see what it costs.
            if (Environment.GetEnvironmentVariable("INGEST_BENCH_CONVERSATIONS") != "0")
            {
                builder.Services.AddConversations();
            }

            var host = builder.Build();
            await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
            foreach (var step in host.Services.GetServices<IInstallationStep>())
            {
                await step.RunAsync(CancellationToken.None);
            }
            await host.StartAsync();
            host.Services.GetRequiredService<HappyButtons.Engine.Intake.Classification.MessageClassifier>(); // trained before measuring
            return new BenchSite(host, directory);
        }

        public async Task<long> NextMessageIdAsync()
        {
            await using var context = await Contexts.CreateDbContextAsync();
            return (await context.Messages.MaxAsync(m => (long?)m.Id) ?? 0) + 1;
        }

        public async Task WaitProcessedAsync(int count)
        {
            while (true)
            {
                await using var context = await Contexts.CreateDbContextAsync();
                if (await context.Messages.CountAsync(m => m.Status != "received" && m.Status != "processing") >= count)
                {
                    return;
                }

                await Task.Delay(20);
            }
        }

        public void Dispose()
        {
            Host.StopAsync().GetAwaiter().GetResult();
            Host.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
