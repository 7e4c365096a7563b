using HappyButtons.Engine.Events;
using HappyButtons.Engine.Intake;

namespace HappyButtons.Engine.Conversations;

/// <summary>
/// The last intake step: puts the processed mail into its conversation in the processing transaction
/// (<see cref="ConversationThreading"/>) and, after the commit, tells the department's queue and the assignee.
/// </summary>
public sealed class ConversationStep(EventHub events) : IMessageStep
{
    public Task ApplyAsync(ProcessedMessage message, CancellationToken cancellationToken)
    {
        var keys = ThreadKeys.Of(message.Mail);
        ConversationThreading.Placement? placement = null;
        message.OnSaveRelated((context, row, now) => placement = ConversationThreading.Place(context, row, keys, now));
        message.OnCommitted(() =>
        {
            if (placement is not { Conversation: var conversation })
            {
                return;
            }

            events.Publish(new ConversationChanged(conversation.Id, conversation.Department));
            if (!placement.Created && conversation.AssigneeId is { } assignee)
            {
                events.Publish(new ConversationNotice(assignee, ConversationNotice.CustomerReplied, conversation.Id, conversation.Department,
                    conversation.Subject, conversation.CustomerName ?? conversation.CustomerAddress));
            }
        });
        return Task.CompletedTask;
    }
}
