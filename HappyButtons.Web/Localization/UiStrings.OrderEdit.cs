namespace HappyButtons.Web.Localization;

internal static partial class UiStrings
{
    /// <summary>Orders: editing lines, partial credit notes, the order from a purchase order (and the alias a correction teaches).</summary>
    private static readonly IReadOnlyDictionary<string, string> OrderEditGerman = new Dictionary<string, string>
    {
        // Editing lines
        ["Edit lines"] = "Positionen bearbeiten",
        ["Save lines"] = "Positionen speichern",
        ["Lines changed"] = "Positionen geändert",

        // Why no delivery mail went out (the order's history)
        ["No delivery mail: there is no sales mailbox to send it from."] = "Keine Liefermail: Es gibt kein Vertriebspostfach, aus dem sie gesendet werden könnte.",
        ["No delivery mail: the company data the signature needs is missing ({0})."] =
            "Keine Liefermail: Für die Signatur fehlen Firmendaten ({0}).",
        ["No delivery mail: neither the order's conversation nor the customer has an e-mail address."] =
            "Keine Liefermail: Weder der Vorgang des Auftrags noch der Kunde hat eine E-Mail-Adresse.",
        ["Nothing was changed."] = "Es wurde nichts geändert.",
        ["The lines of {0} were saved."] = "Die Positionen von {0} wurden gespeichert.",
        ["Changed and new lines are priced from the customer's price list of today; unchanged lines keep their price."] =
            "Geänderte und neue Positionen werden nach der heutigen Preisliste des Kunden berechnet; unveränderte behalten ihren Preis.",

        // Partial credit notes
        ["Credit part of the invoice: how many of each line, at the invoiced price. The invoice stays as it is."] =
            "Teile der Rechnung gutschreiben: wie viel je Position, zum berechneten Preis. Die Rechnung selbst bleibt unverändert.",
        ["Invoiced"] = "Berechnet",
        ["Credited"] = "Gutgeschrieben",
        ["Credit now"] = "Jetzt gutschreiben",
        ["Credit {0} net"] = "Gutschrift {0} netto",
        ["Everything invoiced is credited already."] = "Alles Berechnete ist bereits gutgeschrieben.",
        ["Enter how many to credit for at least one line."] = "Geben Sie für mindestens eine Position eine Menge ein.",
        ["The credit note was not issued:"] = "Die Gutschrift wurde nicht erstellt:",

        // The order from a purchase order
        ["Order from a purchase order"] = "Auftrag aus Bestellung",
        ["Create order from this purchase order"] = "Auftrag aus dieser Bestellung anlegen",
        ["No order lines were found in this mail; add them by hand."] = "In dieser Mail wurden keine Positionen gefunden; bitte von Hand ergänzen.",
        ["{0} sure"] = "{0} sicher",
        ["Customer's item number"] = "Artikelnr. des Kunden",
        ["Choose the product."] = "Wählen Sie den Artikel.",
        ["From now on, recognise \"{0}\" from {1} as {2}"] = "Künftig „{0}“ von {1} als {2} erkennen",
        ["\"{0}\" will be recognised as {1} from now on."] = "„{0}“ wird künftig als {1} erkannt.",
        ["\"{0}\" was not remembered: {1}"] = "„{0}“ wurde nicht gespeichert: {1}",
        ["Line {0}: {1}"] = "Position {0}: {1}",
        ["No product of the catalog matches."] = "Kein Artikel des Katalogs passt.",
        ["The product is no longer sold."] = "Der Artikel wird nicht mehr verkauft.",
        ["Several products fit the description equally well."] = "Mehrere Artikel passen gleich gut zur Beschreibung.",
        ["The customer's price differs from the agreed price."] = "Der Preis des Kunden weicht vom vereinbarten Preis ab.",
        ["The quantity is below the minimum order quantity."] = "Die Menge liegt unter der Mindestbestellmenge.",
        ["No quantity could be read."] = "Es ließ sich keine Menge lesen.",
        ["An attached PDF could not be read."] = "Ein angehängtes PDF ließ sich nicht lesen.",
        ["The mail was not classified as an order."] = "Die Mail wurde nicht als Bestellung eingestuft.",
    };
}
