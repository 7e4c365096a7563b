namespace HappyButtons.Web.Localization;

internal static partial class UiStrings
{
    /// <summary>Sessions and lockouts on the administration's user page (issue 18, items 4 and 13).</summary>
    private static readonly IReadOnlyDictionary<string, string> SecurityGerman = new Dictionary<string, string>
    {
        ["Open sessions"] = "Offene Sitzungen",
        ["No open sessions."] = "Keine offenen Sitzungen.",
        ["Signed in"] = "Angemeldet",
        ["Last active"] = "Zuletzt aktiv",
        ["Browser"] = "Browser",
        ["End"] = "Beenden",
        ["End all sessions"] = "Alle Sitzungen beenden",
        ["The session was ended."] = "Die Sitzung wurde beendet.",
        ["Every session of the user was ended."] = "Alle Sitzungen des Benutzers wurden beendet.",
        ["This session has already ended."] = "Diese Sitzung ist bereits beendet.",
        ["Session ended"] = "Sitzung beendet",
        ["All sessions ended"] = "Alle Sitzungen beendet",
        ["Locked for {0} until {1} after {2} failed sign-ins"] = "Gesperrt für {0} bis {1} nach {2} fehlgeschlagenen Anmeldungen",
        ["an unknown address"] = "eine unbekannte Adresse",
        ["Locked addresses: {0}"] = "Gesperrte Adressen: {0}",
    };
}
