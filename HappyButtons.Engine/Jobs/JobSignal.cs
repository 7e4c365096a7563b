namespace HappyButtons.Engine.Jobs;

/// <summary>Wakes this node's dispatcher at once when a job is enqueued locally, instead of waiting for the next poll.</summary>
public sealed class JobSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Wake()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another thread woke it first; one pending wake is enough.
            }
        }
    }

    internal Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
