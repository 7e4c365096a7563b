using HappyButtons.Engine.Routing;

namespace HappyButtons.Web.Admin.Routing;

/// <summary>The rule editor's form fields: lists are comma- or line-separated text, numbers are text so a typo is a message, not a 400.</summary>
public sealed class RuleForm
{
    public string? OriginalId { get; set; }
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Order { get; set; }
    // False by default: an unchecked box posts nothing, so the binder must not fall back to true.
    public bool Enabled { get; set; }
    public bool Continue { get; set; }

    public string? Mailboxes { get; set; }
    public string? Senders { get; set; }
    public string? CustomerTypes { get; set; }
    public string? IsOem { get; set; }
    public string? Intents { get; set; }
    public string? MinimumUrgency { get; set; }
    public string? Languages { get; set; }
    public string? MinimumRiskScore { get; set; }
    public string? MaximumRiskScore { get; set; }
    public string? AnyKeywords { get; set; }
    public string? AllKeywords { get; set; }
    public string? Regex { get; set; }
    public string? AttachmentTypes { get; set; }

    public string? Department { get; set; }
    public string? SetUrgency { get; set; }
    public string? RaiseUrgencyTo { get; set; }
    public string? SlaPolicy { get; set; }
    public string? Automation { get; set; }
    public string? Tags { get; set; }
    public string? EscalateTo { get; set; }
    public bool FraudHold { get; set; }
    public bool Archive { get; set; }

    /// <summary>"save" or "simulate".</summary>
    public string? Action { get; set; }
    public string? RawMail { get; set; }
    public string? MessageId { get; set; }
    public string? Mailbox { get; set; } = "info";

    public static RuleForm From(RoutingRule r) => new()
    {
        OriginalId = r.Id, Id = r.Id, Name = r.Name, Order = r.Order.ToString(), Enabled = r.Enabled, Continue = !r.StopProcessing,
        Mailboxes = Join(r.Conditions.Mailboxes), Senders = Join(r.Conditions.Senders), CustomerTypes = Join(r.Conditions.CustomerTypes),
        IsOem = r.Conditions.IsOem switch { true => "true", false => "false", null => "" }, Intents = Join(r.Conditions.Intents),
        MinimumUrgency = r.Conditions.MinimumUrgency, Languages = Join(r.Conditions.Languages),
        MinimumRiskScore = r.Conditions.MinimumRiskScore?.ToString(), MaximumRiskScore = r.Conditions.MaximumRiskScore?.ToString(),
        AnyKeywords = Join(r.Conditions.AnyKeywords), AllKeywords = Join(r.Conditions.AllKeywords), Regex = r.Conditions.Regex,
        AttachmentTypes = Join(r.Conditions.AttachmentTypes),
        Department = r.Actions.Department, SetUrgency = r.Actions.SetUrgency, RaiseUrgencyTo = r.Actions.RaiseUrgencyTo, SlaPolicy = r.Actions.SlaPolicy,
        Automation = r.Actions.Automation is { } a ? AutomationName(a) : "", Tags = Join(r.Actions.Tags), EscalateTo = Join(r.Actions.EscalateTo),
        FraudHold = r.Actions.FraudHold, Archive = r.Actions.Archive,
    };

    /// <summary>The rule the form describes, plus errors for fields that are not even numbers or known names.</summary>
    public (RoutingRule Rule, List<RuleValidationError> Errors) ToRule()
    {
        var errors = new List<RuleValidationError>();
        var id = (Id ?? "").Trim();
        int? Number(string? text, string field)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (int.TryParse(text.Trim(), out var value)) return value;
            errors.Add(new(id, field, $"\"{text}\" is not a whole number"));
            return null;
        }

        AutomationPolicy? automation = Automation?.Trim() switch
        {
            null or "" => null,
            "never" => AutomationPolicy.Never,
            "draft" => AutomationPolicy.Draft,
            "auto_send_when_confident" => AutomationPolicy.AutoSendWhenConfident,
            var other => Invalid(other),
        };
        AutomationPolicy? Invalid(string other)
        {
            errors.Add(new(id, "automation", $"unknown automation policy \"{other}\""));
            return null;
        }

        bool? isOem = IsOem?.Trim() switch { "true" => true, "false" => false, _ => null };
        var rule = new RoutingRule(id, (Name ?? "").Trim(), Number(Order, "order") ?? 0,
            new RuleConditions
            {
                Mailboxes = Split(Mailboxes), Senders = Split(Senders), CustomerTypes = Split(CustomerTypes), IsOem = isOem, Intents = Split(Intents),
                MinimumUrgency = Blank(MinimumUrgency), Languages = Split(Languages), MinimumRiskScore = Number(MinimumRiskScore, "minimum risk score"),
                MaximumRiskScore = Number(MaximumRiskScore, "maximum risk score"), AnyKeywords = Split(AnyKeywords), AllKeywords = Split(AllKeywords),
                Regex = Blank(Regex), AttachmentTypes = Split(AttachmentTypes),
            },
            new RuleActions
            {
                Department = Blank(Department), SetUrgency = Blank(SetUrgency), RaiseUrgencyTo = Blank(RaiseUrgencyTo), SlaPolicy = Blank(SlaPolicy),
                Automation = automation, Tags = Split(Tags), EscalateTo = Split(EscalateTo), FraudHold = FraudHold, Archive = Archive,
            },
            StopProcessing: !Continue, Enabled: Enabled);
        return (rule, errors);
    }

    public static string AutomationName(AutomationPolicy policy) => Engine.Intake.Persistence.IntakeFindings.AutomationName(policy);

    private static string Join(IReadOnlyList<string> values) => string.Join(", ", values);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // Keywords may contain spaces ("line down"), so only commas, semicolons and line breaks separate.
    private static List<string> Split(string? text) =>
        (text ?? "").Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
