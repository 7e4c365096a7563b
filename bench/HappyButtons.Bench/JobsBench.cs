using System.Diagnostics;
using Dapper;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Bench;

/// <summary>
/// No-op jobs on SQLite: end-to-end throughput (enqueue -> Succeeded, with a producer enqueueing one job per
/// transaction while the engine runs), drain of a pre-filled queue, and start latency on an idle engine.
/// </summary>
public sealed class JobsBench : IBenchmark
{
    private const int Producers = 4;

    public string Name => "jobs";

    public string Description => "durable job queue: throughput and start latency of no-op jobs (SQLite)";

    public async Task RunAsync(TextWriter output)
    {
        var jobs = int.TryParse(Environment.GetEnvironmentVariable("JOBS_BENCH_COUNT"), out var n) ? n : 20_000;
        await EnqueueOnlyAsync(output, jobs);
        foreach (var workers in new[] { Environment.ProcessorCount, 16 })
        {
            await ThroughputAsync(output, jobs, workers, prefill: false);
            await ThroughputAsync(output, jobs, workers, prefill: true);
        }

        await LatencyAsync(output, 200);
    }

    private static async Task ThroughputAsync(TextWriter output, int count, int workers, bool prefill)
    {
        using var database = new BenchDatabase();
        var probe = new Probe(count);
        using var host = Build(database.Path, workers, probe);
        var queue = host.Services.GetRequiredService<JobQueue>();
        if (prefill)
        {
            await host.Services.GetRequiredService<MigrationRunner>().MigrateAsync(CancellationToken.None);
            await using var connection = await host.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
            await using var transaction = await connection.BeginTransactionAsync();
            for (var i = 0; i < count; i++)
            {
                await queue.EnqueueAsync(connection, transaction, "bench.noop", new NoopPayload(i), null, CancellationToken.None);
            }

            await transaction.CommitAsync();
        }

        var watch = Stopwatch.StartNew();
        await host.StartAsync();
        if (!prefill)
        {
            // Several producers, as pipeline steps enqueue follow-up jobs concurrently; one transaction per job.
            await Task.WhenAll(Enumerable.Range(0, Producers).Select(p => Task.Run(async () =>
            {
                for (var i = p; i < count; i += Producers)
                {
                    await queue.EnqueueAsync("bench.noop", new NoopPayload(i));
                }
            })));
        }

        await probe.AllRan.Task;
        var ran = watch.Elapsed;
        await WaitAllSucceededAsync(host.Services, count);
        var succeeded = watch.Elapsed;
        await host.StopAsync();
        output.WriteLine($"  {(prefill ? "drain pre-filled        " : $"enqueue+run {Producers} producers")} workers={workers,2} jobs={count}: " +
                         $"{count / succeeded.TotalSeconds,8:N0} jobs/s to Succeeded ({succeeded.TotalSeconds:N2} s; handlers done after {ran.TotalSeconds:N2} s)");
    }

    private static async Task EnqueueOnlyAsync(TextWriter output, int count)
    {
        using var database = new BenchDatabase();
        using var host = Build(database.Path, 1, new Probe(count));
        await host.Services.GetRequiredService<MigrationRunner>().MigrateAsync(CancellationToken.None);
        var queue = host.Services.GetRequiredService<JobQueue>();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await queue.EnqueueAsync("bench.noop", new NoopPayload(i));
        }

        output.WriteLine($"  enqueue only (one transaction each, engine stopped) jobs={count}: {count / watch.Elapsed.TotalSeconds,8:N0} jobs/s");
    }

    private static async Task LatencyAsync(TextWriter output, int samples)
    {
        using var database = new BenchDatabase();
        var probe = new Probe(int.MaxValue);
        using var host = Build(database.Path, Environment.ProcessorCount, probe);
        await host.StartAsync();
        var queue = host.Services.GetRequiredService<JobQueue>();
        var latencies = new List<double>(samples);
        for (var i = 0; i < samples + 10; i++)
        {
            await Task.Delay(20);
            var started = probe.NextStart();
            var before = Stopwatch.GetTimestamp();
            await queue.EnqueueAsync("bench.noop", new NoopPayload(i));
            var at = await started;
            if (i >= 10)
            {
                latencies.Add(Stopwatch.GetElapsedTime(before, at).TotalMilliseconds);
            }
        }

        await host.StopAsync();
        latencies.Sort();
        double P(double q) => latencies[(int)Math.Min(latencies.Count - 1, Math.Ceiling(q * latencies.Count) - 1)];
        output.WriteLine($"  idle start latency (enqueue call -> handler starts), {samples} samples: p50 {P(0.5):N2} ms, p95 {P(0.95):N2} ms, p99 {P(0.99):N2} ms, max {latencies[^1]:N2} ms");
    }

    private static async Task WaitAllSucceededAsync(IServiceProvider services, int count)
    {
        await using var connection = await services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        while (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM jobs WHERE state = 'succeeded' AND kind = 'bench.noop'") < count)
        {
            await Task.Delay(5);
        }
    }

    private static IHost Build(string path, int workers, Probe probe)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["HappyButtons:Jobs:Workers"] = workers.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        builder.Services.AddLogging(logging => logging.AddConsole().SetMinimumLevel(LogLevel.Warning));
        builder.Services.AddSingleton<IDbConnectionFactory>(new SqliteConnectionFactory(path));
        builder.Services.AddSingleton<MigrationRunner>();
        builder.Services.AddSingleton<EventHub>();
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddJobEngine(builder.Configuration);
        builder.Services.AddSingleton(probe);
        builder.Services.AddJobHandler<NoopPayload, NoopHandler>("bench.noop");
        return builder.Build();
    }

    public sealed record NoopPayload(int Number);

    private sealed class Probe(int expected)
    {
        private int _ran;
        private TaskCompletionSource<long>? _next;

        public TaskCompletionSource AllRan { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<long> NextStart()
        {
            _next = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            return _next.Task;
        }

        public void Ran()
        {
            _next?.TrySetResult(Stopwatch.GetTimestamp());
            if (Interlocked.Increment(ref _ran) == expected)
            {
                AllRan.TrySetResult();
            }
        }
    }

    private sealed class NoopHandler(Probe probe) : IJobHandler<NoopPayload>
    {
        public Task HandleAsync(NoopPayload payload, JobContext context, CancellationToken cancellationToken)
        {
            probe.Ran();
            return Task.CompletedTask;
        }
    }

    private sealed class BenchDatabase : IDisposable
    {
        private readonly string _directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hb-jobs-bench-" + Guid.NewGuid().ToString("N")[..8]);

        public BenchDatabase() => Directory.CreateDirectory(_directory);

        public string Path => System.IO.Path.Combine(_directory, "bench.db");

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
