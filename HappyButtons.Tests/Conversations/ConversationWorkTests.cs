using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Routing.Escalation;
using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Conversations;

/// <summary>Claim, assign, move, state changes by two clerks at once, notes with mentions, and the SLA clock with a moved clock.</summary>
public sealed class ConversationWorkTests(ConversationSite site) : IClassFixture<ConversationSite>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private async Task<(Actor Anna, Actor Ben)> ClerksAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var anna = await site.CreateUserAsync("anna" + suffix, "Passwort-Anna-2026!", false, Departments.Sales);
        var ben = await site.CreateUserAsync("ben" + suffix, "Passwort-Ben-2026!", false, Departments.Sales);
        return (new Actor(anna.Id, anna.DisplayName), new Actor(ben.Id, ben.DisplayName));
    }

    private async Task<ConversationDetail> NewAsync(string subject = "Bestellung") =>
        (await site.ReceiveAsync("sales", ConversationSite.Mail(subject, ConversationSite.Order))).Conversation;

    [Fact]
    public async Task AClaim_BasedOnAnOlderVersion_IsRefused_NamingWhoClaimedFirst()
    {
        var (anna, ben) = await ClerksAsync();
        var conversation = await NewAsync();
        var seen = conversation.Summary.Version;

        var first = await site.Work.ClaimAsync(conversation.Summary.Id, anna, seen, None);
        var second = await site.Work.ClaimAsync(conversation.Summary.Id, ben, seen, None);

        Assert.True(first.Succeeded);
        Assert.Equal(WorkRefusal.Conflict, second.Refusal);
        Assert.Equal(anna.Name, second.By);
        var after = await site.Queries.GetAsync(conversation.Summary.Id, null, None);
        Assert.Equal(anna.UserId, after!.Summary.AssigneeId);
        Assert.Contains(after.Timeline, t => t.EventCode == EventCode.Claimed && t.AuthorId == anna.UserId);
    }

    [Fact]
    public async Task Assigning_ToAColleagueOfTheDepartment_TellsThemLive_AndToAnOutsider_IsRefused()
    {
        var (anna, ben) = await ClerksAsync();
        var outsider = await site.CreateUserAsync("fin" + Guid.NewGuid().ToString("N")[..6], "Passwort-Fin-2026!", false, Departments.Finance);
        var conversation = await NewAsync();
        using var notices = site.Services.GetRequiredService<HappyButtons.Engine.Events.EventHub>().Subscribe(e => e is ConversationNotice);

        var refused = await site.Work.AssignAsync(conversation.Summary.Id, outsider.Id, anna, null, None);
        var assigned = await site.Work.AssignAsync(conversation.Summary.Id, ben.UserId, anna, null, None);

        Assert.Equal(WorkRefusal.NotAMember, refused.Refusal);
        Assert.True(assigned.Succeeded);
        var notice = Assert.IsType<ConversationNotice>(await notices.Reader.ReadAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token));
        Assert.Equal((ben.UserId, ConversationNotice.Assigned, conversation.Summary.Id), (notice.UserId, notice.Kind, notice.ConversationId));
    }

    [Fact]
    public async Task AMove_ToAnotherDepartment_NeedsAReason_KeepsTheHistory_AndFreesTheAssignee()
    {
        var (anna, _) = await ClerksAsync();
        var conversation = await NewAsync();
        await site.Work.ClaimAsync(conversation.Summary.Id, anna, null, None);

        var withoutReason = await site.Work.MoveAsync(conversation.Summary.Id, Departments.Finance, " ", anna, null, None);
        var moved = await site.Work.MoveAsync(conversation.Summary.Id, Departments.Finance, "Es geht um eine offene Rechnung.", anna, null, None);

        Assert.Equal(WorkRefusal.ReasonMissing, withoutReason.Refusal);
        Assert.True(moved.Succeeded);
        var after = (await site.Queries.GetAsync(conversation.Summary.Id, null, None))!;
        Assert.Equal(Departments.Finance, after.Summary.Department);
        Assert.Null(after.Summary.AssigneeId);
        Assert.Equal(EntryKind.Incoming, after.Timeline[0].Kind);
        var move = Assert.Single(after.Timeline, t => t.EventCode == EventCode.Moved);
        Assert.Equal("sales>finance", move.EventDetail);
        Assert.Equal("Es geht um eine offene Rechnung.", move.Text);
    }

    [Fact]
    public async Task TwoClerksClosingTheSameConversation_TheSecondIsToldItIsClosedAlready_ByWhom()
    {
        var (anna, ben) = await ClerksAsync();
        var conversation = await NewAsync();

        var results = await Task.WhenAll(
            site.Work.SetStateAsync(conversation.Summary.Id, ConversationState.Closed, anna, conversation.Summary.Version, None),
            site.Work.SetStateAsync(conversation.Summary.Id, ConversationState.Closed, ben, conversation.Summary.Version, None));

        Assert.Single(results, r => r.Succeeded);
        var loser = Assert.Single(results, r => !r.Succeeded);
        Assert.Contains(loser.Refusal, new WorkRefusal?[] { WorkRefusal.Conflict, WorkRefusal.AlreadyDone });
        Assert.NotNull(loser.By);
        var after = (await site.Queries.GetAsync(conversation.Summary.Id, null, None))!;
        Assert.Single(after.Timeline, t => t.EventCode == EventCode.State);
    }

    [Fact]
    public async Task ANote_MentioningAColleague_TellsThem()
    {
        var (anna, ben) = await ClerksAsync();
        var benName = (await site.Services.GetRequiredService<UserStore>().FindByIdAsync(ben.UserId, None))!.UserName;
        var conversation = await NewAsync();
        using var notices = site.Services.GetRequiredService<HappyButtons.Engine.Events.EventHub>().Subscribe(e => e is ConversationNotice n && n.UserId == ben.UserId);

        Assert.True((await site.Work.AddNoteAsync(conversation.Summary.Id, $"@{benName} kannst du den Preis prüfen?", anna, None)).Succeeded);

        var notice = Assert.IsType<ConversationNotice>(await notices.Reader.ReadAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token));
        Assert.Equal(ConversationNotice.Mentioned, notice.Kind);
        var note = Assert.Single((await site.Queries.GetAsync(conversation.Summary.Id, null, None))!.Timeline, t => t.Kind == EntryKind.Note);
        Assert.Equal([ben.UserId], note.Mentions);
    }

    [Fact]
    public async Task AnOverdueConversation_GoesToItsAssigneeFirst_ThenToTheEscalationContacts()
    {
        var (anna, _) = await ClerksAsync();
        var conversation = await NewAsync("Bestellung Eilauftrag");
        Assert.True((await site.Work.ClaimAsync(conversation.Summary.Id, anna, null, None)).Succeeded);
        var escalation = site.Services.CreateScope().ServiceProvider.GetRequiredService<SlaEscalation>();
        var due = conversation.Summary.SlaDueAt!.Value;
        using var notices = site.Services.GetRequiredService<HappyButtons.Engine.Events.EventHub>().Subscribe(e => e is ConversationNotice n && n.UserId == anna.UserId);

        await escalation.EscalateDueAsync(due.AddMinutes(1), None);
        var toAssignee = (await site.Queries.GetAsync(conversation.Summary.Id, null, None))!;
        await escalation.EscalateDueAsync(due.AddMinutes(30), None);
        var stillAssignee = (await site.Queries.GetAsync(conversation.Summary.Id, null, None))!;
        await escalation.EscalateDueAsync(due.AddMinutes(62), None);
        var toContacts = (await site.Queries.GetAsync(conversation.Summary.Id, null, None))!;

        Assert.Equal(1, toAssignee.EscalationLevel);
        Assert.Equal(conversation.Summary.Priority, toAssignee.Summary.Priority);
        Assert.Equal(ConversationNotice.Escalated, ((ConversationNotice)await notices.Reader.ReadAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token)).Kind);
        Assert.Equal(1, stillAssignee.EscalationLevel);
        Assert.Equal(2, toContacts.EscalationLevel);
        Assert.NotEqual(conversation.Summary.Priority, toContacts.Summary.Priority);
        await using var context = await site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync();
        var messageId = conversation.Timeline[0].MessageId;
        Assert.Equal(1, await context.Escalations.CountAsync(e => e.MessageId == messageId));
    }
}
