using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Classification;
using HappyButtons.Engine.Intake.Enrichment;
using HappyButtons.Engine.Routing;
using HappyButtons.Tests.Intake;

namespace HappyButtons.Tests.Routing;

internal static class RoutingTestData
{
    /// <summary>A routing input with a fixed classification, so rule tests do not depend on the model.</summary>
    public static RoutingInput Input(IntakeMessage message, Intent intent, double confidence = 0.9)
    {
        var enrichment = Mails.Enrich(message);
        var classification = new MessageClassification(intent, confidence, intent.HomeDepartment(), confidence, confidence, confidence < 0.5, []);
        return new RoutingInput(message, enrichment, classification);
    }

    public static RoutingInput Input(Intent intent, string subject = "Betreff", string body = "Text", string from = "kontakt@neukunde-textil.de") =>
        Input(Mails.TestMail(from, subject, body), intent);

    public static RoutingRule Rule(string id, int order, RuleConditions conditions, RuleActions actions, bool stop = true, bool enabled = true) =>
        new(id, $"Rule {id}", order, conditions, actions, stop, enabled);
}
