using HappyButtons.Engine.Orders;

namespace HappyButtons.Engine.Agents;

/// <summary>What a person changed before approving; null parts are taken as proposed. <see cref="Skip"/> rejects single proposals by kind.</summary>
public sealed record TaskEdits
{
    public string? ReplySubject { get; init; }
    public string? ReplyBody { get; init; }
    public string? CustomerId { get; init; }
    public string? PoNumber { get; init; }
    public IReadOnlyList<NewOrderLine>? OrderLines { get; init; }
    public string? HandoffTo { get; init; }
    public IReadOnlyList<string> Skip { get; init; } = [];
}

public enum TaskRefusal
{
    NotFound,
    /// <summary>Rejected already, changed since the clerk saw it, or being executed by someone else right now.</summary>
    Conflict,
    /// <summary>The request itself is wrong (no reason for a rejection, an empty order line).</summary>
    Invalid,
    /// <summary>Executing failed (the order was refused, the reply could not be sent); the task is <c>failed</c> and may be approved again.</summary>
    Failed,
}

/// <summary>The outcome of approve or reject: what execution produced, or why not. <see cref="AlreadyDone"/>: a repeated approval.</summary>
public sealed record TaskResult(TaskRefusal? Refusal, string? Detail = null, long? OrderId = null, string? OrderNumber = null, string? SentMessageId = null)
{
    public bool AlreadyDone { get; init; }
    public bool Succeeded => Refusal is null;
}
