using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Jobs;

/// <summary>
/// The daily retention job. Hangfire expires succeeded and deleted jobs by itself (after KeepSucceededDays, set by
/// <see cref="JobStateEvents"/>) but keeps failed ones until someone deletes them: this deletes failed jobs older than
/// KeepFailedDays, so the history shows what went wrong recently without growing for ever.
/// </summary>
public sealed class JobRetention(JobStorage storage, IBackgroundJobClient client, TimeProvider clock, IOptions<BackgroundJobsOptions> options,
    ILogger<JobRetention> logger)
{
    public const string RecurringId = "retention";
    private const int PageSize = 500;

    [JobName("Aufbewahrung: alte fehlgeschlagene Jobs löschen", "Retention: delete old failed jobs")]
    [AutomaticRetry(Attempts = 3)]
    public Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime - TimeSpan.FromDays(options.Value.KeepFailedDays);
        var monitoring = storage.GetMonitoringApi();
        var old = new List<string>();
        var total = monitoring.FailedCount();
        for (var from = 0; from < total; from += PageSize)
        {
            old.AddRange(monitoring.FailedJobs(from, PageSize).Where(j => j.Value.FailedAt is { } at && at < before).Select(j => j.Key));
        }

        foreach (var id in old)
        {
            cancellationToken.ThrowIfCancellationRequested();
            client.ChangeState(id, new DeletedState { Reason = $"Retention: failed more than {options.Value.KeepFailedDays} days ago" }, FailedState.StateName);
        }

        logger.LogInformation("Job retention deleted {Count} failed job(s) older than {Days} days", old.Count, options.Value.KeepFailedDays);
        return Task.FromResult(old.Count);
    }
}
