namespace HappyButtons.Engine.Routing;

/// <summary>
/// What a matching rule does. Single-valued actions (department, urgency, SLA, automation) are
/// taken from the first matching rule that sets them; tags, escalations and flags accumulate.
/// </summary>
public sealed record RuleActions
{
    /// <summary>Department API name: info, sales, support or finance.</summary>
    public string? Department { get; init; }
    /// <summary>Overrides the assessed urgency.</summary>
    public string? SetUrgency { get; init; }
    /// <summary>Raises the assessed urgency to at least this level (never lowers it).</summary>
    public string? RaiseUrgencyTo { get; init; }
    /// <summary>Name of an SLA policy, e.g. "standard", "oem-1h".</summary>
    public string? SlaPolicy { get; init; }
    public AutomationPolicy? Automation { get; init; }
    /// <summary>For <c>auto_send_when_confident</c>: the confidence (0..1) every proposal of a task needs; null = <c>HappyButtons:Agents:DefaultAutomationThreshold</c>.</summary>
    public double? AutomationThreshold { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>E-mail addresses to notify at once.</summary>
    public IReadOnlyList<string> EscalateTo { get; init; } = [];
    /// <summary>Payments and bank data changes stay blocked until a person verifies the sender by phone.</summary>
    public bool FraudHold { get; init; }
    /// <summary>No task: the mail is archived (auto replies, spam).</summary>
    public bool Archive { get; init; }

    public bool IsEmpty =>
        Department is null && SetUrgency is null && RaiseUrgencyTo is null && SlaPolicy is null && Automation is null
        && Tags.Count == 0 && EscalateTo.Count == 0 && !FraudHold && !Archive;
}
