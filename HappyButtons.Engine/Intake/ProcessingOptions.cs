using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Intake;

/// <summary>Configuration section <c>HappyButtons:Pipeline</c>: processing at ingest and the workers that process received mail on this node.</summary>
public sealed class ProcessingOptions
{
    public const string Section = "HappyButtons:Pipeline";

    /// <summary>Groups of mail processed at once on this node; 0 processes none here (another node does).</summary>
    public int Workers { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Processes each mail as it is ingested and writes it once, processed (docs/jobs.md); false records every mail
    /// <c>received</c> for the workers — a node that only ingests, or a test that drives the queue by hand.
    /// </summary>
    public bool ProcessAtIngest { get; set; } = true;

    /// <summary>How often an idle worker looks for mail that another node ingested or whose retry is due.</summary>
    public double PollIntervalSeconds { get; set; } = 1;

    /// <summary>Names this node in claims; a restarted node releases the claims its previous run left behind.</summary>
    public string NodeName { get; set; } = Environment.MachineName;

    internal TimeSpan PollInterval => TimeSpan.FromSeconds(PollIntervalSeconds);
}

internal sealed class ProcessingOptionsValidator : IValidateOptions<ProcessingOptions>
{
    public ValidateOptionsResult Validate(string? name, ProcessingOptions o)
    {
        var errors = new List<string>();
        if (o.Workers is < 0 or > 64)
        {
            errors.Add($"HappyButtons:Pipeline:Workers must be between 0 and 64 (was {o.Workers}).");
        }

        if (o.PollIntervalSeconds is < 0.05 or > 300)
        {
            errors.Add($"HappyButtons:Pipeline:PollIntervalSeconds must be between 0.05 and 300 (was {o.PollIntervalSeconds}).");
        }

        if (string.IsNullOrWhiteSpace(o.NodeName) || o.NodeName.Contains(':', StringComparison.Ordinal))
        {
            errors.Add("HappyButtons:Pipeline:NodeName must not be empty and must not contain ':'.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
