using System.Text.Json;
using HappyButtons.Engine.Jobs;
using HappyButtons.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HappyButtons.Web.Api;

public sealed record JobResponse(
    long Id, string Kind, string State, int Attempts, int MaxAttempts, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    DateTimeOffset RunAfter, DateTimeOffset? FinishedAt, string? Worker, string? LastError);

public sealed record JobAttemptResponse(int Number, string Worker, DateTimeOffset StartedAt, long? DurationMs, string Outcome, string? Error);

public sealed record JobDetailResponse(JobResponse Job, JsonElement? Payload, string? DedupeKey, DateTimeOffset? LeaseUntil, IReadOnlyList<JobAttemptResponse> Attempts);

public sealed record JobListResponse(IReadOnlyList<JobResponse> Items, int Page, int PageSize, long Total, IReadOnlyDictionary<string, long> Counts);

public sealed record RecurringJobResponse(
    string Name, string Kind, string Cron, string Description, string TimeZone, bool Enabled,
    DateTimeOffset? NextRun, DateTimeOffset? LastRun, long? LastJobId, string? LastOutcome);

public sealed record TriggeredResponse(string Name, long JobId);

/// <summary>
/// The job queue for operators and scripts (API key): <c>GET /api/jobs?state=&amp;kind=&amp;from=&amp;to=&amp;page=</c> (created
/// between from and to, ISO 8601), job detail with attempts, retry, recurring jobs and trigger-now. States are lower-case.
/// </summary>
public static class JobsApi
{
    private const int PageSize = 50;

    public static IEndpointRouteBuilder MapJobsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/jobs").RequireAuthorization(Policies.Api).WithTags("Jobs");
        api.MapGet("/", ListAsync);
        api.MapGet("/{id:long}", GetAsync);
        api.MapPost("/{id:long}/retry", RetryAsync);
        api.MapGet("/recurring", ListRecurringAsync);
        api.MapPost("/recurring/{name}/trigger", TriggerAsync);
        return app;
    }

    internal static async Task<Results<Ok<JobListResponse>, ValidationProblem>> ListAsync(
        JobMonitor monitor, string? state, string? kind, DateTimeOffset? from, DateTimeOffset? to, int? page, CancellationToken cancellationToken)
    {
        JobState? parsed = null;
        if (!string.IsNullOrWhiteSpace(state))
        {
            if (!JobStates.TryParse(state, out var value))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["state"] = [$"'{state}' is not a job state; use one of {string.Join(", ", JobStates.All.Select(s => s.ToText()))}."],
                });
            }

            parsed = value;
        }

        var list = await monitor.ListAsync(new JobFilter(parsed, kind, from, to, page ?? 1, PageSize), cancellationToken);
        var counts = await monitor.CountsAsync(cancellationToken);
        return TypedResults.Ok(new JobListResponse(list.Items.Select(ToResponse).ToList(), list.Page, list.PageSize, list.Total,
            counts.ToDictionary(c => c.Key.ToText(), c => c.Value)));
    }

    internal static async Task<Results<Ok<JobDetailResponse>, NotFound>> GetAsync(long id, JobMonitor monitor, CancellationToken cancellationToken)
    {
        var detail = await monitor.GetAsync(id, cancellationToken);
        return detail is null ? TypedResults.NotFound() : TypedResults.Ok(ToResponse(detail));
    }

    internal static async Task<Results<Ok<JobDetailResponse>, NotFound, Conflict<string>>> RetryAsync(
        long id, JobQueue queue, JobMonitor monitor, HttpContext context, CancellationToken cancellationToken)
    {
        var before = await monitor.GetAsync(id, cancellationToken);
        if (before is null)
        {
            return TypedResults.NotFound();
        }

        if (!await queue.RetryAsync(id, Actor(context), cancellationToken: cancellationToken))
        {
            return TypedResults.Conflict($"Job {id} is {before.Job.State.ToText()}; only failed, dead, scheduled or deleted jobs can be retried.");
        }

        return TypedResults.Ok(ToResponse((await monitor.GetAsync(id, cancellationToken))!));
    }

    internal static async Task<Ok<IReadOnlyList<RecurringJobResponse>>> ListRecurringAsync(JobMonitor monitor, CancellationToken cancellationToken)
    {
        var recurring = await monitor.RecurringAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<RecurringJobResponse>>(recurring.Select(r => new RecurringJobResponse(
            r.Name, r.Kind, r.Cron, r.Description, r.TimeZone, r.Enabled, r.NextRun, r.LastRun, r.LastJobId, r.LastOutcome?.ToText())).ToList());
    }

    internal static async Task<Results<Ok<TriggeredResponse>, NotFound>> TriggerAsync(
        string name, RecurringJobs recurring, HttpContext context, CancellationToken cancellationToken)
    {
        var jobId = await recurring.TriggerAsync(name, Actor(context), cancellationToken);
        return jobId is null ? TypedResults.NotFound() : TypedResults.Ok(new TriggeredResponse(name, jobId.Value));
    }

    private static string Actor(HttpContext context) => context.User.Identity?.Name is { Length: > 0 } name ? name : "api";

    private static JobResponse ToResponse(JobSummary j) =>
        new(j.Id, j.Kind, j.State.ToText(), j.Attempts, j.MaxAttempts, j.CreatedAt, j.UpdatedAt, j.RunAfter, j.FinishedAt, j.Worker, j.LastError);

    private static JobDetailResponse ToResponse(JobDetail d) =>
        new(ToResponse(d.Job), ParsePayload(d.Payload), d.DedupeKey, d.LeaseUntil,
            d.Attempts.Select(a => new JobAttemptResponse(a.Number, a.Worker, a.StartedAt, a.DurationMs, a.Outcome, a.Error)).ToList());

    private static JsonElement? ParsePayload(string payload)
    {
        try
        {
            return JsonDocument.Parse(payload).RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(payload);
        }
    }
}
