using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Mail.Outgoing;

namespace HappyButtons.Engine.Intake.Demo;

// Intake has its own EmailAddress (the enriched sender); these mails are composed with the mail one.
using EmailAddress = HappyButtons.Engine.Mail.EmailAddress;

public sealed partial class DemoMailCatalog
{
    private IEnumerable<DemoMail> SupportMails()
    {
        yield return Mail(Departments.Support, TimeSpan.FromMinutes(40), new EmailAddress("Dr. Anna Weber", "a.weber@autowerk-sued.de"),
            "DRINGEND: Bandstillstand Werk Ingolstadt – Zierknöpfe 8K0-867-171-A fehlen",
            Lines(
                "Sehr geehrte Damen und Herren,",
                "",
                "in unserer Sattlerei (Linie N12) steht seit 06:10 Uhr das Band. Die Zierknöpfe 8K0-867-171-A aus dem",
                "Lieferabruf LAB-2026-11-0398 sind nicht eingetroffen, unser Sicherheitsbestand ist aufgebraucht.",
                "",
                "Wir benötigen SOFORT mindestens 3.000 Stück per Sonderfahrt (Kurier), Anlieferung Tor 7.",
                "Bitte rufen Sie mich umgehend unter +49 841 89 47711 an und nennen Sie uns die voraussichtliche Ankunftszeit.",
                "",
                "Die Kosten des Bandstillstands und der Sonderfahrt behalten wir uns gemäß Qualitätssicherungsvereinbarung vor.",
                "",
                "Mit freundlichen Grüßen",
                "Dr. Anna Weber",
                "Leitung Qualitätssicherung Zukaufteile Interieur",
                "Autowerk Süd AG · Werk Ingolstadt · Kd-Nr. 10042 · Rahmenvertrag RV-2024-017"),
            headers: [Header("Importance", "high"), Header("X-Priority", "1 (Highest)")],
            cc: [new EmailAddress("Petra Lang", "petra.lang@autowerk-sued.de")]);

        yield return Mail(Departments.Support, TimeSpan.FromHours(7), Huber,
            "Reklamation: gebrochene Knöpfe – Lieferung LS 80012345",
            Lines(
                "Sehr geehrte Damen und Herren,",
                "",
                "bei der Verarbeitung der Hirschhornknöpfe 22 mm (Art.-Nr. HB-HH-2200) aus Ihrer Lieferung LS 80012345",
                "sind beim Annähen rund 8 % der Knöpfe gebrochen, meist direkt am Nähloch. Ein Foto liegt bei.",
                "",
                "Wir bitten um kurzfristigen Ersatz von 200 Stück und um eine Stellungnahme zur Ursache.",
                "Die restlichen 1.000 Stück haben wir gesperrt und halten sie für Sie bereit.",
                "",
                "Mit freundlichen Grüßen",
                "",
                "Alex Huber",
                "Trachten Huber e.K. · Kd-Nr. 30102"),
            attachments: [new OutgoingAttachment("knopf_bruch_LS80012345.png", "image/png", DemoImage.BrokenButtonPhoto())]);

        yield return Mail(Departments.Support, TimeSpan.FromDays(1) + TimeSpan.FromHours(3), Lindner,
            "Rücksendung – falsche Farbe geliefert (Auftrag 2026-00417)",
            Lines(
                "Sehr geehrte Damen und Herren,",
                "",
                "mit Auftrag 2026-00417 haben wir 3.000 Metallknöpfe 15 mm in „altmessing“ bestellt, geliefert wurde",
                "jedoch „altsilber“. Wir möchten die Ware zurücksenden und bitten um ein Retourenlabel bzw. eine RMA-Nummer.",
                "",
                "Die Kartons sind ungeöffnet. Eine Ersatzlieferung in der richtigen Farbe benötigen wir bis Ende des Monats.",
                "",
                "Freundliche Grüße",
                "Claudia Lindner",
                "Modehaus Lindner GmbH · Kd-Nr. 30101"));

        yield return Mail(Departments.Support, TimeSpan.FromHours(30), new EmailAddress("Rosalie Marx", "info@atelier-rosalie.de"),
            "Frage zu Material und Waschtemperatur – Perlmuttknöpfe",
            Lines(
                "Hallo liebes Happy-Buttons-Team,",
                "",
                "ich fertige Maßhemden und überlege, Ihre Perlmuttknöpfe 11 mm (HB-PM-1102) zu verwenden.",
                "Zwei Fragen vorab:",
                "",
                "1. Ist das echtes Perlmutt (Trochus) oder ein Kunststoff mit Perlmutt-Optik?",
                "2. Bis zu welcher Waschtemperatur sind die Knöpfe geeignet – halten sie 60 °C und das Bügeln mit Dampf aus?",
                "",
                "Über eine kurze Antwort würde ich mich freuen.",
                "",
                "Herzliche Grüße",
                "Rosalie Marx",
                "Atelier Rosalie · Ehrenfeldgürtel 88 · 50823 Köln"));
    }
}
