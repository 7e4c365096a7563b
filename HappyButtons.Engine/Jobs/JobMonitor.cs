using Dapper;
using HappyButtons.Engine.Storage;

namespace HappyButtons.Engine.Jobs;

public sealed record JobSummary(
    long Id, string Kind, JobState State, int Attempts, int MaxAttempts, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    DateTimeOffset RunAfter, DateTimeOffset? FinishedAt, string? Worker, string? LastError);

public sealed record JobAttempt(int Number, string Worker, DateTimeOffset StartedAt, long? DurationMs, string Outcome, string? Error);

public sealed record JobDetail(JobSummary Job, string Payload, string? DedupeKey, DateTimeOffset? LeaseUntil, IReadOnlyList<JobAttempt> Attempts);

public sealed record JobFilter(JobState? State = null, string? Kind = null, DateTimeOffset? From = null, DateTimeOffset? To = null, int Page = 1, int PageSize = 50);

public sealed record JobPage(IReadOnlyList<JobSummary> Items, int Page, int PageSize, long Total)
{
    public int PageCount => (int)Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Read-only views of the queue for the jobs pages and the API.</summary>
public sealed class JobMonitor(IDbConnectionFactory connections, TimeProvider clock)
{
    private const string SummaryColumns =
        "id, kind, state, attempts, max_attempts AS MaxAttempts, created_at AS CreatedAt, updated_at AS UpdatedAt, run_after AS RunAfter, " +
        "finished_at AS FinishedAt, worker, last_error AS LastError";

    private sealed record SummaryRow(long Id, string Kind, string State, long Attempts, long MaxAttempts, long CreatedAt, long UpdatedAt, long RunAfter, long? FinishedAt, string? Worker, string? LastError)
    {
        public JobSummary ToSummary() => new(Id, Kind, JobStates.Parse(State), (int)Attempts, (int)MaxAttempts, At(CreatedAt), At(UpdatedAt), At(RunAfter),
            FinishedAt is null ? null : At(FinishedAt.Value), Worker, LastError);
    }

    /// <summary>Number of jobs in every state (zero included), in <see cref="JobStates.All"/> order.</summary>
    public async Task<IReadOnlyDictionary<JobState, long>> CountsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string State, long Count)>(new CommandDefinition(
            "SELECT state, COUNT(*) FROM jobs GROUP BY state", cancellationToken: cancellationToken));
        var counts = JobStates.All.ToDictionary(s => s, _ => 0L);
        foreach (var (state, count) in rows)
        {
            if (JobStates.TryParse(state, out var parsed))
            {
                counts[parsed] = count;
            }
        }

        return counts;
    }

    public async Task<JobPage> ListAsync(JobFilter filter, CancellationToken cancellationToken)
    {
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, 500);
        // Only the conditions given, so SQLite can use the state, kind or created_at index instead of scanning.
        var conditions = new List<string>();
        if (filter.State is not null)
        {
            conditions.Add("state = @State");
        }

        if (!string.IsNullOrWhiteSpace(filter.Kind))
        {
            conditions.Add("kind = @Kind");
        }

        if (filter.From is not null)
        {
            conditions.Add("created_at >= @From");
        }

        if (filter.To is not null)
        {
            conditions.Add("created_at < @To");
        }

        var where = conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
        var parameters = new
        {
            State = filter.State?.ToText(),
            Kind = string.IsNullOrWhiteSpace(filter.Kind) ? null : filter.Kind,
            From = filter.From?.ToUnixTimeMilliseconds(),
            To = filter.To?.ToUnixTimeMilliseconds(),
            Limit = size,
            Offset = (page - 1) * size,
        };
        await using var connection = await connections.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) FROM jobs {where}", parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<SummaryRow>(new CommandDefinition(
            $"SELECT {SummaryColumns} FROM jobs {where} ORDER BY id DESC LIMIT @Limit OFFSET @Offset", parameters, cancellationToken: cancellationToken));
        return new JobPage(rows.Select(r => r.ToSummary()).ToList(), page, size, total);
    }

    public async Task<JobDetail?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<SummaryRow>(new CommandDefinition(
            $"SELECT {SummaryColumns} FROM jobs WHERE id = @Id", new { Id = id }, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var extra = await connection.QuerySingleAsync<(string Payload, string? DedupeKey, long? LeaseUntil)>(new CommandDefinition(
            "SELECT payload, dedupe_key, lease_until FROM jobs WHERE id = @Id", new { Id = id }, cancellationToken: cancellationToken));
        var attempts = await connection.QueryAsync<(long Number, string Worker, long StartedAt, long? DurationMs, string Outcome, string? Error)>(new CommandDefinition(
            "SELECT number, worker, started_at, duration_ms, outcome, error FROM job_attempts WHERE job_id = @Id ORDER BY id",
            new { Id = id }, cancellationToken: cancellationToken));
        return new JobDetail(row.ToSummary(), extra.Payload, extra.DedupeKey, extra.LeaseUntil is null ? null : At(extra.LeaseUntil.Value),
            attempts.Select(a => new JobAttempt((int)a.Number, a.Worker, At(a.StartedAt), a.DurationMs, a.Outcome, a.Error)).ToList());
    }

    /// <summary>Every job kind seen in the queue, for filter lists.</summary>
    public async Task<IReadOnlyList<string>> KindsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT kind FROM jobs ORDER BY kind", cancellationToken: cancellationToken))).ToList();
    }

    public async Task<IReadOnlyList<RecurringJobInfo>> RecurringAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Name, string Kind, string Cron, string DefaultCron, string TimeZone, long Enabled, long Edited, long? NextRun, long? LastRun, long? LastJobId, string? LastState)>(
            new CommandDefinition(
                "SELECT r.name, r.kind, r.cron, r.default_cron, r.time_zone, r.enabled, r.edited, r.next_run, r.last_run, r.last_job_id, j.state " +
                "FROM recurring_jobs r LEFT JOIN jobs j ON j.id = r.last_job_id ORDER BY r.name",
                cancellationToken: cancellationToken));
        return rows.Select(r => new RecurringJobInfo(
            r.Name, r.Kind, r.Cron, r.DefaultCron, r.TimeZone, r.Enabled == 1, r.Edited == 1,
            r.NextRun is null ? null : At(r.NextRun.Value), r.LastRun is null ? null : At(r.LastRun.Value), r.LastJobId,
            r.LastState is null ? null : JobStates.Parse(r.LastState), CronDescriber.Describe(r.Cron))).ToList();
    }

    /// <summary>The current time as the engine sees it, for pages that show relative times.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    private static DateTimeOffset At(long unixMilliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds);
}
