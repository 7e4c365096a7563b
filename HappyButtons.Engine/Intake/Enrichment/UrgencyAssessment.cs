namespace HappyButtons.Engine.Intake.Enrichment;

/// <summary>How urgent the mail is and every reason that raised or lowered it.</summary>
public sealed record UrgencyAssessment(Urgency Level, IReadOnlyList<string> Reasons);
