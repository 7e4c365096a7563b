using HappyButtons.Engine.Intake;

namespace HappyButtons.Engine.Routing;

public enum RuleOutcome { Matched, NotMatched, Disabled, NotReached, Failed }

/// <summary>One condition of one rule: whether it held, and why (shown in the rule simulator).</summary>
public sealed record ConditionTrace(string Condition, bool Matched, string Explanation);

/// <summary>One rule in the trace; <see cref="Detail"/> says why it was not reached or how it failed.</summary>
public sealed record RuleTrace(string RuleId, string RuleName, int Order, RuleOutcome Outcome, IReadOnlyList<ConditionTrace> Conditions, string? Detail = null);

/// <summary>
/// The result of routing: where the mail goes, how urgent, under which SLA and automation policy,
/// plus the full per-rule trace. <see cref="Error"/> is set when a rule failed; the mail then goes
/// to info for triage and never without a task.
/// </summary>
public sealed record RoutingDecision(
    Department Department,
    Urgency Urgency,
    string SlaPolicy,
    AutomationPolicy Automation,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> EscalateTo,
    bool FraudHold,
    bool Archive,
    string? DecidingRuleId,
    string? DecidingRuleName,
    IReadOnlyList<RuleTrace> Trace,
    string? Error = null)
{
    public IEnumerable<RuleTrace> MatchedRules => Trace.Where(t => t.Outcome == RuleOutcome.Matched);
}
