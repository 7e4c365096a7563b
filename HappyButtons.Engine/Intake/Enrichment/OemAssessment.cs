namespace HappyButtons.Engine.Intake.Enrichment;

/// <summary>Whether the mail concerns an OEM account, with the reasons a clerk can check.</summary>
public sealed record OemAssessment(bool IsOem, IReadOnlyList<string> Reasons, OemReferences References);
