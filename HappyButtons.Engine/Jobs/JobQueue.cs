using System.Data.Common;
using System.Text.Json;
using Dapper;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Storage;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Jobs;

/// <summary>Puts jobs into the durable queue, and lets a person retry, requeue or delete them.</summary>
public sealed class JobQueue(
    IDbConnectionFactory connections,
    JobKindRegistry kinds,
    JobSignal signal,
    DatabaseWriteGate gate,
    JobEventPublisher events,
    AuditLog audit,
    IOptions<JobEngineOptions> options,
    TimeProvider clock)
{
    private const string InsertSql =
        "INSERT INTO jobs (kind, payload, state, attempts, max_attempts, run_after, dedupe_key, created_at, updated_at) " +
        "VALUES (@Kind, @Payload, @State, 0, @MaxAttempts, @RunAfter, @DedupeKey, @Now, @Now) ON CONFLICT DO NOTHING RETURNING id";

    private const string FindActiveByKeySql =
        "SELECT id FROM jobs WHERE dedupe_key = @DedupeKey AND state IN ('enqueued', 'scheduled', 'processing', 'failed')";

    /// <summary>Enqueues in its own transaction and wakes this node's workers. Returns the job id (an existing one for a live dedupe key).</summary>
    public async Task<long> EnqueueAsync<TPayload>(string kind, TPayload payload, EnqueueOptions? enqueueOptions = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        long id;
        using (await gate.EnterAsync(cancellationToken))
        {
            id = await EnqueueAsync(connection, null, kind, payload, enqueueOptions, cancellationToken);
        }

        Wake();
        return id;
    }

    /// <summary>
    /// Enqueues inside the caller's connection and transaction, so the job exists exactly when the caller's data
    /// commits. Call <see cref="Wake"/> after the commit to start it at once; otherwise the next poll finds it.
    /// </summary>
    public Task<long> EnqueueAsync<TPayload>(DbConnection connection, DbTransaction? transaction, string kind, TPayload payload, EnqueueOptions? enqueueOptions, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        return EnqueueJsonAsync(connection, transaction, kind, JsonSerializer.Serialize(payload, JobJson.Options), enqueueOptions ?? new EnqueueOptions(), cancellationToken);
    }

    /// <summary>Enqueues a payload that is already JSON text (recurring jobs store theirs as text).</summary>
    internal async Task<long> EnqueueJsonAsync(DbConnection connection, DbTransaction? transaction, string kind, string payloadJson, EnqueueOptions enqueueOptions, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var runAfter = enqueueOptions.RunAfter?.ToUnixTimeMilliseconds() ?? now;
        var row = new
        {
            Kind = kind,
            Payload = payloadJson,
            State = (runAfter > now ? JobState.Scheduled : JobState.Enqueued).ToText(),
            MaxAttempts = enqueueOptions.MaxAttempts ?? kinds.Find(kind)?.Options.MaxAttempts ?? options.Value.DefaultMaxAttempts,
            RunAfter = runAfter,
            enqueueOptions.DedupeKey,
            Now = now,
        };
        return await InsertAsync(connection, transaction, row, enqueueOptions.DedupeKey, cancellationToken);
    }

    private async Task<long> InsertAsync(DbConnection connection, DbTransaction? transaction, object row, string? dedupeKey, CancellationToken cancellationToken)
    {
        // The existing job may finish between the failed insert and the lookup; then the insert succeeds on the next try.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var id = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(InsertSql, row, transaction, cancellationToken: cancellationToken));
            if (id is not null)
            {
                events.NotifyChanged();
                return id.Value;
            }

            var existing = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(FindActiveByKeySql, new { DedupeKey = dedupeKey }, transaction, cancellationToken: cancellationToken));
            if (existing is not null)
            {
                return existing.Value;
            }
        }

        throw new InvalidOperationException($"Could not enqueue a job with de-duplication key '{dedupeKey}'.");
    }

    /// <summary>Tells this node's workers to look for work now (after committing a transaction that enqueued).</summary>
    public void Wake() => signal.Wake();

    /// <summary>
    /// Runs a failed, dead or scheduled job now: back to Enqueued with its attempts reset (and optionally a new
    /// maximum). Previous attempts stay in the history. Returns false when the job does not exist or is not in such a state.
    /// </summary>
    public async Task<bool> RetryAsync(long id, string actor, int? newMaxAttempts = null, CancellationToken cancellationToken = default)
    {
        var changed = await UpdateStateAsync(
            "UPDATE jobs SET state = 'enqueued', attempts = 0, max_attempts = COALESCE(@NewMax, max_attempts), run_after = @Now, " +
            "updated_at = @Now, finished_at = NULL WHERE id = @Id AND state IN ('failed', 'dead', 'scheduled', 'deleted')",
            new { Id = id, NewMax = newMaxAttempts, Now = clock.GetUtcNow().ToUnixTimeMilliseconds() },
            cancellationToken);
        if (changed)
        {
            await audit.RecordAsync(actor, "job.retry", $"job:{id}", newMaxAttempts is null ? null : $"max attempts {newMaxAttempts}", cancellationToken);
            events.NotifyChanged();
            Wake();
        }

        return changed;
    }

    /// <summary>Marks a job that is not running as Deleted (kept for the history until retention removes it).</summary>
    public async Task<bool> DeleteAsync(long id, string actor, CancellationToken cancellationToken = default)
    {
        var changed = await UpdateStateAsync(
            "UPDATE jobs SET state = 'deleted', updated_at = @Now, finished_at = @Now WHERE id = @Id AND state IN ('enqueued', 'scheduled', 'failed', 'dead', 'succeeded')",
            new { Id = id, Now = clock.GetUtcNow().ToUnixTimeMilliseconds() },
            cancellationToken);
        if (changed)
        {
            await audit.RecordAsync(actor, "job.delete", $"job:{id}", null, cancellationToken);
            events.NotifyChanged();
        }

        return changed;
    }

    private async Task<bool> UpdateStateAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        try
        {
            return await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)) == 1;
        }
        catch (DbException e) when (connections.Dialect.IsUniqueViolation(e))
        {
            // Another live job holds the same de-duplication key; that one runs instead.
            return false;
        }
    }
}
