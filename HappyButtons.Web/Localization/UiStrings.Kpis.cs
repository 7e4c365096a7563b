namespace HappyButtons.Web.Localization;

internal static partial class UiStrings
{
    /// <summary>The KPI dashboard. The KPIs' names and definitions come from the engine (KpiDefinitions), in both languages.</summary>
    private static readonly IReadOnlyDictionary<string, string> KpisGerman = new Dictionary<string, string>
    {
        ["KPI dashboard"] = "Kennzahlen",
        ["Company"] = "Unternehmen",
        ["Company or department"] = "Unternehmen oder Abteilung",
        ["Period"] = "Zeitraum",
        ["Custom period"] = "Eigener Zeitraum",
        ["{0} days"] = "{0} Tage",
        ["Last {0} days ({1} – {2})"] = "Letzte {0} Tage ({1} – {2})",
        ["{0} – {1}"] = "{0} – {1}",
        ["as of {0}"] = "Stand {0}",
        ["Updates live."] = "Aktualisiert sich live.",
        ["Key figures"] = "Kennzahlen",
        ["Definition"] = "Definition",
        ["No data"] = "Keine Daten",
        ["No trend without data."] = "Ohne Daten kein Trend.",
        ["No data in the previous period."] = "Keine Daten im Vorzeitraum.",
        ["{0} points vs. the previous period"] = "{0} Punkte ggü. Vorzeitraum",
        ["Nothing to count in this period."] = "In diesem Zeitraum gab es nichts zu zählen.",
        ["{0} of {1}"] = "{0} von {1}",
        ["KPIs day by day"] = "Kennzahlen Tag für Tag",
        ["No daily values stored for this period yet. The snapshot job stores each finished day shortly after midnight."] =
            "Für diesen Zeitraum sind noch keine Tageswerte gespeichert. Der Job speichert jeden abgeschlossenen Tag kurz nach Mitternacht.",
        ["Mails per day by department"] = "Mails pro Tag nach Abteilung",
        ["{0} mails in the period."] = "{0} Mails im Zeitraum.",
        ["Open conversations by SLA state"] = "Offene Vorgänge nach SLA-Stand",
        ["No open conversations."] = "Keine offenen Vorgänge.",
        ["Overdue"] = "Überfällig",
        ["Due within 2 hours"] = "In 2 Stunden fällig",
        ["On track"] = "Im Plan",
        ["Without SLA"] = "Ohne SLA",
        ["Waiting on the customer"] = "Wartet auf den Kunden",
        ["Conversations"] = "Vorgänge",
        ["Orders by state"] = "Aufträge nach Status",
        ["Net value"] = "Nettowert",
        ["No orders yet."] = "Noch keine Aufträge.",
        ["Pipeline throughput"] = "Durchsatz der Verarbeitung",
        ["Tasks executed"] = "Ausgeführte Aufgaben",
        ["In the pipeline now:"] = "Jetzt in der Verarbeitung:",
        ["Being processed"] = "In Verarbeitung",
    };
}
