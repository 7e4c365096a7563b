using HappyButtons.Engine.Intake.Enrichment.Fraud;

namespace HappyButtons.Engine.Intake.Enrichment;

/// <summary>Everything the intake learned about a mail before classification.</summary>
public sealed record MessageEnrichment(
    CustomerMatch Customer,
    OemAssessment Oem,
    LanguageGuess Language,
    UrgencyAssessment Urgency,
    AutoReplyAssessment AutoReply,
    RiskAssessment Risk)
{
    public bool IsOem => Oem.IsOem;
}
