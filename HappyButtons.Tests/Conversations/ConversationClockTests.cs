using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Storage.Model;

namespace HappyButtons.Tests.Conversations;

/// <summary>The state and SLA clock rules on the conversation itself, with the time given.</summary>
public sealed class ConversationClockTests
{
    private static readonly DateTimeOffset Nine = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private static Conversation Fresh() => new()
    {
        Department = "sales", Subject = "Anfrage", SlaDueAt = Nine.AddHours(1), ResolutionDueAt = Nine.AddHours(8),
    };

    [Fact]
    public void Pending_StopsTheClock_AndTheTimeItStood_MovesBothDueTimesOn()
    {
        var conversation = Fresh();

        ConversationClock.SetState(conversation, ConversationState.Pending, Nine.AddMinutes(30));
        Assert.Null(ConversationClock.RunningDue(conversation));
        Assert.False(ConversationClock.IsBreached(conversation.State, conversation.SlaDueAt, Nine.AddHours(5)));
        ConversationClock.SetState(conversation, ConversationState.Open, Nine.AddHours(3).AddMinutes(30));

        Assert.Equal(Nine.AddHours(4), conversation.SlaDueAt);
        Assert.Equal(Nine.AddHours(11), conversation.ResolutionDueAt);
        Assert.Equal((long)TimeSpan.FromHours(3).TotalMilliseconds, conversation.SlaPausedMilliseconds);
        Assert.Null(conversation.SlaPausedAt);
        Assert.True(ConversationClock.IsBreached(conversation.State, conversation.SlaDueAt, Nine.AddHours(4)));
    }

    [Fact]
    public void Resolve_StopsTheClock_AndRecordsTheResolutionTime_AndReopeningClearsIt()
    {
        var conversation = Fresh();

        ConversationClock.SetState(conversation, ConversationState.Resolved, Nine.AddMinutes(45));
        Assert.Equal(Nine.AddMinutes(45), conversation.ResolvedAt);
        Assert.False(ConversationClock.IsBreached(conversation.State, conversation.SlaDueAt, Nine.AddDays(3)));

        ConversationClock.SetState(conversation, ConversationState.Open, Nine.AddHours(1).AddMinutes(45));
        Assert.Null(conversation.ResolvedAt);
        Assert.Equal(Nine.AddHours(2), conversation.SlaDueAt);
    }

    [Fact]
    public void TheFirstReply_SetsTheFirstResponseTime_OnlyOnce_AndTheResolutionBecomesDue()
    {
        var conversation = Fresh();

        ConversationClock.RecordReply(conversation, Nine.AddMinutes(20));
        ConversationClock.RecordReply(conversation, Nine.AddMinutes(50));

        Assert.Equal(Nine.AddMinutes(20), conversation.FirstResponseAt);
        Assert.Equal(Nine.AddHours(8), conversation.SlaDueAt);
    }

    [Fact]
    public void SettingTheSameStateAgain_ChangesNothing()
    {
        var conversation = Fresh();
        ConversationClock.SetState(conversation, ConversationState.Closed, Nine);

        Assert.False(ConversationClock.SetState(conversation, ConversationState.Closed, Nine.AddHours(1)));
        Assert.Equal(Nine, conversation.ResolvedAt);
        Assert.Equal(Nine, conversation.SlaPausedAt);
    }
}
