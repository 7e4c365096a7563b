namespace HappyButtons.Web.Localization;

internal static partial class UiStrings
{
    /// <summary>The interactive shell, the reconnect dialog, reasons and counts (issue 10).</summary>
    private static readonly IReadOnlyDictionary<string, string> PlatformGerman = new Dictionary<string, string>
    {
        ["Background jobs"] = "Hintergrundjobs",
        ["Loading…"] = "Wird geladen …",
        ["Session"] = "Sitzung",
        ["online"] = "online",
        ["Your session has ended. Please sign in again."] = "Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.",
        ["Connection to the server lost. Reconnecting…"] = "Verbindung zum Server unterbrochen. Verbinde neu …",
        ["The server cannot be reached yet. Next attempt in"] = "Der Server ist noch nicht erreichbar. Nächster Versuch in",
        ["The server cannot be reached. Trying again shortly; nothing you saved is lost."] =
            "Der Server ist nicht erreichbar. Gleich wird es erneut versucht; Gespeichertes geht nicht verloren.",
        ["Try again now"] = "Jetzt erneut versuchen",
        ["The session was paused by the server."] = "Die Sitzung wurde vom Server angehalten.",
        ["Resume"] = "Fortsetzen",
        ["The session could not be resumed. The page reloads."] = "Die Sitzung konnte nicht fortgesetzt werden. Die Seite wird neu geladen.",
        ["{0} message"] = "{0} Nachricht",
        ["{0} attachment"] = "{0} Anhang",
        ["{0} attachments"] = "{0} Anhänge",
        ["{0} d {1} h"] = "{0} T {1} Std.",
        ["{0} h {1} min"] = "{0} Std. {1} Min.",
        ["{0} min"] = "{0} Min.",
        ["{first_item}–{last_item} of {all_items}"] = "{first_item}–{last_item} von {all_items}",
        ["SLA due {0}"] = "SLA fällig {0}",
        ["OEM account"] = "OEM-Kunde",
        ["passed"] = "bestanden",
        ["failed"] = "fehlgeschlagen",
        ["doubtful"] = "zweifelhaft",
        ["none"] = "keine",
        ["unclear"] = "unklar",
        ["Back to the message"] = "Zurück zur Nachricht",
        ["Save correction"] = "Korrektur speichern",
        ["The classifier learns from the correction at once; the message moves to the chosen department."] =
            "Die Klassifizierung lernt sofort aus der Korrektur; die Nachricht wechselt in die gewählte Abteilung.",
        ["The correction could not be saved: intent or department unknown."] =
            "Die Korrektur wurde nicht gespeichert: Anliegen oder Abteilung unbekannt.",
        ["Message {0} does not exist."] = "Die Nachricht {0} gibt es nicht.",
        ["Paste a raw mail or enter a message id."] = "Fügen Sie eine rohe Mail ein oder geben Sie eine Nachrichten-ID ein.",
        // Risk signals (codes of the fraud assessment)
        ["The sender's domain imitates a known domain"] = "Die Absender-Domain ahmt eine bekannte Domain nach",
        ["The reply address imitates a known domain"] = "Die Antwortadresse ahmt eine bekannte Domain nach",
        ["The sender's domain uses look-alike international characters"] = "Die Absender-Domain nutzt verwechselbare internationale Zeichen",
        ["The sender uses a colleague's name from an outside address"] = "Der Absender nutzt den Namen eines Kollegen, aber eine fremde Adresse",
        ["The sender uses a customer contact's name from another address"] = "Der Absender nutzt den Namen eines Kundenkontakts, aber eine andere Adresse",
        ["Replies would go to another domain than the sender's"] = "Antworten gingen an eine andere Domain als die des Absenders",
        ["SPF check failed: the sending server is not allowed for this domain"] = "SPF-Prüfung fehlgeschlagen: Der sendende Server ist für diese Domain nicht zugelassen",
        ["SPF check uncertain (softfail)"] = "SPF-Prüfung unsicher (Softfail)",
        ["DKIM signature invalid: content or sender may have been altered"] = "DKIM-Signatur ungültig: Inhalt oder Absender können verändert sein",
        ["DMARC failed: the sender domain is not authenticated"] = "DMARC fehlgeschlagen: Die Absender-Domain ist nicht authentifiziert",
        ["Announces changed bank details"] = "Kündigt geänderte Bankdaten an",
        ["Bank change together with a sender anomaly"] = "Bankdatenänderung zusammen mit einer Auffälligkeit beim Absender",
        ["Unusual sender or content"] = "Auffälliger Absender oder Inhalt",
        // Review, status and escalation reasons
        ["The classification is uncertain."] = "Die Klassifizierung ist unsicher.",
        ["The classification is uncertain: {0}."] = "Die Klassifizierung ist unsicher: {0}.",
        ["confidence {0:P0} below the review threshold {1:P0}"] = "Sicherheit {0:P0} unter der Prüfschwelle {1:P0}",
        ["little text: {0} word"] = "wenig Text: {0} Wort",
        ["little text: {0} words"] = "wenig Text: {0} Wörter",
        ["mixed languages"] = "gemischte Sprachen",
        ["too little text, filed as a general inquiry for triage"] = "zu wenig Text, zur Sichtung als allgemeine Anfrage abgelegt",
        ["announces changed bank details"] = "kündigt geänderte Bankdaten an",
        ["automated mail"] = "automatische Mail",
        ["No routing rule could be applied; please assign the message by hand."] =
            "Keine Routing-Regel ließ sich anwenden; bitte ordnen Sie die Nachricht von Hand zu.",
        ["The message is empty (0 bytes)."] = "Die Nachricht ist leer (0 Byte).",
        ["The message exceeds a parser limit; it is kept raw and shown as far as it could be read."] =
            "Die Nachricht überschreitet eine Grenze des Einlesens; sie bleibt roh gespeichert und wird gezeigt, soweit sie lesbar war.",
        ["The message could not be processed completely."] = "Die Nachricht konnte nicht vollständig verarbeitet werden.",
        ["The first response was due {0} (SLA {1})."] = "Die Erstreaktion war fällig am {0} (SLA {1}).",
        ["The first response was overdue."] = "Die Erstreaktion war überfällig.",
    };
}
