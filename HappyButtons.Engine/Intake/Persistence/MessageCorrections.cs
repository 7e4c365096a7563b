using Dapper;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Intake.Classification;
using HappyButtons.Engine.Storage;

namespace HappyButtons.Engine.Intake.Persistence;

public enum CorrectionOutcome { Corrected, NotFound, Invalid }

public sealed record CorrectionResult(CorrectionOutcome Outcome, string? Error = null, string? Department = null);

/// <summary>
/// A clerk's correction of intent and department: stored as a training example, learned by the classifier
/// at once, applied to the message (it moves to the corrected department and leaves review), audited and pushed live.
/// </summary>
public sealed class MessageCorrections(
    MessageQueries queries,
    MessageClassifier classifier,
    IDbConnectionFactory connections,
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
        await classifier.LearnAsync(IntakeMessageMapper.FromStored(message), intent, department, cancellationToken);

        await using (var connection = await connections.OpenAsync(cancellationToken))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE messages SET intent = @Intent, department = @Department, confidence = 1.0, review_reason = NULL, " +
                "status = CASE WHEN status = 'needs_review' THEN 'processed' ELSE status END, " +
                "status_reason = CASE WHEN status = 'needs_review' THEN NULL ELSE status_reason END, updated_at = @Now WHERE id = @Id",
                new { Id = messageId, Intent = intent.ToApiName(), Department = department.ToApiName(), Now = clock.GetUtcNow().ToUnixTimeMilliseconds() },
                cancellationToken: cancellationToken));
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
