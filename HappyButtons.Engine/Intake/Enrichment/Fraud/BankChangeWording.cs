namespace HappyButtons.Engine.Intake.Enrichment.Fraud;

/// <summary>Wording that announces changed bank details (de/en) — the classic payment-diversion fraud.</summary>
public static class BankChangeWording
{
    private static readonly PhraseList Phrases = new(
        "neue Bankverbindung", "neuen Bankverbindung", "geaenderte Bankverbindung", "Bankverbindung hat sich geaendert",
        "Bankverbindung geaendert", "Aenderung der Bankverbindung", "Aenderung unserer Bankverbindung", "Bankverbindung aendern",
        "IBAN hat sich geaendert", "neue IBAN", "neuen IBAN", "geaenderte IBAN", "neues Konto", "neue Kontoverbindung",
        "Kontoverbindung hat sich geaendert", "Kontoverbindung geaendert", "Bankwechsel",
        "new bank details", "new bank account", "new banking details", "updated bank details", "change of bank details",
        "change in bank details", "bank details have changed", "bank account has changed", "changed our bank",
        "update our account", "update our bank", "new account details", "new IBAN", "IBAN has changed", "update your records with our new");

    public static string? FirstMatch(string foldedText) => Phrases.FirstMatch(foldedText);
}
