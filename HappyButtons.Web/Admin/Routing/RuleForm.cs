using HappyButtons.Engine.Routing;

namespace HappyButtons.Web.Admin.Routing;

/// <summary>Whether a rule asks for OEM mail (the form's three-way choice for <see cref="RuleConditions.IsOem"/>).</summary>
public enum OemChoice { Any, Only, Not }

/// <summary>
/// The rule editor's fields. Taxonomy values (mailboxes, customer types, intents, languages, urgencies, department,
/// automation) are picked from lists and hold their API names; free text (senders, keywords, tags, addresses) is comma-,
/// semicolon- or line-separated.
/// </summary>
public sealed class RuleForm
{
    /// <summary>
    /// The stored rule this form edits (null for a new rule). The saved rule is made from it with <c>with</c>, so what the
    /// store keeps beside the definition (the version it refuses an outdated edit by) travels along unchanged.
    /// </summary>
    public RoutingRule? Original { get; private init; }

    public string? OriginalId => Original?.Id;

    public string? Id { get; set; }
    public string? Name { get; set; }
    public int Order { get; set; }
    public bool Enabled { get; set; } = true;
    public bool Continue { get; set; }

    public IReadOnlyCollection<string> Mailboxes { get; set; } = [];
    public string? Senders { get; set; }
    public IReadOnlyCollection<string> CustomerTypes { get; set; } = [];
    public OemChoice Oem { get; set; }
    public IReadOnlyCollection<string> Intents { get; set; } = [];
    public string? MinimumUrgency { get; set; }
    public IReadOnlyCollection<string> Languages { get; set; } = [];
    public int? MinimumRiskScore { get; set; }
    public int? MaximumRiskScore { get; set; }
    public string? AnyKeywords { get; set; }
    public string? AllKeywords { get; set; }
    public string? Regex { get; set; }
    public string? AttachmentTypes { get; set; }

    public string? Department { get; set; }
    public string? SetUrgency { get; set; }
    public string? RaiseUrgencyTo { get; set; }
    public string? SlaPolicy { get; set; }
    public string? Automation { get; set; }

    /// <summary>For auto_send_when_confident: the confidence in percent every proposal needs (50–100); empty = the configured default.</summary>
    public int? AutomationThreshold { get; set; }
    public string? Tags { get; set; }
    public string? EscalateTo { get; set; }
    public bool FraudHold { get; set; }
    public bool Archive { get; set; }

    /// <summary>A new rule placed after the last ordinary rule (the catch-all rules sit at 1000 and above).</summary>
    public static RuleForm New(IEnumerable<RoutingRule> existing) => new()
    {
        Order = existing.Where(r => r.Order < 1000).Select(r => r.Order).DefaultIfEmpty(0).Max() + 10,
    };

    public static RuleForm From(RoutingRule r) => new()
    {
        Original = r, Id = r.Id, Name = r.Name, Order = r.Order, Enabled = r.Enabled, Continue = !r.StopProcessing,
        Mailboxes = r.Conditions.Mailboxes.ToList(), Senders = Join(r.Conditions.Senders), CustomerTypes = r.Conditions.CustomerTypes.ToList(),
        Oem = r.Conditions.IsOem switch { true => OemChoice.Only, false => OemChoice.Not, null => OemChoice.Any },
        Intents = r.Conditions.Intents.ToList(), MinimumUrgency = r.Conditions.MinimumUrgency, Languages = r.Conditions.Languages.ToList(),
        MinimumRiskScore = r.Conditions.MinimumRiskScore, MaximumRiskScore = r.Conditions.MaximumRiskScore,
        AnyKeywords = Join(r.Conditions.AnyKeywords), AllKeywords = Join(r.Conditions.AllKeywords), Regex = r.Conditions.Regex,
        AttachmentTypes = Join(r.Conditions.AttachmentTypes),
        Department = r.Actions.Department, SetUrgency = r.Actions.SetUrgency, RaiseUrgencyTo = r.Actions.RaiseUrgencyTo, SlaPolicy = r.Actions.SlaPolicy,
        Automation = r.Actions.Automation is { } a ? AutomationName(a) : null,
        AutomationThreshold = r.Actions.AutomationThreshold is { } t ? (int)Math.Round(t * 100) : null, Tags = Join(r.Actions.Tags), EscalateTo = Join(r.Actions.EscalateTo),
        FraudHold = r.Actions.FraudHold, Archive = r.Actions.Archive,
    };

    /// <summary>The rule the form describes (the store's validator judges it).</summary>
    public RoutingRule ToRule()
    {
        var conditions = new RuleConditions
        {
            Mailboxes = Mailboxes.ToList(), Senders = Split(Senders), CustomerTypes = CustomerTypes.ToList(),
            IsOem = Oem switch { OemChoice.Only => true, OemChoice.Not => false, _ => null },
            Intents = Intents.ToList(), MinimumUrgency = Blank(MinimumUrgency), Languages = Languages.ToList(),
            MinimumRiskScore = MinimumRiskScore, MaximumRiskScore = MaximumRiskScore, AnyKeywords = Split(AnyKeywords), AllKeywords = Split(AllKeywords),
            Regex = Blank(Regex), AttachmentTypes = Split(AttachmentTypes),
        };
        var actions = new RuleActions
        {
            Department = Blank(Department), SetUrgency = Blank(SetUrgency), RaiseUrgencyTo = Blank(RaiseUrgencyTo), SlaPolicy = Blank(SlaPolicy),
            Automation = Blank(Automation) switch
            {
                "never" => AutomationPolicy.Never,
                "draft" => AutomationPolicy.Draft,
                "auto_send_when_confident" => AutomationPolicy.AutoSendWhenConfident,
                _ => null,
            },
            AutomationThreshold = AutomationThreshold is { } percent ? Math.Clamp(percent, 50, 100) / 100d : null,
            Tags = Split(Tags), EscalateTo = Split(EscalateTo), FraudHold = FraudHold, Archive = Archive,
        };
        var id = (Id ?? "").Trim();
        var name = (Name ?? "").Trim();
        return Original is null
            ? new RoutingRule(id, name, Order, conditions, actions, StopProcessing: !Continue, Enabled: Enabled)
            : Original with { Id = id, Name = name, Order = Order, Conditions = conditions, Actions = actions, StopProcessing = !Continue, Enabled = Enabled };
    }

    public static string AutomationName(AutomationPolicy policy) => Engine.Intake.Persistence.IntakeFindings.AutomationName(policy);

    private static string Join(IReadOnlyList<string> values) => string.Join(", ", values);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // Keywords may contain spaces ("line down"), so only commas, semicolons and line breaks separate.
    private static List<string> Split(string? text) =>
        (text ?? "").Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
