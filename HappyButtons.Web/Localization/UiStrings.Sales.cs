namespace HappyButtons.Web.Localization;

internal static partial class UiStrings
{
    /// <summary>Sales: the customer list, the customer page and form, the CSV import, and the API docs' way back.</summary>
    private static readonly IReadOnlyDictionary<string, string> SalesGerman = new Dictionary<string, string>
    {
        // Customer codes in words (CustomerLabels).
        ["Regular customer"] = "Stammkunde",
        ["OEM"] = "OEM",
        ["Distributor"] = "Händler",
        ["lang.de"] = "Deutsch",
        ["lang.en"] = "Englisch",
        ["lang.other"] = "Andere Sprache",
        ["Customer number"] = "Kundennummer",
        ["VIP"] = "VIP",
        ["Mail domains"] = "Mail-Domains",
        ["Title"] = "Titel",
        ["First name"] = "Vorname",
        ["Last name"] = "Nachname",
        ["New"] = "Neu",
        ["Overwrites"] = "Überschreibt",
        ["Unchanged"] = "Unverändert",
        ["Further contact"] = "Weiterer Ansprechpartner",
        ["Not imported"] = "Nicht importiert",

        // List
        ["New customer"] = "Neuer Kunde",
        ["Number, name, domain or contact"] = "Nummer, Name, Domain oder Ansprechpartner",
        ["Search looks at number, name, mail domains and contacts' names and addresses."] =
            "Die Suche berücksichtigt Nummer, Name, Mail-Domains sowie Namen und Adressen der Ansprechpartner.",
        ["No customers yet."] = "Noch keine Kunden.",
        ["Create one or import a CSV file."] = "Legen Sie einen an oder importieren Sie eine CSV-Datei.",
        ["{0} customer"] = "{0} Kunde",
        ["{0} customers"] = "{0} Kunden",

        // Customer page
        ["Customer number {0}"] = "Kundennummer {0}",
        ["Master data"] = "Stammdaten",
        ["Mail history"] = "Mailverlauf",
        ["No mail from this customer yet. Mail is matched by the sender's address or domain."] =
            "Noch keine Mail von diesem Kunden. Mails werden über die Absenderadresse oder -domain zugeordnet.",
        ["{0} more message of this customer is in a department you do not belong to."] =
            "{0} weitere Nachricht dieses Kunden liegt in einer Abteilung, der Sie nicht angehören.",
        ["{0} more messages of this customer are in departments you do not belong to."] =
            "{0} weitere Nachrichten dieses Kunden liegen in Abteilungen, denen Sie nicht angehören.",

        // Form
        ["Edit {0}"] = "{0} bearbeiten",
        ["4 to 10 digits"] = "4 bis 10 Ziffern",
        ["Replies and salutations use it."] = "Gilt für Antworten und Anreden.",
        ["VIP customer"] = "VIP-Kunde",
        ["Separated by commas or spaces, e.g. autowerk-sued.de. Mail from these domains is recognised as this customer's."] =
            "Durch Komma oder Leerzeichen getrennt, z. B. autowerk-sued.de. Mails von diesen Domains werden diesem Kunden zugeordnet.",
        ["Agreement numbers separated by commas, e.g. RV-2024-017."] = "Vertragsnummern durch Komma getrennt, z. B. RV-2024-017.",
        ["Add contact"] = "Ansprechpartner hinzufügen",
        ["Remove contact"] = "Ansprechpartner entfernen",
        ["An empty salutation greets the contact by full name (the field shows how)."] =
            "Ohne eigene Anrede wird der Ansprechpartner mit vollem Namen begrüßt (das Feld zeigt, wie).",
        ["The customer was not saved:"] = "Der Kunde wurde nicht gespeichert:",
        ["A customer with number {0} already exists."] = "Einen Kunden mit der Nummer {0} gibt es bereits.",
        ["Customer {0} saved."] = "Kunde {0} gespeichert.",
        ["Reload"] = "Neu laden",

        // Rules (CustomerRules) and import problems (CustomerCsv)
        ["The customer number is missing."] = "Die Kundennummer fehlt.",
        ["The customer number \"{0}\" is not valid: it has 4 to 10 digits and nothing else."] =
            "Die Kundennummer „{0}“ ist ungültig: Sie besteht aus 4 bis 10 Ziffern und sonst nichts.",
        ["The name is missing."] = "Der Name fehlt.",
        ["The name is longer than {0} characters."] = "Der Name ist länger als {0} Zeichen.",
        ["\"{0}\" is not a mail domain."] = "„{0}“ ist keine Mail-Domain.",
        ["\"{0}\" is a public mail provider and cannot identify a customer."] =
            "„{0}“ ist ein öffentlicher Mail-Anbieter und kann keinen Kunden kennzeichnen.",
        ["\"{0}\" is not an agreement number (letters, digits, - / . and at most 40 characters)."] =
            "„{0}“ ist keine Vertragsnummer (Buchstaben, Ziffern, - / . und höchstens 40 Zeichen).",
        ["A contact needs an e-mail address."] = "Ein Ansprechpartner braucht eine E-Mail-Adresse.",
        ["\"{0}\" is not an e-mail address."] = "„{0}“ ist keine E-Mail-Adresse.",
        ["A contact needs a last name."] = "Ein Ansprechpartner braucht einen Nachnamen.",
        ["The e-mail address {0} appears twice."] = "Die E-Mail-Adresse {0} kommt doppelt vor.",
        ["The e-mail address {0} belongs to a contact of customer {1}."] = "Die E-Mail-Adresse {0} gehört zu einem Ansprechpartner von Kunde {1}.",
        ["The file has no column for the customer number (Kundennummer or number)."] =
            "Die Datei hat keine Spalte für die Kundennummer (Kundennummer oder number).",
        ["The column \"{0}\" is not known and is ignored."] = "Die Spalte „{0}“ ist unbekannt und wird ignoriert.",
        ["The line has {0} fields but the header only {1}."] = "Die Zeile hat {0} Felder, die Kopfzeile nur {1}.",
        ["The type \"{0}\" is not regular (Stammkunde), OEM or distributor (Händler)."] =
            "Die Art „{0}“ ist weder Stammkunde, OEM noch Händler.",
        ["VIP \"{0}\" is not yes or no."] = "VIP „{0}“ ist weder ja noch nein.",
        ["The language \"{0}\" is not German, English or another language."] = "Die Sprache „{0}“ ist weder Deutsch, Englisch noch eine andere Sprache.",
        ["Customer number {0} appears again with other data (first on line {1})."] =
            "Die Kundennummer {0} kommt mit anderen Daten erneut vor (zuerst in Zeile {1}).",
        ["Customer number {0} appears more than once (first on line {1})."] = "Die Kundennummer {0} kommt mehrfach vor (zuerst in Zeile {1}).",
        ["Line {0} with this customer number cannot be imported."] = "Zeile {0} mit dieser Kundennummer kann nicht importiert werden.",

        // Import
        ["Nothing is stored before you confirm the preview."] = "Gespeichert wird erst, wenn Sie die Vorschau bestätigen.",
        ["File"] = "Datei",
        ["A CSV file as Excel saves it (UTF-8 or Windows-1252, separated by semicolons, commas or tabs) with a header line. Column names in German or English: Kundennummer, Name, Typ, VIP, Sprache, Domains, Verträge; for one contact per line Anrede, Titel, Vorname, Nachname, E-Mail. Empty cells keep the stored value; further lines with the same number add contacts."] =
            "Eine CSV-Datei, wie Excel sie speichert (UTF-8 oder Windows-1252, getrennt durch Semikolon, Komma oder Tabulator), mit Kopfzeile. Spaltennamen auf Deutsch oder Englisch: Kundennummer, Name, Typ, VIP, Sprache, Domains, Verträge; für einen Ansprechpartner je Zeile Anrede, Titel, Vorname, Nachname, E-Mail. Leere Zellen lassen den gespeicherten Wert stehen; weitere Zeilen mit derselben Nummer fügen Ansprechpartner hinzu.",
        ["Choose CSV file"] = "CSV-Datei wählen",
        ["Charset {0}, separated by {1}"] = "Zeichensatz {0}, getrennt durch {1}",
        ["semicolons"] = "Semikolon",
        ["commas"] = "Komma",
        ["tabs"] = "Tabulator",
        ["{0} new"] = "{0} neu",
        ["{0} overwrites a stored customer"] = "{0} überschreibt einen gespeicherten Kunden",
        ["{0} overwrite stored customers"] = "{0} überschreiben gespeicherte Kunden",
        ["{0} unchanged"] = "{0} unverändert",
        ["{0} contact"] = "{0} Ansprechpartner",
        ["{0} contacts"] = "{0} Ansprechpartner",
        ["{0} line not importable"] = "{0} Zeile nicht importierbar",
        ["{0} lines not importable"] = "{0} Zeilen nicht importierbar",
        ["Import {0} line"] = "{0} Zeile importieren",
        ["Import {0} lines"] = "{0} Zeilen importieren",
        ["Discard"] = "Verwerfen",
        ["All lines"] = "Alle Zeilen",
        ["Overwrites and problems"] = "Überschreibungen und Probleme",
        ["Import"] = "Import",
        ["Contact"] = "Ansprechpartner",
        ["Notes"] = "Hinweise",
        ["Overwrites {0} {1}: {2}"] = "Überschreibt {0} {1}: {2}",
        ["Line {0}"] = "Zeile {0}",
        ["Overwrite stored customers?"] = "Gespeicherte Kunden überschreiben?",
        ["This import overwrites {0} stored customer: "] = "Dieser Import überschreibt {0} gespeicherten Kunden: ",
        ["This import overwrites {0} stored customers: "] = "Dieser Import überschreibt {0} gespeicherte Kunden: ",
        ["Import and overwrite"] = "Importieren und überschreiben",
        ["Imported: {0} new, {1} overwritten, {2} contacts saved; {3} line(s) not imported."] =
            "Importiert: {0} neu, {1} überschrieben, {2} Ansprechpartner gespeichert; {3} Zeile(n) nicht importiert.",

        // API documentation
        ["Back to Happy Buttons"] = "Zurück zu Happy Buttons",
    };
}
