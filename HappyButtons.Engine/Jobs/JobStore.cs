using HappyButtons.Engine.Storage;
using System.Data.Common;
using Dapper;

namespace HappyButtons.Engine.Jobs;

/// <summary>A job this node has claimed and holds under a lease.</summary>
internal sealed record ClaimedJob(long Id, string Kind, string Payload, int Attempts, int MaxAttempts);

/// <summary>The recorded end of one attempt; written in batches by the completion writer.</summary>
internal sealed record JobCompletion(
    long Id, string Kind, int Attempt, string Worker, long StartedAt, long DurationMs,
    JobState NewState, string Outcome, long RunAfter, string? Error);

/// <summary>The worker-side SQL: claim, complete, heartbeat, reap and release. Every write runs in one short transaction.</summary>
internal static class JobStore
{
    // The whole statement runs under the write lock (BEGIN IMMEDIATE), so two connections can never select the
    // same row. SQLite form: without statistics the planner prefers the state index and sorts the whole backlog
    // (10 ms per claim at 20,000 waiting jobs); INDEXED BY reads the partial due index in order (0.2 ms).
    // The index hint comes from the dialect; PostgreSQL will need its own claim form (FOR UPDATE SKIP LOCKED).
    private static string ClaimSql(ISqlDialect dialect) =>
        "UPDATE jobs SET state = 'processing', worker = @Worker, lease_until = @LeaseUntil, attempts = attempts + 1, " +
        "started_at = @Now, updated_at = @Now " +
        $"WHERE id IN (SELECT id FROM jobs {dialect.UseIndex("ix_jobs_due")} WHERE state IN ('enqueued', 'scheduled', 'failed') AND run_after <= @Now " +
        "ORDER BY run_after, id LIMIT @Limit) " +
        "RETURNING id, kind, payload, attempts, max_attempts";

    private const string CompleteSql =
        "UPDATE jobs SET state = @State, run_after = @RunAfter, updated_at = @Now, " +
        "finished_at = CASE WHEN @State IN ('succeeded', 'dead') THEN @Now ELSE NULL END, " +
        "worker = NULL, lease_until = NULL, last_error = @Error " +
        "WHERE id = @Id AND worker = @Node AND state = 'processing'";

    private const string AttemptSql =
        "INSERT INTO job_attempts (job_id, number, worker, started_at, duration_ms, outcome, error) " +
        "SELECT @Id, @Attempt, @Worker, @StartedAt, @DurationMs, @Outcome, @Error WHERE EXISTS (SELECT 1 FROM jobs WHERE id = @Id)";

    public static async Task<List<ClaimedJob>> ClaimAsync(DbConnection connection, ISqlDialect dialect, string node, int limit, long now, long leaseUntil, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Id, string Kind, string Payload, long Attempts, long MaxAttempts)>(new CommandDefinition(
            ClaimSql(dialect), new { Worker = node, LeaseUntil = leaseUntil, Now = now, Limit = limit }, transaction, cancellationToken: cancellationToken));
        var jobs = rows.Select(r => new ClaimedJob(r.Id, r.Kind, r.Payload, (int)r.Attempts, (int)r.MaxAttempts)).ToList();
        await transaction.CommitAsync(cancellationToken);
        return jobs;
    }

    /// <summary>
    /// Writes a batch of attempt ends in one transaction, each statement prepared once for the batch. Returns how
    /// many results were not applied because this node had lost the job's lease meanwhile.
    /// </summary>
    public static async Task<int> CompleteAsync(DbConnection connection, string node, IReadOnlyList<JobCompletion> completions, long now, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var updated = await connection.ExecuteAsync(new CommandDefinition(CompleteSql,
            completions.Select(c => new { c.Id, State = c.NewState.ToText(), c.RunAfter, Now = now, c.Error, Node = node }),
            transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(AttemptSql,
            completions.Select(c => new { c.Id, c.Attempt, c.Worker, c.StartedAt, c.DurationMs, c.Outcome, c.Error }),
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return completions.Count - updated;
    }

    public static Task<int> RenewLeasesAsync(DbConnection connection, string node, long leaseUntil, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "UPDATE jobs SET lease_until = @LeaseUntil WHERE state = 'processing' AND worker = @Node",
            new { LeaseUntil = leaseUntil, Node = node }, cancellationToken: cancellationToken));

    /// <summary>
    /// Jobs whose holder stopped renewing (the process died) go back to the queue, or to Dead when that was their
    /// last attempt; the lost attempt is recorded as abandoned.
    /// </summary>
    public static async Task<int> ReapExpiredLeasesAsync(DbConnection connection, long now, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        const string Error = "The worker holding this job stopped renewing its lease (process ended or hung); the job was released.";
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO job_attempts (job_id, number, worker, started_at, duration_ms, outcome, error) " +
            "SELECT id, attempts, COALESCE(worker, ''), COALESCE(started_at, @Now), NULL, 'abandoned', @Error FROM jobs " +
            "WHERE state = 'processing' AND lease_until < @Now",
            new { Now = now, Error }, transaction, cancellationToken: cancellationToken));
        var reaped = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE jobs SET state = CASE WHEN attempts >= max_attempts THEN 'dead' ELSE 'enqueued' END, " +
            "finished_at = CASE WHEN attempts >= max_attempts THEN @Now ELSE NULL END, " +
            "run_after = @Now, updated_at = @Now, worker = NULL, lease_until = NULL, last_error = @Error " +
            "WHERE state = 'processing' AND lease_until < @Now",
            new { Now = now, Error }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return reaped;
    }

    /// <summary>
    /// Gives jobs back to the queue at shutdown: those still running (their interrupted attempt is recorded but
    /// does not count) and those claimed but never started.
    /// </summary>
    public static async Task<int> ReleaseAsync(DbConnection connection, string node, IReadOnlyCollection<long> ids, long now, bool started, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return 0;
        }

        var parameters = new { Ids = ids, Node = node, Now = now };
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (started)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO job_attempts (job_id, number, worker, started_at, duration_ms, outcome, error) " +
                "SELECT id, attempts, worker, COALESCE(started_at, @Now), @Now - COALESCE(started_at, @Now), 'interrupted', " +
                "'The node shut down while the job ran; it was released to run again.' " +
                "FROM jobs WHERE id IN @Ids AND worker = @Node AND state = 'processing'",
                parameters, transaction, cancellationToken: cancellationToken));
        }

        var released = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE jobs SET state = 'enqueued', attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END, run_after = @Now, updated_at = @Now, worker = NULL, lease_until = NULL " +
            "WHERE id IN @Ids AND worker = @Node AND state = 'processing'",
            parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return released;
    }

    public static Task<long> QueueDepthAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM jobs WHERE state IN ('enqueued', 'scheduled', 'failed')", cancellationToken: cancellationToken));

    /// <summary>When the next waiting job becomes due, so an idle node can sleep exactly until then.</summary>
    public static Task<long?> NextDueAsync(DbConnection connection, ISqlDialect dialect, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            $"SELECT MIN(run_after) FROM jobs {dialect.UseIndex("ix_jobs_due")} WHERE state IN ('enqueued', 'scheduled', 'failed')", cancellationToken: cancellationToken));
}
