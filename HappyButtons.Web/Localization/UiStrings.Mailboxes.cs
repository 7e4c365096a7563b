namespace HappyButtons.Web.Localization;

internal static partial class UiStrings
{
    private static readonly IReadOnlyDictionary<string, string> MailboxesGerman = new Dictionary<string, string>
    {
        ["Mailboxes"] = "Postfächer",
        ["Mailbox"] = "Postfach",
        ["Connection"] = "Verbindung",
        ["Last fetch"] = "Letzter Abruf",
        ["Messages today"] = "Nachrichten heute",
        ["local"] = "lokal",
        ["connected"] = "verbunden",
        ["not connected"] = "nicht verbunden",
        ["authentication failed"] = "Anmeldung fehlgeschlagen",
        ["There is no such mailbox."] = "Dieses Postfach gibt es nicht.",
        ["Test connection"] = "Verbindung testen",
        ["Address"] = "Adresse",
        ["Poll interval (seconds)"] = "Abrufintervall (Sekunden)",
        ["Host"] = "Server",
        ["Port"] = "Port",
        ["Security"] = "Verschlüsselung",
        ["None (unencrypted)"] = "Keine (unverschlüsselt)",
        ["stored – leave empty to keep it"] = "gespeichert – leer lassen, um es zu behalten",
        ["not set"] = "nicht gesetzt",
        ["Remove the stored password"] = "Gespeichertes Passwort entfernen",
        ["Pinned certificate (SHA-256 thumbprint)"] = "Fest hinterlegtes Zertifikat (SHA-256-Fingerabdruck)",
        ["Only for a server with a self-signed certificate; a certificate that validates normally needs no pin."] =
            "Nur für Server mit selbst signiertem Zertifikat; ein regulär gültiges Zertifikat braucht keinen Eintrag.",
        ["After a message is stored"] = "Nachdem eine Nachricht gespeichert ist",
        ["mark it as read (\\Seen)"] = "als gelesen markieren (\\Seen)",
        ["move it to the folder"] = "in den Ordner verschieben",
        ["Sent folder"] = "Ordner für gesendete Nachrichten",
        ["Sent mail is copied here over IMAP; empty for no copy."] = "Gesendete Nachrichten werden per IMAP hierhin kopiert; leer für keine Kopie.",
        ["Please correct the marked fields."] = "Bitte korrigieren Sie die markierten Felder.",
        ["The mailbox {0} was saved."] = "Das Postfach {0} wurde gespeichert.",
        ["The server's certificate SHA-256 thumbprint (pin it only after checking it):"] =
            "SHA-256-Fingerabdruck des Serverzertifikats (erst nach Prüfung hinterlegen):",
        ["Connection works."] = "Verbindung funktioniert.",
        ["Incomplete settings:"] = "Unvollständige Einstellungen:",
        ["Host not found (DNS):"] = "Server nicht gefunden (DNS):",
        ["No connection (TCP):"] = "Keine Verbindung (TCP):",
        ["Certificate not trusted (TLS):"] = "Zertifikat nicht vertrauenswürdig (TLS):",
        ["Login failed:"] = "Anmeldung fehlgeschlagen:",
        ["Folder problem:"] = "Ordnerproblem:",
        ["The server did not answer as expected:"] = "Der Server antwortete nicht wie erwartet:",
        ["Enter a valid e-mail address."] = "Bitte eine gültige E-Mail-Adresse eingeben.",
        ["The poll interval must be between 1 and 3600 seconds."] = "Das Abrufintervall muss zwischen 1 und 3600 Sekunden liegen.",
        ["A pinned thumbprint is the SHA-256 of the server certificate: 64 hex digits."] =
            "Ein Fingerabdruck ist der SHA-256-Wert des Serverzertifikats: 64 Hexadezimalziffern.",
        ["Enter a folder name other than INBOX, without control characters."] = "Bitte einen Ordnernamen außer INBOX ohne Steuerzeichen angeben.",
        ["An IMAP mailbox needs a host name."] = "Ein IMAP-Postfach braucht einen Servernamen.",
        ["The port must be between 1 and 65535 (usually 993 for TLS, 143 for STARTTLS)."] =
            "Der Port muss zwischen 1 und 65535 liegen (üblich: 993 für TLS, 143 für STARTTLS).",
        ["Choose TLS, STARTTLS or none."] = "Bitte TLS, STARTTLS oder keine Verschlüsselung wählen.",
        ["An IMAP mailbox needs a user name."] = "Ein IMAP-Postfach braucht einen Benutzernamen.",
        ["An IMAP mailbox needs a password."] = "Ein IMAP-Postfach braucht ein Passwort.",
    };
}
