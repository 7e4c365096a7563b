using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Jobs;

/// <summary>
/// Writes the recurring jobs declared in code (<see cref="BackgroundJobsServiceCollectionExtensions.AddRecurringJob{T}"/>) into
/// Hangfire at start, in the configured time zone, and removes recurring jobs that an older release declared and this
/// one no longer knows (such as the per-mailbox polls that push delivery replaced).
/// </summary>
public sealed class RecurringJobCatalog(
    IEnumerable<RecurringJobDefinition> definitions,
    IRecurringJobManager manager,
    JobStorage storage,
    IOptions<BackgroundJobsOptions> options,
    ILogger<RecurringJobCatalog> logger) : IHostedService
{
    public IReadOnlyList<RecurringJobDefinition> Definitions { get; } = definitions.ToList();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var jobOptions = new RecurringJobOptions { TimeZone = options.Value.TimeZoneInfo };
        foreach (var definition in Definitions)
        {
            definition.Register(manager, jobOptions);
        }

        var known = Definitions.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        using var connection = storage.GetConnection();
        foreach (var stale in connection.GetRecurringJobs().Where(j => !known.Contains(j.Id)))
        {
            manager.RemoveIfExists(stale.Id);
            logger.LogInformation("Removed the recurring job {Id}, which this release no longer runs", stale.Id);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
