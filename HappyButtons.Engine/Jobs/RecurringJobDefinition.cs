namespace HappyButtons.Engine.Jobs;

/// <summary>A recurring job declared in code with <c>AddRecurringJob</c>; upserted into <c>recurring_jobs</c> at start.</summary>
/// <param name="PayloadJson">The payload every run gets, as JSON.</param>
/// <param name="TimeZoneId">Null uses <see cref="JobEngineOptions.TimeZone"/> (Europe/Berlin).</param>
public sealed record RecurringJobDefinition(string Name, string Kind, string Cron, string PayloadJson, string? TimeZoneId = null);

/// <summary>One recurring job as stored, with the state of its last run.</summary>
public sealed record RecurringJobInfo(
    string Name, string Kind, string Cron, string DefaultCron, string TimeZone, bool Enabled, bool Edited,
    DateTimeOffset? NextRun, DateTimeOffset? LastRun, long? LastJobId, JobState? LastOutcome, string Description);

/// <summary>Result of editing a recurring job's schedule.</summary>
public enum RecurringJobUpdate
{
    Updated,
    NotFound,
    InvalidCron,
}
