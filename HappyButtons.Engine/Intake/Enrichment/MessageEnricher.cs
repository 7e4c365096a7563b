using HappyButtons.Engine.Intake.Customers;
using HappyButtons.Engine.Intake.Enrichment.Fraud;

namespace HappyButtons.Engine.Intake.Enrichment;

/// <summary>The enrichment entry point: customer, OEM, language, urgency, auto-reply and fraud signals.</summary>
public sealed class MessageEnricher
{
    private readonly CustomerMatcher _customers;
    private readonly OemDetector _oem;
    private readonly RiskAssessor _risk;

    public MessageEnricher(ICustomerDirectory directory)
    {
        _customers = new CustomerMatcher(directory);
        _oem = new OemDetector(directory);
        _risk = new RiskAssessor(directory);
    }

    public MessageEnrichment Enrich(IntakeMessage message)
    {
        var text = message.Subject + "\n" + message.AuthoredText;
        var folded = TextFolding.Fold(text);
        var references = OemReferences.Find(message.SearchableText);
        var customer = _customers.Match(message, references);
        var oem = _oem.Assess(folded, references, customer);
        var autoReply = AutoReplyDetector.Assess(message);
        var language = LanguageDetector.Detect(text, folded);
        var urgency = UrgencyAssessor.Assess(message, folded, autoReply.IsAutomated, customer, oem);
        var risk = _risk.Assess(message, folded);
        return new MessageEnrichment(customer, oem, language, urgency, autoReply, risk);
    }
}
