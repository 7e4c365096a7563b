using HappyButtons.Engine.Audit;
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
    MessageIntakeStore intakeStore,
    IDbContextFactory<HappyButtonsDbContext> contexts,
    DatabaseWriteGate writeGate,
    AuditLog audit,
    EventHub events,
    TimeProvider clock)
{
    public async Task<CorrectionResult> CorrectAsync(long messageId, string? intentName, string? departmentName, string actor, CancellationToken cancellationToken)
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
        await intakeStore.SaveAsync(messageId, IntakeFindings.From(rerouted) with { ReviewReason = null, EscalatedAt = before?.EscalatedAt }, cancellationToken);

        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        using (await writeGate.EnterAsync(cancellationToken))
        {
            var now = clock.GetUtcNow();
            await context.Messages.Where(m => m.Id == messageId).ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Department, department.ToApiName())
                .SetProperty(m => m.StatusReason, m => m.Status == MessageStatus.NeedsReview ? null : m.StatusReason)
                .SetProperty(m => m.Status, m => m.Status == MessageStatus.NeedsReview ? MessageStatus.Processed : m.Status)
                .SetProperty(m => m.UpdatedAt, now), cancellationToken);
        }

        await audit.RecordAsync(actor, "message.correct", "message:" + messageId,
            $"intent {before?.Intent ?? "-"} -> {intent.ToApiName()}, department {previousDepartment} -> {department.ToApiName()}", cancellationToken);
        events.Publish(new MessageChanged(messageId, department.ToApiName()));
        if (previousDepartment != department.ToApiName())
        {
            events.Publish(new MessageChanged(messageId, previousDepartment));
        }

        return new CorrectionResult(CorrectionOutcome.Corrected, Department: department.ToApiName());
    }
}
