namespace HappyButtons.Web.Localization;

internal static partial class UiStrings
{
    /// <summary>Agents: the task panel of a conversation, the agents' reasons, the verification steps of a hold, the automation notes.</summary>
    private static readonly IReadOnlyDictionary<string, string> AgentsGerman = new Dictionary<string, string>
    {
        ["Agent's proposal"] = "Vorschlag des Agenten",
        ["Agent {0}"] = "Agent {0}",
        ["Answer"] = "Antwort",
        ["Order draft"] = "Auftragsentwurf",
        ["Invoice copy"] = "Rechnungskopie",
        ["Hand-off"] = "Übergabe",
        ["Hold"] = "Zurückhalten",
        ["Return (RMA)"] = "Rücksendung (RMA)",
        ["Proposal"] = "Vorschlag",
        ["Proposed"] = "Vorgeschlagen",
        ["Being executed"] = "Wird ausgeführt",
        ["Rejected"] = "Abgelehnt",
        ["approved unchanged"] = "unverändert freigegeben",
        ["approved after editing"] = "nach Bearbeitung freigegeben",
        ["rejected"] = "abgelehnt",
        ["executed automatically"] = "automatisch ausgeführt",
        ["open"] = "offen",
        ["{0} % sure"] = "{0} % sicher",
        ["Approve"] = "Freigeben",
        ["Approve again"] = "Erneut freigeben",
        ["Reject…"] = "Ablehnen …",
        ["Reject"] = "Ablehnen",
        ["Why do you reject the proposal?"] = "Warum lehnen Sie den Vorschlag ab?",
        ["Please give a reason for the rejection."] = "Bitte geben Sie einen Grund für die Ablehnung an.",
        ["Executed: {0}"] = "Ausgeführt: {0}",
        ["Order {0} created."] = "Auftrag {0} angelegt.",
        ["The reply is on its way."] = "Die Antwort ist unterwegs.",
        ["The task was executed already."] = "Die Aufgabe war bereits ausgeführt.",
        ["The proposal was rejected."] = "Der Vorschlag wurde abgelehnt.",
        ["Executing failed: {0}"] = "Ausführung fehlgeschlagen: {0}",
        ["Not possible now: {0}"] = "Gerade nicht möglich: {0}",
        ["Executed automatically by the automation policy."] = "Automatisch ausgeführt nach der Automatisierungsregel.",
        ["Decided by {0} on {1}"] = "Entschieden von {0} am {1}",
        ["Rejected by {0}: {1}"] = "Abgelehnt von {0}: {1}",
        ["Include"] = "Übernehmen",
        ["The answer as sent is in the timeline."] = "Die gesendete Antwort steht im Verlauf.",
        ["{0} is replaced by the new order number when you approve."] = "{0} wird bei der Freigabe durch die neue Auftragsnummer ersetzt.",
        ["Line"] = "Zeile",
        ["Source text"] = "Gelesen aus",
        ["No product recognised"] = "Kein Artikel erkannt",
        ["Customer number"] = "Kundennummer",
        ["Customer's order number"] = "Bestellnummer des Kunden",
        ["Requested delivery"] = "Wunschtermin",
        ["Hand over to"] = "Übergeben an",
        ["Verification steps"] = "Prüfschritte",
        ["Approving confirms that you followed these steps. No reply is sent."] = "Mit der Freigabe bestätigen Sie, dass Sie diese Schritte befolgt haben. Es wird keine Antwort gesendet.",
        ["Invoice {0} of order {1} is attached to the answer as PDF."] = "Rechnung {0} zu Auftrag {1} wird der Antwort als PDF angehängt.",
        ["Quoted prices"] = "Angebotene Preise",
        ["customer price"] = "Kundenpreis",
        ["list price"] = "Listenpreis",
        ["The agent found nothing to propose for this mail."] = "Der Agent hat zu dieser Mail nichts vorzuschlagen.",
        ["Automation"] = "Automatisierung",
        ["its order number"] = "die Auftragsnummer",
        ["its invoice number"] = "die Rechnungsnummer",
        ["its PO number"] = "die Bestellnummer des Kunden",
        ["the customer's latest open order"] = "den letzten offenen Auftrag des Kunden",
        ["hold"] = "Zurückhalten",
        ["return (RMA)"] = "Rücksendung (RMA)",

        // The agents' reasons (formats with the proposal's facts).
        ["The mail also orders {0} line(s) (PO {1}): handed to sales as an order draft"] =
            "Die Mail bestellt außerdem {0} Position(en) (Bestellung {1}): als Auftragsentwurf an den Vertrieb übergeben",
        ["{0} order line(s) read, but the sender is no known customer: choose the customer"] =
            "{0} Auftragsposition(en) gelesen, aber der Absender ist kein bekannter Kunde: bitte den Kunden wählen",
        ["PO {0}: {1} line(s) read, {2} without product or quantity: complete them"] =
            "Bestellung {0}: {1} Position(en) gelesen, {2} ohne Artikel oder Menge: bitte ergänzen",
        ["PO {0}: {1} line(s) read from the mail, net {2} EUR at the customer's prices"] =
            "Bestellung {0}: {1} Position(en) aus der Mail gelesen, netto {2} EUR zu den Preisen des Kunden",
        ["Order acknowledgement with the order number and the delivery date {0}"] = "Auftragseingangsbestätigung mit Auftragsnummer und Liefertermin {0}",
        ["No product of the catalog named: reply that the quote follows by {0}"] = "Kein Katalogartikel genannt: Antwort, dass das Angebot bis {0} folgt",
        ["Quote for {0} product(s), {1} at the customer's own prices, the rest at list price"] =
            "Angebot über {0} Artikel, davon {1} zu kundenindividuellen Preisen, die übrigen zum Listenpreis",
        ["Status of order {0} (found by {1}): {2}"] = "Stand des Auftrags {0} (gefunden über {1}): {2}",
        ["Bank details change requested: held until verified by calling back the number on file"] =
            "Änderung der Bankverbindung verlangt: zurückgehalten, bis sie per Rückruf unter der hinterlegten Nummer bestätigt ist",
        ["Held by the fraud checks (risk score {0}): verify by calling back the number on file"] =
            "Von der Betrugsprüfung zurückgehalten (Risikowert {0}): per Rückruf unter der hinterlegten Nummer prüfen",
        ["Invoice {0} of order {1} (found by {2}) attached as PDF"] = "Rechnung {0} zu Auftrag {1} (gefunden über {2}) als PDF angehängt",
        ["Reply with the copy of invoice {0}"] = "Antwort mit der Kopie der Rechnung {0}",
        ["Payment names invoice {0} of order {1}, but the amount differs from the open {2} EUR: check"] =
            "Die Zahlung nennt Rechnung {0} zu Auftrag {1}, der Betrag weicht aber von den offenen {2} EUR ab: bitte prüfen",
        ["Payment of {0} EUR matches the open invoice {1} of order {2}"] = "Zahlung über {0} EUR passt zur offenen Rechnung {1} zu Auftrag {2}",
        ["No order of the sender matches the question: look it up; this reply promises the answer within one working day"] =
            "Keine Bestellung des Absenders passt zur Frage: bitte nachsehen; diese Antwort sagt die Auskunft innerhalb eines Werktages zu",
        ["General inquiry: acknowledge it with the case number and answer within 2 working days"] =
            "Allgemeine Anfrage: Eingang mit Vorgangsnummer bestätigen, Antwort innerhalb von 2 Werktagen",
        ["Classified as {0}: {1} handles it"] = "Erkannt als {0}: zuständig ist {1}",

        // The verification steps of a hold.
        ["Do not change any bank details and do not reply to confirm them."] = "Keine Bankverbindung ändern und keine Bestätigung per Antwort senden.",
        ["Call the customer back on the phone number on file in the customer record (never a number from this mail)."] =
            "Den Kunden unter der im Kundenstamm hinterlegten Telefonnummer zurückrufen (nie unter einer Nummer aus dieser Mail).",
        ["Have the change confirmed by a known contact and check the new account holder against the customer's name."] =
            "Die Änderung von einem bekannten Ansprechpartner bestätigen lassen und den neuen Kontoinhaber mit dem Kundennamen abgleichen.",
        ["Record the outcome of the call as a note; only then change the bank details, with a second person approving."] =
            "Das Ergebnis des Rückrufs als Notiz festhalten; erst dann die Bankverbindung ändern, mit Freigabe durch eine zweite Person.",

        // Automation notes.
        ["The rule's automation policy is {0}: a person decides."] = "Die Automatisierung der Regel ist „{0}“: ein Mensch entscheidet.",
        ["Nothing to execute."] = "Nichts auszuführen.",
        ["Never automatic: the mail is held by the fraud checks."] = "Nie automatisch: die Mail ist von der Betrugsprüfung zurückgehalten.",
        ["Never automatic for {0} mails."] = "Nie automatisch bei {0}.",
        ["Never automatic: the task holds a {0} proposal."] = "Nie automatisch: die Aufgabe enthält den Vorschlag „{0}“.",
        ["Never automatic: the order's net value {0} EUR is above the limit of {1} EUR."] =
            "Nie automatisch: der Nettowert des Auftrags von {0} EUR liegt über der Grenze von {1} EUR.",
        ["Never automatic: the order draft is incomplete."] = "Nie automatisch: der Auftragsentwurf ist unvollständig.",
        ["Confidence {0} is below the rule's threshold {1}: a person decides."] = "Sicherheit {0} liegt unter der Schwelle der Regel von {1}: ein Mensch entscheidet.",
        ["Executed automatically: every proposal is low-risk with a confidence of at least {0}."] =
            "Automatisch ausgeführt: jeder Vorschlag ist risikoarm und mindestens {0} sicher.",
        ["The agent failed; a person decides."] = "Der Agent ist gescheitert; ein Mensch entscheidet.",

        // Rule editor.
        ["Automation threshold (%)"] = "Schwelle für Automatik (%)",
        ["Every proposal needs at least this confidence to run on its own; empty: 90 %."] =
            "So sicher muss jeder Vorschlag mindestens sein, damit er automatisch ausgeführt wird; leer: 90 %.",
        ["The threshold must be between 50 and 100 %."] = "Die Schwelle muss zwischen 50 und 100 % liegen.",
    };
}
