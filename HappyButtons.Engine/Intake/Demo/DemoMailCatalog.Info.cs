using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Mail.Outgoing;

namespace HappyButtons.Engine.Intake.Demo;

// Intake has its own EmailAddress (the enriched sender); these mails are composed with the mail one.
using EmailAddress = HappyButtons.Engine.Mail.EmailAddress;

public sealed partial class DemoMailCatalog
{
    private IEnumerable<DemoMail> InfoMails()
    {
        yield return Mail(Departments.Info, TimeSpan.FromHours(26), new EmailAddress("Katharina Maier", "k.maier@trachten-huber.de"),
            "Automatische Antwort: Ihre Anfrage zu Musterkarten",
            Lines(
                "Vielen Dank für Ihre Nachricht.",
                "",
                "Ich bin bis einschließlich " + Day(7).ToString("dd.MM.yyyy") + " nicht im Büro und habe keinen Zugriff auf meine E-Mails.",
                "In dringenden Fällen wenden Sie sich bitte an Herrn Alex Huber (alex@trachten-huber.de, +49 8031 43 12 80).",
                "",
                "Ihre Nachricht wird nicht weitergeleitet.",
                "",
                "Katharina Maier",
                "Trachten Huber e.K."),
            headers: [Header("Auto-Submitted", "auto-replied"), Header("X-Autoreply", "yes")]);

        yield return Mail(Departments.Info, TimeSpan.FromDays(4), new EmailAddress("Fachverband Knopf & Kurzwaren", "newsletter@fachverband-kurzwaren.de"),
            "Newsletter November 2026: Rohstoffpreise, Messe-Termine, neue REACH-Beschränkungen",
            Lines(
                "Fachverband Knopf & Kurzwaren e. V. – Newsletter November 2026",
                "",
                "1. Rohstoffpreise: Messing und Zink im Oktober leicht rückläufig, Corozo weiter knapp.",
                "2. Messe-Termine 2027: Munich Fabric Start (Februar), Texworld Paris (Februar), Heimtextil (Januar).",
                "3. REACH: Die neue Beschränkung für PFAS betrifft auch beschichtete Metallknöpfe – Übergangsfristen im Überblick.",
                "",
                "Den vollständigen Newsletter lesen Sie online: https://www.fachverband-kurzwaren.de/newsletter/2026-11",
                "",
                "Sie erhalten diesen Newsletter als Mitglied. Abmelden: https://www.fachverband-kurzwaren.de/abmelden?id=hb-4471"),
            html: """
                <html><body style="font-family:Arial,sans-serif;color:#222">
                <h2 style="color:#7a2e2e">Fachverband Knopf &amp; Kurzwaren – Newsletter November 2026</h2>
                <img src="https://www.fachverband-kurzwaren.de/nl/2026-11/header.jpg" alt="Newsletter-Kopfbild" width="560">
                <ol>
                <li><b>Rohstoffpreise:</b> Messing und Zink im Oktober leicht rückläufig, Corozo weiter knapp.</li>
                <li><b>Messe-Termine 2027:</b> Munich Fabric Start (Februar), Texworld Paris (Februar), Heimtextil (Januar).</li>
                <li><b>REACH:</b> Die neue Beschränkung für PFAS betrifft auch beschichtete Metallknöpfe.</li>
                </ol>
                <p><a href="https://www.fachverband-kurzwaren.de/newsletter/2026-11">Newsletter online lesen</a> ·
                <a href="https://www.fachverband-kurzwaren.de/abmelden?id=hb-4471">Abmelden</a></p>
                <img src="https://track.fachverband-kurzwaren.de/open.gif?id=hb-4471" width="1" height="1" alt="">
                </body></html>
                """,
            headers:
            [
                Header("Precedence", "bulk"),
                Header("List-Id", "Newsletter Fachverband Knopf und Kurzwaren <newsletter.fachverband-kurzwaren.de>"),
                Header("List-Unsubscribe", "<https://www.fachverband-kurzwaren.de/abmelden?id=hb-4471>, <mailto:abmelden@fachverband-kurzwaren.de?subject=hb-4471>"),
                Header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ]);

        yield return Mail(Departments.Info, TimeSpan.FromDays(6), new EmailAddress("Modehaus Lindner – Lieferantenmanagement", "lieferanten@modehaus-lindner.de"),
            "Einladung zum Lieferantentag 2027 am 4. Februar in München",
            text: null,
            html: """
                <html><body style="font-family:Georgia,serif;background:#faf7f2;padding:16px">
                <p><img src="cid:logo-lindner@modehaus-lindner.de" alt="Modehaus Lindner" width="120" height="40"></p>
                <h1 style="font-size:22px;color:#5b3a1e">Einladung zum Lieferantentag 2027</h1>
                <p>Sehr geehrte Damen und Herren,</p>
                <p>wir laden Sie herzlich zu unserem <strong>Lieferantentag am 4.&nbsp;Februar 2027</strong> in unser Stammhaus in der
                Sendlinger Straße 41, München, ein. Auf dem Programm stehen unsere Einkaufsplanung für Herbst/Winter 2027,
                Nachhaltigkeitsanforderungen (Grüner Knopf 2.0) und die Umstellung auf elektronische Rechnungen (XRechnung).</p>
                <p>Bitte melden Sie sich bis zum 15. Januar an.</p>
                <p><a href="https://www.modehaus-lindner.de/lieferantentag">Jetzt anmelden</a></p>
                <p style="color:#666;font-size:12px">Modehaus Lindner GmbH · Kd-Nr. 30101 bei Happy Buttons · Sendlinger Straße 41 · 80331 München</p>
                </body></html>
                """,
            attachments: [new OutgoingAttachment("logo.png", "image/png", DemoImage.Logo()) { ContentId = "logo-lindner@modehaus-lindner.de" }]);
    }
}
