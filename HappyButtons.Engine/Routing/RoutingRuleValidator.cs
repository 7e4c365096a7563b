using System.Net.Mail;
using System.Text.RegularExpressions;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Customers;

namespace HappyButtons.Engine.Routing;

/// <summary>
/// Checks rules when an administrator saves them: names, taxonomy values, regex syntax, SLA
/// policy names, risk bounds, e-mail addresses, and that no unconditional stop rule hides later rules.
/// </summary>
public sealed class RoutingRuleValidator(IEnumerable<string> knownSlaPolicies)
{
    private readonly HashSet<string> _slaPolicies = new(knownSlaPolicies, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<RuleValidationError> Validate(IReadOnlyList<RoutingRule> rules)
    {
        var errors = rules.SelectMany(Validate).ToList();
        foreach (var duplicate in rules.GroupBy(r => r.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            errors.Add(new(duplicate.Key, "id", "is used by more than one rule"));

        var enabled = rules.Where(r => r.Enabled).OrderBy(r => r.Order).ToList();
        for (var i = 0; i < enabled.Count - 1; i++)
        {
            if (enabled[i].StopProcessing && enabled[i].Conditions.IsEmpty)
                errors.Add(new(enabled[i].Id, "conditions", $"a stop rule without conditions must be the last rule; it hides {enabled.Count - i - 1} later rule(s)"));
        }
        return errors;
    }

    public IReadOnlyList<RuleValidationError> Validate(RoutingRule rule)
    {
        var errors = new List<RuleValidationError>();
        void Error(string field, string message) => errors.Add(new(rule.Id, field, message));

        if (string.IsNullOrWhiteSpace(rule.Id)) Error("id", "must not be empty");
        if (string.IsNullOrWhiteSpace(rule.Name)) Error("name", "must not be empty");
        ValidateConditions(rule.Conditions, Error);
        ValidateActions(rule.Actions, Error);
        return errors;
    }

    private static void ValidateConditions(RuleConditions c, Action<string, string> error)
    {
        foreach (var intent in c.Intents.Where(i => !TaxonomyNames.TryParseIntent(i, out _)))
            error("intents", $"unknown intent \"{intent}\"");
        foreach (var language in c.Languages.Where(l => !Enum.TryParse<Language>(l, true, out _) || int.TryParse(l, out _)))
            error("languages", $"unknown language \"{language}\" (use de, en or other)");
        foreach (var type in c.CustomerTypes.Where(t => !t.Equals("unknown", StringComparison.OrdinalIgnoreCase) && (!Enum.TryParse<CustomerType>(t, true, out _) || int.TryParse(t, out _))))
            error("customer types", $"unknown customer type \"{type}\" (use regular, oem, distributor or unknown)");
        if (c.MinimumUrgency is { } urgency && !TaxonomyNames.TryParseUrgency(urgency, out _))
            error("minimum urgency", $"unknown urgency \"{urgency}\" (use low, normal, high or critical)");
        if (c.MinimumRiskScore is < 0 or > 100) error("minimum risk score", "must be between 0 and 100");
        if (c.MaximumRiskScore is < 0 or > 100) error("maximum risk score", "must be between 0 and 100");
        if (c.MinimumRiskScore > c.MaximumRiskScore) error("risk score", "minimum is above maximum");
        if (c.AnyKeywords.Concat(c.AllKeywords).Any(string.IsNullOrWhiteSpace)) error("keywords", "must not contain empty keywords");
        if (c.Senders.Any(string.IsNullOrWhiteSpace)) error("senders", "must not contain empty patterns");
        if (c.AttachmentTypes.Any(string.IsNullOrWhiteSpace)) error("attachment types", "must not contain empty types");
        if (!string.IsNullOrEmpty(c.Regex))
        {
            try
            {
                _ = new Regex(c.Regex, RegexOptions.None, TimeSpan.FromMilliseconds(100));
            }
            catch (ArgumentException e)
            {
                error("regex", $"is not a valid regular expression: {e.Message}");
            }
        }
    }

    private void ValidateActions(RuleActions a, Action<string, string> error)
    {
        if (a.IsEmpty) error("actions", "the rule does nothing; set at least one action");
        if (a.Department is { } department && !TaxonomyNames.TryParseDepartment(department, out _))
            error("department", $"unknown department \"{department}\" (use info, sales, support or finance)");
        if (a.SetUrgency is { } set && !TaxonomyNames.TryParseUrgency(set, out _))
            error("urgency", $"unknown urgency \"{set}\"");
        if (a.RaiseUrgencyTo is { } raise && !TaxonomyNames.TryParseUrgency(raise, out _))
            error("raise urgency", $"unknown urgency \"{raise}\"");
        if (a.SlaPolicy is { } sla && !_slaPolicies.Contains(sla))
            error("SLA policy", $"unknown SLA policy \"{sla}\" (known: {string.Join(", ", _slaPolicies.Order())})");
        if (a.Automation is { } automation && !Enum.IsDefined(automation))
            error("automation", $"unknown automation policy {(int)automation}");
        foreach (var address in a.EscalateTo.Where(e => !MailAddress.TryCreate(e, out var parsed) || parsed.Address != e.Trim()))
            error("escalate to", $"\"{address}\" is not an e-mail address");
        if (a.Tags.Any(string.IsNullOrWhiteSpace)) error("tags", "must not contain empty tags");
    }
}
