namespace HappyButtons.Engine.Jobs;

/// <summary>How jobs of one kind are retried.</summary>
public sealed class JobKindOptions
{
    /// <summary>Attempts before the job is dead; null uses <see cref="JobEngineOptions.DefaultMaxAttempts"/>.</summary>
    public int? MaxAttempts { get; init; }

    public BackoffSchedule Backoff { get; init; } = BackoffSchedule.Default;
}

/// <summary>Per-enqueue choices; everything is optional.</summary>
public sealed record EnqueueOptions
{
    /// <summary>Not before this time; the job is <see cref="JobState.Scheduled"/> until then.</summary>
    public DateTimeOffset? RunAfter { get; init; }

    /// <summary>While a job with this key is enqueued, scheduled, processing or failed, enqueueing returns that job's id.</summary>
    public string? DedupeKey { get; init; }

    public int? MaxAttempts { get; init; }
}
