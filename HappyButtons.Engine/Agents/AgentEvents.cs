using HappyButtons.Engine.Events;

namespace HappyButtons.Engine.Agents;

/// <summary>A task was proposed, approved, executed, rejected or failed: the conversation's task panel and the queues update.</summary>
public sealed record AgentTaskChanged(long TaskId, long? ConversationId, string ForDepartment, string Status) : DomainEvent(TopicName, ForDepartment)
{
    public const string TopicName = "agent_tasks";
}

/// <summary>The coordinator proposed a group of tasks (one event per group, not per mail).</summary>
public sealed record AgentTasksProposed(int Count) : DomainEvent(TopicName, null)
{
    public const string TopicName = "agent_tasks.proposed";
}
