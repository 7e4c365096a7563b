using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Classification;
using HappyButtons.Engine.Intake.Enrichment;

namespace HappyButtons.Engine.Routing;

/// <summary>What the rules look at: the mail, its enrichment and its classification.</summary>
public sealed record RoutingInput(IntakeMessage Message, MessageEnrichment Enrichment, MessageClassification Classification);
