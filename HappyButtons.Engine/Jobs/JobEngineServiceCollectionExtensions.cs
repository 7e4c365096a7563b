using HappyButtons.Engine.Storage;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Jobs;

public static class JobEngineServiceCollectionExtensions
{
    /// <summary>
    /// The durable job queue, its workers (a hosted service), the recurring scheduler, the monitor and the daily
    /// retention job. Needs <c>AddHappyButtonsStorage()</c>. Options come from <c>HappyButtons:Jobs</c>.
    /// </summary>
    public static IServiceCollection AddJobEngine(this IServiceCollection services, IConfiguration configuration)
    {
        // Idempotent: a second call (e.g. a test host on top of the app's registration) must not start a second worker host.
        if (services.Any(d => d.ServiceType == typeof(JobWorkerHost)))
        {
            return services;
        }

        services.AddOptions<JobEngineOptions>().Bind(configuration.GetSection(JobEngineOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<JobEngineOptions>, JobEngineOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton<JobKindRegistry>();
        services.TryAddSingleton<JobSignal>();
        services.TryAddSingleton<DatabaseWriteGate>();
        services.TryAddSingleton<JobEventPublisher>();
        services.TryAddSingleton<JobMetrics>();
        services.TryAddSingleton<JobQueue>();
        services.TryAddSingleton<JobMonitor>();
        services.TryAddSingleton<RecurringJobs>();
        services.TryAddSingleton<JobWorkerHost>();
        services.AddHostedService(sp => sp.GetRequiredService<JobWorkerHost>());

        services.AddJobHandler<JobRetentionPayload, JobRetention>(JobRetention.Kind, new JobKindOptions { MaxAttempts = 3 });
        var retentionCron = configuration.GetSection(JobEngineOptions.Section)[nameof(JobEngineOptions.RetentionCron)] ?? new JobEngineOptions().RetentionCron;
        services.AddRecurringJob(JobRetention.Kind, JobRetention.Kind, retentionCron, new JobRetentionPayload());
        return services;
    }

    /// <summary>Registers the handler of one job kind. <typeparamref name="THandler"/> is resolved in a new scope for every run.</summary>
    public static IServiceCollection AddJobHandler<TPayload, THandler>(this IServiceCollection services, string kind, JobKindOptions? options = null)
        where THandler : class, IJobHandler<TPayload>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        services.TryAddScoped<THandler>();
        services.AddSingleton(JobKindRegistration.For<TPayload, THandler>(kind, options ?? new JobKindOptions()));
        return services;
    }

    /// <summary>
    /// Declares a recurring job. <paramref name="defaultCron"/> is Quartz (6-7 fields) or standard 5-field cron, in
    /// <paramref name="timeZoneId"/> (default HappyButtons:Jobs:TimeZone, Europe/Berlin). A person's later edits of
    /// cron and enabled survive restarts.
    /// </summary>
    public static IServiceCollection AddRecurringJob<TPayload>(this IServiceCollection services, string name, string kind, string defaultCron, TPayload payload, string? timeZoneId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        if (!CronSchedule.TryParse(defaultCron, TimeZoneInfo.Utc, out _, out var error))
        {
            throw new ArgumentException($"Recurring job '{name}': {error}", nameof(defaultCron));
        }

        services.AddSingleton(new RecurringJobDefinition(name, kind, defaultCron, JsonSerializer.Serialize(payload, JobJson.Options), timeZoneId));
        return services;
    }

    public static IServiceCollection AddRecurringJob(this IServiceCollection services, string name, string kind, string defaultCron) =>
        services.AddRecurringJob(name, kind, defaultCron, new { });
}
