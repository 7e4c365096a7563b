using System.Data.Common;
using Dapper;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Jobs;

/// <summary>
/// Recurring schedules: synchronised from code at start, editable by a person (cron, enabled), and turned into
/// jobs by <see cref="EnqueueDueAsync"/>. Each due occurrence is claimed with a compare-and-swap on next_run,
/// so with several nodes exactly one of them enqueues it; missed occurrences (downtime) collapse into one run.
/// </summary>
public sealed class RecurringJobs(
    IDbConnectionFactory connections,
    IEnumerable<RecurringJobDefinition> definitions,
    JobQueue queue,
    JobEventPublisher events,
    AuditLog audit,
    TimeProvider clock,
    IOptions<JobEngineOptions> options,
    ILogger<RecurringJobs> logger)
{
    private sealed record Row(string Name, string Kind, string Payload, string Cron, string TimeZone, long Enabled, long? NextRun);

    public TimeZoneInfo DefaultTimeZone => TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    /// <summary>Inserts new definitions and refreshes kind, payload and default cron of known ones; a person's edits to cron and enabled stay.</summary>
    public async Task SynchroniseDefinitionsAsync(CancellationToken cancellationToken)
    {
        if (definitions.GroupBy(d => d.Name).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new InvalidOperationException($"Recurring job '{duplicate.Key}' is registered {duplicate.Count()} times; names must be unique.");
        }

        var now = clock.GetUtcNow();
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var definition in definitions)
        {
            var zone = definition.TimeZoneId ?? options.Value.TimeZone;
            var existing = await connection.QuerySingleOrDefaultAsync<(string Cron, long Edited, long? NextRun)?>(new CommandDefinition(
                "SELECT cron, edited, next_run FROM recurring_jobs WHERE name = @Name", new { definition.Name }, transaction, cancellationToken: cancellationToken));
            var cron = existing is { Edited: 1 } ? existing.Value.Cron : definition.Cron;
            var schedule = CronSchedule.Parse(cron, TimeZoneInfo.FindSystemTimeZoneById(zone));
            var nextRun = existing?.Cron == cron && existing.Value.NextRun is not null
                ? existing.Value.NextRun
                : schedule.NextAfter(now)?.ToUnixTimeMilliseconds();
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO recurring_jobs (name, kind, payload, cron, default_cron, time_zone, enabled, edited, next_run, created_at, updated_at) " +
                "VALUES (@Name, @Kind, @Payload, @Cron, @DefaultCron, @Zone, 1, 0, @NextRun, @Now, @Now) " +
                "ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, payload = excluded.payload, cron = @Cron, " +
                "default_cron = excluded.default_cron, time_zone = excluded.time_zone, next_run = @NextRun, updated_at = excluded.updated_at",
                new { definition.Name, definition.Kind, Payload = definition.PayloadJson, Cron = cron, DefaultCron = definition.Cron, Zone = zone, NextRun = nextRun, Now = now.ToUnixTimeMilliseconds() },
                transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Enqueues one job for every enabled schedule that is due. Returns how many this node enqueued.</summary>
    public async Task<int> EnqueueDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await connections.OpenAsync(cancellationToken);
        var due = (await connection.QueryAsync<Row>(new CommandDefinition(
            "SELECT name, kind, payload, cron, time_zone AS TimeZone, enabled, next_run AS NextRun FROM recurring_jobs " +
            "WHERE enabled = 1 AND next_run IS NOT NULL AND next_run <= @Now",
            new { Now = now.ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken))).ToList();
        var enqueued = 0;
        foreach (var row in due)
        {
            if (await EnqueueOccurrenceAsync(connection, row, now, cancellationToken))
            {
                enqueued++;
            }
        }

        return enqueued;
    }

    private async Task<bool> EnqueueOccurrenceAsync(DbConnection connection, Row row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!CronSchedule.TryParse(row.Cron, TimeZoneInfo.FindSystemTimeZoneById(row.TimeZone), out var schedule, out var error))
        {
            logger.LogError("Recurring job {Name} has an invalid cron expression and is skipped: {Error}", row.Name, error);
            return false;
        }

        // Computed from now, not from the missed occurrence: after downtime the schedule resumes with one run.
        var next = schedule.NextAfter(now)?.ToUnixTimeMilliseconds();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var claimed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE recurring_jobs SET next_run = @Next, last_run = @Now, updated_at = @Now WHERE name = @Name AND next_run = @Expected AND enabled = 1",
            new { Next = next, Now = now.ToUnixTimeMilliseconds(), row.Name, Expected = row.NextRun }, transaction, cancellationToken: cancellationToken));
        if (claimed == 0)
        {
            return false;
        }

        // A schedule never piles up runs: while its previous run still waits or runs, this occurrence is skipped.
        var previousState = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT j.state FROM recurring_jobs r JOIN jobs j ON j.id = r.last_job_id WHERE r.name = @Name",
            new { row.Name }, transaction, cancellationToken: cancellationToken));
        if (previousState is not null && JobStates.Parse(previousState).IsActive())
        {
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Recurring job {Name} skipped an occurrence because its previous run is still {State}", row.Name, previousState);
            return false;
        }

        var jobId = await queue.EnqueueJsonAsync(connection, transaction, row.Kind, row.Payload,
            new EnqueueOptions { DedupeKey = $"recurring:{row.Name}:{row.NextRun}" }, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE recurring_jobs SET last_job_id = @JobId WHERE name = @Name", new { JobId = jobId, row.Name }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The earliest next run of any enabled schedule, so the scheduler can sleep until then.</summary>
    public async Task<DateTimeOffset?> NextRunAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var next = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT MIN(next_run) FROM recurring_jobs WHERE enabled = 1", cancellationToken: cancellationToken));
        return next is null ? null : DateTimeOffset.FromUnixTimeMilliseconds(next.Value);
    }

    /// <summary>Enqueues one run now, outside the schedule. Returns the job id, or null when there is no such recurring job.</summary>
    public async Task<long?> TriggerAsync(string name, string actor, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string Kind, string Payload)?>(new CommandDefinition(
            "SELECT kind, payload FROM recurring_jobs WHERE name = @Name", new { Name = name }, transaction, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var jobId = await queue.EnqueueJsonAsync(connection, transaction, row.Value.Kind, row.Value.Payload, new EnqueueOptions(), cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE recurring_jobs SET last_run = @Now, last_job_id = @JobId, updated_at = @Now WHERE name = @Name",
            new { Now = now, JobId = jobId, Name = name }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        queue.Wake();
        await audit.RecordAsync(actor, "recurring.trigger", $"recurring:{name}", $"job {jobId}", cancellationToken);
        events.NotifyChanged();
        return jobId;
    }

    /// <summary>Changes the cron expression and/or the enabled flag; an invalid cron is rejected with a message in <paramref name="error"/>.</summary>
    public async Task<(RecurringJobUpdate Result, string? Error)> UpdateAsync(string name, string? cron, bool? enabled, string actor, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string Cron, string TimeZone, long Enabled)?>(new CommandDefinition(
            "SELECT cron, time_zone, enabled FROM recurring_jobs WHERE name = @Name", new { Name = name }, transaction, cancellationToken: cancellationToken));
        if (row is null)
        {
            return (RecurringJobUpdate.NotFound, $"There is no recurring job named '{name}'.");
        }

        var newCron = string.IsNullOrWhiteSpace(cron) ? row.Value.Cron : cron.Trim();
        if (!CronSchedule.TryParse(newCron, TimeZoneInfo.FindSystemTimeZoneById(row.Value.TimeZone), out var schedule, out var error))
        {
            return (RecurringJobUpdate.InvalidCron, error);
        }

        var now = clock.GetUtcNow();
        var isEnabled = enabled ?? row.Value.Enabled == 1;
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE recurring_jobs SET cron = @Cron, enabled = @Enabled, edited = CASE WHEN @Cron = default_cron THEN 0 ELSE 1 END, " +
            "next_run = @Next, updated_at = @Now WHERE name = @Name",
            new { Cron = newCron, Enabled = isEnabled ? 1 : 0, Next = schedule.NextAfter(now)?.ToUnixTimeMilliseconds(), Now = now.ToUnixTimeMilliseconds(), Name = name },
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(actor, "recurring.update", $"recurring:{name}", $"cron '{row.Value.Cron}' -> '{newCron}', enabled {row.Value.Enabled == 1} -> {isEnabled}", cancellationToken);
        events.NotifyChanged();
        return (RecurringJobUpdate.Updated, null);
    }
}
