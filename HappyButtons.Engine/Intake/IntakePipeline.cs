using HappyButtons.Engine.Intake.Classification;
using HappyButtons.Engine.Intake.Enrichment;
using HappyButtons.Engine.Routing;
using HappyButtons.Engine.Routing.Sla;
using NodaTime;

namespace HappyButtons.Engine.Intake;

/// <summary>Everything the intake decided about one mail.</summary>
public sealed record IntakeResult(
    MessageEnrichment Enrichment,
    MessageClassification Classification,
    RoutingDecision Routing,
    SlaDeadlines? Sla)
{
    /// <summary>The message status the pipeline stores: needs_review when a person must look first.</summary>
    public bool NeedsReview => Classification.NeedsReview || Routing.Error is not null;
}

/// <summary>
/// Enrich, classify, route and set the SLA for one parsed mail. Pure and thread-safe: storage,
/// jobs and events live with the caller.
/// </summary>
public sealed class IntakePipeline(MessageEnricher enricher, MessageClassifier classifier, RoutingEvaluator router, SlaClock slaClock)
{
    public IntakeResult Process(IntakeMessage message)
    {
        var enrichment = enricher.Enrich(message);
        var classification = classifier.Classify(message, enrichment);
        var routing = router.Evaluate(new RoutingInput(message, enrichment, classification));
        var policy = routing.Archive ? null : SlaPolicies.Find(routing.SlaPolicy);
        var sla = policy is null ? null : slaClock.Deadlines(policy, Instant.FromDateTimeOffset(message.ReceivedAt));
        return new IntakeResult(enrichment, classification, routing, sla);
    }
}
