using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Jobs;

/// <summary>Options under <c>HappyButtons:Jobs</c>.</summary>
public sealed class JobEngineOptions
{
    public const string Section = "HappyButtons:Jobs";

    /// <summary>Jobs this node runs at once. 0 turns the workers (and the recurring scheduler) off on this node.</summary>
    public int Workers { get; set; } = Environment.ProcessorCount;

    /// <summary>How often an idle node looks for due scheduled jobs and jobs enqueued by other processes.</summary>
    public double PollIntervalSeconds { get; set; } = 1;

    /// <summary>How long a claimed job stays held without a heartbeat; after that another node may run it.</summary>
    public double LeaseSeconds { get; set; } = 30;

    public double HeartbeatSeconds { get; set; } = 10;

    /// <summary>Jobs claimed per database round trip (at least Workers). Claimed jobs wait in a small local buffer.</summary>
    public int ClaimBatchSize { get; set; } = 16;

    /// <summary>Time running jobs get to finish at shutdown before they are released to another worker.</summary>
    public double ShutdownTimeoutSeconds { get; set; } = 15;

    public int DefaultMaxAttempts { get; set; } = 5;

    public int KeepSucceededDays { get; set; } = 7;

    /// <summary>Dead and deleted jobs are kept this long (jobs awaiting a retry are never pruned).</summary>
    public int KeepFailedDays { get; set; } = 30;

    /// <summary>Time zone for recurring schedules, an IANA id.</summary>
    public string TimeZone { get; set; } = "Europe/Berlin";

    public string RetentionCron { get; set; } = "0 30 3 * * ?";

    internal TimeSpan PollInterval => TimeSpan.FromSeconds(PollIntervalSeconds);
    internal TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);
    internal TimeSpan Heartbeat => TimeSpan.FromSeconds(HeartbeatSeconds);
    internal TimeSpan ShutdownTimeout => TimeSpan.FromSeconds(ShutdownTimeoutSeconds);
}

internal sealed class JobEngineOptionsValidator : IValidateOptions<JobEngineOptions>
{
    public ValidateOptionsResult Validate(string? name, JobEngineOptions o)
    {
        var errors = new List<string>();
        if (o.Workers is < 0 or > 256)
        {
            errors.Add($"HappyButtons:Jobs:Workers must be between 0 and 256 (was {o.Workers}).");
        }

        if (o.PollIntervalSeconds is <= 0 or > 300)
        {
            errors.Add($"HappyButtons:Jobs:PollIntervalSeconds must be above 0 and at most 300 (was {o.PollIntervalSeconds}).");
        }

        if (o.LeaseSeconds <= 0)
        {
            errors.Add($"HappyButtons:Jobs:LeaseSeconds must be above 0 (was {o.LeaseSeconds}).");
        }

        if (o.HeartbeatSeconds <= 0 || o.HeartbeatSeconds >= o.LeaseSeconds)
        {
            errors.Add($"HappyButtons:Jobs:HeartbeatSeconds must be above 0 and below LeaseSeconds ({o.LeaseSeconds}) (was {o.HeartbeatSeconds}).");
        }

        if (o.ClaimBatchSize is < 1 or > 1000)
        {
            errors.Add($"HappyButtons:Jobs:ClaimBatchSize must be between 1 and 1000 (was {o.ClaimBatchSize}).");
        }

        if (o.ShutdownTimeoutSeconds < 0)
        {
            errors.Add($"HappyButtons:Jobs:ShutdownTimeoutSeconds must not be negative (was {o.ShutdownTimeoutSeconds}).");
        }

        if (o.DefaultMaxAttempts < 1)
        {
            errors.Add($"HappyButtons:Jobs:DefaultMaxAttempts must be at least 1 (was {o.DefaultMaxAttempts}).");
        }

        if (o.KeepSucceededDays < 0 || o.KeepFailedDays < 0)
        {
            errors.Add("HappyButtons:Jobs:KeepSucceededDays and KeepFailedDays must not be negative.");
        }

        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(o.TimeZone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            errors.Add($"HappyButtons:Jobs:TimeZone '{o.TimeZone}' is not a known time zone id (e.g. Europe/Berlin).");
        }

        if (!CronSchedule.TryParse(o.RetentionCron, TimeZoneInfo.Utc, out _, out var cronError))
        {
            errors.Add($"HappyButtons:Jobs:RetentionCron: {cronError}");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
