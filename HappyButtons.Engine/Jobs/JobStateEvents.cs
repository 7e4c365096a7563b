using System.Diagnostics;
using Hangfire.Common;
using Hangfire.Server;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Jobs;

/// <summary>
/// A Hangfire filter of this host: counts attempts and their run time per job (metrics), tells live views that job
/// counts changed, and keeps succeeded and deleted jobs for <see cref="BackgroundJobsOptions.KeepSucceededDays"/>.
/// </summary>
public sealed class JobStateEvents(JobEventPublisher publisher, JobMetrics metrics, IOptions<BackgroundJobsOptions> options)
    : JobFilterAttribute, IServerFilter, IApplyStateFilter
{
    private const string StartedKey = "happybuttons.started";

    public void OnPerforming(PerformingContext context)
    {
        context.Items[StartedKey] = Stopwatch.GetTimestamp();
        metrics.Started(JobMetrics.KindOf(context.BackgroundJob.Job));
    }

    public void OnPerformed(PerformedContext context)
    {
        var seconds = context.Items.TryGetValue(StartedKey, out var started) && started is long timestamp
            ? Stopwatch.GetElapsedTime(timestamp).TotalSeconds
            : 0;
        metrics.Finished(JobMetrics.KindOf(context.BackgroundJob.Job), succeeded: context.Exception is null || context.ExceptionHandled, seconds);
    }

    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
        if (context.NewState.IsFinal)
        {
            context.JobExpirationTimeout = TimeSpan.FromDays(options.Value.KeepSucceededDays);
        }

        publisher.NotifyChanged();
    }

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
    }
}
