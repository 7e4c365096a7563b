using System.Text.Json;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Intake;
using Hangfire;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Mail.Outgoing;
using EmailAddress = HappyButtons.Engine.Mail.EmailAddress;
using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Engine.Routing.Escalation;

/// <summary>
/// The recurring <c>sla-escalation</c> job (every minute): a message past its first-response due time that is neither
/// archived nor escalated yet gets a higher priority and an escalation record (the workspace updates live);
/// then every recorded notice not yet sent goes to the rules' escalation contacts. Each message is escalated once.
/// </summary>
public sealed class SlaEscalation(
    IDbContextFactory<HappyButtonsDbContext> contexts,
    DatabaseWriteGate writeGate,
    IEscalationMailer mailer,
    EventHub events,
    TimeProvider clock,
    ILogger<SlaEscalation> logger,
    Conversations.ConversationEscalation? conversations = null)
{
    public const string RecurringId = "sla-escalation";
    public const string From = "noreply@happybuttons.de";

    private static readonly SemaphoreSlim RunGate = new(1, 1);

    [JobName("SLA-Eskalation", "SLA escalation")]
    [AutomaticRetry(Attempts = 0)]
    public Task<int> RunAsync(CancellationToken cancellationToken) => EscalateDueAsync(clock.GetUtcNow(), cancellationToken);

    /// <summary>Escalates every message due before <paramref name="now"/>, then sends the notices not sent yet; returns how many were escalated.</summary>
    public async Task<int> EscalateDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        // One run at a time in this process: two overlapping runs would both send the same pending notice.
        await RunGate.WaitAsync(cancellationToken);
        try
        {
            var escalated = await RecordDueAsync(now, cancellationToken);
            if (conversations is not null)
            {
                escalated += await conversations.EscalateDueAsync(now, cancellationToken);
            }

            await SendPendingNoticesAsync(now, cancellationToken);
            return escalated;
        }
        finally
        {
            RunGate.Release();
        }
    }

    private async Task<int> RecordDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        List<DueMessage> due;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await context.Messages.AsNoTracking()
                .Where(m => m.Routing.EscalatedAt == null && !m.Archived && m.Routing.SlaDueAt != null && m.Routing.SlaDueAt <= now
                            && (m.Status == MessageStatus.Processed || m.Status == MessageStatus.NeedsReview)
                            // A message in a conversation escalates with it (ConversationEscalation): a reply stops the clock.
                            && !context.ConversationEntries.Any(e => e.MessageId == m.Id))
                .OrderBy(m => m.Routing.SlaDueAt).Take(200)
                .Select(m => new DueMessage(m.Id, m.Mailbox, m.Department, m.Routing.Priority, m.Routing.SlaPolicy, m.Routing.SlaDueAt!.Value, m.Routing.EscalateTo))
                .ToListAsync(cancellationToken);
        }

        var escalated = 0;
        foreach (var message in due)
        {
            var raised = Raise(message.Priority);
            var recipients = JsonSerializer.Deserialize<List<string>>(message.EscalateTo ?? "[]") ?? [];
            var reason = $"first response was due {message.SlaDueAt:yyyy-MM-dd HH:mm} UTC (SLA {message.SlaPolicy})";
            await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
            using (await writeGate.EnterAsync(cancellationToken))
            {
                await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
                var claimed = await context.Messages.Where(m => m.Id == message.Id && m.Routing.EscalatedAt == null)
                    .ExecuteUpdateAsync(set => set.SetProperty(m => m.Routing.Priority, raised).SetProperty(m => m.Routing.EscalatedAt, now)
                        .SetProperty(m => m.UpdatedAt, now), cancellationToken);
                if (claimed == 0)
                {
                    continue;
                }

                // Without contacts there is nothing to send: the escalation is complete at once.
                context.Escalations.Add(new Storage.Model.Escalation
                {
                    MessageId = message.Id, At = now, Recipients = JsonSerializer.Serialize(recipients), PriorityBefore = message.Priority,
                    PriorityAfter = raised, Reason = reason, NotifiedAt = recipients.Count == 0 ? now : null,
                });
                await context.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            var department = message.Department ?? message.Mailbox;
            events.Publish(new MessageChanged(message.Id, department));
            logger.LogWarning("Escalated message {MessageId} in {Department}: {Reason}; {Count} contact(s) to notify", message.Id, department, reason, recipients.Count);
            escalated++;
        }

        return escalated;
    }

    /// <summary>
    /// Sends every recorded notice that has not gone out yet. A failed send fails the job and is retried on the next
    /// run; a crash between sending and recording sends that one notice twice rather than never.
    /// </summary>
    private async Task SendPendingNoticesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        List<PendingNotice> pending;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            pending = await context.Escalations.AsNoTracking().Where(e => e.NotifiedAt == null).OrderBy(e => e.Id).Take(200)
                .Join(context.Messages, e => e.MessageId, m => m.Id, (e, m) => new PendingNotice(
                    e.Id, e.Recipients, e.PriorityAfter, e.Reason, m.Id, m.Mailbox, m.Department, m.Subject, m.FromAddress, m.Routing.RuleName))
                .ToListAsync(cancellationToken);
        }

        foreach (var notice in pending)
        {
            var recipients = JsonSerializer.Deserialize<List<string>>(notice.Recipients) ?? [];
            await mailer.SendAsync(Notice(notice, recipients), cancellationToken);
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            using var turn = await writeGate.EnterAsync(cancellationToken);
            await context.Escalations.Where(e => e.Id == notice.EscalationId).ExecuteUpdateAsync(set => set.SetProperty(e => e.NotifiedAt, now), cancellationToken);
        }
    }

    private static string Raise(string? priority) =>
        TaxonomyNames.TryParseUrgency(priority, out var urgency) && urgency < Urgency.Critical ? (urgency + 1).ToApiName() : Urgency.Critical.ToApiName();

    private static OutgoingMessage Notice(PendingNotice n, IReadOnlyList<string> recipients) => new()
    {
        From = new EmailAddress("Happy Buttons", From),
        To = recipients.Select(r => new EmailAddress(null, r)).ToList(),
        Subject = $"[SLA-Eskalation] {n.Subject ?? "(ohne Betreff)"}",
        TextBody =
            $"Die Erstreaktion auf Nachricht {n.Id} ist überfällig: {n.Reason}.\r\n" +
            $"Von: {n.FromAddress}\r\nBetreff: {n.Subject}\r\nAbteilung: {n.Department ?? n.Mailbox}\r\n" +
            $"Regel: {n.RuleName}\r\nNeue Priorität: {n.PriorityAfter}\r\n\r\n" +
            $"The first response to message {n.Id} is overdue: {n.Reason}. Priority raised to {n.PriorityAfter}.\r\n",
    };

    private sealed record DueMessage(long Id, string Mailbox, string? Department, string? Priority, string? SlaPolicy, DateTimeOffset SlaDueAt, string? EscalateTo);

    private sealed record PendingNotice(long EscalationId, string Recipients, string? PriorityAfter, string Reason, long Id, string Mailbox,
        string? Department, string? Subject, string? FromAddress, string? RuleName);
}
