using HappyButtons.Engine.Intake;

namespace HappyButtons.Engine.Routing;

/// <summary>
/// Runs the ordered rules over a mail. Never throws for a rule's sake: a rule that fails (bad
/// value, regex timeout, bug) ends the evaluation and sends the mail to info for triage with the
/// error in the decision. Fraud hold from earlier rules is kept even then.
/// </summary>
public sealed class RoutingEvaluator
{
    public const string TriageSlaPolicy = "standard";
    private readonly List<CompiledRule> _rules;

    public RoutingEvaluator(IEnumerable<RoutingRule> rules)
    {
        _rules = rules.OrderBy(r => r.Order).ThenBy(r => r.Id, StringComparer.Ordinal).Select(CompiledRule.Compile).ToList();
    }

    public RoutingDecision Evaluate(RoutingInput input)
    {
        var folded = TextFolding.Fold(input.Message.Subject + "\n" + input.Message.SearchableText);
        var result = new DecisionBuilder(input.Enrichment.Urgency.Level);
        var trace = new List<RuleTrace>(_rules.Count);
        string? stoppedBy = null;
        string? error = null;

        foreach (var compiled in _rules)
        {
            var rule = compiled.Rule;
            if (stoppedBy is not null || error is not null)
            {
                trace.Add(new RuleTrace(rule.Id, rule.Name, rule.Order, RuleOutcome.NotReached, [], error is null ? $"stopped by rule {stoppedBy}" : "not evaluated after a failed rule"));
                continue;
            }
            if (!rule.Enabled)
            {
                trace.Add(new RuleTrace(rule.Id, rule.Name, rule.Order, RuleOutcome.Disabled, []));
                continue;
            }
            try
            {
                if (compiled.Error is not null) throw new InvalidOperationException(compiled.Error);
                var conditions = ConditionEvaluator.Evaluate(compiled, input, folded);
                var matched = conditions.All(c => c.Matched);
                trace.Add(new RuleTrace(rule.Id, rule.Name, rule.Order, matched ? RuleOutcome.Matched : RuleOutcome.NotMatched, conditions));
                if (!matched) continue;
                result.Apply(compiled);
                if (rule.StopProcessing) stoppedBy = rule.Id;
            }
            catch (Exception e)
            {
                error = $"rule {rule.Id} ({rule.Name}) failed: {e.GetType().Name}: {e.Message}";
                trace.Add(new RuleTrace(rule.Id, rule.Name, rule.Order, RuleOutcome.Failed, [], error));
            }
        }
        return error is null ? result.Build(trace) : result.BuildTriage(trace, error);
    }

    /// <summary>Accumulates actions: first rule to set a single value wins; lists and flags add up.</summary>
    private sealed class DecisionBuilder(Urgency assessed)
    {
        private Department? _department;
        private Urgency? _setUrgency;
        private Urgency _raisedTo = assessed;
        private string? _sla;
        private AutomationPolicy? _automation;
        private readonly List<string> _tags = [];
        private readonly List<string> _escalateTo = [];
        private bool _fraudHold, _archive;
        private string? _decidingId, _decidingName;

        public void Apply(CompiledRule compiled)
        {
            var a = compiled.Rule.Actions;
            if (_department is null && compiled.Department is { } department)
            {
                _department = department;
                (_decidingId, _decidingName) = (compiled.Rule.Id, compiled.Rule.Name);
            }
            _setUrgency ??= compiled.SetUrgency;
            if (compiled.RaiseUrgencyTo is { } raise && raise > _raisedTo) _raisedTo = raise;
            _sla ??= a.SlaPolicy;
            _automation ??= a.Automation;
            _tags.AddRange(a.Tags.Where(t => !_tags.Contains(t)));
            _escalateTo.AddRange(a.EscalateTo.Where(e => !_escalateTo.Contains(e, StringComparer.OrdinalIgnoreCase)));
            _fraudHold |= a.FraudHold;
            _archive |= a.Archive;
        }

        public RoutingDecision Build(List<RuleTrace> trace)
        {
            var automation = _fraudHold ? AutomationPolicy.Never : _automation ?? AutomationPolicy.Draft;
            return new RoutingDecision(
                _department ?? Department.Info, _setUrgency ?? _raisedTo, _sla ?? TriageSlaPolicy, automation,
                _tags, _escalateTo, _fraudHold, _archive, _decidingId, _decidingName, trace);
        }

        public RoutingDecision BuildTriage(List<RuleTrace> trace, string error) =>
            new(Department.Info, _setUrgency ?? _raisedTo, TriageSlaPolicy, AutomationPolicy.Never,
                [.. _tags, "routing-error"], _escalateTo, _fraudHold, false, null, null, trace, error);
    }
}
