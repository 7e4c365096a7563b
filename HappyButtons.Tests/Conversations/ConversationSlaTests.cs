using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Identity;

namespace HappyButtons.Tests.Conversations;

/// <summary>The SLA clock of a conversation with a moved clock (its own site: moving the clock makes other mail overdue).</summary>
public sealed class ConversationSlaTests(ConversationSite site) : IClassFixture<ConversationSite>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task WhilePending_TheClockStands_AndTheCustomersAnswerRunsItAgain_WithTheDueTimeMovedOn()
    {
        var annaUser = await site.CreateUserAsync("anna", "Passwort-Anna-2026!", false, Departments.Sales);
        var anna = new Actor(annaUser.Id, annaUser.DisplayName);
        var first = Guid.NewGuid().ToString("N") + "@modehaus-berger.de";
        var (_, conversation) = await site.ReceiveAsync("sales", ConversationSite.Mail("Rückfrage Farbe", ConversationSite.Order, messageId: first));
        var due = conversation.Summary.SlaDueAt!.Value;
        Assert.True((await site.Work.SetStateAsync(conversation.Summary.Id, ConversationState.Pending, anna, null, None)).Succeeded);

        site.Time.Advance(TimeSpan.FromHours(30));
        var (_, answered) = await site.ReceiveAsync("sales", ConversationSite.Mail("Re: Rückfrage Farbe", "Schwarz, bitte.", inReplyTo: first));

        Assert.Equal(ConversationState.Open, answered.Summary.State);
        Assert.True(answered.SlaPausedMilliseconds >= TimeSpan.FromHours(30).TotalMilliseconds);
        Assert.Equal(due + TimeSpan.FromMilliseconds(answered.SlaPausedMilliseconds), answered.Summary.SlaDueAt);
    }

}
