using HappyButtons.Engine.Events;

namespace HappyButtons.Engine.Jobs;

/// <summary>The number of jobs per state may have changed; the live channel pushes the counts fragment.</summary>
public sealed record JobCountsChanged() : DomainEvent(JobCountsChanged.TopicName, null)
{
    public const string TopicName = "jobs.counts";
}

/// <summary>Jobs or recurring schedules changed (enqueued, started, finished, retried, edited); job lists refresh.</summary>
public sealed record JobsChanged() : DomainEvent(JobsChanged.TopicName, null)
{
    public const string TopicName = "jobs.changed";
}

/// <summary>Coalesces bursts of job changes into at most one pair of events per interval (a busy queue changes thousands of times a second).</summary>
public sealed class JobEventPublisher(EventHub hub)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private int _scheduled;

    public void NotifyChanged()
    {
        if (Interlocked.Exchange(ref _scheduled, 1) == 1)
        {
            return;
        }

        _ = Task.Delay(Interval).ContinueWith(_ =>
        {
            Volatile.Write(ref _scheduled, 0);
            hub.Publish(new JobCountsChanged());
            hub.Publish(new JobsChanged());
        }, TaskScheduler.Default);
    }
}
