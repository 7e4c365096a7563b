using HappyButtons.Engine.Events;

namespace HappyButtons.Engine.Conversations;

/// <summary>A conversation changed (new mail, claim, state, reply, note, move): its department's queue and its page reload.</summary>
public sealed record ConversationChanged(long ConversationId, string ForDepartment, long? ByUserId = null) : DomainEvent(TopicName, ForDepartment)
{
    public const string TopicName = "conversations";
}

/// <summary>Something one person should notice now: a conversation was assigned to them, their customer answered, it escalated, they were mentioned.</summary>
public sealed record ConversationNotice(long UserId, string Kind, long ConversationId, string ForDepartment, string Subject, string? ByName)
    : DomainEvent(TopicName, ForDepartment)
{
    public const string TopicName = "conversations.notice";
    public const string Assigned = "assigned";
    public const string CustomerReplied = "customer_replied";
    public const string Escalated = "escalated";
    public const string Mentioned = "mentioned";
}

/// <summary>Who has a conversation open, and who is typing in it, changed.</summary>
public sealed record ConversationPresenceChanged(long ConversationId, string ForDepartment) : DomainEvent(TopicName, ForDepartment)
{
    public const string TopicName = "conversations.presence";
}

/// <summary>A person read conversations: their bell counts again (only theirs; nothing changed for anyone else).</summary>
public sealed record ConversationsRead(long UserId) : DomainEvent(TopicName, null)
{
    public const string TopicName = "conversations.read";
}
