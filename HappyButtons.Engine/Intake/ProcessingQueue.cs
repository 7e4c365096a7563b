using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Intake;

/// <summary>A message a processing worker has claimed, with the number of times it has been claimed (this claim included).</summary>
public sealed record ClaimedMessage(long Id, string Mailbox, string ContentHash, long ReceivedAt, int Attempts);

/// <summary>
/// The message table is the durable queue of the mail pipeline: a received message waits until a worker claims it (status
/// <c>processing</c>, an owner and a lease), and the claim ends when the worker saves the outcome. Mail arriving together
/// is claimed together (up to <see cref="MessageIngest.GroupSize"/> mails and <see cref="MessageIngest.GroupBytes"/>),
/// so one save serves a group. A mail that failed before — or was being processed when the process died — is claimed
/// alone, so it can never hold up others, and after <see cref="MaxAttempts"/> claims it is marked failed with the reason.
/// The claim is one statement of the dialect (SQLite: under the write lock; PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>).
/// </summary>
public sealed class ProcessingQueue(IDbContextFactory<HappyButtonsDbContext> contexts, ISqlDialect dialect, DatabaseWriteGate writeGate, TimeProvider clock)
{
    /// <summary>Claims of one message before it is given up as failed.</summary>
    public const int MaxAttempts = 5;

    /// <summary>How long a claim holds; a process that dies leaves its claims to expire and the mail is claimed again.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Claims the next group for <paramref name="owner"/>: the oldest waiting message, and when it has never been tried, the
    /// untried messages after it up to the group limits.
    /// </summary>
    public async Task<IReadOnlyList<ClaimedMessage>> ClaimAsync(string owner, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        var rows = await context.Database.SqlQueryRaw<ClaimRow>(dialect.ClaimMessages,
                owner, now, now + (long)Lease.TotalMilliseconds, MessageIngest.GroupSize, MessageIngest.GroupBytes)
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.id).Select(r => new ClaimedMessage(r.id, r.mailbox, r.content_hash, r.received_at, r.attempts)).ToList();
    }

    /// <summary>Returns the mail of expired claims (their worker's process died) to the queue; returns how many.</summary>
    public async Task<int> ReleaseExpiredAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        return await context.Messages
            .Where(m => m.Status == MessageStatus.Processing && m.Claim.Until != null && m.Claim.Until < now)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.Status, MessageStatus.Received).SetProperty(m => m.Claim.Owner, (string?)null)
                .SetProperty(m => m.Claim.Until, (DateTimeOffset?)null), cancellationToken);
    }

    /// <summary>
    /// At start, returns the claims a previous run of this node left behind (it died or was killed) to the queue without
    /// waiting for their lease: claims of <paramref name="node"/> that are not <paramref name="currentOwner"/>'s.
    /// </summary>
    public async Task<int> ReleaseOwnedByNodeAsync(string node, string currentOwner, CancellationToken cancellationToken)
    {
        var prefix = node + ":";
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        return await context.Messages
            .Where(m => m.Status == MessageStatus.Processing && m.Claim.Owner != null && m.Claim.Owner.StartsWith(prefix) && m.Claim.Owner != currentOwner)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.Status, MessageStatus.Received).SetProperty(m => m.Claim.Owner, (string?)null)
                .SetProperty(m => m.Claim.Until, (DateTimeOffset?)null), cancellationToken);
    }

    private sealed record ClaimRow(long id, string mailbox, string content_hash, long received_at, int attempts);
}
