using HappyButtons.Engine.Events;

namespace HappyButtons.Engine.Intake;

/// <summary>A message arrived or changed (processed, routed, corrected); the department's workspace list updates live.</summary>
public sealed record MessageChanged(long MessageId, string ForDepartment) : DomainEvent(TopicName, ForDepartment)
{
    public const string TopicName = "messages";
}
