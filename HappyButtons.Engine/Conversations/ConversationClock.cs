using HappyButtons.Engine.Storage.Model;

namespace HappyButtons.Engine.Conversations;

/// <summary>
/// The state and SLA clock rules of a conversation, on the entity, with the time given (tests move it):
/// open runs the clock; pending, resolved and closed stop it, and the time it stood moves the due times on when it runs
/// again; the first reply sets the first response time and from then on the resolution is what is due; resolving records
/// the resolution time. Wall-clock time is shifted (a pause over a weekend moves the due time by the whole weekend):
/// generous to the clerk, never a breach the customer caused by not answering.
/// </summary>
public static class ConversationClock
{
    /// <summary>Moves the conversation to <paramref name="state"/>; false when it is in that state already.</summary>
    public static bool SetState(Conversation conversation, string state, DateTimeOffset now)
    {
        if (!ConversationState.IsValid(state))
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown conversation state.");
        }

        if (conversation.State == state)
        {
            return false;
        }

        if (state == ConversationState.Open)
        {
            Run(conversation, now);
            conversation.ResolvedAt = null;
        }
        else
        {
            Stop(conversation, now);
            if (state is ConversationState.Resolved or ConversationState.Closed)
            {
                conversation.ResolvedAt ??= now;
            }
        }

        conversation.State = state;
        return true;
    }

    /// <summary>Our reply went out: the first one sets the first response time, and the resolution becomes what is due.</summary>
    public static void RecordReply(Conversation conversation, DateTimeOffset now)
    {
        if (conversation.FirstResponseAt is not null)
        {
            return;
        }

        conversation.FirstResponseAt = now;
        conversation.FirstResponseDueAt = conversation.SlaDueAt;
        conversation.SlaDueAt = conversation.ResolutionDueAt;
        conversation.EscalationLevel = 0;
        conversation.EscalatedAt = null;
    }

    /// <summary>The due time as the queue shows it: null while the clock stands.</summary>
    public static DateTimeOffset? RunningDue(Conversation conversation) =>
        conversation.State == ConversationState.Open ? conversation.SlaDueAt : null;

    /// <summary>True when what is due is past and the clock runs.</summary>
    public static bool IsBreached(string state, DateTimeOffset? slaDueAt, DateTimeOffset now) =>
        state == ConversationState.Open && slaDueAt is { } due && due <= now;

    private static void Stop(Conversation conversation, DateTimeOffset now) => conversation.SlaPausedAt ??= now;

    private static void Run(Conversation conversation, DateTimeOffset now)
    {
        if (conversation.SlaPausedAt is not { } since)
        {
            return;
        }

        var stood = now - since;
        if (stood > TimeSpan.Zero)
        {
            conversation.SlaPausedMilliseconds += (long)stood.TotalMilliseconds;
            conversation.SlaDueAt += stood;
            conversation.ResolutionDueAt += stood;
        }

        conversation.SlaPausedAt = null;
    }
}
