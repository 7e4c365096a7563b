namespace HappyButtons.Engine.Jobs;

/// <summary>
/// The distributed locks in Hangfire's storage. A process killed while it held one (a job's state lock, the recurring
/// scheduler's lock) leaves the row behind; Hangfire's storages let it expire but look again only every tenth of the
/// waiter's timeout (90 s for a job's state change), so a restarted node would stall on it. When every server recorded in
/// the storage is a dead process, no live holder can exist and <see cref="ReleaseAll"/> removes them.
/// </summary>
public sealed class JobStorageLocks(Action releaseAll)
{
    public void ReleaseAll() => releaseAll();
}
