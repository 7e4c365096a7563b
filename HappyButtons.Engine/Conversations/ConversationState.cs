namespace HappyButtons.Engine.Conversations;

/// <summary>The states of a conversation as the API and the database name them.</summary>
public static class ConversationState
{
    /// <summary>Someone of the department has to act; the SLA clock runs.</summary>
    public const string Open = "open";

    /// <summary>Waiting on the customer: the SLA clock stands until they answer.</summary>
    public const string Pending = "pending";

    /// <summary>Done; the clock stopped. A customer's answer opens it again.</summary>
    public const string Resolved = "resolved";

    /// <summary>Filed away; a customer's answer starts a new conversation that names this one.</summary>
    public const string Closed = "closed";

    public static IReadOnlyList<string> All { get; } = [Open, Pending, Resolved, Closed];

    public static bool IsValid(string? state) => state is not null && All.Contains(state);
}

/// <summary>The kinds of timeline entries.</summary>
public static class EntryKind
{
    public const string Incoming = "incoming";
    public const string Outgoing = "outgoing";
    public const string Note = "note";
    public const string Event = "event";
}

/// <summary>What an event entry records.</summary>
public static class EventCode
{
    public const string Claimed = "claimed";
    public const string Assigned = "assigned";
    public const string Unassigned = "unassigned";
    public const string Moved = "moved";
    public const string State = "state";
    public const string Reopened = "reopened";
    public const string FollowUp = "follow_up";
    public const string Escalated = "escalated";
    public const string Checked = "checked";
}
