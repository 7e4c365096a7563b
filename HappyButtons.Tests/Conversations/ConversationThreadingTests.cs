using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Conversations;

/// <summary>
/// Every processed mail joins a conversation: by In-Reply-To/References (our replies' Message-IDs too), then by the ticket
/// number in the subject (from the same customer only), else a new one; customer answers reopen; closed ones get a follow-up.
/// </summary>
public sealed class ConversationThreadingTests(ConversationSite site) : IClassFixture<ConversationSite>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly Actor Clerk = new(1, "Administrator");

    [Fact]
    public async Task ANewMail_StartsAConversation_InItsRoutedDepartment_WithCustomerSubjectAndSla()
    {
        var (message, conversation) = await site.ReceiveAsync("sales", ConversationSite.Mail("Bestellung Hornknöpfe", ConversationSite.Order));

        Assert.Equal(message.Department, conversation.Summary.Department);
        Assert.Equal(ConversationState.Open, conversation.Summary.State);
        Assert.Equal("Bestellung Hornknöpfe", conversation.Summary.Subject);
        Assert.Equal("erika@modehaus-berger.de", conversation.Summary.CustomerAddress);
        Assert.Equal(message.Intake!.SlaDueAt, conversation.Summary.SlaDueAt);
        var entry = Assert.Single(conversation.Timeline);
        Assert.Equal(EntryKind.Incoming, entry.Kind);
        Assert.Equal(message.Id, entry.MessageId);
    }

    [Fact]
    public async Task AnAnswer_ByInReplyTo_JoinsTheConversation_AndSoDoesAnAnswerToOurOwnReply()
    {
        var first = Guid.NewGuid().ToString("N") + "@modehaus-berger.de";
        var (_, conversation) = await site.ReceiveAsync("sales", ConversationSite.Mail("Anfrage Perlmuttknöpfe", "Was kosten 2000 Perlmuttknöpfe?", messageId: first));
        var (_, second) = await site.ReceiveAsync("sales", ConversationSite.Mail("Re: Anfrage Perlmuttknöpfe", "Noch eine Frage zur Farbe.", inReplyTo: first));
        Assert.Equal(conversation.Summary.Id, second.Summary.Id);

        var reply = await site.Replies.SendAsync(conversation.Summary.Id, new ReplyDraft(Guid.NewGuid(), "Guten Tag, 0,12 € je Stück.") { CourtesyOverrideReason = "threading test" }, Clerk, None);
        Assert.True(reply.Succeeded, reply.Refusal.ToString());
        var (_, third) = await site.ReceiveAsync("sales", ConversationSite.Mail("AW: Anfrage Perlmuttknöpfe", "Danke, wir bestellen.",
            inReplyTo: reply.MessageId, references: $"<{first}> <{reply.MessageId}>"));

        Assert.Equal(conversation.Summary.Id, third.Summary.Id);
        Assert.Equal(ConversationState.Open, third.Summary.State); // the reply set it pending; the answer opened it again
        Assert.Equal([EntryKind.Incoming, EntryKind.Incoming, EntryKind.Outgoing, EntryKind.Event, EntryKind.Incoming, EntryKind.Event],
            third.Timeline.Select(t => t.Kind).ToArray());
        Assert.Equal(EventCode.Reopened, third.Timeline[^1].EventCode);
    }

    [Fact]
    public async Task AMailProcessedAgain_StaysInItsOneConversation()
    {
        var (message, conversation) = await site.ReceiveAsync("sales", ConversationSite.Mail("Muster Steinnussknöpfe", "Bitte senden Sie uns Muster."));
        await using var context = await site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync();
        var conversations = await context.Conversations.CountAsync();

        // A re-run of its processing (an administrator's retry, a crash before the claim was cleared) threads it again.
        await context.Messages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.Status, MessageStatus.Received).SetProperty(m => m.ProcessedAt, (DateTimeOffset?)null));
        site.Services.GetRequiredService<ProcessingSignal>().Wake();
        await site.WaitProcessedAsync(message.Id);

        Assert.Equal(1, await context.ConversationEntries.CountAsync(e => e.MessageId == message.Id));
        Assert.Equal(conversations, await context.Conversations.CountAsync());
        Assert.Equal(conversation.Summary.Id, await site.Queries.OfMessageAsync(message.Id, None));
    }

    [Fact]
    public async Task ACustomerReplyThatBreaksReferences_JoinsByTheTicketNumberInTheSubject()
    {
        var (_, conversation) = await site.ReceiveAsync("sales", ConversationSite.Mail("Lieferzeit Trachtenknöpfe", "Wann können Sie liefern?"));
        var ticket = conversation.Summary.Ticket;

        // Another person of the same customer, a new mail (no In-Reply-To, no References), the ticket number kept in the subject.
        var (_, answer) = await site.ReceiveAsync("sales", ConversationSite.Mail($"AW: Lieferzeit Trachtenknöpfe [{ticket}]", "Gibt es schon einen Termin?",
            from: "Hans Berger <hans.berger@modehaus-berger.de>"));

        Assert.Equal(conversation.Summary.Id, answer.Summary.Id);
        Assert.Equal("Lieferzeit Trachtenknöpfe", answer.Summary.Subject);
    }

    [Fact]
    public async Task ATicketNumberFromSomeoneElse_StartsANewConversation()
    {
        var (_, conversation) = await site.ReceiveAsync("sales", ConversationSite.Mail("Reklamation Ösen", "Die Ösen sind verbogen."));

        var (_, stranger) = await site.ReceiveAsync("sales", ConversationSite.Mail($"Re: [{conversation.Summary.Ticket}]", "Bitte senden Sie mir alle Unterlagen.",
            from: "Mallory <mallory@example.org>"));

        Assert.NotEqual(conversation.Summary.Id, stranger.Summary.Id);
    }

    [Fact]
    public async Task AForward_ThatKeepsTheOriginalInReferences_JoinsTheConversation()
    {
        var original = Guid.NewGuid().ToString("N") + "@modehaus-berger.de";
        var (_, conversation) = await site.ReceiveAsync("sales", ConversationSite.Mail("Muster Hirschhornknöpfe", "Können Sie Muster schicken?", messageId: original));

        var (_, forward) = await site.ReceiveAsync("sales", ConversationSite.Mail("WG: Muster Hirschhornknöpfe", "Zur Info von unserer Einkäuferin.\r\n\r\n-------- Weitergeleitete Nachricht --------",
            from: "Einkauf Modehaus Berger <einkauf@modehaus-berger.de>", references: $"<{original}>"));

        Assert.Equal(conversation.Summary.Id, forward.Summary.Id);
    }

    [Fact]
    public async Task AnAnswerToAClosedConversation_StartsAFollowUp_ThatNamesTheOldOne()
    {
        var first = Guid.NewGuid().ToString("N") + "@modehaus-berger.de";
        var (_, conversation) = await site.ReceiveAsync("sales", ConversationSite.Mail("Katalog 2027", "Bitte senden Sie uns den Katalog.", messageId: first));
        Assert.True((await site.Work.SetStateAsync(conversation.Summary.Id, ConversationState.Closed, Clerk, null, None)).Succeeded);

        var (_, followUp) = await site.ReceiveAsync("sales", ConversationSite.Mail("Re: Katalog 2027", "Und die Preisliste?", inReplyTo: first));

        Assert.NotEqual(conversation.Summary.Id, followUp.Summary.Id);
        Assert.Contains(followUp.Timeline, t => t.EventCode == EventCode.FollowUp && t.EventDetail == conversation.Summary.Ticket);
    }

    [Fact]
    public async Task MailProcessedBeforeConversationsExisted_IsPutIntoConversationsAtStart()
    {
        var first = Guid.NewGuid().ToString("N") + "@modehaus-berger.de";
        var (a, _) = await site.ReceiveAsync("sales", ConversationSite.Mail("Altbestand", "Erste Mail vor dem Update.", messageId: first));
        var (b, _) = await site.ReceiveAsync("sales", ConversationSite.Mail("Re: Altbestand", "Zweite Mail vor dem Update.", inReplyTo: first));
        var contexts = site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>();
        await using (var context = await contexts.CreateDbContextAsync())
        {
            // As the earlier release left them: processed, in no conversation.
            var ids = await context.ConversationEntries.Where(e => e.MessageId == a.Id || e.MessageId == b.Id).Select(e => e.ConversationId).ToListAsync();
            await context.Conversations.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync();
        }

        await site.Services.GetServices<HappyButtons.Engine.IInstallationStep>().OfType<ConversationBackfill>().Single().RunAsync(None);

        var ofA = await site.Queries.OfMessageAsync(a.Id, None);
        Assert.NotNull(ofA);
        Assert.Equal(ofA, await site.Queries.OfMessageAsync(b.Id, None));
    }
}
