using System.Diagnostics;
using HappyButtons.Engine;
using HappyButtons.Engine.Kpis;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Bench;

/// <summary>
/// The KPI computation (one report = six KPIs and the score, as the dashboard, the API and each scrape of the gauges ask
/// for it) and the dashboard's figures over a year of business: KPI_BENCH_COUNT mails (default 100,000), half as many
/// conversations, a twentieth as many orders, a quarter as many agent tasks with two proposals each. p50/p95 over
/// KPI_BENCH_RUNS (default 20) runs on SQLite, and on PostgreSQL when HB_BENCH_POSTGRES names a database.
/// </summary>
public sealed class KpiBench : IBenchmark
{
    private static readonly int Runs = int.TryParse(Environment.GetEnvironmentVariable("KPI_BENCH_RUNS"), out var runs) ? runs : 20;

    public string Name => "kpis";

    public string Description => "KPI report and dashboard figures over a year of mails, conversations, orders and agent tasks";

    public async Task RunAsync(TextWriter output)
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("KPI_BENCH_COUNT"), out var n) ? n : 100_000;
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
        var directory = Path.Combine(Path.GetTempPath(), "hb-kpi-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        try
        {
            using var host = Build(directory, postgres);
            await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
            var contexts = host.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>();
            var fill = Stopwatch.StartNew();
            await FillAsync(contexts, count);
            if (postgres is not null)
            {
                await using var context = await contexts.CreateDbContextAsync();
                await context.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
            }

            output.WriteLine($"  {label,-8} {count:N0} mails and their cases written in {fill.Elapsed.TotalSeconds:N0} s (not measured)");
            var calculator = host.Services.GetRequiredService<KpiCalculator>();
            var queries = host.Services.GetRequiredService<DashboardQueries>();
            var now = DateTimeOffset.UtcNow;
            var cases = new (string Name, Func<Task> Run)[]
            {
                ("report, company, 30 days", () => calculator.ComputeAsync(KpiPeriod.LastDays(30, now), KpiScope.Company, CancellationToken.None)),
                ("report, sales, 30 days", () => calculator.ComputeAsync(KpiPeriod.LastDays(30, now), KpiScope.Department("sales"), CancellationToken.None)),
                ("report, company, 365 days", () => calculator.ComputeAsync(KpiPeriod.LastDays(365, now), KpiScope.Company, CancellationToken.None)),
                ("report, one day (a snapshot)", () => calculator.ComputeAsync(KpiPeriod.LastDays(1, now.AddDays(-1)), KpiScope.Company, CancellationToken.None)),
                ("mails per day, 90 days", () => queries.MailsPerDayAsync(KpiPeriod.LastDays(90, now), KpiScope.Company, CancellationToken.None)),
                ("throughput, 90 days", () => queries.ThroughputAsync(KpiPeriod.LastDays(90, now), KpiScope.Company, CancellationToken.None)),
                ("open conversations by SLA state", () => queries.SlaStatesAsync(KpiScope.Company, CancellationToken.None)),
                ("orders by state and value", () => queries.OrdersByStateAsync(KpiScope.Company, CancellationToken.None)),
            };
            foreach (var (name, run) in cases)
            {
                await run();
                var times = new List<double>(Runs);
                for (var i = 0; i < Runs; i++)
                {
                    var watch = Stopwatch.StartNew();
                    await run();
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }

                times.Sort();
                output.WriteLine($"  {label,-8} {name,-34} p50 {times[Runs / 2],7:N1} ms  p95 {times[Runs * 95 / 100],7:N1} ms");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task FillAsync(IDbContextFactory<HappyButtonsDbContext> contexts, int count)
    {
        var departments = new[] { "info", "sales", "support", "finance" };
        var start = DateTimeOffset.UtcNow.AddDays(-365);
        var minutes = 365.0 * 24 * 60 / count;
        await using (var context = await contexts.CreateDbContextAsync())
        {
            context.Customers.Add(new Customer { Number = "B1", Name = "Bench", Type = "regular", Version = 1 });
            await context.SaveChangesAsync();
        }

        for (var done = 0; done < count; done += 5000)
        {
            await using var context = await contexts.CreateDbContextAsync();
            context.ChangeTracker.AutoDetectChangesEnabled = false;
            var messages = new List<Message>();
            for (var i = done; i < Math.Min(count, done + 5000); i++)
            {
                var department = departments[i % 4];
                var received = start.AddMinutes(i * minutes);
                var status = i % 13 == 0 ? "failed" : i % 7 == 0 ? "needs_review" : "processed";
                messages.Add(new Message
                {
                    Mailbox = department, Department = department, SourceId = $"bench:{i}", ContentHash = $"{i:x64}", ReceivedAt = received, Status = status,
                    CreatedAt = received, UpdatedAt = received, ProcessedAt = status == "processed" ? received.AddSeconds(30) : null, Subject = $"Mail {i}",
                });
            }

            context.Messages.AddRange(messages);
            await context.SaveChangesAsync();
            foreach (var (message, j) in messages.Select((m, j) => (m, j)))
            {
                var i = done + j;
                if (i % 50 == 0)
                {
                    context.AuditLog.Add(new AuditLogEntry { At = message.ReceivedAt.AddHours(1), Actor = "bench", Action = KpiCalculator.CorrectionAction, Target = "message:" + message.Id });
                }

                if (i % 2 == 0)
                {
                    var due = message.ReceivedAt.AddHours(8);
                    var answered = i % 10 == 0 ? (DateTimeOffset?)null : message.ReceivedAt.AddHours(i % 6 == 0 ? 10 : 2);
                    context.Conversations.Add(new Conversation
                    {
                        Department = message.Department!, State = answered is null ? "open" : "closed", Subject = "Case", SlaDueAt = due, FirstResponseAt = answered,
                        FirstResponseDueAt = answered is null ? null : due, CreatedAt = message.ReceivedAt, LastMessageAt = message.ReceivedAt,
                        LastIncomingAt = message.ReceivedAt, UpdatedAt = message.ReceivedAt, Version = 1,
                    });
                }

                if (i % 20 == 0)
                {
                    var confirmed = DateOnly.FromDateTime(message.ReceivedAt.AddDays(14).UtcDateTime);
                    var delivered = message.ReceivedAt.AddDays(i % 60 == 0 ? 16 : 12);
                    context.Orders.Add(new Order
                    {
                        Number = $"B-{i}", CustomerNumber = "B1", State = delivered < DateTimeOffset.UtcNow ? "delivered" : "planned", ConfirmedDeliveryDate = confirmed,
                        DeliveredAt = delivered < DateTimeOffset.UtcNow ? delivered : null, CreatedAt = message.ReceivedAt, CreatedBy = "bench", UpdatedAt = message.ReceivedAt, Version = 1,
                        Lines = [new OrderLine { Position = 1, Sku = "HB-1", Description = "Knopf", Quantity = 1000, UnitPrice = 0.12m, LineTotal = 120m, VatRate = 19m }],
                    });
                }

                if (i % 4 == 0)
                {
                    var decided = message.ReceivedAt.AddHours(1);
                    context.AgentTasks.Add(new AgentTask
                    {
                        MessageId = message.Id, Department = message.Department!, Agent = message.Department!, Status = "done", AutoExecuted = i % 12 == 0,
                        ExecutedAt = decided, CreatedAt = message.ReceivedAt, UpdatedAt = decided, Version = 1,
                        Proposals =
                        [
                            new AgentProposal { Kind = "reply", Reason = "r", Payload = "{}", Outcome = i % 12 == 0 ? "automatic" : i % 8 == 0 ? "edited" : "unchanged", DecidedAt = decided },
                            new AgentProposal { Kind = "order", Reason = "r", Payload = "{}", Outcome = i % 3 == 0 ? "rejected" : "unchanged", DecidedAt = decided },
                        ],
                    });
                }
            }

            context.ChangeTracker.DetectChanges();
            await context.SaveChangesAsync();
        }

        await using (var context = await contexts.CreateDbContextAsync())
        {
            var orders = await context.Orders.Where(o => o.DeliveredAt != null && o.Id % 3 == 0).Select(o => new { o.Id, o.DeliveredAt }).ToListAsync();
            context.SurveyResponses.AddRange(orders.Select(o => new SurveyResponse { OrderId = o.Id, Rating = (int)(o.Id % 5) + 1, At = o.DeliveredAt!.Value.AddDays(1) }));
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
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<KpiOptions>();
        builder.Services.AddSingleton<KpiCalculator>();
        builder.Services.AddSingleton<DashboardQueries>();
        return builder.Build();
    }
}
