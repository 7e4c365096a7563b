namespace HappyButtons.Web.Localization;

internal static partial class UiStrings
{
    /// <summary>Replies: the courtesy score in the composer and its rules.</summary>
    private static readonly IReadOnlyDictionary<string, string> RepliesGerman = new Dictionary<string, string>
    {
        ["Courtesy {0}/100"] = "Höflichkeit {0}/100",
        ["Missing: {0}"] = "Fehlt: {0}",
        ["Every courtesy rule is met."] = "Alle Höflichkeitsregeln sind erfüllt.",
        ["salutation with title and name"] = "Anrede mit Titel und Name",
        ["formal address"] = "förmliche Anrede (Sie)",
        ["thanks"] = "Dank",
        ["reference to the customer's request"] = "Bezug auf das Anliegen",
        ["no blunt refusal"] = "keine schroffe Absage",
        ["no capitals shouting"] = "keine Großbuchstaben",
        ["a concrete next step"] = "konkreter nächster Schritt",
        ["closing formula"] = "Grußformel",
        ["legal signature (§35a GmbHG)"] = "Pflichtangaben (§35a GmbHG)",
        ["spelling of the customer's name"] = "Schreibweise des Kundennamens",
        ["Reply templates"] = "Antwortvorlagen",
        ["The composer offers them in the customer's language; every save is a new version, the newest is used."] =
            "Die Antwortmaske bietet sie in der Sprache des Kunden an; jedes Speichern ist eine neue Version, die neueste gilt.",
        ["Version"] = "Version",
        ["Changed"] = "Geändert",
        ["No templates yet."] = "Noch keine Vorlagen.",
        ["This template does not exist."] = "Diese Vorlage gibt es nicht.",
        ["version {0}"] = "Version {0}",
        ["Versions"] = "Versionen",
        ["Changes"] = "Änderungen",
        ["Text (Scriban)"] = "Text (Scriban)",
        ["Variables:"] = "Variablen:",
        ["Save as new version"] = "Als neue Version speichern",
        ["Syntax error: {0}"] = "Syntaxfehler: {0}",
        ["Unknown variables: {0}. A reply only knows the variables listed above."] =
            "Unbekannte Variablen: {0}. Eine Antwort kennt nur die oben genannten Variablen.",
        ["Saved as version {0}."] = "Als Version {0} gespeichert.",
        ["Not saved: the template has errors."] = "Nicht gespeichert: Die Vorlage enthält Fehler.",
        ["Someone saved this template in the meantime. Reload the page; your text was not saved."] =
            "Jemand hat diese Vorlage inzwischen gespeichert. Laden Sie die Seite neu; Ihr Text wurde nicht gespeichert.",
        ["Give the template a title."] = "Geben Sie der Vorlage einen Titel.",
        ["Choose an intent."] = "Wählen Sie ein Anliegen.",
        ["Preview with the conversation"] = "Vorschau mit dem Vorgang",
        ["Choose a conversation"] = "Vorgang wählen",
        ["Choose a conversation to see the reply as its customer would get it."] =
            "Wählen Sie einen Vorgang, um die Antwort so zu sehen, wie der Kunde sie erhielte.",
        ["This conversation lacks {0}: the template cannot be used for it."] = "Diesem Vorgang fehlt {0}: Die Vorlage passt nicht zu ihm.",
        ["Your name"] = "Ihr Name",
        ["The preview follows once the template's errors are fixed."] = "Die Vorschau folgt, sobald die Fehler der Vorlage behoben sind.",
        ["current"] = "aktuell",
        ["(restores version {0})"] = "(stellt Version {0} wieder her)",
        ["Show"] = "Anzeigen",
        ["Restore"] = "Wiederherstellen",
        ["Version {0} restored as version {1}."] = "Version {0} als Version {1} wiederhergestellt.",
        ["Not restored: someone changed the template in the meantime. Reload the page."] =
            "Nicht wiederhergestellt: Jemand hat die Vorlage inzwischen geändert. Laden Sie die Seite neu.",
        ["Template saved"] = "Vorlage gespeichert",
        ["Template version restored"] = "Vorlagenversion wiederhergestellt",
        ["Reply sent under the minimum courtesy score"] = "Antwort unter dem Höflichkeits-Mindestwert gesendet",
        ["Minimum to send: {0}"] = "Mindestwert zum Senden: {0}",
        ["Under the minimum of {0}: improve the text, or send it anyway with a reason."] =
            "Unter dem Mindestwert von {0}: Text verbessern oder mit Begründung trotzdem senden.",
        ["Send under the minimum"] = "Unter dem Mindestwert senden",
        ["Reason (recorded)"] = "Begründung (wird protokolliert)",
        ["Give the reason why this reply goes out under the minimum courtesy score. Nothing was sent."] =
            "Bitte begründen Sie, warum diese Antwort unter dem Mindestwert der Höflichkeit gesendet wird. Es wurde nichts gesendet.",
        ["The reply scores {0} of 100 for courtesy, under the minimum of {1}. Improve it, or tick \"Send under the minimum\" and give your reason. Nothing was sent."] =
            "Die Antwort erreicht {0} von 100 Höflichkeitspunkten, unter dem Minimum von {1}. Verbessern Sie sie oder wählen Sie „Unter dem Mindestwert senden“ mit Begründung. Es wurde nichts gesendet.",
        ["Sent under the minimum courtesy score ({0}/100) by {1}:"] = "Unter dem Höflichkeits-Mindestwert gesendet ({0}/100) von {1}:",
        ["the salutation"] = "die Anrede",
        ["your name"] = "Ihr Name",
        ["the department"] = "die Abteilung",
        ["the ticket number"] = "die Vorgangsnummer",
        ["the order number"] = "die Auftragsnummer",
        ["the customer's PO number"] = "die Bestellnummer des Kunden",
        ["the delivery date"] = "der Liefertermin",
        ["the invoice number"] = "die Rechnungsnummer",
        ["the date the quote is due"] = "der Termin für das Angebot",
        ["the closing"] = "die Grußformel",
        ["the company data of the signature (§35a GmbHG)"] = "die Firmendaten der Signatur (§35a GmbHG)",
        ["This template no longer exists."] = "Diese Vorlage gibt es nicht mehr.",
        ["The template needs {0}, which this conversation does not have. The text starts without the template."] =
            "Die Vorlage braucht {0}, was dieser Vorgang nicht hat. Der Text beginnt ohne die Vorlage.",
        ["The template could not be rendered: {0}"] = "Die Vorlage ließ sich nicht erstellen: {0}",
    };
}
