namespace HappyButtons.Engine.Intake.Enrichment.Fraud;

/// <summary>One reason a mail looks risky; <see cref="Weight"/> points add up to the risk score.</summary>
public sealed record RiskSignal(string Code, int Weight, string Explanation);
