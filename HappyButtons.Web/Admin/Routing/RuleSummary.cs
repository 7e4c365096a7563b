using HappyButtons.Engine.Routing;
using HappyButtons.Web.Localization;

namespace HappyButtons.Web.Admin.Routing;

/// <summary>A rule's conditions and actions as short sentences in the reader's language, one per condition or action.</summary>
public static class RuleSummary
{
    public static IReadOnlyList<string> Conditions(UiText ui, RuleConditions c)
    {
        var lines = new List<string>();
        if (c.Mailboxes.Count > 0)
            lines.Add(ui.Format("Arrives in the mailbox {0}", AdminLabels.List(ui, c.Mailboxes.Select(m => AdminLabels.Department(ui, m)))));
        if (c.Senders.Count > 0)
            lines.Add(ui.Format("Sender matches {0}", AdminLabels.List(ui, c.Senders)));
        if (c.CustomerTypes.Count > 0)
            lines.Add(ui.Format("Customer type: {0}", AdminLabels.List(ui, c.CustomerTypes.Select(t => AdminLabels.CustomerType(ui, t)))));
        if (c.IsOem is { } oem)
            lines.Add(oem ? ui["The mail concerns an OEM account"] : ui["The mail concerns no OEM account"]);
        if (c.Intents.Count > 0)
            lines.Add(ui.Format("Intent: {0}", AdminLabels.List(ui, c.Intents.Select(i => AdminLabels.Intent(ui, i)))));
        if (c.MinimumUrgency is { } urgency)
            lines.Add(ui.Format("Urgency at least {0}", AdminLabels.Urgency(ui, urgency)));
        if (c.Languages.Count > 0)
            lines.Add(ui.Format("Language: {0}", AdminLabels.List(ui, c.Languages.Select(l => AdminLabels.Language(ui, l)))));
        lines.AddRange(Risk(ui, c.MinimumRiskScore, c.MaximumRiskScore));
        if (c.AnyKeywords.Count == 1)
            lines.Add(ui.Format("The text contains {0}", Quoted(ui, c.AnyKeywords)));
        else if (c.AnyKeywords.Count > 1)
            lines.Add(ui.Format("The text contains one of {0}", Quoted(ui, c.AnyKeywords)));
        if (c.AllKeywords.Count > 0)
            lines.Add(ui.Format("The text contains all of {0}", AdminLabels.List(ui, c.AllKeywords.Select(k => AdminLabels.Quote(ui, k)), and: true)));
        if (!string.IsNullOrEmpty(c.Regex))
            lines.Add(ui.Format("The text matches the pattern {0}", c.Regex));
        if (c.AttachmentTypes.Count > 0)
            lines.Add(ui.Format("Has an attachment of type {0}", AdminLabels.List(ui, c.AttachmentTypes)));
        return lines.Count == 0 ? [ui["Every mail"]] : lines;
    }

    public static IReadOnlyList<string> Actions(UiText ui, RuleActions a)
    {
        var lines = new List<string>();
        if (a.Department is { } department)
            lines.Add(ui.Format("Route to {0}", AdminLabels.Department(ui, department)));
        if (a.SetUrgency is { } set)
            lines.Add(ui.Format("Set the priority to {0}", AdminLabels.Urgency(ui, set)));
        if (a.RaiseUrgencyTo is { } raise)
            lines.Add(ui.Format("Raise the priority to at least {0}", AdminLabels.Urgency(ui, raise)));
        if (a.SlaPolicy is { } sla)
            lines.Add(ui.Format("SLA policy {0}", sla));
        if (a.Automation is { } automation)
            lines.Add(ui.Format("Automation: {0}", AdminLabels.Automation(ui, automation)));
        if (a.Tags.Count > 0)
            lines.Add(a.Tags.Count == 1 ? ui.Format("Tag {0}", a.Tags[0]) : ui.Format("Tags {0}", string.Join(", ", a.Tags)));
        if (a.EscalateTo.Count > 0)
            lines.Add(ui.Format("Notify {0}", AdminLabels.List(ui, a.EscalateTo, and: true)));
        if (a.FraudHold)
            lines.Add(ui["Hold for a fraud check (never automated)"]);
        if (a.Archive)
            lines.Add(ui["Archive without a task"]);
        return lines;
    }

    private static IEnumerable<string> Risk(UiText ui, int? minimum, int? maximum) => (minimum, maximum) switch
    {
        ({ } min, { } max) => [ui.Format("Risk score between {0} and {1}", min, max)],
        ({ } min, null) => [ui.Format("Risk score at least {0}", min)],
        (null, { } max) => [ui.Format("Risk score at most {0}", max)],
        _ => [],
    };

    private static string Quoted(UiText ui, IEnumerable<string> keywords) => AdminLabels.List(ui, keywords.Select(k => AdminLabels.Quote(ui, k)));
}
