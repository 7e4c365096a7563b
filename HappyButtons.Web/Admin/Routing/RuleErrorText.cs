using System.Text.RegularExpressions;
using HappyButtons.Engine.Routing;
using HappyButtons.Web.Localization;

namespace HappyButtons.Web.Admin.Routing;

/// <summary>
/// The rule validator and store report problems as English sentences keyed by a field name ("regex", "SLA policy").
/// This maps each to the rule form's field and to a sentence in the reader's language; an unknown sentence shows a
/// general one instead of raw English.
/// </summary>
public static partial class RuleErrorText
{
    /// <summary>The validator's field names and the rule form field each belongs to.</summary>
    public static readonly IReadOnlyDictionary<string, string> FieldOf = new Dictionary<string, string>
    {
        ["id"] = nameof(RuleForm.Id), ["name"] = nameof(RuleForm.Name), ["order"] = nameof(RuleForm.Order),
        ["mailboxes"] = nameof(RuleForm.Mailboxes), ["senders"] = nameof(RuleForm.Senders), ["customer types"] = nameof(RuleForm.CustomerTypes),
        ["intents"] = nameof(RuleForm.Intents), ["minimum urgency"] = nameof(RuleForm.MinimumUrgency), ["languages"] = nameof(RuleForm.Languages),
        ["minimum risk score"] = nameof(RuleForm.MinimumRiskScore), ["maximum risk score"] = nameof(RuleForm.MaximumRiskScore),
        ["risk score"] = nameof(RuleForm.MaximumRiskScore), ["keywords"] = nameof(RuleForm.AnyKeywords), ["regex"] = nameof(RuleForm.Regex),
        ["attachment types"] = nameof(RuleForm.AttachmentTypes), ["department"] = nameof(RuleForm.Department), ["urgency"] = nameof(RuleForm.SetUrgency),
        ["raise urgency"] = nameof(RuleForm.RaiseUrgencyTo), ["SLA policy"] = nameof(RuleForm.SlaPolicy), ["automation"] = nameof(RuleForm.Automation),
        ["escalate to"] = nameof(RuleForm.EscalateTo), ["tags"] = nameof(RuleForm.Tags),
    };

    /// <summary>The problem as a sentence for the reader, without the field name (it is shown at the field).</summary>
    public static string Message(UiText ui, RuleValidationError error)
    {
        var m = error.Message;
        if (Matches(UnknownValue(), m) is { } unknown)
        {
            return ui.Format("Unknown value {0}.", AdminLabels.Quote(ui, unknown.Groups["value"].Value));
        }

        if (Matches(NotAnAddress(), m) is { } address)
        {
            return ui.Format("{0} is not an e-mail address.", AdminLabels.Quote(ui, address.Groups["value"].Value));
        }

        if (Matches(HidesLaterRules(), m) is { } hides)
        {
            var count = int.Parse(hides.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return ui.Count(count, "A rule that stops and has no conditions must be the last rule; it hides {0} later rule.",
                "A rule that stops and has no conditions must be the last rule; it hides {0} later rules.");
        }

        if (Matches(BadRegex(), m) is { } regex)
        {
            return regex.Groups["offset"].Success
                ? ui.Format("This is not a valid regular expression (error at position {0}).", regex.Groups["offset"].Value)
                : ui["This is not a valid regular expression."];
        }

        if (Matches(ChangedBy(), m) is { } changed)
        {
            return changed.Groups["who"].Value == "someone else"
                ? ui["This rule was changed by someone else in the meantime. Reload it and make your change again."]
                : ui.Format("This rule was changed by {0} in the meantime. Reload it and make your change again.", changed.Groups["who"].Value);
        }

        return m switch
        {
            "must not be empty" => ui["Please fill in this field."],
            "must be between 0 and 100" => ui["Enter a value from 0 to 100."],
            "minimum is above maximum" => ui["The minimum risk score is above the maximum."],
            "must not contain empty keywords" or "must not contain empty patterns" or "must not contain empty types" or "must not contain empty tags" =>
                ui["Remove the empty entry between two commas."],
            "the rule does nothing; set at least one action" => ui["The rule does nothing yet: choose at least one action."],
            "is used by more than one rule" or "is used by another rule" => ui["Another rule already has this id."],
            "no such rule" => ui["This rule no longer exists. Reload the list."],
            "This rule was deleted in the meantime; please reload." => ui["This rule was deleted in the meantime. Reload the list."],
            _ => ui["The rule cannot be saved like this."],
        };
    }

    /// <summary>The problem with the rule it concerns named first: for lists and for problems of other rules than the one edited.</summary>
    public static string WithRule(UiText ui, RuleValidationError error) =>
        string.IsNullOrEmpty(error.RuleId) ? Message(ui, error) : ui.Format("Rule {0}: {1}", error.RuleId, Message(ui, error));

    /// <summary>The rule form field an error belongs to; null for problems of the whole rule (shown above the form).</summary>
    public static string? Field(RuleValidationError error) => FieldOf.GetValueOrDefault(error.Field);

    private static Match? Matches(Regex regex, string text) => regex.Match(text) is { Success: true } match ? match : null;

    [GeneratedRegex("""^unknown [a-zA-Z ]+ "(?<value>[^"]*)"|^unknown automation policy (?<value>\S+)$""")]
    private static partial Regex UnknownValue();

    [GeneratedRegex("""^"(?<value>.*)" is not an e-mail address$""")]
    private static partial Regex NotAnAddress();

    [GeneratedRegex(@"^a stop rule without conditions must be the last rule; it hides (?<count>\d+) later rule")]
    private static partial Regex HidesLaterRules();

    [GeneratedRegex(@"^is not a valid regular expression(?:.*? at offset (?<offset>\d+))?")]
    private static partial Regex BadRegex();

    [GeneratedRegex(@"^This rule was changed by (?<who>.+) in the meantime; please reload\.$")]
    private static partial Regex ChangedBy();
}
