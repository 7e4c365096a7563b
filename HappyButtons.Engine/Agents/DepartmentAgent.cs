using System.Text.Json.Nodes;
using HappyButtons.Engine.Intake;

namespace HappyButtons.Engine.Agents;

/// <summary>The proposal kinds of the contract (lower-case, as in the API).</summary>
public static class ProposalKind
{
    public const string Reply = "reply";
    public const string Order = "order";
    public const string InvoiceCopy = "invoice_copy";
    public const string Handoff = "handoff";
    public const string Hold = "hold";
    public const string Rma = "rma";
}

/// <summary>The task statuses of the contract.</summary>
public static class AgentTaskStatus
{
    public const string Proposed = "proposed";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Done = "done";
    public const string Failed = "failed";
}

/// <summary>What an agent knows about the mail it prepares work for: the mail, how it was understood, its case and customer.</summary>
public sealed record AgentContext(
    long MessageId,
    long? ConversationId,
    string Department,
    Intent Intent,
    Language Language,
    string? CustomerNumber,
    string? FromAddress,
    string? FromName,
    string Subject,
    string Text)
{
    /// <summary>What the coordinator remembers of the customer and the conversation (earlier orders, open issues, preferred language …).</summary>
    public IReadOnlyDictionary<string, string> Memory { get; init; } = new Dictionary<string, string>();

    /// <summary>The sender as the customer records know them (salutation, title); unknown when the address is no contact's.</summary>
    public Replies.ReplyContact Contact { get; init; } = Replies.ReplyContact.Unknown;

    /// <summary>The mail was held by the fraud checks (bank data, payment redirections): nothing may run on its own.</summary>
    public bool FraudHold { get; init; }

    public int? RiskScore { get; init; }

    /// <summary>The classifier's confidence 0..1.</summary>
    public double ClassificationConfidence { get; init; } = 1;

    public DateTimeOffset ReceivedAt { get; init; }
}

/// <summary>One proposal before it is stored: kind, confidence 0..1, a one-line reason a clerk can check, and the content.</summary>
public sealed record ProposalDraft(string Kind, double Confidence, string Reason, JsonObject Payload);

/// <summary>A department's agent: turns one routed mail into concrete, checkable proposals (none when it has nothing to offer).</summary>
public interface IDepartmentAgent
{
    /// <summary>info | sales | support | finance</summary>
    string Department { get; }

    Task<IReadOnlyList<ProposalDraft>> ProposeAsync(AgentContext context, CancellationToken cancellationToken);
}
