namespace HappyButtons.Engine.Storage;

/// <summary>
/// Serialises this process's database writes before they reach the database (ingest, processing, clerks' actions;
/// Hangfire's storage writes on its own). SQLite allows one writer at a time and makes waiting connections sleep and poll (1, 2, 5 ms...); handing the turn over in-process instead
/// keeps the enqueue, claim and completion paths from stalling each other. Other processes still meet at the
/// database's own lock.
/// </summary>
public sealed class DatabaseWriteGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async ValueTask<Releaser> EnterAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        return new Releaser(_gate);
    }

    public readonly struct Releaser(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
