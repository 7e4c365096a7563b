using HappyButtons.Engine.Intake.Classification;
using HappyButtons.Engine.Intake.Enrichment;
using HappyButtons.Engine.Intake.Persistence;
using HappyButtons.Engine.Routing.Persistence;
using NodaTime;

namespace HappyButtons.Engine.Intake;

/// <summary>
/// The intake as a processing step: enrich, classify, route and set the SLA with the stored rules,
/// customers and SLA settings, store the findings on the message row and tell the processor the
/// department and status. Archived mail (auto replies, spam) keeps its mailbox; uncertain mail goes to the likely
/// department (needs_review, and its conversation is flagged "please check"); mail whose rules failed goes to info.
/// </summary>
public sealed class IntakeStep(
    MessageEnricher enricher,
    MessageClassifier classifier,
    RoutingRuleStore rules,
    SlaSettingsStore sla) : IMessageStep
{
    public async Task ApplyAsync(ProcessedMessage message, CancellationToken cancellationToken)
    {
        var result = await RunAsync(IntakeMessageMapper.FromParsed(message, message.ReceivedAt), cancellationToken);
        var findings = IntakeFindings.From(result);
        message.OnSaveRow((row, now) => MessageIntakeStore.Apply(row, findings, now));

        // Uncertain mail goes to the department it most likely belongs to, flagged "please check" on its conversation;
        // only a failed rule set leaves no likely department, and that goes to info.
        message.Department = result.Routing.Archive ? message.Mailbox
            : result.Routing.Error is not null && !result.Routing.FraudHold ? Department.Info.ToApiName()
            : result.Routing.Department.ToApiName();
        if (findings.ReviewReason is { } reason)
        {
            message.StatusReason = message.Status == MessageStatus.NeedsReview && message.StatusReason is { } earlier ? earlier + " " + reason : reason;
            message.Status = MessageStatus.NeedsReview;
        }
    }

    /// <summary>The whole intake for one mail with the current stored rules and SLA settings (also used by the simulator).</summary>
    public async Task<IntakeResult> RunAsync(IntakeMessage message, CancellationToken cancellationToken) =>
        await RunAsync(message, await rules.EvaluatorAsync(cancellationToken), cancellationToken);

    public async Task<IntakeResult> RunAsync(IntakeMessage message, Routing.RoutingEvaluator evaluator, CancellationToken cancellationToken)
    {
        var clock = await sla.ClockAsync(cancellationToken);
        return await WithStoredSlaAsync(new IntakePipeline(enricher, classifier, evaluator, clock).Process(message), message, clock, cancellationToken);
    }

    /// <summary>Routes a mail again with a classification a person gave (a correction), with the stored rules and SLA settings.</summary>
    public async Task<IntakeResult> RerouteAsync(IntakeMessage message, MessageClassification classification, CancellationToken cancellationToken)
    {
        var enrichment = enricher.Enrich(message);
        var routing = (await rules.EvaluatorAsync(cancellationToken)).Evaluate(new Routing.RoutingInput(message, enrichment, classification));
        return await WithStoredSlaAsync(new IntakeResult(enrichment, classification, routing, null), message, await sla.ClockAsync(cancellationToken), cancellationToken);
    }

    private async Task<IntakeResult> WithStoredSlaAsync(IntakeResult result, IntakeMessage message, Routing.Sla.SlaClock clock, CancellationToken cancellationToken)
    {
        if (result.Routing.Archive)
        {
            return result with { Sla = null };
        }

        // The pipeline knows only the built-in policies; the stored ones (edited by an administrator) win.
        var policy = await sla.FindAsync(result.Routing.SlaPolicy, cancellationToken);
        return policy is null ? result : result with { Sla = clock.Deadlines(policy, Instant.FromDateTimeOffset(message.ReceivedAt)) };
    }
}
