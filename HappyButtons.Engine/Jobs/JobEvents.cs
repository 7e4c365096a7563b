using HappyButtons.Engine.Events;

namespace HappyButtons.Engine.Jobs;

/// <summary>Jobs were enqueued, started or finished; views re-read counts and lists. Throttled to a few per second.</summary>
public sealed record JobsChanged() : DomainEvent(JobsChanged.TopicName, null)
{
    public const string TopicName = "jobs";
}

/// <summary>A person changed a job or a recurring schedule (retry, delete, requeue, edit, trigger).</summary>
public sealed record JobChanged(long? JobId, string? RecurringName, string Action) : DomainEvent(JobsChanged.TopicName, null);

/// <summary>Coalesces bursts of job changes into at most one <see cref="JobsChanged"/> per interval.</summary>
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
            hub.Publish(new JobsChanged());
        }, TaskScheduler.Default);
    }

    public void Publish(JobChanged change)
    {
        hub.Publish(change);
        NotifyChanged();
    }
}
