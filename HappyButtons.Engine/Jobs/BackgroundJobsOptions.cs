using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Jobs;

/// <summary>Options under <c>HappyButtons:Jobs</c> for the Hangfire server in this process.</summary>
public sealed class BackgroundJobsOptions
{
    public const string Section = "HappyButtons:Jobs";

    /// <summary>Jobs this node runs at once. 0 runs no Hangfire server on this node (jobs are still enqueued).</summary>
    public int Workers { get; set; } = Environment.ProcessorCount;

    /// <summary>How often an idle server looks for enqueued jobs and for due scheduled jobs and retries.</summary>
    public double PollIntervalSeconds { get; set; } = 1;

    /// <summary>Succeeded jobs stay in the history this long.</summary>
    public int KeepSucceededDays { get; set; } = 7;

    /// <summary>Failed jobs (out of retries) stay in the history this long, then the retention job deletes them.</summary>
    public int KeepFailedDays { get; set; } = 30;

    /// <summary>Time zone of the recurring schedules, an IANA id.</summary>
    public string TimeZone { get; set; } = "Europe/Berlin";

    /// <summary>Time running jobs get to finish at shutdown; what does not finish runs again on the next start.</summary>
    public double ShutdownTimeoutSeconds { get; set; } = 15;

    /// <summary>
    /// The Hangfire queues this node's server takes jobs from, in order. Capabilities add theirs where this node has them
    /// (the mailbox sweep's <c>mailboxes</c> only on nodes that read mail), so a job runs only where it can do its work.
    /// </summary>
    public List<string> Queues { get; } = [DefaultQueue];

    public const string DefaultQueue = "default";

    internal TimeSpan PollInterval => TimeSpan.FromSeconds(PollIntervalSeconds);

    internal TimeZoneInfo TimeZoneInfo => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}

internal sealed class BackgroundJobsOptionsValidator : IValidateOptions<BackgroundJobsOptions>
{
    public ValidateOptionsResult Validate(string? name, BackgroundJobsOptions o)
    {
        var errors = new List<string>();
        if (o.Workers is < 0 or > 256)
        {
            errors.Add($"HappyButtons:Jobs:Workers must be between 0 and 256 (was {o.Workers}).");
        }

        if (o.PollIntervalSeconds is < 0.1 or > 300)
        {
            errors.Add($"HappyButtons:Jobs:PollIntervalSeconds must be between 0.1 and 300 (was {o.PollIntervalSeconds}).");
        }

        if (o.KeepSucceededDays is < 1 or > 3650)
        {
            errors.Add($"HappyButtons:Jobs:KeepSucceededDays must be between 1 and 3650 (was {o.KeepSucceededDays}).");
        }

        if (o.KeepFailedDays is < 1 or > 3650)
        {
            errors.Add($"HappyButtons:Jobs:KeepFailedDays must be between 1 and 3650 (was {o.KeepFailedDays}).");
        }

        if (o.ShutdownTimeoutSeconds is < 0 or > 600)
        {
            errors.Add($"HappyButtons:Jobs:ShutdownTimeoutSeconds must be between 0 and 600 (was {o.ShutdownTimeoutSeconds}).");
        }

        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(o.TimeZone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            errors.Add($"HappyButtons:Jobs:TimeZone '{o.TimeZone}' is not a known time zone (use an IANA id such as Europe/Berlin).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
