using System.ComponentModel.DataAnnotations;
using HappyButtons.Engine.Routing.Sla;

namespace HappyButtons.Engine.Intake;

/// <summary>Configuration section <c>HappyButtons:Intake</c>.</summary>
public sealed class IntakeOptions : IValidatableObject
{
    public const string Section = "HappyButtons:Intake";

    /// <summary>Federal state whose public holidays the SLA calendar skips (two letters, e.g. NW, BY).</summary>
    public string FederalState { get; set; } = "NW";

    /// <summary>Classifier confidence below which a mail is marked needs_review.</summary>
    [Range(0.0, 1.0)]
    public double ReviewThreshold { get; set; } = 0.5;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!GermanHolidays.States.Contains(FederalState))
            yield return new ValidationResult(
                $"{Section}:FederalState \"{FederalState}\" is not a German federal state code ({string.Join(", ", GermanHolidays.States)})",
                [nameof(FederalState)]);
    }
}
