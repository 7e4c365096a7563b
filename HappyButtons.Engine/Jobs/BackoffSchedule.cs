namespace HappyButtons.Engine.Jobs;

/// <summary>
/// Exponential backoff with a cap and symmetric jitter: delay(n) = min(base * factor^(n-1), cap) * (1 ± jitter).
/// Pure: the random source is passed in, so tests pin it.
/// </summary>
public sealed record BackoffSchedule(TimeSpan BaseDelay, double Factor, TimeSpan MaxDelay, double Jitter)
{
    public static BackoffSchedule Default { get; } = new(TimeSpan.FromSeconds(5), 2, TimeSpan.FromMinutes(10), 0.2);

    /// <summary>Delay before the retry that follows failed attempt number <paramref name="attempt"/> (1-based).</summary>
    /// <param name="unitRandom">A value in [0, 1); 0.5 means no jitter.</param>
    public TimeSpan DelayAfter(int attempt, double unitRandom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var exponent = Math.Min(attempt - 1, 62);
        var raw = BaseDelay.TotalMilliseconds * Math.Pow(Factor, exponent);
        var capped = Math.Min(raw, MaxDelay.TotalMilliseconds);
        var jittered = capped * (1 + Jitter * (2 * unitRandom - 1));
        return TimeSpan.FromMilliseconds(Math.Max(0, jittered));
    }

    public TimeSpan DelayAfter(int attempt) => DelayAfter(attempt, Random.Shared.NextDouble());
}
