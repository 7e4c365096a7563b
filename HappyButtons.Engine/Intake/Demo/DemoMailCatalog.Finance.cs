using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Mail.Outgoing;

namespace HappyButtons.Engine.Intake.Demo;

// Intake has its own EmailAddress (the enriched sender); these mails are composed with the mail one.
using EmailAddress = HappyButtons.Engine.Mail.EmailAddress;

public sealed partial class DemoMailCatalog
{
    private IEnumerable<DemoMail> FinanceMails()
    {
        yield return Mail(Departments.Finance, TimeSpan.FromDays(2) + TimeSpan.FromHours(1), new EmailAddress("Maria Gruber", "buchhaltung@trachten-huber.de"),
            "Bitte um Rechnungskopie RE-2026-10233",
            Lines(
                "Sehr geehrte Damen und Herren,",
                "",
                "für unseren Jahresabschluss benötigen wir eine Kopie Ihrer Rechnung RE-2026-10233 vom 02.09.2026",
                "(Betrag 4.812,60 EUR). Das Original ist bei uns leider nicht auffindbar.",
                "",
                "Bitte senden Sie die Kopie als PDF an buchhaltung@trachten-huber.de.",
                "",
                "Danke und freundliche Grüße",
                "Maria Gruber",
                "Buchhaltung · Trachten Huber e.K. · Kd-Nr. 30102"));

        yield return Mail(Departments.Finance, TimeSpan.FromDays(1) + TimeSpan.FromHours(6), new EmailAddress("Autowerk Süd AG – Kreditorenbuchhaltung", "zahlungsavis@autowerk-sued.de"),
            "Zahlungsavis 2026-11-19 – Lieferant 7310884",
            Lines(
                "Sehr geehrte Geschäftspartner,",
                "",
                "wir haben heute folgende Zahlung an Sie veranlasst (Valuta " + Day(0).ToString("dd.MM.yyyy") + "):",
                "",
                "Rechnungs-Nr.    Rechnungsdatum   Betrag EUR    Skonto EUR   Zahlbetrag EUR",
                "RE-2026-10311    08.10.2026        21.480,00       429,60        21.050,40",
                "RE-2026-10342    15.10.2026        18.920,00       378,40        18.541,60",
                "RE-2026-10390    22.10.2026         8.898,37       177,97         8.720,40",
                "                                                  Summe:        48.312,40",
                "",
                "Bankverbindung Empfänger: Happy Buttons GmbH, IBAN DE44 7605 0101 0012 3456 78",
                "",
                "Bei Rückfragen wenden Sie sich bitte an kreditoren@autowerk-sued.de.",
                "",
                "Autowerk Süd AG · Kreditorenbuchhaltung · Kd-Nr. 10042",
                "Diese Nachricht wurde automatisch erstellt."),
            headers: [Header("Auto-Submitted", "auto-generated")]);

        yield return Mail(Departments.Finance, TimeSpan.FromHours(3), new EmailAddress("Modehaus Lindner GmbH – Buchhaltung", "buchhaltung@rnodehaus-lindner.de"),
            "Wichtig: Änderung unserer Bankverbindung",
            Lines(
                "Sehr geehrte Damen und Herren,",
                "",
                "aufgrund einer Umstellung unserer Hausbank bitten wir Sie, alle künftigen Zahlungen und Gutschriften",
                "ab sofort ausschließlich auf unser neues Konto zu überweisen:",
                "",
                "Kontoinhaber: Modehaus Lindner GmbH",
                "IBAN: LT12 3250 0123 4567 8901",
                "BIC: REVOLT21",
                "",
                "Die alte Bankverbindung ist ab heute nicht mehr gültig. Bitte bestätigen Sie uns die Änderung kurz per",
                "Antwort auf diese E-Mail. Aus internen Gründen bitten wir, die Umstellung nicht telefonisch zu besprechen.",
                "",
                "Mit freundlichen Grüßen",
                "Buchhaltung",
                "Modehaus Lindner GmbH · Kd-Nr. 30101"),
            replyTo: [new EmailAddress("Modehaus Lindner Buchhaltung", "modehaus.lindner.zahlung@mail-finanzservice.com")],
            headers:
            [
                Header("Authentication-Results",
                    "mx.happybuttons.de; spf=fail smtp.mailfrom=rnodehaus-lindner.de; dkim=fail header.d=rnodehaus-lindner.de; dmarc=fail header.from=rnodehaus-lindner.de"),
            ]);
    }
}
