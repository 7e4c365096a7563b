using System.Linq.Expressions;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using HappyButtons.Engine.Monitoring;
using HappyButtons.Engine.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HappyButtons.Engine.Jobs;

public static class BackgroundJobsServiceCollectionExtensions
{
    /// <summary>
    /// Hangfire's own database in the data directory with the SQLite provider (it never shares the product's file); with
    /// PostgreSQL, the schema <c>hangfire</c> of the product's database.
    /// </summary>
    public const string HangfireDatabaseFileName = "hangfire.db";

    /// <summary>
    /// Hangfire with its storage, a server in this process (<c>HappyButtons:Jobs:Workers</c>; 0 = none), the filters that
    /// retry, publish job events and count metrics, and the recurring job catalog. Needs <c>AddHappyButtonsStorage()</c>.
    /// Everything Hangfire keeps in static state by default (storage, activator, filters) is registered per host here, so
    /// two hosts in one process (tests) never run each other's jobs.
    /// </summary>
    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(RecurringJobCatalog)))
        {
            return services;
        }

        services.AddOptions<BackgroundJobsOptions>().Bind(configuration.GetSection(BackgroundJobsOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BackgroundJobsOptions>, BackgroundJobsOptionsValidator>());
        services.AddPrometheusRegistry();
        services.TryAddSingleton<JobEventPublisher>();
        services.TryAddSingleton<JobMetrics>();
        services.TryAddSingleton<JobStateEvents>();
        services.AddSingleton<JobStorage>(sp => new DeferredJobStorage(() => OpenStorage(sp)));
        services.AddSingleton(sp => new JobStorageRecovery(() => ReleaseAbandoned(sp)));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<IJobFilterProvider>(sp => new JobFilterProviderCollection(
            Filters(sp.GetRequiredService<JobStateEvents>()), new JobFilterAttributeFilterProvider()));
        services.AddHangfire((sp, config) =>
        {
            HangfireLogBridge.Instance.Use(sp.GetRequiredService<ILoggerFactory>());
            config.UseLogProvider(HangfireLogBridge.Instance)
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
        });

        var workers = configuration.GetSection(BackgroundJobsOptions.Section).GetValue(nameof(BackgroundJobsOptions.Workers), Environment.ProcessorCount);
        if (workers > 0)
        {
            services.AddHostedService<JobServer>();
        }

        services.AddSingleton<RecurringJobCatalog>();
        services.AddHostedService(sp => sp.GetRequiredService<RecurringJobCatalog>());
        services.TryAddScoped<JobRetention>();
        services.AddRecurringJob<JobRetention>(JobRetention.RecurringId, r => r.PruneAsync(CancellationToken.None), "30 3 * * *");
        return services;
    }

    /// <summary>
    /// Declares a recurring job: <paramref name="id"/> is its stable name (API, dashboard), <paramref name="cron"/> a
    /// 5-field cron in <c>HappyButtons:Jobs:TimeZone</c>. The catalog writes it at every start, so a schedule changed in
    /// code reaches existing installations.
    /// </summary>
    public static IServiceCollection AddRecurringJob<T>(this IServiceCollection services, string id, Expression<Func<T, Task>> method, string cron)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        services.AddSingleton(new RecurringJobDefinition(id, cron, (manager, options) => manager.AddOrUpdate(id, method, cron, options)));
        return services;
    }

    private static JobStorage OpenStorage(IServiceProvider services)
    {
        // Hangfire's configuration (its log provider) first: the storage logs while it opens.
        services.GetRequiredService<IGlobalConfiguration>();
        var options = services.GetRequiredService<IOptions<BackgroundJobsOptions>>().Value;
        var database = services.GetRequiredService<DatabaseLocation>();
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            // The product's database, in a schema of its own; every node of a scale-out shares it.
            var postgres = new PostgreSqlStorageOptions
            {
                SchemaName = "hangfire",
                QueuePollInterval = options.PollInterval,
                PrepareSchemaIfNecessary = true,
                EnableLongPolling = true,
                JobExpirationCheckInterval = TimeSpan.FromMinutes(30),
            };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString, postgres), postgres);
        }

        var path = services.GetRequiredService<DataDirectory>().PathFor(HangfireDatabaseFileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new SQLiteStorage(path, new SQLiteStorageOptions
        {
            QueuePollInterval = options.PollInterval,
            JobExpirationCheckInterval = TimeSpan.FromMinutes(30),
        });
    }

    private static int ReleaseAbandoned(IServiceProvider services)
    {
        var database = services.GetRequiredService<DatabaseLocation>();
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            using var postgres = new NpgsqlConnection(database.ConnectionString);
            postgres.Open();
            using var transaction = postgres.BeginTransaction();
            using var locks = new NpgsqlCommand("DELETE FROM hangfire.\"lock\"", postgres, transaction);
            locks.ExecuteNonQuery();
            using var queue = new NpgsqlCommand("UPDATE hangfire.jobqueue SET fetchedat = NULL WHERE fetchedat IS NOT NULL", postgres, transaction);
            var returned = queue.ExecuteNonQuery();
            transaction.Commit();
            return returned;
        }

        // Hangfire.Storage.SQLite stores times as ticks; an entry nobody fetched has DateTime.MinValue, 0.
        var path = services.GetRequiredService<DataDirectory>().PathFor(HangfireDatabaseFileName);
        using var sqlite = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        sqlite.Open();
        using var command = sqlite.CreateCommand();
        command.CommandText = """
            BEGIN IMMEDIATE;
            DELETE FROM "DistributedLock";
            UPDATE "JobQueue" SET "FetchedAt" = 0 WHERE "FetchedAt" <> 0;
            SELECT changes();
            COMMIT;
            """;
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The filters every job runs with: Hangfire's statistics and continuations, automatic retries (5 attempts unless a job
    /// says otherwise; never for <see cref="PermanentJobFailureException"/>), and our events, metrics and retention.
    /// </summary>
    private static JobFilterCollection Filters(JobStateEvents events)
    {
        var filters = new JobFilterCollection();
        filters.Add(new StatisticsHistoryAttribute());
        filters.Add(new ContinuationsSupportAttribute());
        filters.Add(new AutomaticRetryAttribute { Attempts = 5, ExceptOn = [typeof(PermanentJobFailureException)] });
        filters.Add(events);
        return filters;
    }
}

/// <summary>One recurring job as declared in code.</summary>
public sealed record RecurringJobDefinition(string Id, string Cron, Action<IRecurringJobManager, RecurringJobOptions> Register);
