namespace HappyButtons.Web.Localization;

internal static partial class UiStrings
{
    /// <summary>Administration: the knowledge base (list, article form) and the helpful / not helpful buttons.</summary>
    private static readonly IReadOnlyDictionary<string, string> KnowledgeGerman = new Dictionary<string, string>
    {
        ["Knowledge base"] = "Wissensdatenbank",
        ["{0} article"] = "{0} Beitrag",
        ["{0} articles"] = "{0} Beiträge",
        ["New article"] = "Neuer Beitrag",
        ["A customer's question or words of the article"] = "Frage eines Kunden oder Wörter des Beitrags",
        ["All languages"] = "Alle Sprachen",
        ["No articles yet."] = "Noch keine Beiträge.",
        ["No article matches."] = "Kein Beitrag passt.",
        ["Topic"] = "Thema",
        ["For"] = "Für",
        ["Helpful"] = "Hilfreich",
        ["Not helpful"] = "Nicht hilfreich",
        ["Changed"] = "Geändert",
        ["inactive"] = "inaktiv",
        ["every question"] = "jede Frage",
        ["Article"] = "Beitrag",
        ["Helpful: {0}"] = "Hilfreich: {0}",
        ["Not helpful: {0}"] = "Nicht hilfreich: {0}",
        ["at installation"] = "bei der Einrichtung",
        ["There is no such article."] = "Diesen Beitrag gibt es nicht.",
        ["The article „{0}“ was saved."] = "Der Beitrag „{0}“ wurde gespeichert.",
        ["The title is missing."] = "Der Titel fehlt.",
        ["The topic is missing."] = "Das Thema fehlt.",
        ["Shared by the German and English version, e.g. washing-temperatures"] = "Gemeinsam für die deutsche und englische Fassung, z. B. washing-temperatures",
        ["Answer"] = "Antwort",
        ["The text is missing."] = "Der Text fehlt.",
        ["Goes into the reply between salutation and closing; formal address (Sie)."] = "Steht in der Antwort zwischen Anrede und Grußformel; bitte in der Sie-Form.",
        ["Keywords"] = "Stichwörter",
        ["Words customers use for this topic, separated by commas"] = "Wörter, die Kunden für dieses Thema verwenden, durch Kommas getrennt",
        ["Answers"] = "Beantwortet",
        ["Products or materials"] = "Artikel oder Materialien",
        ["e.g. Horn, Polyester (empty: all)"] = "z. B. Horn, Polyester (leer: alle)",
        ["Active: found and proposed"] = "Aktiv: wird gefunden und vorgeschlagen",
        ["Inactive: neither found nor proposed"] = "Inaktiv: wird weder gefunden noch vorgeschlagen",
        ["The topic is a short key of lower-case letters, digits and hyphens, e.g. washing-temperatures."] =
            "Das Thema ist ein kurzer Schlüssel aus Kleinbuchstaben, Ziffern und Bindestrichen, z. B. washing-temperatures.",
        ["The language is de or en."] = "Die Sprache ist Deutsch oder Englisch.",
        ["The title is longer than 200 characters."] = "Der Titel ist länger als 200 Zeichen.",
        ["The text is longer than 20000 characters."] = "Der Text ist länger als 20000 Zeichen.",
        ["Keywords and products are at most 2000 characters each."] = "Stichwörter und Artikel haben höchstens je 2000 Zeichen.",
        ["Was the article helpful?"] = "War der Beitrag hilfreich?",
        ["Only members of Support may rate articles."] = "Nur Mitglieder des Kundendienstes können Beiträge bewerten.",
        ["This article no longer exists."] = "Diesen Beitrag gibt es nicht mehr.",
        ["Thank you for your feedback."] = "Danke für Ihre Rückmeldung.",
    };
}
