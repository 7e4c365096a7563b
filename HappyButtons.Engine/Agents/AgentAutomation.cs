using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Persistence;
using HappyButtons.Engine.Routing;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Agents;

/// <summary>Whether a task may run without a person, and why (or why not), in one English sentence for the task and the audit.</summary>
public sealed record AutomationDecision(bool Execute, string Note);

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
            return new AutomationDecision(false, $"The rule's automation policy is {policy ?? "draft"}: a person decides.");
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
            return new AutomationDecision(false, $"Never automatic for {context.Intent.ToApiName()} mails.");
        }

        if (proposals.FirstOrDefault(p => !LowRiskKinds.Contains(p.Kind)) is { } risky)
        {
            return new AutomationDecision(false, $"Never automatic: the task holds a {risky.Kind} proposal.");
        }

        var limit = options.Value.AutoOrderLimit;
        foreach (var order in proposals.Where(p => p.Kind == ProposalKind.Order))
        {
            var net = order.Payload["net"]?.GetValue<decimal>() ?? decimal.MaxValue;
            if (net > limit)
            {
                return new AutomationDecision(false, $"Never automatic: the order's net value {net:0.00} EUR is above the limit of {limit:0.00} EUR.");
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
            ? new AutomationDecision(false, $"Confidence {lowest:0.00} is below the rule's threshold {needed:0.00}: a person decides.")
            : new AutomationDecision(true, $"Executed automatically: every proposal is low-risk with confidence at least {needed:0.00}.");
    }
}
