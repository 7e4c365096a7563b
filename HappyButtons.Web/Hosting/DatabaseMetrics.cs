using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Mail.Outgoing;
using HappyButtons.Engine.Monitoring;
using HappyButtons.Engine.Orders;
using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;
using Prometheus;

namespace HappyButtons.Web.Hosting;

/// <summary>
/// Gauges read from the product's database at scrape time: the pipeline's queue (messages not yet through, or stopped),
/// the outbox, conversations not closed per department and state, and orders per state. Every label value is written on
/// every scrape (zero included), so a state that empties reads 0 instead of keeping its last count. Each count is a
/// range of an index (the processed messages, closed conversations and sent mails, which only grow, are not counted).
/// A database that cannot be read leaves the last values, logs a warning and counts
/// <c>happybuttons_metrics_database_errors_total</c>: the rest of the scrape still answers.
/// </summary>
public sealed class DatabaseMetrics
{
    private static readonly string[] OpenConversationStates = [ConversationState.Open, ConversationState.Pending, ConversationState.Resolved];
    private static readonly string[] PipelineStatuses = [MessageStatus.Received, MessageStatus.Processing, MessageStatus.NeedsReview, MessageStatus.Failed];
    private static readonly string[] OutboxStatuses = [OutgoingMailStatus.Queued, OutgoingMailStatus.Sending];

    private readonly IDbContextFactory<HappyButtonsDbContext> _contexts;
    private readonly ILogger<DatabaseMetrics> _logger;
    private readonly Gauge _messages;
    private readonly Gauge _outbox;
    private readonly Gauge _conversations;
    private readonly Gauge _orders;
    private readonly Counter _errors;

    public DatabaseMetrics(CollectorRegistry registry, IDbContextFactory<HappyButtonsDbContext> contexts, ILogger<DatabaseMetrics> logger)
    {
        (_contexts, _logger) = (contexts, logger);
        var factory = registry.Factory();
        _messages = factory.CreateGauge("happybuttons_messages_count", "Messages in the pipeline per status: waiting (received), being processed, waiting for a person (needs_review), failed", ["status"]);
        _outbox = factory.CreateGauge("happybuttons_outgoing_mail_count", "Outgoing mails not yet delivered per status (queued includes those waiting for a retry)", ["status"]);
        _conversations = factory.CreateGauge("happybuttons_conversations_count", "Conversations not closed per department and state", ["department", "state"]);
        _orders = factory.CreateGauge("happybuttons_orders_count", "Orders per state", ["state"]);
        _errors = factory.CreateCounter("happybuttons_metrics_database_errors_total", "Scrapes whose database gauges could not be read");
        registry.AddBeforeCollectCallback(ReadAsync);
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var context = await _contexts.CreateDbContextAsync(cancellationToken);
            var messages = await context.Messages
                .Where(m => m.Status == MessageStatus.Received || m.Status == MessageStatus.Processing || m.Status == MessageStatus.NeedsReview || m.Status == MessageStatus.Failed)
                .GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            var outbox = await context.OutgoingMail
                .Where(m => m.Status == OutgoingMailStatus.Queued || m.Status == OutgoingMailStatus.Sending)
                .GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            var conversations = await context.Conversations
                .Where(c => c.State == ConversationState.Open || c.State == ConversationState.Pending || c.State == ConversationState.Resolved)
                .GroupBy(c => new { c.Department, c.State }).Select(g => new { g.Key.Department, g.Key.State, Count = g.Count() })
                .ToListAsync(cancellationToken);
            var orders = await context.Orders.GroupBy(o => o.State).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

            foreach (var status in PipelineStatuses)
            {
                _messages.WithLabels(status).Set(messages.GetValueOrDefault(status));
            }

            foreach (var status in OutboxStatuses)
            {
                _outbox.WithLabels(status).Set(outbox.GetValueOrDefault(status));
            }

            foreach (var department in Departments.All.Union(conversations.Select(c => c.Department)))
            {
                foreach (var state in OpenConversationStates)
                {
                    _conversations.WithLabels(department, state).Set(conversations.Where(c => c.Department == department && c.State == state).Sum(c => c.Count));
                }
            }

            foreach (var state in OrderStates.Codes.Union(orders.Keys))
            {
                _orders.WithLabels(state).Set(orders.GetValueOrDefault(state));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _errors.Inc();
            _logger.LogWarning(e, "The database gauges of /metrics could not be read; they keep their last values.");
        }
    }
}
