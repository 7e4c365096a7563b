using System.Diagnostics;
using HappyButtons.Engine;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Bench;

/// <summary>
/// The message list and search (<c>/api/messages?search=</c>, the inbox) over SEARCH_BENCH_COUNT (default 100,000) stored
/// mails of realistic size: p50/p95/p99 of each query over 200 runs, on SQLite (a file in /tmp) and, when HB_BENCH_POSTGRES
/// names a database (bench/postgres.sh), on PostgreSQL. The data is written once per provider, not measured.
/// </summary>
public sealed class SearchBench : IBenchmark
{
    private static readonly int Runs = int.TryParse(Environment.GetEnvironmentVariable("SEARCH_BENCH_RUNS"), out var runs) ? runs : 200;

    private static readonly string[] Words =
    [
        "Knöpfe", "Perlmutt", "Horn", "Bestellung", "Lieferung", "Rechnung", "Reklamation", "Muster", "Angebot", "Termin", "Farbe", "rot", "blau",
        "Größe", "Liefertermin", "Zahlung", "Überweisung", "Preis", "Stück", "Artikel", "Kollektion", "Sommer", "Winter", "Mantel", "Hemd",
    ];

    public string Name => "search";

    public string Description => "message list and full-text search over 100,000 stored mails (SQLite and PostgreSQL)";

    public async Task RunAsync(TextWriter output)
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("SEARCH_BENCH_COUNT"), out var n) ? n : 100_000;
        await MeasureAsync(output, "sqlite", null, count);
        if (Environment.GetEnvironmentVariable("HB_BENCH_POSTGRES") is { Length: > 0 } postgres)
        {
            await MeasureAsync(output, "postgres", postgres, count);
        }
        else
        {
            output.WriteLine("  postgres skipped: eval \"$(bash bench/postgres.sh)\" first");
        }
    }

    private static async Task MeasureAsync(TextWriter output, string label, string? postgres, int count)
    {
        // SEARCH_BENCH_DATA: a directory kept by an earlier SQLite run (SEARCH_BENCH_KEEP=1) is measured again without a new fill.
        var reuse = postgres is null ? Environment.GetEnvironmentVariable("SEARCH_BENCH_DATA") : null;
        var directory = reuse ?? Path.Combine(Path.GetTempPath(), "hb-search-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        try
        {
            using var host = Build(directory, postgres);
            await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
            var contexts = host.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>();
            if (reuse is null)
            {
                var fill = Stopwatch.StartNew();
                await FillAsync(contexts, count);
                output.WriteLine($"  {label,-8} {count:N0} mails written in {fill.Elapsed.TotalSeconds:N0} s (not measured)");
                if (postgres is not null)
                {
                    // What autovacuum does within minutes of a bulk load: statistics for the planner, the visibility map for
                    // index-only scans. Measuring before it would measure a state an installation is in only briefly.
                    await using var context = await contexts.CreateDbContextAsync();
                    await context.Database.ExecuteSqlRawAsync("VACUUM ANALYZE messages");
                }
            }
            var queries = host.Services.GetRequiredService<MessageQueries>();
            var cases = new (string Name, MessageFilter Filter)[]
            {
                ("inbox page 1, newest first", new MessageFilter(Department: "sales", PageSize: 50)),
                ("inbox page 40, newest first", new MessageFilter(Department: "sales", Page: 40, PageSize: 50)),
                ("inbox by SLA due time", new MessageFilter(Department: "support", PageSize: 50, Sort: MessageSort.SlaDue, Descending: false)),
                ("inbox by sender", new MessageFilter(Department: "finance", PageSize: 50, Sort: MessageSort.Sender, Descending: false)),
                ("search a common word", new MessageFilter(Search: "knopfe", PageSize: 50)),
                ("search a common prefix (knopf*)", new MessageFilter(Search: "knopf*", PageSize: 50)),
                ("search a rare word", new MessageFilter(Search: "auftrag4711", PageSize: 50)),
                ("search a sender address", new MessageFilter(Search: "kunde17@example.test", PageSize: 50)),
                ("search two terms in a department", new MessageFilter(Department: "sales", Search: "perlmutt lieferung", PageSize: 50)),
            };
            foreach (var (name, filter) in cases)
            {
                await queries.ListAsync(filter, CancellationToken.None); // warm
                var times = new List<double>(Runs);
                for (var i = 0; i < Runs; i++)
                {
                    var watch = Stopwatch.StartNew();
                    await queries.ListAsync(filter, CancellationToken.None);
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }

                times.Sort();
                output.WriteLine($"  {label,-8} {name,-34} p50 {times[Runs / 2],6:N1} ms  p95 {times[Runs * 95 / 100],6:N1} ms  p99 {times[Runs * 99 / 100],6:N1} ms");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Environment.GetEnvironmentVariable("SEARCH_BENCH_KEEP") == "1" || reuse is not null)
            {
                output.WriteLine($"  kept: {directory}");
            }
            else
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static async Task FillAsync(IDbContextFactory<HappyButtonsDbContext> contexts, int count)
    {
        var random = new Random(4711);
        var departments = new[] { "info", "sales", "support", "finance" };
        var start = DateTimeOffset.UtcNow.AddDays(-365);
        for (var done = 0; done < count; done += 5000)
        {
            await using var context = await contexts.CreateDbContextAsync();
            context.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = done; i < Math.Min(count, done + 5000); i++)
            {
                var department = departments[i % 4];
                var received = start.AddMinutes(i * 5);
                var body = string.Join(' ', Enumerable.Range(0, 300).Select(_ => Words[random.Next(Words.Length)])) + (i == count / 2 ? " auftrag4711" : "");
                context.Messages.Add(new Message
                {
                    Mailbox = department, Department = department, SourceId = $"bench:{i}", ContentHash = $"{i:x64}", Size = body.Length + 600,
                    ReceivedAt = received, Status = MessageStatus.Processed, CreatedAt = received, UpdatedAt = received, ProcessedAt = received,
                    FromAddress = $"kunde{i % 500}@example.test", FromName = $"Kunde {i % 500}", Subject = $"{Words[i % Words.Length]} {i}",
                    BodyText = body, NewText = body,
                    Classification = new MessageClassification { Intent = "order", Urgency = (i % 7) switch { 0 => "high", 1 => "critical", 2 => "low", _ => "normal" }, Language = "de", Confidence = 0.9 },
                    Routing = new MessageRouting { Priority = "normal", SlaPolicy = "standard", SlaDueAt = received.AddHours(8) },
                });
            }

            await context.SaveChangesAsync();
        }
    }

    private static IHost Build(string directory, string? postgres)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["HappyButtons:DataDirectory"] = directory,
            ["HappyButtons:Database:Provider"] = postgres is null ? "Sqlite" : "PostgreSql",
            ["HappyButtons:Database:ConnectionString"] = postgres,
        });
        builder.Services.AddLogging(logging => logging.AddConsole().SetMinimumLevel(LogLevel.Warning));
        builder.Services.AddOptions<HappyButtonsOptions>().Bind(builder.Configuration.GetSection(HappyButtonsOptions.Section));
        builder.Services.AddHappyButtonsStorage(builder.Configuration);
        builder.Services.AddSingleton<MessageQueries>();
        return builder.Build();
    }
}
