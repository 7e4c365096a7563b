namespace HappyButtons.Engine.Intake;

/// <summary>Wakes the processing workers of this process when mail was ingested, instead of waiting for their next look.</summary>
public sealed class ProcessingSignal
{
    private readonly SemaphoreSlim _signal = new(0, int.MaxValue);
    private int _pending;

    public void Wake()
    {
        // Bounded: enough permits for every waiting worker, never a growing count.
        if (Interlocked.Increment(ref _pending) <= 64)
        {
            _signal.Release();
        }
        else
        {
            Interlocked.Decrement(ref _pending);
        }
    }

    /// <summary>Waits for a wake-up or the timeout; true when woken.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (await _signal.WaitAsync(timeout, cancellationToken))
        {
            Interlocked.Decrement(ref _pending);
            return true;
        }

        return false;
    }
}
