using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Routing.Escalation;
using HappyButtons.Tests.Intake.Pipeline;
using HappyButtons.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Conversations;

/// <summary>The application on a PostgreSQL database of the shared test server.</summary>
public sealed class PostgresConversationSite() : ConversationSite(PipelineTestSite.OnProvider(null, TestProvider.PostgreSql));

/// <summary>Threading, the queue's queries, actions, replies, escalation and the backfill on PostgreSQL (one model, two providers).</summary>
public sealed class ConversationPostgresTests(PostgresConversationSite site) : IClassFixture<PostgresConversationSite>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task TheWholeCase_OnPostgreSql()
    {
        var anna = await site.CreateUserAsync("anna", "Passwort-Anna-2026!", false, Departments.Sales);
        var actor = new Actor(anna.Id, anna.DisplayName);
        var first = Guid.NewGuid().ToString("N") + "@modehaus-berger.de";
        var (_, conversation) = await site.ReceiveAsync("sales", ConversationSite.Mail("Bestellung Pg", ConversationSite.Order, messageId: first));
        var id = conversation.Summary.Id;

        Assert.True((await site.Work.ClaimAsync(id, actor, conversation.Summary.Version, None)).Succeeded);
        Assert.Equal(WorkRefusal.Conflict, (await site.Work.ClaimAsync(id, actor, conversation.Summary.Version, None)).Refusal);
        Assert.True((await site.Work.AddNoteAsync(id, "@anna bitte prüfen", actor, None)).Succeeded);
        var reply = await site.Replies.SendAsync(id, new ReplyDraft(Guid.NewGuid(), "Guten Tag, danke.") { CourtesyOverrideReason = "threading test" }, actor, None);
        Assert.True(reply.Succeeded);
        var (_, answered) = await site.ReceiveAsync("sales", ConversationSite.Mail("Re: Bestellung Pg", "Danke.", inReplyTo: reply.MessageId));
        var (_, byTicket) = await site.ReceiveAsync("sales", ConversationSite.Mail($"AW: [{conversation.Summary.Ticket}]", "Noch etwas.", from: "hans@modehaus-berger.de"));

        Assert.Equal(id, answered.Summary.Id);
        Assert.Equal(id, byTicket.Summary.Id);
        Assert.Equal(ConversationState.Open, byTicket.Summary.State);
        foreach (var sort in Enum.GetValues<QueueSort>())
        {
            foreach (var view in Enum.GetValues<QueueView>())
            {
                await site.Queries.ListAsync(new ConversationFilter(Departments.Sales, view, anna.Id, Search: "pg", Sort: sort, Priority: "normal"), None);
            }
        }

        var mine = await site.Queries.ListAsync(new ConversationFilter(Departments.Sales, QueueView.Mine, anna.Id, Search: conversation.Summary.Ticket), None);
        Assert.Equal(id, Assert.Single(mine.Items).Id);
        Assert.True(mine.Items[0].Unread);
        await site.Work.MarkReadAsync(id, anna.Id, None);
        Assert.False((await site.Queries.FindAsync(id, anna.Id, None))!.Unread);
        Assert.Equal(1, (await site.Queries.CountsAsync(Departments.Sales, anna.Id, None)).Mine);
        Assert.Equal(0, await site.Queries.UnreadMineAsync(anna.Id, None));
        Assert.NotEmpty(await site.Queries.ColleaguesAsync(Departments.Sales, None));

        var due = (await site.Queries.FindAsync(id, null, None))!.SlaDueAt!.Value;
        await site.Services.CreateScope().ServiceProvider.GetRequiredService<SlaEscalation>().EscalateDueAsync(due.AddMinutes(1), None);
        Assert.Equal(1, (await site.Queries.GetAsync(id, null, None))!.EscalationLevel);
        Assert.True((await site.Work.MoveAsync(id, Departments.Finance, "Rechnungsfrage", actor, null, None)).Succeeded);

        await site.Services.GetServices<HappyButtons.Engine.IInstallationStep>().OfType<ConversationBackfill>().Single().RunAsync(None);
    }
}
