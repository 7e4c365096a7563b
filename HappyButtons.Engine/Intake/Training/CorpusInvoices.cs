using HappyButtons.Engine.Intake.Classification;

namespace HappyButtons.Engine.Intake.Training;

/// <summary>Invoice requests: copies, corrections, new billing address, e-invoice formats (de/en).</summary>
internal static class CorpusInvoices
{
    public static IEnumerable<TrainingExample> Examples =>
        Lines.Select(line => TrainingExample.FromCorpusLine(line, Intent.InvoiceRequest, Department.Finance));

    private static readonly string[] Lines =
    [
        "Rechnungskopie RE-2025-0815 | Sehr geehrte Damen und Herren, bitte senden Sie uns eine Kopie der Rechnung RE-2025-0815. Das Original ist bei uns nicht angekommen.",
        "Invoice copy request | Dear accounts team, could you please resend invoice 2025-1188? Our accounts payable can't find it. Thanks, Brightwear Ltd Finance",
        "Rechnung fehlt | Hallo, zu der Lieferung vom 12.03. haben wir noch keine Rechnung bekommen. Können Sie die bitte schicken?",
        "Rechnungskorrektur | Sehr geehrte Damen und Herren, auf Rechnung RE-2025-0901 ist unsere USt-IdNr. falsch angegeben. Bitte stellen Sie eine korrigierte Rechnung aus.",
        "Invoice in XRechnung format | Hello, from now on we need all invoices as XRechnung / ZUGFeRD. Please resend invoice 2025-1201 in that format.",
        "Neue Rechnungsadresse | Bitte stellen Sie künftig alle Rechnungen an unsere neue Rechnungsadresse aus: Modehaus Lindner GmbH, Buchhaltung, Königsallee 12, Düsseldorf.",
        "Duplikat Rechnung | Guten Tag, wir benötigen ein Rechnungsduplikat für RE-2024-4410 für unsere Steuerprüfung. Strickwaren Becker, Buchhaltung",
        "Missing invoice for PO-77812 | Hi, we received the goods for PO-77812 but no invoice. Please email it to ap@brightwear.co.uk.",
        "Rechnung an falsche Adresse | Die Rechnung RE-2025-1020 wurde an unsere alte Adresse geschickt. Bitte erneut an buchhaltung@strickwaren-becker.de senden.",
        "Sammelrechnung | Hallo Frau Frohmann, können wir ab sofort eine monatliche Sammelrechnung statt Einzelrechnungen bekommen? Knopf & Faden, Buchhaltung",
        "Invoice with PO number | Dear Sir/Madam, please reissue invoice 2025-1300 with our PO number 4400098812 on it, otherwise we cannot process payment. Nordic Seating AP",
        "Rechnung als PDF | Bitte schicken Sie uns die Rechnungen künftig als PDF per E-Mail statt per Post. Danke, Trachten Huber",
        "Gutschrift fehlt | Zu unserer Retoure RMA 2025-117 fehlt noch die Gutschrift. Bitte senden Sie uns die Gutschrift zu.",
        "Proforma invoice | Hello, we need a proforma invoice for order 2025-044 to arrange prepayment. Camille",
        "Rechnung unklar | Guten Tag, auf der Rechnung RE-2025-1122 ist eine Position Werkzeugkosten, die wir nicht zuordnen können. Bitte um Erläuterung bzw. Korrektur.",
        "Statement of account | Hi, could you send us a statement of account with all open invoices as of end of March? Thanks, Van Dijk Textiel finance",
        "Kontoauszug offene Posten | Bitte senden Sie uns eine Aufstellung der offenen Posten per 31.03. für den Jahresabschluss. Hausgeräte Kessler, Kreditorenbuchhaltung",
        "Rechnungskopie | hallo, könnt ihr mir die rechnung von letzter woche nochmal schicken? finde sie nicht mehr. danke rosalie",
        "Invoice correction - wrong quantity | Invoice 2025-1250 shows 12,000 pcs but we received only 10,000. Please send a corrected invoice or credit note.",
        "Rechnung mit Bestellnummer | Sehr geehrte Damen und Herren, bitte tragen Sie auf Ihren Rechnungen immer unsere Bestellnummer ein. Rechnung RE-2025-1300 bitte neu ausstellen.",
        "E-Rechnung Umstellung | Ab 2025 nehmen wir nur noch E-Rechnungen im Format ZUGFeRD an. Bitte senden Sie Rechnungen an rechnungseingang@autowerk-sued.de. Autowerk Süd, Kreditoren",
        "Copy of all invoices 2024 | Dear accounts department, for our audit we need copies of all invoices issued to us in 2024. Could you send them as a zip? Regards",
        "Rechnung storniert? | Hallo, wurde die Rechnung RE-2025-0990 storniert? Wir haben eine Stornorechnung bekommen, aber keine neue Rechnung.",
        "VAT number on invoice | Hello, our VAT number is missing on invoice 2025-1402, which we need for reverse charge. Please correct it. Sanne",
        "Rechnung in Englisch | Could you please issue the invoice for order 2025-3381 in English with EUR and SEK amounts? Nordic Seating, Finance",
        "Rechnungsduplikat für Zoll | Für die Verzollung benötigen wir eine Handelsrechnung in dreifacher Ausfertigung für die Sendung nach Großbritannien.",
        "Fehlende Rechnungen Q1 | Sehr geehrte Frau Frohmann, uns fehlen die Rechnungen zu den Lieferscheinen 2025-0211, 0212 und 0219. Bitte nachreichen.",
        "Request commercial invoice | Dear Happy Buttons, please send the commercial invoice for the shipment to London, our customs broker needs it.",
        "Rechnung doppelt erhalten | Wir haben die Rechnung RE-2025-1111 zweimal bekommen (per Post und Mail). Ist das dieselbe Rechnung oder zwei Forderungen?",
        "Invoice address change | Please update our billing address for future invoices: Maison Dupont SARL, Comptabilité, 14 Rue du Bac, Paris. Thanks",
        "Rechnung Werkzeugkosten | Bitte senden Sie uns die Rechnung über die Werkzeugkosten gemäß Angebot separat, damit wir sie als Anlage aktivieren können.",
        "Kopie Rechnung Kd-Nr. 30105 | Bonjour, could you send a copy of the last three invoices? Our accountant needs them. Merci, Camille",
        "Skonto auf Rechnung | Auf Rechnung RE-2025-1177 fehlt das vereinbarte Skonto von 2 %. Bitte korrigieren Sie die Rechnung.",
        "Invoice portal | Hi, can you upload your invoices to our supplier portal instead of emailing them? Please resend invoice 2025-1330 via the portal.",
        "Rechnung nicht lesbar | Die PDF-Rechnung RE-2025-1201 lässt sich nicht öffnen. Bitte erneut senden.",
        "Need invoice urgently for month-end | Hello, we need the invoice for last week's delivery before month-end closing. Please send it today.",
        "Rechnungsanforderung | Sehr geehrte Damen und Herren, bitte senden Sie uns die Rechnung zur Auftragsbestätigung 2025-0457, damit wir die Vorauszahlung leisten können.",
        "Anforderung Gutschrift und Rechnung | Bitte schicken Sie uns zur Reklamation R-2025-044 eine Gutschrift und eine korrigierte Rechnung.",
        "Invoice reminder received but no invoice | We received a payment reminder for invoice 2025-0990 but never received the invoice itself. Please send a copy.",
        "Rechnungsdaten ändern | Bitte ändern Sie in Ihrem System unsere Firmierung auf Uniform Partner Schmidt GmbH & Co. KG für alle künftigen Rechnungen.",
        "Kopie Lieferschein und Rechnung | Für die Prüfung benötigen wir Kopien von Lieferschein und Rechnung zu Auftrag 2025-0331.",
        "Bitte Rechnung erneut senden | Guten Tag, bitte senden Sie die Rechnung RE-2025-1555 erneut an rechnungen@modehaus-lindner.de, sie ist im Spam gelandet.",
        "Copy of invoice needed | Dear finance team, please send us a copy of invoice 2025-1601 and the related delivery note. Thanks, Camille",
        "Rechnung mit falschem Preis | Die Rechnung RE-2025-1488 weist einen höheren Stückpreis aus als in der Auftragsbestätigung vereinbart. Bitte Korrekturrechnung.",
        "Invoice request for prepayment | Hi, please send an invoice for order 2025-3390 so we can pay in advance. Regards, Oliver",
        "Rechnungsstellung an Zentrale | Bitte stellen Sie die Rechnungen für alle Filialen künftig an unsere Zentrale aus und nennen die Filialnummer im Verwendungszweck.",
        "Need corrected invoice with VAT | Please issue a corrected invoice 2025-1555 showing VAT separately, our auditor requires it.",
        "Rechnungskopie für Buchhaltung | Hallo Frau Frohmann, unsere Buchhaltung braucht eine Kopie der Rechnungen März und April. Können Sie die sammeln und schicken?",
        "Rechnung benötigt | Guten Tag, für unsere Buchhaltung benötigen wir noch die Rechnung zu Lieferschein 2025-0331. Bitte per Mail an rechnung@trachten-huber.de.",
        "Please resend all invoices from March | Dear accounts, our mail server lost some emails. Please resend all invoices issued to Van Dijk Textiel in March.",
        "Rechnungskorrektur Lieferadresse | Auf der Rechnung RE-2025-1620 steht die falsche Lieferadresse. Bitte korrigieren und neu senden.",
        "Invoice in PDF and XML | Hi, could you send invoice 2025-1650 as PDF and XRechnung XML? Our ERP requires both. Thanks",
        "Gutschrift zur Reklamation anfordern | Sehr geehrte Frau Frohmann, zur anerkannten Reklamation R-2025-061 bitten wir um Zusendung der Gutschrift.",
        "Copy of credit note | Hello, please send a copy of credit note GS-2025-044, we need it for reconciliation. Regards, Oliver",
    ];
}
