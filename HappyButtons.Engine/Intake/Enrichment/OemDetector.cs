using HappyButtons.Engine.Intake.Customers;

namespace HappyButtons.Engine.Intake.Enrichment;

/// <summary>
/// OEM signals: the matched customer is an OEM account, the text quotes an OEM framework agreement
/// or customer number, or it uses series-supply wording (Lieferabruf, call-off, JIT, PPAP ...).
/// </summary>
public sealed class OemDetector(ICustomerDirectory directory)
{
    private static readonly PhraseList OemWording = new(
        "Lieferabruf", "Feinabruf", "Abrufauftrag", "Lieferplan", "Serienlieferung", "Serienbedarf", "Bandversorgung",
        "Just-in-Time", "Just in Sequence", "JIT-Anlieferung", "PPAP", "Erstmusterprüfbericht", "EMPB", "IATF 16949",
        "call-off", "call off order", "delivery schedule", "series supply", "series production", "VDA 4905", "VDA 4984");

    public OemAssessment Assess(string foldedText, OemReferences references, CustomerMatch match)
    {
        var reasons = new List<string>();
        if (match.Customer is { Type: CustomerType.Oem } customer)
            reasons.Add($"customer {customer.Number} {customer.Name} is an OEM account");

        foreach (var agreement in references.FrameworkAgreements)
        {
            if (directory.FindByFrameworkAgreement(agreement) is { Type: CustomerType.Oem } owner)
                reasons.Add($"OEM framework agreement {agreement} ({owner.Name}) quoted");
        }
        foreach (var number in references.CustomerNumbers)
        {
            if (directory.FindByNumber(number) is { Type: CustomerType.Oem } owner)
                reasons.Add($"OEM customer number {number} ({owner.Name}) quoted");
        }

        var wording = OemWording.FirstMatch(foldedText);
        if (wording is not null)
            reasons.Add($"OEM wording \"{wording}\"");

        return new OemAssessment(reasons.Count > 0, reasons, references);
    }
}
