using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Intake.Persistence;

/// <summary>The intake findings of a message: written onto its row (classification, routing, risk), read back as one record.</summary>
public sealed class MessageIntakeStore(IDbContextFactory<HappyButtonsDbContext> contexts, DatabaseWriteGate writeGate, TimeProvider clock)
{
    public async Task SaveAsync(long messageId, IntakeFindings findings, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        if (await context.Messages.SingleOrDefaultAsync(m => m.Id == messageId, cancellationToken) is { } message)
        {
            Apply(message, findings, clock.GetUtcNow());
            await context.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Puts the findings on a tracked message (the processor saves it with the rest of the message in one transaction).</summary>
    public static void Apply(Message message, IntakeFindings f, DateTimeOffset now)
    {
        message.Classification.Intent = f.Intent;
        message.Classification.Urgency = f.Urgency;
        message.Classification.Language = f.Language;
        message.Classification.IsOem = f.IsOem;
        message.Classification.CustomerNumber = f.CustomerNumber;
        message.Classification.Confidence = f.Confidence;
        message.Classification.ReviewReason = f.ReviewReason;
        message.Routing.RuleId = f.RuleId;
        message.Routing.RuleName = f.RuleName;
        message.Routing.Priority = f.Priority;
        message.Routing.SlaPolicy = f.SlaPolicy;
        message.Routing.SlaDueAt = f.SlaDueAt;
        message.Routing.SlaResolutionDueAt = f.SlaResolutionDueAt;
        message.Routing.Tags = IntakeFindings.Json(f.Tags);
        message.Routing.Automation = f.Automation;
        message.Routing.EscalateTo = IntakeFindings.Json(f.EscalateTo);
        message.Routing.EscalatedAt = f.EscalatedAt;
        message.Risk.Score = f.RiskScore;
        message.Risk.Signals = IntakeFindings.Json(f.RiskSignals);
        message.Risk.FraudHold = f.FraudHold;
        message.Archived = f.Archived;
        message.UpdatedAt = now;
    }

    /// <summary>The findings stored on a message, or null when the intake never processed it.</summary>
    public static IntakeFindings? Read(MessageClassification c, MessageRouting r, MessageRisk risk, bool archived) =>
        c.Intent is null
            ? null
            : new IntakeFindings(
                c.Intent, c.Urgency, r.Priority, c.Language, c.IsOem, c.CustomerNumber, c.Confidence, r.RuleId, r.RuleName, r.SlaPolicy,
                r.SlaDueAt, r.SlaResolutionDueAt, risk.Score, IntakeFindings.FromJson<List<StoredRiskSignal>>(risk.Signals) ?? [],
                IntakeFindings.FromJson<List<string>>(r.Tags) ?? [], r.Automation, IntakeFindings.FromJson<List<string>>(r.EscalateTo) ?? [],
                risk.FraudHold, archived, c.ReviewReason, r.EscalatedAt);
}
