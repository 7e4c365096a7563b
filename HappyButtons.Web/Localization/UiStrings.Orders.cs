namespace HappyButtons.Web.Localization;

internal static partial class UiStrings
{
    /// <summary>Orders: the board, the order page, the order form; and the customer's address and VAT ID.</summary>
    private static readonly IReadOnlyDictionary<string, string> OrdersGerman = new Dictionary<string, string>
    {
        // Board
        ["Orders"] = "Aufträge",
        ["Drag an order to its next state. Refused moves snap back with the reason."] =
            "Ziehen Sie einen Auftrag in seinen nächsten Status. Abgelehnte Schritte springen mit Begründung zurück.",
        ["New order"] = "Neuer Auftrag",
        ["Number or name"] = "Nummer oder Name",
        ["Due by"] = "Fällig bis",
        ["{0} order"] = "{0} Auftrag",
        ["{0} orders"] = "{0} Aufträge",
        ["You are no longer signed in."] = "Sie sind nicht mehr angemeldet.",
        ["This order no longer exists."] = "Diesen Auftrag gibt es nicht mehr.",
        ["{0} is now \"{1}\"."] = "{0} ist jetzt „{1}“.",

        // Order page
        ["Order board"] = "Auftragsboard",
        ["Order {0}"] = "Auftrag {0}",
        ["Move to \"{0}\""] = "Auf „{0}“ setzen",
        ["Lines"] = "Positionen",
        ["Pos."] = "Pos.",
        ["Item number"] = "Artikel",
        ["Description"] = "Bezeichnung",
        ["Quantity"] = "Menge",
        ["Unit price"] = "Einzelpreis",
        ["Sales tax"] = "USt.",
        ["Net"] = "Netto",
        ["VAT {0} % on {1}"] = "USt. {0} % auf {1}",
        ["Gross"] = "Brutto",
        ["Previous state"] = "Vorher",
        ["New state"] = "Nachher",
        ["Reason"] = "Grund",
        ["Order data"] = "Auftragsdaten",
        ["Customer's order number"] = "Bestellnummer des Kunden",
        ["Requested delivery"] = "Wunschtermin",
        ["Delivery date (confirmed, else requested)"] = "Liefertermin (bestätigt, sonst gewünscht)",
        ["no delivery date"] = "ohne Liefertermin",
        ["Confirmed delivery"] = "Bestätigter Termin",
        ["Delivered"] = "Zugestellt",
        ["Source"] = "Herkunft",
        ["The customer's mail"] = "Die Mail des Kunden",
        ["Entered by hand"] = "Von Hand erfasst",
        ["Documents"] = "Dokumente",
        ["No documents yet: the confirmation is issued when the order is confirmed."] =
            "Noch keine Dokumente: die Auftragsbestätigung entsteht mit der Bestätigung des Auftrags.",
        ["issued {0} by {1}"] = "erstellt {0} von {1}",
        ["Order confirmation"] = "Auftragsbestätigung",
        ["Delivery note"] = "Lieferschein",
        ["Invoice"] = "Rechnung",
        ["Credit note"] = "Gutschrift",

        ["Reason for a credit note"] = "Grund für eine Gutschrift",
        ["Issue credit note"] = "Gutschrift erstellen",
        ["A credit note needs a reason."] = "Eine Gutschrift braucht einen Grund.",
        ["Only finance and administrators issue credit notes."] = "Gutschriften erstellen nur die Buchhaltung und Administratoren.",
        ["The order has no invoice to correct."] = "Der Auftrag hat keine Rechnung, die zu korrigieren wäre.",
        ["Credit note {0} issued."] = "Gutschrift {0} erstellt.",

        // Order form
        ["Add line"] = "Position hinzufügen",
        ["Remove line"] = "Position entfernen",
        ["Minimum {0} {1}"] = "Mindestens {0} {1}",
        ["Create order"] = "Auftrag anlegen",
        ["Orders are entered by sales and administrators."] = "Aufträge erfassen der Vertrieb und Administratoren.",
        ["Choose the customer."] = "Wählen Sie den Kunden.",
        ["An order needs at least one line."] = "Ein Auftrag braucht mindestens eine Position.",
        ["The quantity of {0} must be at least 1."] = "Die Menge von {0} muss mindestens 1 sein.",
        ["Order {0} created."] = "Auftrag {0} angelegt.",

        // Order roles on the user page
        ["Order roles"] = "Auftragsrollen",
        ["Production (plans and reports production)"] = "Produktion (plant und meldet die Fertigung)",
        ["Warehouse (packs, ships, records the delivery)"] = "Lager (verpackt, versendet, meldet die Zustellung)",
        ["Save roles"] = "Rollen speichern",
        ["The order roles were saved."] = "Die Auftragsrollen wurden gespeichert.",
        ["Sales and finance work with orders through their departments; administrators may take every step."] =
            "Vertrieb und Buchhaltung arbeiten über ihre Abteilungen mit Aufträgen; Administratoren dürfen jeden Schritt.",
        ["Order roles changed"] = "Auftragsrollen geändert",

        // Customer address and VAT ID
        ["Address and VAT ID"] = "Anschrift und USt-IdNr.",
        ["Street and number"] = "Straße und Hausnummer",
        ["Postal code"] = "PLZ",
        ["City"] = "Ort",
        ["Country"] = "Land",
        ["Two letters, e.g. DE"] = "Zwei Buchstaben, z. B. DE",
        ["VAT ID"] = "USt-IdNr.",
        ["Printed on invoices, e.g. DE123456789"] = "Steht auf Rechnungen, z. B. DE123456789",
        ["\"{0}\" is not a VAT ID: two letters of the country, then 2 to 12 letters or digits (e.g. DE123456789)."] =
            "„{0}“ ist keine USt-IdNr.: zwei Buchstaben des Landes, dann 2 bis 12 Buchstaben oder Ziffern (z. B. DE123456789).",
        ["The address needs street, postal code, city and a two-letter country code (e.g. DE)."] =
            "Die Anschrift braucht Straße, PLZ, Ort und ein Länderkürzel aus zwei Buchstaben (z. B. DE).",
    };
}
