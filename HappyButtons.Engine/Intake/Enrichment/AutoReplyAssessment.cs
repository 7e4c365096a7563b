namespace HappyButtons.Engine.Intake.Enrichment;

/// <summary>Whether no person wrote this mail: an auto-reply, a bounce or bulk/list mail.</summary>
public sealed record AutoReplyAssessment(bool IsAutoReply, bool IsBounce, IReadOnlyList<string> Reasons)
{
    public bool IsAutomated => IsAutoReply || IsBounce;
}
