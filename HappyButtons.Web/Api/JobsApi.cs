using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;
using HappyButtons.Engine.Jobs;
using HappyButtons.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HappyButtons.Web.Api;

public sealed record JobResponse(string Id, string Name, string State, DateTimeOffset? At, string? Reason);

public sealed record JobStateResponse(string State, DateTimeOffset At, string? Reason, IReadOnlyDictionary<string, string> Data);

public sealed record JobDetailResponse(string Id, string Name, string? Method, IReadOnlyList<string> Arguments, DateTimeOffset? CreatedAt,
    string State, IReadOnlyList<JobStateResponse> History);

public sealed record JobListResponse(IReadOnlyList<JobResponse> Items, int Page, int PageSize, long Total, IReadOnlyDictionary<string, long> Counts);

public sealed record RecurringJobResponse(string Id, string Name, string Cron, string TimeZone, DateTimeOffset? NextRun, DateTimeOffset? LastRun,
    string? LastJobId, string? LastJobState, string? Error);

public sealed record TriggeredResponse(string Id, string JobId);

/// <summary>
/// The job history for operators and scripts (API key), over Hangfire's monitoring API: <c>GET /api/jobs?state=&amp;page=</c>
/// (state: enqueued, scheduled, processing, succeeded, failed, deleted; without it the newest jobs of every state), job
/// detail with its state history (a failure's exception included), retry, recurring jobs and trigger-now.
/// </summary>
public static class JobsApi
{
    private const int PageSize = 50;

    /// <summary>Jobs read per state when no state is given; the list is for a quick look, the dashboard has the full history.</summary>
    private const int NewestPerState = 200;

    private static readonly string[] States = ["enqueued", "scheduled", "processing", "succeeded", "failed", "deleted"];

    public static IEndpointRouteBuilder MapJobsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/jobs").RequireAuthorization(Policies.Api).WithTags("Jobs");
        api.MapGet("/", List);
        api.MapGet("/{id}", Get);
        api.MapPost("/{id}/retry", Retry);
        api.MapGet("/recurring", ListRecurring);
        api.MapPost("/recurring/{id}/trigger", Trigger);
        return app;
    }

    internal static Results<Ok<JobListResponse>, ValidationProblem> List(JobStorage storage, string? state, int? page)
    {
        var monitoring = storage.GetMonitoringApi();
        var statistics = monitoring.GetStatistics();
        var counts = new Dictionary<string, long>
        {
            ["enqueued"] = statistics.Enqueued, ["scheduled"] = statistics.Scheduled, ["processing"] = statistics.Processing,
            ["succeeded"] = statistics.Succeeded, ["failed"] = statistics.Failed, ["deleted"] = statistics.Deleted,
        };
        var number = Math.Max(page ?? 1, 1);
        if (string.IsNullOrWhiteSpace(state))
        {
            var newest = States.SelectMany(s => Read(monitoring, s, 0, NewestPerState)).OrderByDescending(j => j.At).ToList();
            return TypedResults.Ok(new JobListResponse(newest.Skip((number - 1) * PageSize).Take(PageSize).ToList(), number, PageSize, newest.Count, counts));
        }

        var wanted = state.Trim().ToLowerInvariant();
        if (!States.Contains(wanted))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["state"] = [$"'{state}' is not a job state; use one of {string.Join(", ", States)}."],
            });
        }

        var items = Read(monitoring, wanted, (number - 1) * PageSize, PageSize);
        return TypedResults.Ok(new JobListResponse(items, number, PageSize, counts[wanted], counts));
    }

    internal static Results<Ok<JobDetailResponse>, NotFound> Get(string id, JobStorage storage) =>
        Detail(storage, id) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    internal static Results<Ok<JobDetailResponse>, NotFound, Conflict<string>> Retry(string id, JobStorage storage, IBackgroundJobClient client)
    {
        if (Detail(storage, id) is not { } before)
        {
            return TypedResults.NotFound();
        }

        if (before.State is not ("Failed" or "Deleted" or "Succeeded" or "Scheduled"))
        {
            return TypedResults.Conflict($"Job {id} is {before.State.ToLowerInvariant()}; only failed, deleted, succeeded or scheduled jobs can be run again.");
        }

        client.ChangeState(id, new EnqueuedState { Reason = "Retried through the API" }, before.State);
        return TypedResults.Ok(Detail(storage, id)!);
    }

    internal static Ok<IReadOnlyList<RecurringJobResponse>> ListRecurring(JobStorage storage)
    {
        using var connection = storage.GetConnection();
        return TypedResults.Ok<IReadOnlyList<RecurringJobResponse>>(connection.GetRecurringJobs().OrderBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => new RecurringJobResponse(r.Id, JobNames.Describe(r.Job), r.Cron, r.TimeZoneId ?? "UTC", Utc(r.NextExecution), Utc(r.LastExecution),
                r.LastJobId, r.LastJobState, r.Error))
            .ToList());
    }

    internal static Results<Ok<TriggeredResponse>, NotFound> Trigger(string id, JobStorage storage, IRecurringJobManagerV2 manager)
    {
        using (var connection = storage.GetConnection())
        {
            if (connection.GetRecurringJobs([id]).FirstOrDefault() is not { Removed: false })
            {
                return TypedResults.NotFound();
            }
        }

        return manager.TriggerJob(id) is { } jobId ? TypedResults.Ok(new TriggeredResponse(id, jobId)) : TypedResults.NotFound();
    }

    private static List<JobResponse> Read(IMonitoringApi monitoring, string state, int from, int count) => state switch
    {
        "enqueued" => monitoring.Queues().SelectMany(q => monitoring.EnqueuedJobs(q.Name, from, count))
            .Select(j => new JobResponse(j.Key, JobNames.Describe(j.Value.Job), "enqueued", Utc(j.Value.EnqueuedAt), null)).ToList(),
        "scheduled" => monitoring.ScheduledJobs(from, count)
            .Select(j => new JobResponse(j.Key, JobNames.Describe(j.Value.Job), "scheduled", Utc(j.Value.EnqueueAt), null)).ToList(),
        "processing" => monitoring.ProcessingJobs(from, count)
            .Select(j => new JobResponse(j.Key, JobNames.Describe(j.Value.Job), "processing", Utc(j.Value.StartedAt), null)).ToList(),
        "succeeded" => monitoring.SucceededJobs(from, count)
            .Select(j => new JobResponse(j.Key, JobNames.Describe(j.Value.Job), "succeeded", Utc(j.Value.SucceededAt), null)).ToList(),
        "failed" => monitoring.FailedJobs(from, count)
            .Select(j => new JobResponse(j.Key, JobNames.Describe(j.Value.Job), "failed", Utc(j.Value.FailedAt), j.Value.ExceptionMessage)).ToList(),
        "deleted" => monitoring.DeletedJobs(from, count)
            .Select(j => new JobResponse(j.Key, JobNames.Describe(j.Value.Job), "deleted", Utc(j.Value.DeletedAt), null)).ToList(),
        _ => [],
    };

    private static JobDetailResponse? Detail(JobStorage storage, string id)
    {
        if (storage.GetMonitoringApi().JobDetails(id) is not { } details)
        {
            return null;
        }

        var history = details.History.OrderByDescending(h => h.CreatedAt)
            .Select(h => new JobStateResponse(h.StateName, Utc(h.CreatedAt)!.Value, h.Reason, (IReadOnlyDictionary<string, string>)h.Data))
            .ToList();
        return new JobDetailResponse(id, JobNames.Describe(details.Job), details.Job is { } job ? JobMetrics.KindOf(job) : null,
            details.Job?.Args.Select(a => a?.ToString() ?? "null").ToList() ?? [], Utc(details.CreatedAt), history.FirstOrDefault()?.State ?? "Unknown", history);
    }

    private static DateTimeOffset? Utc(DateTime? value) => value is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null;
}
