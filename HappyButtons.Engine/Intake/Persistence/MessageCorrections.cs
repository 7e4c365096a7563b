using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Intake.Classification;
using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Intake.Persistence;

public enum CorrectionOutcome { Corrected, NotFound, Invalid }

public sealed record CorrectionResult(CorrectionOutcome Outcome, string? Error = null, string? Department = null);

/// <summary>
/// A clerk's correction of intent and department: stored as a training example, learned by the classifier
/// at once, and applied to the message: the rules run again with the corrected classification (SLA, flags,
/// tags, automation), the message moves to the corrected department and leaves review; audited and pushed live.
/// </summary>
public sealed class MessageCorrections(
    MessageQueries queries,
    MessageClassifier classifier,
    IntakeStep intake,
    IDbContextFactory<HappyButtonsDbContext> contexts,
    DatabaseWriteGate writeGate,
    AuditLog audit,
    EventHub events,
    TimeProvider clock)
{
    public async Task<CorrectionResult> CorrectAsync(long messageId, string? intentName, string? departmentName, string actor, CancellationToken cancellationToken,
        long? actorId = null)
    {
        if (!TaxonomyNames.TryParseIntent(intentName, out var intent))
            return new CorrectionResult(CorrectionOutcome.Invalid, $"Unknown intent \"{intentName}\".");
        if (!TaxonomyNames.TryParseDepartment(departmentName, out var department))
            return new CorrectionResult(CorrectionOutcome.Invalid, $"Unknown department \"{departmentName}\".");

        var message = await queries.GetAsync(messageId, cancellationToken);
        if (message is null)
            return new CorrectionResult(CorrectionOutcome.NotFound);

        var before = message.Intake;
        var previousDepartment = message.Department ?? message.Mailbox;
        var mail = IntakeMessageMapper.FromStored(message);
        await classifier.LearnAsync(mail, intent, department, cancellationToken);
        var corrected = new MessageClassification(intent, 1.0, department, 1.0, 1.0, false, [$"corrected by {actor}"]);
        var rerouted = await intake.RerouteAsync(mail, corrected, cancellationToken);
        // A message escalated before stays escalated: the correction does not restart its clock of notices.
        var findings = IntakeFindings.From(rerouted) with { ReviewReason = null, EscalatedAt = before?.EscalatedAt };
        long? movedConversation = null;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        using (await writeGate.EnterAsync(cancellationToken))
        {
            // Findings, department and the conversation the mail opened change in one transaction: a crash leaves the
            // message either as it was or corrected, never routed one way and filed the other.
            var stored = await context.Messages.SingleOrDefaultAsync(m => m.Id == messageId, cancellationToken);
            if (stored is null)
                return new CorrectionResult(CorrectionOutcome.NotFound);
            var now = clock.GetUtcNow();
            MessageIntakeStore.Apply(stored, findings, now);
            stored.Department = department.ToApiName();
            if (stored.Status == MessageStatus.NeedsReview)
            {
                stored.Status = MessageStatus.Processed;
                stored.StatusReason = null;
            }

            movedConversation = await MoveOpenedConversationAsync(context, messageId, previousDepartment, department.ToApiName(), actor, actorId, now, cancellationToken);
            audit.Add(context, actor, "message.correct", "message:" + messageId,
                $"intent {before?.Intent ?? "-"} -> {intent.ToApiName()}, department {previousDepartment} -> {department.ToApiName()}"
                + (movedConversation is { } moved ? $", conversation {moved} moved along" : ""));
            await context.SaveChangesAsync(cancellationToken);
        }

        events.Publish(new MessageChanged(messageId, department.ToApiName()));
        if (previousDepartment != department.ToApiName())
        {
            events.Publish(new MessageChanged(messageId, previousDepartment));
        }

        if (movedConversation is { } conversationId)
        {
            events.Publish(new ConversationChanged(conversationId, previousDepartment, actorId));
            events.Publish(new ConversationChanged(conversationId, department.ToApiName(), actorId));
        }

        return new CorrectionResult(CorrectionOutcome.Corrected, Department: department.ToApiName());
    }

    /// <summary>
    /// The conversation a corrected mail opened follows it to the corrected department (assignee cleared, a "moved" event in
    /// its timeline). A later mail of an existing case is corrected alone: the case may rightly stay where it is.
    /// </summary>
    private static async Task<long?> MoveOpenedConversationAsync(HappyButtonsDbContext context, long messageId, string from, string to, string actor,
        long? actorId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (from == to
            || await context.ConversationEntries.Where(e => e.MessageId == messageId).Select(e => (long?)e.ConversationId).SingleOrDefaultAsync(cancellationToken)
                is not { } conversationId)
            return null;

        var firstIncoming = await context.ConversationEntries.Where(e => e.ConversationId == conversationId && e.Kind == EntryKind.Incoming)
            .OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => e.MessageId).FirstOrDefaultAsync(cancellationToken);
        var conversation = await context.Conversations.SingleAsync(c => c.Id == conversationId, cancellationToken);
        if (firstIncoming != messageId || conversation.Department != from)
            return null;

        conversation.Department = to;
        conversation.AssigneeId = null;
        conversation.AssignedAt = null;
        conversation.PleaseCheck = false;
        conversation.Version++;
        conversation.UpdatedAt = now;
        var moved = ConversationThreading.Event(EventCode.Moved, from + ">" + to + ">" + CorrectedMark, now, actorId, actor);
        moved.ConversationId = conversationId;
        context.ConversationEntries.Add(moved);
        return conversationId;
    }

    /// <summary>The third part of a "moved" event's detail when a classification correction moved the conversation.</summary>
    public const string CorrectedMark = "corrected";
}
