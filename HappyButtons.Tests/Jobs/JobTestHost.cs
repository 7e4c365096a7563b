using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Tests.Jobs;

/// <summary>A temporary SQLite database file, removed with its WAL files afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hb-jobs-" + Guid.NewGuid().ToString("N")[..10]);
        System.IO.Directory.CreateDirectory(Directory);
        Path = System.IO.Path.Combine(Directory, "jobs.db");
    }

    public string Directory { get; }
    public string Path { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset now) => _now = now;

    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>Builds job engine hosts over one database file, with fast timings for tests.</summary>
public static class JobTestHost
{
    public static readonly Dictionary<string, string?> FastSettings = new()
    {
        ["HappyButtons:Jobs:Workers"] = "4",
        ["HappyButtons:Jobs:PollIntervalSeconds"] = "0.05",
        ["HappyButtons:Jobs:LeaseSeconds"] = "2",
        ["HappyButtons:Jobs:HeartbeatSeconds"] = "0.2",
        ["HappyButtons:Jobs:ShutdownTimeoutSeconds"] = "1",
    };

    public static readonly JobKindOptions QuickRetries = new()
    {
        MaxAttempts = 3,
        Backoff = new BackoffSchedule(TimeSpan.FromMilliseconds(10), 2, TimeSpan.FromMilliseconds(40), 0),
    };

    public static IHost Build(string databasePath, Action<IServiceCollection>? configure = null, IDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(FastSettings);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        AddServices(builder.Services, builder.Configuration, databasePath, clock);
        configure?.Invoke(builder.Services);
        return builder.Build();
    }

    /// <summary>The engine's services without running workers, for tests that drive the scheduler or queue directly.</summary>
    public static ServiceProvider Services(string databasePath, Action<IServiceCollection>? configure = null, TimeProvider? clock = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(FastSettings).Build();
        var services = new ServiceCollection();
        AddServices(services, configuration, databasePath, clock);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    public static async Task MigrateAsync(IServiceProvider services) =>
        await services.GetRequiredService<MigrationRunner>().MigrateAsync(CancellationToken.None);

    private static void AddServices(IServiceCollection services, IConfiguration configuration, string databasePath, TimeProvider? clock)
    {
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IDbConnectionFactory>(new SqliteConnectionFactory(databasePath));
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<EventHub>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddJobEngine(configuration);
    }

    /// <summary>Polls until the condition holds; fails the test with <paramref name="what"/> after the timeout.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, double timeoutSeconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(20);
        }

        Assert.Fail($"Timed out after {timeoutSeconds} s waiting until {what}.");
    }

    public static async Task<JobDetail> WaitForStateAsync(IServiceProvider services, long jobId, JobState state, double timeoutSeconds = 10)
    {
        var monitor = services.GetRequiredService<JobMonitor>();
        JobDetail? detail = null;
        await EventuallyAsync(async () =>
        {
            detail = await monitor.GetAsync(jobId, CancellationToken.None);
            return detail?.Job.State == state;
        }, $"job {jobId} is {state} (last seen {detail?.Job.State})", timeoutSeconds);
        return detail!;
    }
}
