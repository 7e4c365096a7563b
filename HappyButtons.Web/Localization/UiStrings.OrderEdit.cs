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
        ["Nothing was changed."] = "Es wurde nichts geändert.",
        ["The lines of {0} were saved."] = "Die Positionen von {0} wurden gespeichert.",
        ["Changed and new lines are priced from the customer's price list of today; unchanged lines keep their price."] =
            "Geänderte und neue Positionen werden nach der heutigen Preisliste des Kunden berechnet; unveränderte behalten ihren Preis.",
    };
}
