using HappyButtons.Engine.Events;

namespace HappyButtons.Engine.Jobs;

/// <summary>The number of jobs per state may have changed; live job counts refresh.</summary>
public sealed record JobCountsChanged() : DomainEvent(JobCountsChanged.TopicName, null)
{
    public const string TopicName = "jobs.counts";
}

/// <summary>Coalesces bursts of job state changes into at most one event per interval.</summary>
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
        }, TaskScheduler.Default);
    }
}
