using System.Text.Json;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Conversations;

/// <summary>
/// SLA escalation of conversations, run by the <c>sla-escalation</c> job: an open conversation past what is due goes to
/// its assignee first (live notice, and a mail when they have an address); when it is still overdue
/// <see cref="ConversationOptions.AssigneeGraceMinutes"/> later, or nobody has it, its priority is raised and the rule's
/// escalation contacts get the notice. Notices are recorded as <see cref="Escalation"/> rows, which the job sends.
/// Messages in a conversation are escalated here, not one by one (a reply or a pause stops the clock of the whole case).
/// </summary>
public sealed class ConversationEscalation(
    IDbContextFactory<HappyButtonsDbContext> contexts,
    DatabaseWriteGate writeGate,
    EventHub events,
    IOptions<ConversationOptions> options,
    ILogger<ConversationEscalation> logger)
{
    public async Task<int> EscalateDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var grace = TimeSpan.FromMinutes(options.Value.AssigneeGraceMinutes);
        var graceEnd = now - grace;
        List<long> due;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await context.Conversations.AsNoTracking()
                .Where(c => c.State == ConversationState.Open && c.SlaDueAt != null && c.SlaDueAt <= now
                            && (c.EscalationLevel == 0 || (c.EscalationLevel == 1 && c.EscalatedAt <= graceEnd)))
                .OrderBy(c => c.SlaDueAt).Take(200).Select(c => c.Id).ToListAsync(cancellationToken);
        }

        var escalated = 0;
        foreach (var id in due)
        {
            if (await EscalateAsync(id, now, graceEnd, cancellationToken))
            {
                escalated++;
            }
        }

        return escalated;
    }

    private async Task<bool> EscalateAsync(long id, DateTimeOffset now, DateTimeOffset graceEnd, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var conversation = await context.Conversations.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (conversation is null || conversation.State != ConversationState.Open || conversation.SlaDueAt > now
            || conversation.EscalationLevel >= 2 || (conversation.EscalationLevel == 1 && conversation.EscalatedAt > graceEnd))
        {
            return false;
        }

        var assignee = conversation.AssigneeId is { } userId
            ? await context.Users.AsNoTracking().Where(u => u.Id == userId && !u.IsDisabled).Select(u => new { u.Id, u.Email, u.DisplayName }).SingleOrDefaultAsync(cancellationToken)
            : null;
        var latest = await context.ConversationEntries.AsNoTracking().Where(e => e.ConversationId == id && e.Kind == EntryKind.Incoming && e.MessageId != null)
            .OrderByDescending(e => e.At).Select(e => e.MessageId).FirstOrDefaultAsync(cancellationToken);
        var contacts = latest is null ? [] : JsonSerializer.Deserialize<List<string>>(
            await context.Messages.AsNoTracking().Where(m => m.Id == latest).Select(m => m.Routing.EscalateTo).SingleOrDefaultAsync(cancellationToken) ?? "[]") ?? [];
        var toAssignee = conversation.EscalationLevel == 0 && assignee is not null;
        var before = conversation.Priority;
        var recipients = toAssignee ? (assignee!.Email is { Length: > 0 } email ? [email] : []) : contacts;
        if (!toAssignee)
        {
            conversation.Priority = Raise(conversation.Priority);
        }

        conversation.EscalationLevel = toAssignee ? 1 : 2;
        conversation.EscalatedAt = now;
        conversation.Version++;
        conversation.UpdatedAt = now;
        var kind = conversation.FirstResponseAt is null ? "first response" : "resolution";
        var reason = $"{kind} was due {conversation.SlaDueAt:yyyy-MM-dd HH:mm} UTC (SLA {conversation.SlaPolicy}, {TicketNumber.Format(id)})";
        conversation.Entries.Add(ConversationThreading.Event(EventCode.Escalated, toAssignee ? "assignee" : "contacts", now, text: reason));
        if (latest is { } messageId)
        {
            // One escalation record per message: the second stage updates the first (its notice goes out again to the new addressees).
            var record = await context.Escalations.SingleOrDefaultAsync(e => e.MessageId == messageId, cancellationToken);
            if (record is null)
            {
                record = new Escalation { MessageId = messageId, Recipients = "[]", Reason = reason, PriorityBefore = before };
                context.Escalations.Add(record);
            }

            record.At = now;
            record.Recipients = JsonSerializer.Serialize(recipients);
            record.PriorityAfter = conversation.Priority;
            record.Reason = reason;
            record.NotifiedAt = recipients.Count == 0 ? now : null;
        }

        try
        {
            using var turn = await writeGate.EnterAsync(cancellationToken);
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            await context.SaveChangesAsync(cancellationToken);
            if (latest is { } message)
            {
                // The message shows the conversation's escalation (and its raised priority) instead of escalating on its own.
                var priority = conversation.Priority;
                await context.Messages.Where(m => m.Id == message)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.Routing.EscalatedAt, m => m.Routing.EscalatedAt ?? now)
                        .SetProperty(m => m.Routing.Priority, priority).SetProperty(m => m.UpdatedAt, now), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A clerk acted on it in this moment; the next run looks again.
            return false;
        }

        logger.LogWarning("Escalated conversation {Conversation} in {Department} to {Whom}: {Reason}", id, conversation.Department,
            toAssignee ? "its assignee" : "the escalation contacts", reason);
        events.Publish(new ConversationChanged(id, conversation.Department));
        if (assignee is not null)
        {
            events.Publish(new ConversationNotice(assignee.Id, ConversationNotice.Escalated, id, conversation.Department, conversation.Subject, null));
        }

        return true;
    }

    private static string Raise(string? priority) =>
        TaxonomyNames.TryParseUrgency(priority, out var urgency) && urgency < Urgency.Critical ? (urgency + 1).ToApiName() : Urgency.Critical.ToApiName();
}
