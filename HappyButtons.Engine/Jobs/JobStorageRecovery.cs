namespace HappyButtons.Engine.Jobs;

/// <summary>
/// What a killed process leaves behind in Hangfire's storage: distributed locks it held (a job's state lock, the recurring
/// scheduler's lock) and queue entries it had fetched. Hangfire's storages let a lock expire but look again only every
/// tenth of the waiter's timeout (90 s for a job's state change), and a fetched entry stays invisible for 30 minutes, so
/// a restarted node would stall on the locks and leave the fetched jobs waiting. When every server recorded in the storage
/// is a dead process, nobody alive can hold either: <see cref="ReleaseAbandoned"/> removes the locks and puts the fetched
/// entries back in their queues, where the next worker picks them up (a job that had started runs again; handlers are
/// idempotent).
/// </summary>
public sealed class JobStorageRecovery(Func<int> releaseAbandoned)
{
    /// <summary>Removes every lock and returns every fetched queue entry; the number of entries returned.</summary>
    public int ReleaseAbandoned() => releaseAbandoned();
}
