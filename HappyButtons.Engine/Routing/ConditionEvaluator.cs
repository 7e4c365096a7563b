using HappyButtons.Engine.Intake;

namespace HappyButtons.Engine.Routing;

/// <summary>
/// Evaluates every condition a rule sets and explains each outcome, so the simulator can show why
/// a rule did or did not match. A regex timeout propagates as <see cref="System.Text.RegularExpressions.RegexMatchTimeoutException"/>.
/// </summary>
internal static class ConditionEvaluator
{
    public static List<ConditionTrace> Evaluate(CompiledRule rule, RoutingInput input, string foldedText)
    {
        var c = rule.Rule.Conditions;
        var message = input.Message;
        var enrichment = input.Enrichment;
        var traces = new List<ConditionTrace>();

        if (c.Mailboxes.Count > 0)
        {
            var ok = c.Mailboxes.Contains(message.Mailbox, StringComparer.OrdinalIgnoreCase);
            traces.Add(new("mailbox", ok, $"mailbox {message.Mailbox} {(ok ? "is" : "is not")} in [{string.Join(", ", c.Mailboxes)}]"));
        }
        if (c.Senders.Count > 0)
        {
            var hit = c.Senders.FirstOrDefault(p => SenderPattern.Matches(p, message.From.Address));
            traces.Add(new("sender", hit is not null, hit is not null ? $"{message.From.Address} matches {hit}" : $"{message.From.Address} matches none of [{string.Join(", ", c.Senders)}]"));
        }
        if (c.CustomerTypes.Count > 0)
        {
            var type = enrichment.Customer.Customer?.Type.ToString().ToLowerInvariant() ?? "unknown";
            var ok = rule.CustomerTypes.Contains(type);
            traces.Add(new("customer type", ok, $"customer type {type} {(ok ? "is" : "is not")} in [{string.Join(", ", c.CustomerTypes)}]"));
        }
        if (c.IsOem is { } wantOem)
        {
            var ok = enrichment.IsOem == wantOem;
            traces.Add(new("OEM", ok, enrichment.IsOem ? "OEM: " + string.Join("; ", enrichment.Oem.Reasons) : "no OEM signals"));
        }
        if (rule.Intents.Count > 0)
        {
            var intent = input.Classification.Intent;
            var ok = rule.Intents.Contains(intent);
            traces.Add(new("intent", ok, $"intent {intent.ToApiName()} {(ok ? "is" : "is not")} in [{string.Join(", ", c.Intents)}]"));
        }
        if (rule.MinimumUrgency is { } minimum)
        {
            var level = enrichment.Urgency.Level;
            traces.Add(new("urgency", level >= minimum, $"urgency {level.ToApiName()} {(level >= minimum ? ">=" : "<")} {minimum.ToApiName()}"));
        }
        if (rule.Languages.Count > 0)
        {
            var language = enrichment.Language.Language;
            var ok = rule.Languages.Contains(language);
            traces.Add(new("language", ok, $"language {language.ToApiName()} {(ok ? "is" : "is not")} in [{string.Join(", ", c.Languages)}]"));
        }
        AddRiskTraces(c, enrichment.Risk.Score, traces);
        AddKeywordTraces(rule, foldedText, traces);
        if (rule.Regex is { } regex)
        {
            var match = regex.Match(message.Subject + "\n" + message.AuthoredText);
            traces.Add(new("regex", match.Success, match.Success ? $"/{c.Regex}/ matched \"{Shorten(match.Value)}\"" : $"/{c.Regex}/ did not match"));
        }
        if (c.AttachmentTypes.Count > 0)
        {
            var hit = message.Attachments.FirstOrDefault(a => c.AttachmentTypes.Any(t => AttachmentMatches(t, a)));
            traces.Add(new("attachment", hit is not null, hit is not null ? $"attachment {hit.FileName} ({hit.ContentType})" : $"no attachment of type [{string.Join(", ", c.AttachmentTypes)}]"));
        }
        return traces;
    }

    private static void AddRiskTraces(RuleConditions c, int score, List<ConditionTrace> traces)
    {
        if (c.MinimumRiskScore is { } min)
            traces.Add(new("risk minimum", score >= min, $"risk score {score} {(score >= min ? ">=" : "<")} {min}"));
        if (c.MaximumRiskScore is { } max)
            traces.Add(new("risk maximum", score <= max, $"risk score {score} {(score <= max ? "<=" : ">")} {max}"));
    }

    private static void AddKeywordTraces(CompiledRule rule, string foldedText, List<ConditionTrace> traces)
    {
        if (rule.AnyKeywords.Length > 0)
        {
            var hit = rule.AnyKeywords.FirstOrDefault(k => foldedText.Contains(k, StringComparison.Ordinal));
            traces.Add(new("any keyword", hit is not null, hit is not null ? $"contains \"{hit}\"" : $"contains none of [{string.Join(", ", rule.AnyKeywords)}]"));
        }
        if (rule.AllKeywords.Length > 0)
        {
            var missing = rule.AllKeywords.Where(k => !foldedText.Contains(k, StringComparison.Ordinal)).ToList();
            traces.Add(new("all keywords", missing.Count == 0, missing.Count == 0 ? "contains all keywords" : $"missing [{string.Join(", ", missing)}]"));
        }
    }

    internal static bool AttachmentMatches(string type, IntakeAttachment attachment)
    {
        type = type.Trim().ToLowerInvariant();
        if (type.Contains('/'))
        {
            var contentType = attachment.ContentType.Split(';')[0].Trim().ToLowerInvariant();
            return type.EndsWith("/*", StringComparison.Ordinal)
                ? contentType.StartsWith(type[..^1], StringComparison.Ordinal)
                : contentType == type;
        }
        return attachment.Extension == type.TrimStart('.', '*');
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
