using Dapper;
using HappyButtons.Engine.Storage;

namespace HappyButtons.Engine.Intake;

/// <summary>A message a processing worker has claimed, with the number of times it has been claimed (this claim included).</summary>
public sealed record ClaimedMessage(long Id, string Mailbox, string ContentHash, long ReceivedAt, int Attempts);

/// <summary>
/// The message table is the durable queue of the mail pipeline: a received message waits until a worker claims it (status
/// <c>processing</c>, an owner and a lease), and the claim ends when the worker saves the outcome. Mail arriving together
/// is claimed together (up to <see cref="MessageIngest.GroupSize"/> mails and <see cref="MessageIngest.GroupBytes"/>),
/// so one save serves a group. A mail that failed before — or was being processed when the process died — is claimed
/// alone, so it can never hold up others, and after <see cref="MaxAttempts"/> claims it is marked failed with the reason.
/// </summary>
public sealed class ProcessingQueue(IDbConnectionFactory connections, DatabaseWriteGate writeGate, TimeProvider clock)
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
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        var rows = await connection.QueryAsync<ClaimRow>(new CommandDefinition(
            connections.Dialect.ClaimMessages,
            new
            {
                Owner = owner, Now = now, Until = now + (long)Lease.TotalMilliseconds, Limit = MessageIngest.GroupSize,
                MaxBytes = MessageIngest.GroupBytes, Received = MessageStatus.Received, Processing = MessageStatus.Processing,
            },
            cancellationToken: cancellationToken));
        return rows.OrderBy(r => r.id).Select(r => new ClaimedMessage(r.id, r.mailbox, r.content_hash, r.received_at, (int)r.attempts)).ToList();
    }

    /// <summary>Returns the mail of expired claims (their worker's process died) to the queue; returns how many.</summary>
    public async Task<int> ReleaseExpiredAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE messages SET status = @Received, claim_owner = NULL, claim_until = NULL " +
            "WHERE status = @Processing AND claim_until IS NOT NULL AND claim_until < @Now",
            new { Received = MessageStatus.Received, Processing = MessageStatus.Processing, Now = clock.GetUtcNow().ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));
    }

    /// <summary>
    /// At start, returns the claims a previous run of this node left behind (it died or was killed) to the queue without
    /// waiting for their lease: claims of <paramref name="node"/> that are not <paramref name="currentOwner"/>'s.
    /// </summary>
    public async Task<int> ReleaseOwnedByNodeAsync(string node, string currentOwner, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE messages SET status = @Received, claim_owner = NULL, claim_until = NULL " +
            "WHERE status = @Processing AND claim_owner LIKE @Node AND claim_owner <> @Current",
            new { Received = MessageStatus.Received, Processing = MessageStatus.Processing, Node = node + ":%", Current = currentOwner },
            cancellationToken: cancellationToken));
    }

    /// <summary>True when a message waits that a worker could claim now.</summary>
    public async Task<bool> AnyWaitingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT id FROM messages WHERE status = @Received AND (not_before IS NULL OR not_before <= @Now) LIMIT 1",
            new { Received = MessageStatus.Received, Now = clock.GetUtcNow().ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken)) is not null;
    }

    private sealed record ClaimRow(long id, string mailbox, string content_hash, long received_at, long attempts);
}
