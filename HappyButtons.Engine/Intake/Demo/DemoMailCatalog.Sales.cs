using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Mail.Outgoing;

namespace HappyButtons.Engine.Intake.Demo;

// Intake has its own EmailAddress (the enriched sender); these mails are composed with the mail one.
using EmailAddress = HappyButtons.Engine.Mail.EmailAddress;

public sealed partial class DemoMailCatalog
{
    private IEnumerable<DemoMail> SalesMails()
    {
        yield return Mail(Departments.Sales, TimeSpan.FromDays(3) + TimeSpan.FromHours(2), Lindner,
            "Bestellung 4500123987 – Hornknöpfe Herbst/Winter-Kollektion",
            Lines(
                "Sehr geehrte Damen und Herren,",
                "",
                "anbei erhalten Sie unsere Bestellung 4500123987 für die Herbst/Winter-Kollektion.",
                "Bitte bestätigen Sie uns den Liefertermin bis spätestens Freitag.",
                "",
                "Wichtig: Die Farbe der Mantelknöpfe muss exakt der Freigabeprobe vom 14.10. entsprechen (Ton „Dunkelbraun 07“).",
                "",
                "Vielen Dank und freundliche Grüße",
                "",
                "-- ",
                "Claudia Lindner",
                "Einkauf Accessoires & Zutaten",
                "Modehaus Lindner GmbH · Kd-Nr. 30101",
                "Sendlinger Straße 41 · 80331 München",
                "Tel. +49 89 2316 4480 · www.modehaus-lindner.de"),
            attachments: Pdf("Bestellung_4500123987.pdf", new DemoPurchaseOrder(
                "Modehaus Lindner GmbH", "Sendlinger Straße 41 · 80331 München",
                "4500123987", "30101", null, Day(-3), Day(18), "Claudia Lindner",
                [
                    new("HB-HN-2007", "Hornknopf 20 mm, 4-Loch, dunkelbraun 07", 4000, 0.3850m),
                    new("HB-HN-2507", "Hornknopf 25 mm, 4-Loch, dunkelbraun 07", 2500, 0.4920m),
                    new("HB-MT-1512", "Metallknopf 15 mm, Öse, altmessing", 6000, 0.2140m),
                ])));

        yield return Mail(Departments.Sales, TimeSpan.FromDays(2) + TimeSpan.FromHours(5), Huber,
            "Bestellung B-2026-0871 Hirschhornknöpfe",
            Lines(
                "Grüß Gott, sehr geehrte Damen und Herren,",
                "",
                "wir bestellen gemäß beiliegender Bestellung B-2026-0871 Hirschhornknöpfe für unsere Trachtenjanker.",
                "Liefertermin wie besprochen KW 50, Anlieferung bitte an unser Lager in Rosenheim.",
                "",
                "Mit freundlichen Grüßen",
                "",
                "Alex Huber",
                "Geschäftsführung",
                "Trachten Huber e.K. · Kd-Nr. 30102",
                "Münchener Straße 24 · 83022 Rosenheim",
                "Tel. +49 8031 43 12 80"),
            attachments: Pdf("B-2026-0871.pdf", new DemoPurchaseOrder(
                "Trachten Huber e.K.", "Münchener Straße 24 · 83022 Rosenheim",
                "B-2026-0871", "30102", null, Day(-2), Day(21), "Alex Huber",
                [
                    new("HB-HH-1800", "Hirschhornknopf 18 mm, 2-Loch, natur", 1500, 0.9200m),
                    new("HB-HH-2200", "Hirschhornknopf 22 mm, 2-Loch, natur", 1200, 1.1800m),
                    new("HB-HH-2600", "Hirschhornknopf 26 mm, Öse, natur", 600, 1.4500m),
                    new("HB-ZN-1400", "Zinnknopf 14 mm, Edelweiß-Prägung", 3000, 0.6400m),
                ])));

        yield return Mail(Departments.Sales, TimeSpan.FromHours(20), AutowerkDispo,
            "Lieferabruf LAB-2026-11-0457 gem. Rahmenvertrag RV-2024-017 – Werk Ingolstadt",
            Lines(
                "Sehr geehrte Damen und Herren,",
                "",
                "hiermit rufen wir gemäß Rahmenvertrag RV-2024-017 folgende Mengen ab (Lieferantennummer 73 10 884):",
                "",
                "Teilenummer     Bezeichnung                      Menge   Liefertermin  Abladestelle",
                "8K0-867-171-A   Zierknopf Sitzbezug, schwarz     12.000  " + Day(6).ToString("dd.MM.yyyy") + "    Tor 7 / Halle N12",
                "8K0-867-171-B   Zierknopf Sitzbezug, graphit      8.000  " + Day(6).ToString("dd.MM.yyyy") + "    Tor 7 / Halle N12",
                "4M0-881-205     Druckknopf Verkleidung            25.000  " + Day(13).ToString("dd.MM.yyyy") + "    Tor 3 / Halle S04",
                "",
                "Bitte avisieren Sie die Lieferung 24 Stunden vorher per VDA 4987 (DESADV) und verwenden Sie ausschließlich",
                "KLT-Behälter 4315 mit Odette-Warenanhänger.",
                "",
                "Dieser Abruf ersetzt den Abruf LAB-2026-11-0398.",
                "",
                "Mit freundlichen Grüßen",
                "i. A. Jonas Keller",
                "Materialdisposition Zukaufteile Interieur",
                "Autowerk Süd AG · Werk Ingolstadt · Kd-Nr. 10042",
                "Hinweis: Diese Nachricht wurde maschinell erstellt."),
            headers: [Header("X-Mailer", "SAP Business Connector 4.8")]);

        yield return Mail(Departments.Sales, TimeSpan.FromDays(1) + TimeSpan.FromHours(1), Brightwear,
            "Request for quotation – corozo buttons 20 mm, 50,000 pcs",
            Lines(
                "Dear Sir or Madam,",
                "",
                "Brightwear is preparing its Spring/Summer 2027 outerwear range and we would like to request a quotation for:",
                "",
                "- 50,000 pcs corozo buttons, 20 mm (32L), 4 holes, dyed to Pantone 19-4052 Classic Blue",
                "- 20,000 pcs corozo buttons, 15 mm (24L), same colour",
                "",
                "Please include unit prices for 10k / 25k / 50k, lead time, MOQ and delivery terms (DAP Leicester).",
                "We would also need a sample card and your OEKO-TEX certificate.",
                "",
                "Kind regards,",
                "",
                "Oliver Grant",
                "Senior Sourcing Manager",
                "Brightwear Ltd · 14 Granby Street · Leicester LE1 6EJ · United Kingdom",
                "+44 116 496 0321"));

        yield return Mail(Departments.Sales, TimeSpan.FromHours(5), Lindner,
            "Lieferstatus unserer Bestellung 4500121544",
            Lines(
                "Guten Tag,",
                "",
                "können Sie mir bitte mitteilen, wann die Bestellung 4500121544 (Perlmuttknöpfe 11 mm, 10.000 Stück) versendet wird?",
                "Laut Auftragsbestätigung war der Versand für letzte Woche geplant, bei uns ist aber noch nichts eingetroffen.",
                "Eine Sendungsnummer wäre hilfreich.",
                "",
                "Vielen Dank!",
                "",
                "-- ",
                "Claudia Lindner",
                "Modehaus Lindner GmbH · Kd-Nr. 30101",
                "",
                "> Am 28.10.2026 schrieb auftrag@happybuttons.de:",
                "> Vielen Dank für Ihre Bestellung 4500121544. Voraussichtlicher Versand: KW 46."));
    }
}
