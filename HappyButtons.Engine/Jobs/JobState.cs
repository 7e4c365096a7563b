namespace HappyButtons.Engine.Jobs;

/// <summary>Where a job is in its life. Stored and shown lower-case (<see cref="JobStates.ToText"/>).</summary>
public enum JobState
{
    Enqueued,
    Scheduled,
    Processing,
    Succeeded,
    /// <summary>The last attempt failed and a retry is scheduled.</summary>
    Failed,
    /// <summary>Out of attempts or failed permanently; waits for a person to requeue or delete it.</summary>
    Dead,
    Deleted,
}

public static class JobStates
{
    public static readonly IReadOnlyList<JobState> All = Enum.GetValues<JobState>();

    public static string ToText(this JobState state) => state switch
    {
        JobState.Enqueued => "enqueued",
        JobState.Scheduled => "scheduled",
        JobState.Processing => "processing",
        JobState.Succeeded => "succeeded",
        JobState.Failed => "failed",
        JobState.Dead => "dead",
        JobState.Deleted => "deleted",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static JobState Parse(string text) =>
        TryParse(text, out var state) ? state : throw new FormatException($"'{text}' is not a job state.");

    public static bool TryParse(string? text, out JobState state)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToText(), text, StringComparison.OrdinalIgnoreCase))
            {
                state = candidate;
                return true;
            }
        }

        state = default;
        return false;
    }

    /// <summary>States in which a job still holds its de-duplication key.</summary>
    public static bool IsActive(this JobState state) =>
        state is JobState.Enqueued or JobState.Scheduled or JobState.Processing or JobState.Failed;
}
