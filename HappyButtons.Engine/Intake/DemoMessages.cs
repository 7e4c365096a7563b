namespace HappyButtons.Engine.Intake;

/// <summary>
/// Realistic demo mails from the demo customer book (and a few strangers), received on
/// Wednesday 12 March 2025. Used by the routing table test, the benchmark and later demo seeding.
/// </summary>
public static class DemoMessages
{
    private static readonly DateTimeOffset Received = new(2025, 3, 12, 9, 15, 0, TimeSpan.FromHours(1));

    private static IntakeMessage Mail(string mailbox, string from, string subject, string body, string? replyTo = null,
        IReadOnlyList<IntakeAttachment>? attachments = null, params (string Name, string Value)[] headers) =>
        IntakeMessage.Simple(mailbox, from, subject, body, Received, MessageHeaders.Of(headers), attachments, replyTo);

    public static IReadOnlyList<(string Key, IntakeMessage Message)> All { get; } =
    [
        ("oem-call-off", Mail("sales", "\"Jonas Keller\" <einkauf@autowerk-sued.de>", "Lieferabruf 2025-0433 zu RV-2024-017",
            "Sehr geehrte Damen und Herren,\nbitte liefern Sie gemäß Lieferplan:\nPos. 10  HB-9001 Kunststoffknopf Polyamid 20mm grau  40.000 Stk  Anliefertermin 21.03.\nPos. 20  HB-9002 Clip-Knopf 12mm  25.000 Stk\nMit freundlichen Grüßen\nAutowerk Süd AG, Materialdisposition")),
        ("oem-line-down", Mail("support", "\"Dr. Anna Weber\" <a.weber@autowerk-sued.de>", "DRINGEND: Bandstillstand Werk Ingolstadt",
            "Die Clips HB-9002 aus der Lieferung von gestern brechen beim Einclipsen. Unser Band steht seit 06:00 Uhr. Wir brauchen sofort Ersatzware und einen 8D-Report.")),
        ("regular-order", Mail("sales", "p.schmidt@uniform-schmidt.de", "Bestellung Uniformknöpfe",
            "Guten Tag, hiermit bestellen wir 4.000 Uniformknöpfe Metall goldfarben 22mm und 4.000 Stück 16mm. Bitte senden Sie eine Auftragsbestätigung. Viele Grüße Petra Schmidt")),
        ("english-quote", Mail("sales", "o.grant@brightwear.co.uk", "Request for quotation - corozo buttons",
            "Dear sales team, could you please quote 20,000 corozo buttons 4-hole 20mm natural? Please include tier prices and lead time. Kind regards, Oliver Grant")),
        ("order-status", Mail("sales", "alex@trachten-huber.de", "Wo bleibt unsere Lieferung?",
            "Grüß Gott, wir warten seit zwei Wochen auf die Hornknöpfe aus Auftrag 2025-0211. Können Sie bitte den Liefertermin und die Sendungsnummer mitteilen? Alex Huber")),
        ("complaint-colour", Mail("support", "claudia@modehaus-lindner.de", "Reklamation Farbabweichung",
            "Guten Tag, die gelieferten Blazerknöpfe weichen deutlich vom Farbmuster ab, zu hell und fleckig. So können wir sie nicht verarbeiten. Bitte um Ersatzlieferung. Claudia Lindner")),
        ("return-rma", Mail("support", "sanne@vandijk-textiel.nl", "RMA request for wrong size",
            "Hello, we received 14mm instead of 15mm buttons. We would like to return them. Please send an RMA number and a return label. Regards, Sanne van Dijk")),
        ("technical-corozo", Mail("support", "info@atelier-rosalie.de", "Frage zu Steinnussknöpfen",
            "Hallo, sind Ihre Corozo-Knöpfe für 40 Grad Wäsche und chemische Reinigung geeignet? Verändert sich die Farbe beim Bügeln? Viele Grüße Rosalie")),
        ("invoice-copy", Mail("finance", "buchhaltung@strickwaren-becker.de", "Rechnungskopie RE-2025-0815",
            "Sehr geehrte Damen und Herren, bitte senden Sie uns eine Kopie der Rechnung RE-2025-0815, das Original ist nicht angekommen. Mit freundlichen Grüßen Jan Becker, Buchhaltung")),
        ("payment-advice", Mail("finance", "camille@maison-dupont.fr", "Payment advice - invoice 2025-1330",
            "Hello, please note that we paid invoice 2025-1330 (EUR 1,120.00) today by SEPA transfer. Best regards, Camille Dupont")),
        ("bank-change-fraud", Mail("finance", "\"Jan Becker\" <buchhaltung@strickwaren-becker.com>", "Neue Bankverbindung",
            "Sehr geehrte Damen und Herren, bitte beachten Sie unsere neue Bankverbindung. Überweisen Sie offene Beträge ab sofort nur noch auf IBAN LT12 1000 0111 0100 1000.",
            headers: ("Authentication-Results", "mx.happybuttons.de; spf=fail smtp.mailfrom=strickwaren-becker.com; dkim=none; dmarc=fail"))),
        ("bank-change-genuine", Mail("finance", "t.faden@knopf-faden.de", "Änderung unserer Bankverbindung",
            "Guten Tag, aufgrund eines Bankwechsels lautet unsere neue Kontoverbindung ab 01.05.: Hamburger Sparkasse. Das Schreiben mit Unterschrift folgt per Post. Thomas Faden",
            headers: ("Authentication-Results", "mx.happybuttons.de; spf=pass; dkim=pass; dmarc=pass"))),
        ("out-of-office", Mail("sales", "erik.lindqvist@nordicseating.se", "Automatic reply: Order confirmation 2025-3381",
            "Thank you for your email. I am out of the office until Monday with limited access to email.",
            headers: ("Auto-Submitted", "auto-replied"))),
        ("bounce", Mail("info", "MAILER-DAEMON@mail.happybuttons.de", "Undelivered Mail Returned to Sender",
            "This is the mail system. Your message could not be delivered to one or more recipients.",
            headers: ("Content-Type", "multipart/report; report-type=delivery-status; boundary=\"b1\""))),
        ("spam-seo", Mail("info", "growth@rank-booster-agency.biz", "Mehr Kunden durch SEO",
            "Sehr geehrte Damen und Herren, Ihre Website rankt nicht auf Seite 1 bei Google. Wir bringen Sie garantiert nach oben. Jetzt kostenloses Erstgespräch buchen! Abmelden")),
        ("general-visit", Mail("info", "lehrer.mueller@berufskolleg-krefeld.de", "Werksbesichtigung mit Schulklasse",
            "Guten Tag, wir sind eine Berufsschulklasse Textiltechnik und würden gern im Mai Ihre Produktion besichtigen. Wäre das möglich? Mit freundlichen Grüßen")),
        ("ceo-fraud", Mail("finance", "\"Martina Frohmann\" <martina.frohmann@happy-buttons.de>", "Vertraulich: Überweisung heute",
            "Bitte überweisen Sie heute noch 48.500 EUR an unseren neuen Lieferanten. Die neue Bankverbindung steht im Anhang. Bitte vertraulich behandeln.",
            replyTo: "m.frohmann.office@gmail.com")),
        ("kessler-call-off-urgent", Mail("sales", "s.kessler@kessler-hausgeraete.de", "Abruf 17/2025 - eilt",
            "Abruf zu Rahmenvertrag RV-2023-044: Drehknopf HB-K310 chrom matt 9.000 Stk, Anlieferung bis 14.03. Werk Bretten. Bitte Lieferung bestätigen.")),
        ("attachment-only", Mail("info", "scanner@neukunde-textil.de", "", "",
            attachments: [new IntakeAttachment("scan_0001.pdf", "application/pdf", 182_000)])),
        ("distributor-order-en", Mail("sales", "t.faden@knopf-faden.de", "Bestellung Sortimentskästen",
            "Sehr geehrte Damen und Herren, wir bestellen 25 Sortimentskästen Knöpfe Basic (HB-SK-25) zur Auslieferung an unser Zentrallager. Knopf & Faden Großhandel KG")),
    ];

    public static IntakeMessage Get(string key) => All.First(m => m.Key == key).Message;
}
