using System.Globalization;
using System.Text.RegularExpressions;

namespace HappyButtons.Web.Localization;

/// <summary>
/// The engine records reasons as English sentences and codes (risk signals, review and status reasons, escalations).
/// This turns them into UI text: every known code or sentence has a translation key; an unknown one shows a general
/// sentence instead of raw English or a code.
/// </summary>
public static partial class ReasonText
{
    private static readonly Dictionary<string, string> RiskSignals = new()
    {
        ["LOOKALIKE_DOMAIN"] = "The sender's domain imitates a known domain",
        ["REPLY_TO_LOOKALIKE"] = "The reply address imitates a known domain",
        ["PUNYCODE_DOMAIN"] = "The sender's domain uses look-alike international characters",
        ["DISPLAY_NAME_STAFF"] = "The sender uses a colleague's name from an outside address",
        ["DISPLAY_NAME_CONTACT"] = "The sender uses a customer contact's name from another address",
        ["REPLY_TO_MISMATCH"] = "Replies would go to another domain than the sender's",
        ["SPF_FAIL"] = "SPF check failed: the sending server is not allowed for this domain",
        ["SPF_SOFTFAIL"] = "SPF check uncertain (softfail)",
        ["DKIM_FAIL"] = "DKIM signature invalid: content or sender may have been altered",
        ["DMARC_FAIL"] = "DMARC failed: the sender domain is not authenticated",
        ["BANK_CHANGE_WORDING"] = "Announces changed bank details",
        ["BANK_CHANGE_WITH_ANOMALY"] = "Bank change together with a sender anomaly",
    };

    /// <summary>The text of a risk signal code such as <c>SPF_FAIL</c>.</summary>
    public static string RiskSignal(UiText ui, string code) => ui[RiskSignals.GetValueOrDefault(code, "Unusual sender or content")];

    /// <summary>A message's status reason: why it needs review or failed. Known sentences are translated part by part.</summary>
    public static string StatusReason(UiText ui, string reason)
    {
        var parts = new List<string>();
        foreach (var sentence in Sentences(reason))
        {
            parts.Add(Sentence(ui, sentence));
        }

        return string.Join(" ", parts.Distinct());
    }

    /// <summary>An escalation reason "first response was due 2026-11-20 14:00 UTC (SLA standard)" in the reader's time zone.</summary>
    public static string Escalation(UiText ui, string reason)
    {
        var match = EscalationPattern().Match(reason);
        if (!match.Success)
        {
            return ui["The first response was overdue."];
        }

        var due = DateTimeOffset.ParseExact(match.Groups["at"].Value, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        return ui.Format("The first response was due {0} (SLA {1}).", ui.Date(due), match.Groups["sla"].Value);
    }

    /// <summary>
    /// The reason of a step in an order's history: the clerk's own words as written, followed by what the engine added (why no
    /// delivery mail went out) in the reader's language.
    /// </summary>
    public static string OrderStep(UiText ui, string? reason)
    {
        if (string.IsNullOrEmpty(reason))
        {
            return "";
        }

        return string.Join("; ", reason.Split("; ").Select(part => NoMailPattern().Match(part) is { Success: true } missing
            ? ui.Format("No delivery mail: the company data the signature needs is missing ({0}).", missing.Groups["fields"].Value)
            : part.StartsWith("No delivery mail:", StringComparison.Ordinal) ? ui[part] : part));
    }

    private static IEnumerable<string> Sentences(string reason)
    {
        // "Classification uncertain: a; b" and "Routing failed: x" may follow other sentences, separated by ". " or a space.
        var start = 0;
        foreach (Match m in SentenceStart().Matches(reason))
        {
            if (m.Index > start)
            {
                yield return reason[start..m.Index].Trim();
            }

            start = m.Index;
        }

        yield return reason[start..].Trim();
    }

    private static string Sentence(UiText ui, string sentence)
    {
        if (sentence.StartsWith("Classification uncertain:", StringComparison.Ordinal))
        {
            var details = sentence["Classification uncertain:".Length..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(d => Detail(ui, d)).Where(d => d is not null).Distinct().ToList();
            return details.Count == 0 ? ui["The classification is uncertain."] : ui.Format("The classification is uncertain: {0}.", string.Join("; ", details));
        }

        if (sentence.StartsWith("Routing failed:", StringComparison.Ordinal))
        {
            return ui["No routing rule could be applied; please assign the message by hand."];
        }

        if (EmptyPattern().IsMatch(sentence))
        {
            return ui["The message is empty (0 bytes)."];
        }

        if (sentence.StartsWith("The message exceeds a parser limit", StringComparison.Ordinal))
        {
            return ui["The message exceeds a parser limit; it is kept raw and shown as far as it could be read."];
        }

        return ui[sentence] is var translated && translated != sentence ? translated : ui["The message could not be processed completely."];
    }

    private static string? Detail(UiText ui, string detail)
    {
        if (ConfidencePattern().Match(detail) is { Success: true } c)
        {
            var value = double.Parse(c.Groups["value"].Value, CultureInfo.InvariantCulture);
            var threshold = double.Parse(c.Groups["threshold"].Value, CultureInfo.InvariantCulture);
            return ui.Format("confidence {0:P0} below the review threshold {1:P0}", value, threshold);
        }

        if (WordsPattern().Match(detail) is { Success: true } w)
        {
            var words = int.Parse(w.Groups["words"].Value, CultureInfo.InvariantCulture);
            return ui.Count(words, "little text: {0} word", "little text: {0} words");
        }

        return detail switch
        {
            "mixed languages" => ui["mixed languages"],
            "rule: too little text => general_inquiry for triage" => ui["too little text, filed as a general inquiry for triage"],
            "rule: bank-change wording => bank_change" => ui["announces changed bank details"],
            _ when detail.StartsWith("rule: automated mail", StringComparison.Ordinal) => ui["automated mail"],
            _ => null,
        };
    }

    [GeneratedRegex(@"(?<=^|\.\s|\s)(Classification uncertain:|Routing failed:|The message )")]
    private static partial Regex SentenceStart();

    [GeneratedRegex(@"^The message is empty \(0 bytes\)\.?$")]
    private static partial Regex EmptyPattern();

    [GeneratedRegex(@"^confidence (?<value>[0-9.]+) below review threshold (?<threshold>[0-9.]+)$")]
    private static partial Regex ConfidencePattern();

    [GeneratedRegex(@"^low information: (?<words>\d+) word\(s\) of text$")]
    private static partial Regex WordsPattern();

    [GeneratedRegex(@"^No delivery mail: the company data the signature needs is missing \((?<fields>[^)]*)\)\.$")]
    private static partial Regex NoMailPattern();

    [GeneratedRegex(@"due (?<at>\d{4}-\d{2}-\d{2} \d{2}:\d{2}) UTC \(SLA (?<sla>[^)]*)\)")]
    private static partial Regex EscalationPattern();
}
