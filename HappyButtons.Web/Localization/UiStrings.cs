namespace HappyButtons.Web.Localization;

/// <summary>German translations keyed by the English text; English text only for keys that are not text themselves.</summary>
internal static partial class UiStrings
{
    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["dept.info"] = "Info",
        ["dept.sales"] = "Sales",
        ["dept.support"] = "Support",
        ["dept.finance"] = "Finance",
        ["dept.admin"] = "Administration",
        ["lang.de"] = "German",
        ["lang.en"] = "English",
        ["lang.other"] = "Other language",
    };

    private static Dictionary<string, string> Combine(params IEnumerable<IReadOnlyDictionary<string, string>>[] parts)
    {
        var all = new Dictionary<string, string>();
        foreach (var dictionary in parts.SelectMany(p => p))
        {
            foreach (var (key, value) in dictionary)
            {
                // Two features translating the same text differently would make the UI depend on load order.
                if (all.TryGetValue(key, out var earlier) && earlier != value)
                {
                    throw new InvalidOperationException($"UI text '{key}' has two German translations: '{earlier}' and '{value}'.");
                }

                all[key] = value;
            }
        }

        return all;
    }

    private static Dictionary<string, string> Combine(IReadOnlyDictionary<string, string> first, IEnumerable<IReadOnlyDictionary<string, string>> rest) =>
        Combine([first], rest);

    private static readonly IReadOnlyDictionary<string, string> ShellGerman = new Dictionary<string, string>
    {
        ["dept.info"] = "Info",
        ["dept.sales"] = "Vertrieb",
        ["dept.support"] = "Kundendienst",
        ["dept.finance"] = "Buchhaltung",
        ["dept.admin"] = "Administration",
        ["Sign in"] = "Anmelden",
        ["Sign out"] = "Abmelden",
        ["User name"] = "Benutzername",
        ["Password"] = "Passwort",
        ["Department"] = "Abteilung",
        ["Departments"] = "Abteilungen",
        ["Language"] = "Sprache",
        ["Sign in to your department's workspace."] = "Melden Sie sich im Arbeitsbereich Ihrer Abteilung an.",
        ["Sign-in failed. Check user name, password and department. After 5 failed attempts sign-in is blocked for 15 minutes."] =
            "Anmeldung fehlgeschlagen. Bitte Benutzername, Passwort und Abteilung prüfen. Nach 5 Fehlversuchen ist die Anmeldung für 15 Minuten gesperrt.",
        ["You are not a member of {0}. Your departments: {1}."] = "Sie sind nicht Mitglied der Abteilung {0}. Ihre Abteilungen: {1}.",
        ["Too many sign-in attempts from your address. Please wait a minute and try again."] =
            "Zu viele Anmeldeversuche von Ihrer Adresse. Bitte warten Sie eine Minute und versuchen Sie es erneut.",
        ["Please fill in every field."] = "Bitte füllen Sie alle Felder aus.",
        ["Workspace"] = "Arbeitsbereich",
        ["Overview"] = "Übersicht",
        ["Administration"] = "Administration",
        ["Users"] = "Benutzer",
        ["Signed in now"] = "Gerade angemeldet",
        ["Nobody else is here right now."] = "Gerade ist niemand sonst hier.",
        ["(you)"] = "(Sie)",
        ["Switch department"] = "Abteilung wechseln",
        ["Signed in as {0}"] = "Angemeldet als {0}",
        ["Deutsch"] = "Deutsch",
        ["English"] = "English",
        ["Mailbox"] = "Postfach",
        ["Your departments"] = "Ihre Abteilungen",
        ["Access denied"] = "Kein Zugriff",
        ["You are not a member of this department. Ask an administrator to add you, or switch to one of your departments."] =
            "Sie sind nicht Mitglied dieser Abteilung. Bitten Sie eine Administratorin oder einen Administrator, Sie hinzuzufügen, oder wechseln Sie in eine Ihrer Abteilungen.",
        ["This page is for administrators."] = "Diese Seite ist Administratoren vorbehalten.",
        ["Page not found"] = "Seite nicht gefunden",
        ["The page you asked for does not exist."] = "Die angeforderte Seite gibt es nicht.",
        ["Something went wrong"] = "Etwas ist schiefgegangen",
        ["The error was recorded. Nothing you saved is lost; please try again. Reference: {0}"] =
            "Der Fehler wurde protokolliert. Gespeichertes geht nicht verloren; bitte versuchen Sie es erneut. Referenz: {0}",
        ["The request could not be processed. If you submitted a form, reload the page and send it again."] =
            "Die Anfrage konnte nicht verarbeitet werden. Wenn Sie ein Formular gesendet haben, laden Sie die Seite neu und senden Sie es erneut.",
        ["Back to start"] = "Zur Startseite",
        ["Live connection lost — reconnecting…"] = "Live-Verbindung unterbrochen — verbinde neu …",
        ["Create user"] = "Benutzer anlegen",
        ["Display name"] = "Anzeigename",
        ["E-mail"] = "E-Mail",
        ["Administrator"] = "Administrator",
        ["Status"] = "Status",
        ["Active"] = "Aktiv",
        ["Disabled"] = "Deaktiviert",
        ["Locked until {0}"] = "Gesperrt bis {0}",
        ["Edit"] = "Bearbeiten",
        ["Save"] = "Speichern",
        ["Cancel"] = "Abbrechen",
        ["Disable"] = "Deaktivieren",
        ["Enable"] = "Aktivieren",
        ["Reset password"] = "Passwort zurücksetzen",
        ["New password"] = "Neues Passwort",
        ["Initial password"] = "Erstes Passwort",
        ["Saved."] = "Gespeichert.",
        ["User {0} was created."] = "Benutzer {0} wurde angelegt.",
        ["The user name {0} is taken."] = "Der Benutzername {0} ist vergeben.",
        ["A user name may contain letters, digits, dot, hyphen and underscore (2–64 characters)."] =
            "Ein Benutzername darf Buchstaben, Ziffern, Punkt, Bindestrich und Unterstrich enthalten (2–64 Zeichen).",
        ["Choose at least one department."] = "Wählen Sie mindestens eine Abteilung.",
        ["A display name is required."] = "Ein Anzeigename ist erforderlich.",
        ["The password was reset. The user is signed out everywhere."] = "Das Passwort wurde zurückgesetzt. Der Benutzer wurde überall abgemeldet.",
        ["The user was disabled and signed out everywhere."] = "Der Benutzer wurde deaktiviert und überall abgemeldet.",
        ["The user was enabled."] = "Der Benutzer wurde aktiviert.",
        ["You cannot disable your own account."] = "Sie können Ihr eigenes Konto nicht deaktivieren.",
        ["You cannot remove your own administrator role."] = "Sie können sich die Administratorrolle nicht selbst entziehen.",
        ["User not found."] = "Benutzer nicht gefunden.",
        ["History"] = "Verlauf",
        ["When"] = "Wann",
        ["Who"] = "Wer",
        ["What"] = "Was",
        ["Details"] = "Details",
        ["No changes recorded yet."] = "Noch keine Änderungen protokolliert.",
        ["Back to users"] = "Zurück zur Benutzerliste",
        ["A password needs at least 10 characters."] = "Ein Passwort braucht mindestens 10 Zeichen.",
        ["A password must not repeat the same few characters."] = "Ein Passwort darf nicht nur aus wenigen wiederholten Zeichen bestehen.",
        ["My account"] = "Mein Konto",
        ["Change password"] = "Passwort ändern",
        ["Current password"] = "Aktuelles Passwort",
        ["The current password is not correct."] = "Das aktuelle Passwort ist nicht korrekt.",
        ["Your password was changed. Please sign in again."] = "Ihr Passwort wurde geändert. Bitte melden Sie sich erneut an.",
        ["Colleagues in {0} who have the workspace open. The list updates live."] =
            "Kolleginnen und Kollegen in {0}, die den Arbeitsbereich geöffnet haben. Die Liste aktualisiert sich live.",
        ["Incoming mail to {0} lands here."] = "Eingehende Mail an {0} landet hier.",
        ["Members"] = "Mitglieder",
        ["API documentation"] = "API-Dokumentation",
        ["Locked"] = "Gesperrt",
        ["Unlock"] = "Entsperren",
        ["The user was unlocked."] = "Der Benutzer wurde entsperrt.",
        // Jobs (admin)
        ["Back to jobs"] = "Zurück zu den Jobs",
        ["Job not found."] = "Job nicht gefunden.",
        ["All"] = "Alle",
        ["Attempts"] = "Versuche",
        ["Created"] = "Erstellt",
        ["Cron expression"] = "Cron-Ausdruck",
        ["De-duplication key"] = "Dublettenschlüssel",
        ["Delete"] = "Löschen",
        ["Duration"] = "Dauer",
        ["Error"] = "Fehler",
        ["Filter"] = "Filtern",
        ["Finished"] = "Beendet",
        ["From"] = "Von",
        ["To"] = "Bis",
        ["Kind"] = "Art",
        ["Last error"] = "Letzter Fehler",
        ["Last outcome"] = "Letztes Ergebnis",
        ["Last run"] = "Letzter Lauf",
        ["Next run"] = "Nächster Lauf",
        ["Lease until"] = "Reserviert bis",
        ["Next"] = "Weiter",
        ["Previous"] = "Zurück",
        ["Pages"] = "Seiten",
        ["No jobs match the filter."] = "Keine Jobs passen zum Filter.",
        ["No recurring jobs are registered."] = "Es sind keine wiederkehrenden Jobs registriert.",
        ["Outcome"] = "Ergebnis",
        ["Payload"] = "Nutzdaten",
        ["Recurring job"] = "Wiederkehrender Job",
        ["Recurring jobs"] = "Wiederkehrende Jobs",
        ["Requeue"] = "Erneut einreihen",
        ["Retry now"] = "Jetzt wiederholen",
        ["Run after"] = "Frühestens ab",
        ["Save schedule"] = "Zeitplan speichern",
        ["Schedule"] = "Zeitplan",
        ["Started"] = "Gestartet",
        ["State"] = "Status",
        ["The job has not run yet."] = "Der Job ist noch nicht gelaufen.",
        ["Trigger now"] = "Jetzt ausführen",
        ["Unknown action."] = "Unbekannte Aktion.",
        ["Updated"] = "Aktualisiert",
        ["Quartz syntax with seconds (6 or 7 fields) or standard 5-field cron; times are in the job's time zone."] = "Quartz-Syntax mit Sekunden (6 oder 7 Felder) oder Standard-Cron mit 5 Feldern; die Zeiten gelten in der Zeitzone des Jobs.",
        ["The schedule of {0} was saved."] = "Der Zeitplan von {0} wurde gespeichert.",
        ["There is no recurring job named {0}."] = "Es gibt keinen wiederkehrenden Job namens {0}.",
        ["{0} jobs"] = "{0} Jobs",
        ["{0} was enqueued as job {1}."] = "{0} wurde als Job {1} eingereiht.",
        ["{0} is enabled."] = "{0} ist aktiviert.",
        ["{0} is disabled."] = "{0} ist deaktiviert.",
        ["A running job cannot be deleted."] = "Ein laufender Job kann nicht gelöscht werden.",
        ["Only failed, scheduled, dead or deleted jobs can be retried."] = "Nur fehlgeschlagene, geplante, tote oder gelöschte Jobs können wiederholt werden.",
        ["The job was deleted."] = "Der Job wurde gelöscht.",
        ["The job was put back in the queue."] = "Der Job wurde wieder eingereiht.",
        ["Enqueued"] = "Eingereiht",
        ["Scheduled"] = "Geplant",
        ["Processing"] = "In Arbeit",
        ["Succeeded"] = "Erfolgreich",
        ["Failed (retrying)"] = "Fehlgeschlagen (wird wiederholt)",
        ["Dead"] = "Aufgegeben",
        ["Deleted"] = "Gelöscht",
        ["Failed"] = "Fehlgeschlagen",
        ["Abandoned (worker stopped)"] = "Abgebrochen (Worker beendet)",
        ["Interrupted (shutdown)"] = "Unterbrochen (Herunterfahren)",
    };

    /// <summary>All German texts: the shell's and each feature's (a feature keeps its own in <c>UiStrings.Feature.cs</c>).</summary>
    public static IReadOnlyDictionary<string, string> German => GermanTexts.Value;

    // Lazy: the parts are static fields in several files, initialised in no guaranteed order.
    private static readonly Lazy<Dictionary<string, string>> GermanTexts = new(() => Combine(ShellGerman, FeatureGerman()));

    /// <summary>One line per feature that keeps its German texts in its own file.</summary>
    private static IEnumerable<IReadOnlyDictionary<string, string>> FeatureGerman() =>
    [
        MessagesGerman,
        MailboxesGerman,
        IntakeGerman,
        PlatformGerman,
        SalesGerman,
        AdminGerman,
        SecurityGerman,
        OrdersGerman,
        OrderEditGerman,
        InboxGerman,
        CatalogGerman,
        RepliesGerman,
        KnowledgeGerman,
        AgentsGerman,
        KpisGerman,
    ];
}
