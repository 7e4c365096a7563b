using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Persistence;
using HappyButtons.Engine.Routing;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Agents;

/// <summary>
/// Whether a task may run without a person, and why (or why not): an English format and its arguments, stored on the task
/// as <see cref="Stored"/> (a JSON array) so the UI words it in the clerk's language and the API and audit in English.
/// </summary>
public sealed record AutomationDecision(bool Execute, string Format, params string[] Args)
{
    public string Note => string.Format(System.Globalization.CultureInfo.InvariantCulture, Format, Args);

    public string Stored => new System.Text.Json.Nodes.JsonArray([Format, .. Args.Select(a => (System.Text.Json.Nodes.JsonNode?)a)]).ToJsonString();

    /// <summary>The format and arguments of a stored note; a plain sentence (older rows) is its own format.</summary>
    public static (string Format, string[] Args) Parse(string stored)
    {
        try
        {
            if (System.Text.Json.Nodes.JsonNode.Parse(stored) is System.Text.Json.Nodes.JsonArray { Count: > 0 } array)
            {
                return (array[0]!.ToString(), array.Skip(1).Select(a => a?.ToString() ?? "").ToArray());
            }
        }
        catch (System.Text.Json.JsonException)
        {
        }

        return (stored, []);
    }

    public static string English(string stored)
    {
        var (format, args) = Parse(stored);
        return args.Length == 0 ? format : string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);
    }
}

/// <summary>
/// The automation policy of the mail's routing rule applied to a task: only <c>auto_send_when_confident</c> executes, and
/// only low-risk proposals with every confidence at or above the rule's threshold — never a bank change, a mail held by
/// the fraud checks, a complaint or return, a hold or RMA, nor an order above <c>HappyButtons:Agents:AutoOrderLimit</c>.
/// </summary>
public sealed class AgentAutomation(IOptions<AgentOptions> options)
{
    private static readonly HashSet<string> LowRiskKinds = [ProposalKind.Reply, ProposalKind.Order, ProposalKind.InvoiceCopy, ProposalKind.Handoff];

    public AutomationDecision Decide(string? policy, double? threshold, AgentContext context, IReadOnlyList<ProposalDraft> proposals)
    {
        if (policy != IntakeFindings.AutomationName(AutomationPolicy.AutoSendWhenConfident))
        {
            return new AutomationDecision(false, "The rule's automation policy is {0}: a person decides.", policy ?? "draft");
        }

        if (proposals.Count == 0)
        {
            return new AutomationDecision(false, "Nothing to execute.");
        }

        if (context.FraudHold)
        {
            return new AutomationDecision(false, "Never automatic: the mail is held by the fraud checks.");
        }

        if (context.Intent is Intent.BankChange or Intent.Complaint or Intent.ReturnRequest)
        {
            return new AutomationDecision(false, "Never automatic for {0} mails.", context.Intent.ToApiName());
        }

        if (proposals.FirstOrDefault(p => !LowRiskKinds.Contains(p.Kind)) is { } risky)
        {
            return new AutomationDecision(false, "Never automatic: the task holds a {0} proposal.", risky.Kind);
        }

        var limit = options.Value.AutoOrderLimit;
        foreach (var order in proposals.Where(p => p.Kind == ProposalKind.Order))
        {
            var net = order.Payload["net"]?.GetValue<decimal>() ?? decimal.MaxValue;
            if (net > limit)
            {
                return new AutomationDecision(false, "Never automatic: the order's net value {0} EUR is above the limit of {1} EUR.", Amount(net), Amount(limit));
            }

            if (order.Payload.String("customerId") is null || order.Payload["lines"] is not System.Text.Json.Nodes.JsonArray lines
                || lines.Any(l => l?["sku"] is null || (l["quantity"]?.GetValue<long>() ?? 0) <= 0))
            {
                return new AutomationDecision(false, "Never automatic: the order draft is incomplete.");
            }
        }

        var needed = threshold ?? options.Value.DefaultAutomationThreshold;
        var lowest = proposals.Min(p => p.Confidence);
        return lowest < needed
            ? new AutomationDecision(false, "Confidence {0} is below the rule's threshold {1}: a person decides.", Percent(lowest), Percent(needed))
            : new AutomationDecision(true, "Executed automatically: every proposal is low-risk with a confidence of at least {0}.", Percent(needed));
    }

    private static string Amount(decimal value) => value.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);

    private static string Percent(double value) => (value * 100).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " %";
}
