using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Mail.Outgoing;
using HappyButtons.Engine.Orders;
using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Kpis;

/// <summary>What an operator checks at a glance (<c>GET /stats</c>): today's flow and what waits now, each a count in the database.</summary>
public sealed record OperationsSnapshot(
    int MessagesReceivedToday,
    int MessagesProcessedToday,
    IReadOnlyDictionary<string, int> MessagesInPipeline,
    int ConversationsOpen,
    int ConversationsPending,
    int ConversationsPastDue,
    int TasksWaitingForDecision,
    int TasksExecutedToday,
    int TasksFailed,
    IReadOnlyDictionary<string, int> OrdersByState,
    int OrdersDeliveredToday,
    int OutgoingMailQueued,
    int OutgoingMailFailed,
    int OutgoingMailSentToday,
    int SurveyAnswersToday);

public sealed class OperationalCounters(IDbContextFactory<HappyButtonsDbContext> contexts, TimeProvider clock)
{
    public async Task<OperationsSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = BerlinDays.Start(BerlinDays.Of(now));
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var pipeline = await context.Messages
            .Where(m => m.Status == MessageStatus.Received || m.Status == MessageStatus.Processing || m.Status == MessageStatus.NeedsReview || m.Status == MessageStatus.Failed)
            .GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var orders = await context.Orders.GroupBy(o => o.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new OperationsSnapshot(
            await context.Messages.CountAsync(m => m.ReceivedAt >= today, cancellationToken),
            await context.Messages.CountAsync(m => m.ProcessedAt >= today, cancellationToken),
            new[] { MessageStatus.Received, MessageStatus.Processing, MessageStatus.NeedsReview, MessageStatus.Failed }.ToDictionary(s => s, s => pipeline.GetValueOrDefault(s)),
            await context.Conversations.CountAsync(c => c.State == ConversationState.Open, cancellationToken),
            await context.Conversations.CountAsync(c => c.State == ConversationState.Pending, cancellationToken),
            await context.Conversations.CountAsync(c => c.State == ConversationState.Open && c.SlaDueAt != null && c.SlaDueAt <= now, cancellationToken),
            await context.AgentTasks.CountAsync(t => t.Status == "proposed", cancellationToken),
            await context.AgentTasks.CountAsync(t => t.ExecutedAt >= today, cancellationToken),
            await context.AgentTasks.CountAsync(t => t.Status == "failed", cancellationToken),
            OrderStates.Codes.Union(orders.Keys).ToDictionary(s => s, s => orders.GetValueOrDefault(s)),
            await context.Orders.CountAsync(o => o.DeliveredAt >= today, cancellationToken),
            await context.OutgoingMail.CountAsync(m => m.Status == OutgoingMailStatus.Queued || m.Status == OutgoingMailStatus.Sending, cancellationToken),
            await context.OutgoingMail.CountAsync(m => m.Status == OutgoingMailStatus.Failed, cancellationToken),
            await context.OutgoingMail.CountAsync(m => m.SentAt >= today, cancellationToken),
            await context.SurveyResponses.CountAsync(r => r.At >= today, cancellationToken));
    }
}
