using System.Diagnostics;
using Hangfire;
using HappyButtons.Engine;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Bench;

/// <summary>
/// Trivial jobs through Hangfire on the product's job storage (SQLite in /tmp; PostgreSQL where the database provider is
/// PostgreSQL): enqueue rate, end-to-end throughput (enqueued while the server runs, until all succeeded) and the drain of
/// a pre-filled queue, for the worker count of this machine.
/// </summary>
public sealed class JobsBench : IBenchmark
{
    public string Name => "jobs";

    public string Description => "Hangfire: enqueue rate and throughput of trivial jobs on the job storage";

    public async Task RunAsync(TextWriter output)
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("JOBS_BENCH_COUNT"), out var n) ? n : 1_000;
        await RunOnceAsync(output, count, prefill: false, "sqlite", null);
        await RunOnceAsync(output, count, prefill: true, "sqlite", null);
        if (BenchPostgres.Server is not null)
        {
            await RunOnceAsync(output, count, prefill: false, "postgres", await BenchPostgres.NewDatabaseAsync());
            await RunOnceAsync(output, count, prefill: true, "postgres", await BenchPostgres.NewDatabaseAsync());
        }
        else
        {
            output.WriteLine("  postgres skipped: eval \"$(bash bench/postgres.sh)\" first");
        }
    }

    private static async Task RunOnceAsync(TextWriter output, int count, bool prefill, string storage, Dictionary<string, string?>? database)
    {
        var directory = Path.Combine(Path.GetTempPath(), "hb-jobs-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        try
        {
            BenchJob.Reset(count);
            using var host = Build(directory, database);
            var client = host.Services.GetRequiredService<IBackgroundJobClient>();
            var watch = Stopwatch.StartNew();
            if (prefill)
            {
                for (var i = 0; i < count; i++)
                {
                    client.Enqueue<BenchJob>(j => j.Run(i));
                }

                output.WriteLine($"  {storage,-8} enqueue          {count} jobs, server stopped: {count / watch.Elapsed.TotalSeconds,7:N0} jobs/s");
                watch.Restart();
                await host.StartAsync();
            }
            else
            {
                await host.StartAsync();
                watch.Restart();
                for (var i = 0; i < count; i++)
                {
                    client.Enqueue<BenchJob>(j => j.Run(i));
                }
            }

            await BenchJob.AllDone.Task.WaitAsync(TimeSpan.FromMinutes(10));
            var label = prefill ? "drain pre-filled" : "end to end      ";
            output.WriteLine($"  {storage,-8} {label} {count} jobs, {Environment.ProcessorCount} workers: {count / watch.Elapsed.TotalSeconds,7:N0} jobs/s ({watch.Elapsed.TotalSeconds:N1} s)");
            await host.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static IHost Build(string directory, Dictionary<string, string?>? database)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["HappyButtons:DataDirectory"] = directory,
            ["HappyButtons:Jobs:Workers"] = Environment.ProcessorCount.ToString(),
            ["HappyButtons:Jobs:PollIntervalSeconds"] = "0.2",
        });
        builder.Configuration.AddInMemoryCollection(database ?? []);
        builder.Services.AddLogging(logging => logging.AddConsole().SetMinimumLevel(LogLevel.Warning));
        builder.Services.AddOptions<HappyButtonsOptions>().Bind(builder.Configuration.GetSection(HappyButtonsOptions.Section));
        builder.Services.AddHappyButtonsStorage(builder.Configuration);
        builder.Services.AddBackgroundJobs(builder.Configuration);
        builder.Services.AddTransient<BenchJob>();
        return builder.Build();
    }

    public sealed class BenchJob
    {
        private static int _remaining;

        public static TaskCompletionSource AllDone { get; private set; } = new();

        public static void Reset(int count)
        {
            _remaining = count;
            AllDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        public void Run(int number)
        {
            if (Interlocked.Decrement(ref _remaining) == 0)
            {
                AllDone.TrySetResult();
            }
        }
    }
}
