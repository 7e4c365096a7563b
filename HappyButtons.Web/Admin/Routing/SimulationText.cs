using System.Globalization;
using System.Text.RegularExpressions;
using HappyButtons.Engine.Routing;
using HappyButtons.Web.Localization;

namespace HappyButtons.Web.Admin.Routing;

/// <summary>
/// The intake explains itself in English sentences with codes (condition traces, urgency, OEM, auto-reply and
/// classification reasons). The simulator shows them in the reader's language: each known sentence is rebuilt from
/// its parts with taxonomy names translated; an unknown one becomes a general sentence, never raw English.
/// </summary>
public static partial class SimulationText
{
    /// <summary>Why one condition of a rule held or not.</summary>
    public static string Condition(UiText ui, ConditionTrace trace)
    {
        var e = trace.Explanation;
        string Codes(string list, Func<string, string> label) =>
            AdminLabels.List(ui, list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(label));
        string Words(string list) => Codes(list, w => AdminLabels.Quote(ui, w));

        switch (trace.Condition)
        {
            case "mailbox" when InList("mailbox").Match(e) is { Success: true } m:
                return trace.Matched
                    ? ui.Format("Mailbox {0} is one of {1}", AdminLabels.Department(ui, m.Groups["value"].Value), Codes(m.Groups["list"].Value, c => AdminLabels.Department(ui, c)))
                    : ui.Format("Mailbox {0} is not one of {1}", AdminLabels.Department(ui, m.Groups["value"].Value), Codes(m.Groups["list"].Value, c => AdminLabels.Department(ui, c)));
            case "customer type" when InList("customer type").Match(e) is { Success: true } m:
                return trace.Matched
                    ? ui.Format("Customer type {0} is one of {1}", AdminLabels.CustomerType(ui, m.Groups["value"].Value), Codes(m.Groups["list"].Value, c => AdminLabels.CustomerType(ui, c)))
                    : ui.Format("Customer type {0} is not one of {1}", AdminLabels.CustomerType(ui, m.Groups["value"].Value), Codes(m.Groups["list"].Value, c => AdminLabels.CustomerType(ui, c)));
            case "intent" when InList("intent").Match(e) is { Success: true } m:
                return trace.Matched
                    ? ui.Format("Intent {0} is one of {1}", AdminLabels.Intent(ui, m.Groups["value"].Value), Codes(m.Groups["list"].Value, c => AdminLabels.Intent(ui, c)))
                    : ui.Format("Intent {0} is not one of {1}", AdminLabels.Intent(ui, m.Groups["value"].Value), Codes(m.Groups["list"].Value, c => AdminLabels.Intent(ui, c)));
            case "language" when InList("language").Match(e) is { Success: true } m:
                return trace.Matched
                    ? ui.Format("Language {0} is one of {1}", AdminLabels.Language(ui, m.Groups["value"].Value), Codes(m.Groups["list"].Value, c => AdminLabels.Language(ui, c)))
                    : ui.Format("Language {0} is not one of {1}", AdminLabels.Language(ui, m.Groups["value"].Value), Codes(m.Groups["list"].Value, c => AdminLabels.Language(ui, c)));
            case "sender" when SenderNone().Match(e) is { Success: true } m:
                return ui.Format("Sender {0} matches none of {1}", m.Groups["address"].Value, Codes(m.Groups["list"].Value, s => s));
            case "sender" when SenderHit().Match(e) is { Success: true } m:
                return ui.Format("Sender {0} matches {1}", m.Groups["address"].Value, m.Groups["pattern"].Value);
            case "OEM":
                return e.StartsWith("OEM: ", StringComparison.Ordinal)
                    ? ui.Format("The mail concerns an OEM account: {0}", string.Join("; ", e[5..].Split("; ").Select(r => Reason(ui, r))))
                    : ui["The mail shows no sign of an OEM account"];
            case "urgency" when Compare().Match(e) is { Success: true } m && e.StartsWith("urgency ", StringComparison.Ordinal):
                return m.Groups["op"].Value == ">="
                    ? ui.Format("Urgency {0} reaches {1}", AdminLabels.Urgency(ui, m.Groups["value"].Value), AdminLabels.Urgency(ui, m.Groups["bound"].Value))
                    : ui.Format("Urgency {0} is below {1}", AdminLabels.Urgency(ui, m.Groups["value"].Value), AdminLabels.Urgency(ui, m.Groups["bound"].Value));
            case "risk minimum" or "risk maximum" when Compare().Match(e) is { Success: true } m:
                return m.Groups["op"].Value switch
                {
                    ">=" => ui.Format("Risk score {0} is at least {1}", m.Groups["value"].Value, m.Groups["bound"].Value),
                    "<" => ui.Format("Risk score {0} is below {1}", m.Groups["value"].Value, m.Groups["bound"].Value),
                    "<=" => ui.Format("Risk score {0} is at most {1}", m.Groups["value"].Value, m.Groups["bound"].Value),
                    _ => ui.Format("Risk score {0} is above {1}", m.Groups["value"].Value, m.Groups["bound"].Value),
                };
            case "any keyword" when Contains().Match(e) is { Success: true } m:
                return ui.Format("The text contains {0}", AdminLabels.Quote(ui, m.Groups["word"].Value));
            case "any keyword" when ContainsNone().Match(e) is { Success: true } m:
                return ui.Format("The text contains none of {0}", Words(m.Groups["list"].Value));
            case "all keywords" when e == "contains all keywords":
                return ui["The text contains all keywords"];
            case "all keywords" when Missing().Match(e) is { Success: true } m:
                var missing = m.Groups["list"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries).Length;
                return missing == 1
                    ? ui.Format("The text lacks {0}", Words(m.Groups["list"].Value))
                    : ui.Format("The text lacks {0} (all are needed)", Words(m.Groups["list"].Value));
            case "regex" when RegexHit().Match(e) is { Success: true } m:
                return ui.Format("The pattern {0} finds {1}", m.Groups["pattern"].Value, AdminLabels.Quote(ui, m.Groups["value"].Value));
            case "regex" when RegexMiss().Match(e) is { Success: true } m:
                return ui.Format("The pattern {0} finds nothing", m.Groups["pattern"].Value);
            case "attachment" when AttachmentNone().Match(e) is { Success: true } m:
                return ui.Format("No attachment of type {0}", Codes(m.Groups["list"].Value, s => s));
            case "attachment" when AttachmentHit().Match(e) is { Success: true } m:
                return ui.Format("Attachment {0} ({1})", m.Groups["name"].Value, m.Groups["type"].Value);
            default:
                return trace.Matched ? ui["The condition holds"] : ui["The condition does not hold"];
        }
    }

    /// <summary>Why a rule was not reached or how it failed.</summary>
    public static string RuleDetail(UiText ui, string detail)
    {
        if (StoppedBy().Match(detail) is { Success: true } m)
        {
            return ui.Format("The run was ended by the rule {0}.", m.Groups["id"].Value);
        }

        return detail == "not evaluated after a failed rule"
            ? ui["Not evaluated after a rule failed."]
            : ui["The rule failed; the mail goes to Info for triage."];
    }

    /// <summary>A reason from the enrichment (urgency, OEM, automated mail) or the classifier.</summary>
    public static string Reason(UiText ui, string reason)
    {
        foreach (var (pattern, text) in Patterns)
        {
            if (pattern.Match(reason) is { Success: true } m)
            {
                return text(ui, m);
            }
        }

        return reason switch
        {
            "automated mail (auto-reply, bounce or bulk)" => ui["automated mail (out-of-office reply, bounce or bulk mail)"],
            "sender marked the mail as high importance" => ui["the sender marked the mail as important"],
            "sender marked the mail as low importance" => ui["the sender marked the mail as less important"],
            "delivery-status report (multipart/report)" => ui["delivery status report"],
            "mixed languages" => ui["mixed languages"],
            "rule: bank-change wording => bank_change" => ui["announces changed bank details"],
            "rule: too little text => general_inquiry for triage" => ui["too little text, filed as a general inquiry for triage"],
            _ => ui["further signal"],
        };
    }

    private static readonly (Regex Pattern, Func<UiText, Match, string> Text)[] Patterns =
    [
        (new(@"^customer (?<number>\S+) (?<name>.+) is an OEM account$"), (ui, m) => ui.Format("customer {0} {1} is an OEM account", m.Groups["number"].Value, m.Groups["name"].Value)),
        (new(@"^OEM framework agreement (?<value>\S+) \((?<owner>.*)\) quoted$"), (ui, m) => ui.Format("OEM framework agreement {0} ({1}) quoted", m.Groups["value"].Value, m.Groups["owner"].Value)),
        (new(@"^OEM customer number (?<value>\S+) \((?<owner>.*)\) quoted$"), (ui, m) => ui.Format("OEM customer number {0} ({1}) quoted", m.Groups["value"].Value, m.Groups["owner"].Value)),
        (new("""^OEM wording "(?<value>.*)"$"""), (ui, m) => ui.Format("OEM wording {0}", AdminLabels.Quote(ui, m.Groups["value"].Value))),
        (new("""^production standstill wording "(?<value>.*)"$"""), (ui, m) => ui.Format("production standstill: {0}", AdminLabels.Quote(ui, m.Groups["value"].Value))),
        (new("""^urgent wording "(?<value>.*)"$"""), (ui, m) => ui.Format("urgent wording {0}", AdminLabels.Quote(ui, m.Groups["value"].Value))),
        (new("""^near deadline "(?<value>.*)"$"""), (ui, m) => ui.Format("near deadline {0}", AdminLabels.Quote(ui, m.Groups["value"].Value))),
        (new(@"^date (?<value>.+) is within two business days$"), (ui, m) => ui.Format("the date {0} is within two business days", m.Groups["value"].Value)),
        (new(@"^VIP customer (?<name>.+): raised one level$"), (ui, m) => ui.Format("VIP customer {0}: one level higher", m.Groups["name"].Value)),
        (new(@"^OEM account: raised one level$"), (ui, _) => ui["OEM account: one level higher"]),
        (new(@"^(?<header>Auto-Submitted|Precedence): (?<value>.*)$"), (ui, m) => ui.Format("header {0}: {1}", m.Groups["header"].Value, m.Groups["value"].Value)),
        (new(@"^(?<header>\S+) header present$"), (ui, m) => ui.Format("header {0} present", m.Groups["header"].Value)),
        (new(@"^sender (?<address>\S+) is a mail system$"), (ui, m) => ui.Format("the sender {0} is a mail system", m.Groups["address"].Value)),
        (new("""^bounce subject "(?<value>.*)"$"""), (ui, m) => ui.Format("bounce subject {0}", AdminLabels.Quote(ui, m.Groups["value"].Value))),
        (new("""^out-of-office wording "(?<value>.*)"$"""), (ui, m) => ui.Format("out-of-office wording {0}", AdminLabels.Quote(ui, m.Groups["value"].Value))),
        (new(@"^model: (?<intent>\S+) (?<ip>[0-9.]+), (?<department>\S+) (?<dp>[0-9.]+)$"), (ui, m) => ui.Format("model: {0} ({1:P0}), {2} ({3:P0})",
            AdminLabels.Intent(ui, m.Groups["intent"].Value), Number(m.Groups["ip"].Value), AdminLabels.Department(ui, m.Groups["department"].Value), Number(m.Groups["dp"].Value))),
        (new(@"^rule: automated mail => auto_reply"), (ui, _) => ui["automated mail, filed as an auto reply"]),
        (new(@"^low information: (?<words>\d+) word\(s\) of text$"), (ui, m) => ui.Count(int.Parse(m.Groups["words"].Value, CultureInfo.InvariantCulture),
            "little text: {0} word", "little text: {0} words")),
        (new(@"^confidence (?<value>[0-9.]+) below review threshold (?<threshold>[0-9.]+)$"), (ui, m) => ui.Format("confidence {0:P0} below the review threshold {1:P0}",
            Number(m.Groups["value"].Value), Number(m.Groups["threshold"].Value))),
    ];

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static Regex InList(string name) => new("^" + Regex.Escape(name) + @" (?<value>\S+) (?:is|is not) in \[(?<list>.*)\]$");

    [GeneratedRegex(@"^(?<address>.*) matches none of \[(?<list>.*)\]$")]
    private static partial Regex SenderNone();

    [GeneratedRegex(@"^(?<address>\S*) matches (?<pattern>.+)$")]
    private static partial Regex SenderHit();

    [GeneratedRegex(@"^(?:urgency|risk score) (?<value>\S+) (?<op>>=|<=|<|>) (?<bound>\S+)$")]
    private static partial Regex Compare();

    [GeneratedRegex("""^contains "(?<word>.*)"$""")]
    private static partial Regex Contains();

    [GeneratedRegex(@"^contains none of \[(?<list>.*)\]$")]
    private static partial Regex ContainsNone();

    [GeneratedRegex(@"^missing \[(?<list>.*)\]$")]
    private static partial Regex Missing();

    [GeneratedRegex("""^/(?<pattern>.*)/ matched "(?<value>.*)"$""")]
    private static partial Regex RegexHit();

    [GeneratedRegex(@"^/(?<pattern>.*)/ did not match$")]
    private static partial Regex RegexMiss();

    [GeneratedRegex(@"^no attachment of type \[(?<list>.*)\]$")]
    private static partial Regex AttachmentNone();

    [GeneratedRegex(@"^attachment (?<name>.*) \((?<type>[^()]*)\)$")]
    private static partial Regex AttachmentHit();

    [GeneratedRegex(@"^stopped by rule (?<id>.+)$")]
    private static partial Regex StoppedBy();
}
