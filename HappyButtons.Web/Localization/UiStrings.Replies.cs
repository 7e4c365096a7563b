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
    };
}
