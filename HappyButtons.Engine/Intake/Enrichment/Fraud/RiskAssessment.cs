namespace HappyButtons.Engine.Intake.Enrichment.Fraud;

/// <summary>Risk score 0-100 (sum of signal weights, capped) and the signals behind it.</summary>
public sealed record RiskAssessment(int Score, IReadOnlyList<RiskSignal> Signals)
{
    public static RiskAssessment None { get; } = new(0, []);
    public bool Has(string code) => Signals.Any(s => s.Code == code);
}
