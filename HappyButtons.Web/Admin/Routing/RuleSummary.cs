using HappyButtons.Engine.Routing;

namespace HappyButtons.Web.Admin.Routing;

/// <summary>One-line descriptions of a rule's conditions and actions for the rule list.</summary>
public static class RuleSummary
{
    public static string Conditions(RuleConditions c)
    {
        var parts = new List<string>();
        void Add(string name, IReadOnlyList<string> values) { if (values.Count > 0) parts.Add($"{name} {string.Join("|", values)}"); }
        Add("mailbox", c.Mailboxes);
        Add("sender", c.Senders);
        Add("customer", c.CustomerTypes);
        if (c.IsOem is { } oem) parts.Add(oem ? "OEM" : "not OEM");
        Add("intent", c.Intents);
        if (c.MinimumUrgency is { } u) parts.Add($"urgency ≥ {u}");
        Add("language", c.Languages);
        if (c.MinimumRiskScore is { } min) parts.Add($"risk ≥ {min}");
        if (c.MaximumRiskScore is { } max) parts.Add($"risk ≤ {max}");
        Add("any of", c.AnyKeywords);
        Add("all of", c.AllKeywords);
        if (!string.IsNullOrEmpty(c.Regex)) parts.Add($"regex /{c.Regex}/");
        Add("attachment", c.AttachmentTypes);
        return parts.Count == 0 ? "always" : string.Join("; ", parts);
    }

    public static string Actions(RuleActions a)
    {
        var parts = new List<string>();
        if (a.Department is { } d) parts.Add($"→ {d}");
        if (a.SetUrgency is { } s) parts.Add($"urgency {s}");
        if (a.RaiseUrgencyTo is { } r) parts.Add($"urgency ≥ {r}");
        if (a.SlaPolicy is { } sla) parts.Add($"SLA {sla}");
        if (a.Automation is { } auto) parts.Add(RuleForm.AutomationName(auto));
        if (a.Tags.Count > 0) parts.Add("tags " + string.Join(", ", a.Tags));
        if (a.EscalateTo.Count > 0) parts.Add("escalate " + string.Join(", ", a.EscalateTo));
        if (a.FraudHold) parts.Add("fraud hold");
        if (a.Archive) parts.Add("archive");
        return string.Join("; ", parts);
    }
}
