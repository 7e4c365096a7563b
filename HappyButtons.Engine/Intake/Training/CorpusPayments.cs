using HappyButtons.Engine.Intake.Classification;

namespace HappyButtons.Engine.Intake.Training;

/// <summary>Payment notices: remittance advice, Zahlungsavis, paid invoices, payment plans (de/en).</summary>
internal static class CorpusPayments
{
    public static IEnumerable<TrainingExample> Examples =>
        Lines.Select(line => TrainingExample.FromCorpusLine(line, Intent.PaymentNotice, Department.Finance));

    private static readonly string[] Lines =
    [
        "Zahlungsavis 2025-04-11 | Sehr geehrte Damen und Herren, hiermit avisieren wir die Zahlung folgender Rechnungen:\nRE-2025-0815 1.250,00 EUR\nRE-2025-0816 3.480,50 EUR\nSumme 4.730,50 EUR, Valuta 14.04.2025. Autowerk Süd AG, Kreditorenbuchhaltung",
        "Remittance advice | Dear Sir/Madam, please find below our remittance advice: invoice 2025-1188 GBP 2,340.00, paid on 10/04/2025 by BACS. Brightwear Ltd Accounts",
        "Zahlung erfolgt | Hallo, die Rechnung RE-2025-1020 haben wir heute überwiesen. Bitte um Prüfung des Zahlungseingangs. Gruß Jan Becker",
        "Payment advice - Nordic Seating | Payment run 2025-15: invoices 2025-1300, 2025-1301, total EUR 48,220.00, value date 16 April. This is a system generated payment advice.",
        "Überweisung veranlasst | Sehr geehrte Frau Frohmann, die Zahlung für Rechnung RE-2025-0901 abzüglich 2 % Skonto wurde heute angewiesen.",
        "We have paid | Hi, just to let you know we have paid invoice 2025-1402 today. Please confirm receipt. Sanne",
        "Zahlungsavis Kessler Hausgeräte | Avis Nr. 7788: Wir überweisen Ihnen EUR 92.118,40 für die Rechnungen gemäß Anlage. Die Gutschrift erfolgt in 2-3 Bankarbeitstagen.",
        "Teilzahlung | Guten Tag, wir haben eine Teilzahlung von 2.000 EUR auf Rechnung RE-2025-1122 geleistet, der Rest folgt nach Klärung der Werkzeugkosten.",
        "Paiement effectué / Payment sent | Bonjour, payment for invoice 2025-1330 has been sent today via SEPA transfer. Regards, Camille",
        "Zahlungsbestätigung | Anbei die Zahlungsbestätigung unserer Bank für die Vorauszahlung zu Auftrag 2025-0457.",
        "Payment notification | Dear Happy Buttons, we confirm the payment of EUR 12,400.00 for proforma invoice PF-2025-044. Please release the shipment.",
        "Zahlungseingang bestätigen? | Hallo, können Sie bestätigen, dass unsere Zahlung vom 02.04. über 860 EUR eingegangen ist? Danke, Alex Huber",
        "Zahlungsavis | Zahlungsavis der Knopf & Faden Großhandel KG: Rechnungen RE-2025-0770 bis RE-2025-0774, Gesamtbetrag 15.230,00 EUR, Zahlungsdatum heute.",
        "Remittance | Please note remittance of EUR 3,900 for invoices 2025-1250 and 2025-1251, reference VDT-8812. Van Dijk Textiel Finance",
        "Rechnung beglichen | Sehr geehrte Damen und Herren, die Mahnung ist wohl ein Versehen, die Rechnung RE-2025-0990 haben wir bereits am 20.03. bezahlt. Kontoauszug anbei.",
        "Payment made - please update your records | Hi, invoice 2025-0990 was paid on 20 March, your reminder must have crossed with our payment. Regards, Oliver",
        "Lastschrift | Bitte ziehen Sie den Betrag der Rechnung RE-2025-1177 wie vereinbart per SEPA-Lastschrift ein. Mandat liegt Ihnen vor.",
        "Zahlungsplan Vorschlag | Guten Tag, wir schlagen vor, die offenen 9.000 EUR in drei Monatsraten à 3.000 EUR zu begleichen. Die erste Rate wurde heute überwiesen.",
        "Avis de paiement / payment advice | Payment of EUR 1,120.00 to Happy Buttons GmbH, invoice 2025-1201, value date 2025-04-15.",
        "Überweisung Vorkasse | Hallo, ich habe die Vorkasse über 84,90 EUR eben überwiesen. Bitte schicken Sie die Knöpfe los. Viele Grüße",
        "Payment confirmation attached | Attached please find the SWIFT confirmation (MT103) for our payment of EUR 22,500.00. Kind regards, Nordic Seating Treasury",
        "Zahlungsavis Autowerk Süd 2025-16 | Hiermit avisieren wir die Zahlung von EUR 61.004,20. Verwendungszweck: Lieferplan 5500012 KW 12-14. Diese E-Mail wurde automatisch erstellt.",
        "Zahlung mit Skontoabzug | Wir haben die Rechnungen RE-2025-1300/1301 unter Abzug von 3 % Skonto bezahlt, wie im Rahmenvertrag vereinbart.",
        "Paid via PayPal | hi, i paid the invoice via paypal just now, transaction ID 7HG12. thanks",
        "Ausgleich offener Posten | Sehr geehrte Damen und Herren, mit heutiger Valuta gleichen wir sämtliche offenen Posten per 31.03. aus. Betrag 27.440,00 EUR.",
        "Payment for credit note offset | We have offset your credit note GS-2025-044 against invoice 2025-1402 and paid the balance of EUR 1,010.00.",
        "Verrechnung Gutschrift | Die Gutschrift GS-2025-044 haben wir mit Rechnung RE-2025-1130 verrechnet und den Restbetrag überwiesen.",
        "Payment delayed notice | Hello, due to our payment run schedule, invoice 2025-1440 will be paid on 30 April. Payment is scheduled, no action needed.",
        "Zahlung angewiesen | Kurze Info: Zahlung für die letzten beiden Rechnungen ist angewiesen. Beste Grüße Claudia Lindner",
        "Remittance advice - automated | REMITTANCE ADVICE\nPayer: Brightwear Ltd\nPayee: Happy Buttons GmbH\nInvoice 2025-1501 GBP 1,200.00\nInvoice 2025-1502 GBP 880.00\nTotal GBP 2,080.00",
        "Zahlungseingang fraglich | Wir haben am 05.04. 4.200 EUR überwiesen, in Ihrer Mahnung ist das noch nicht berücksichtigt. Bitte gleichen Sie Ihr Konto ab.",
        "Payment for order 2025-044 completed | Dear team, the bank transfer for order 2025-044 has been completed. Please ship. Camille",
        "Zahlungsavis 000451 | Kreditor 88123 Happy Buttons GmbH, Belegnr. RE-2025-1400, Betrag 5.600,00, Skonto 112,00, Zahlbetrag 5.488,00 EUR.",
        "Scheck unterwegs | Sehr geehrte Damen und Herren, die Zahlung erfolgt dieses Mal per Verrechnungsscheck, der heute per Post an Sie ging.",
        "Paid invoice 2025-1188 | Good morning, invoice 2025-1188 has now been settled in full. Thank you for your patience. Brightwear Accounts",
        "Zahlung Rate 2 | Die zweite Rate über 3.000 EUR gemäß Ratenvereinbarung wurde heute überwiesen. Gruß Buchhaltung",
        "Zahlungsavis Sammelzahlung | Sehr geehrte Damen und Herren, anbei unser Zahlungsavis über die Sammelzahlung für März: 12 Rechnungen, Gesamtbetrag 38.775,30 EUR.",
        "Transfer executed | Our bank confirms that the transfer of EUR 6,300.00 to your account was executed today. Reference: PO 88123.",
        "Zahlung eingegangen? Vorkasse | Hallo, ist meine Vorkasse eingegangen? Ich habe am Montag 120 EUR überwiesen. Gruß Rosalie",
        "Payment status confirmation | Please confirm that our payment for invoices 2025-1300 and 2025-1301 has been received. Nordic Seating AP",
        "Überweisung der Restsumme | Nach Klärung der Reklamation überweisen wir heute die Restsumme von 1.340 EUR für Rechnung RE-2025-1122.",
        "Zahlungsavis Knopf & Faden 2025-05 | Sehr geehrte Damen und Herren, wir zahlen heute folgende Rechnungen: RE-2025-1401 4.120,00 EUR, RE-2025-1402 2.300,00 EUR. Summe 6.420,00 EUR.",
        "Payment sent today | Hi Martina, just letting you know the payment for invoices 2025-1555 and 1556 went out today. Regards, Sanne",
        "Überweisung erledigt | Hallo, die offene Rechnung ist bezahlt, Überweisung ist heute raus. Viele Grüße, Alex",
        "Remittance advice no. 4471 | Remittance advice: payment of EUR 17,880.00 covering invoices 2025-1440 to 2025-1444, value date 02/05/2025. Nordic Seating AP",
        "Zahlung avisiert | Wir avisieren Ihnen die Zahlung über 2.940,00 EUR für Rechnung RE-2025-1488 unter Abzug der Gutschrift. Valuta morgen.",
        "Payment of invoice 2025-1601 | Dear Happy Buttons, invoice 2025-1601 has been paid in full by bank transfer today. Please find the bank confirmation attached.",
        "Zahlungseingang Vorkasse bestätigen | Guten Tag, wir haben die Vorkasse für Auftrag 2025-0612 überwiesen, bitte bestätigen Sie den Eingang und liefern Sie.",
        "Zahlungsavis März | Sehr geehrte Damen und Herren, hiermit teilen wir mit, dass die Rechnungen RE-2025-0901 bis 0905 heute zur Zahlung angewiesen wurden. Betrag 7.810,00 EUR.",
        "Payment confirmation PO 55120 | Hello, we confirm payment of GBP 4,200.00 for PO 55120 today. Remittance reference BW-55120. Brightwear Accounts",
        "Überweisung Rechnung RE-2025-1620 | Hallo, wir haben die Rechnung RE-2025-1620 heute beglichen. Bitte den Zahlungseingang kurz bestätigen. Gruß Petra Schmidt",
        "Settlement of open items | Dear Sir/Madam, we have settled all open items as per your statement dated 31 March. Total paid EUR 14,560.00.",
        "Zahlungsavis Ratenzahlung | Die dritte und letzte Rate über 3.000 EUR wurde heute angewiesen. Damit ist die Vereinbarung erfüllt.",
        "Paid with early payment discount | Hi Martina, we paid invoice 2025-1650 within 10 days and deducted the 2% early payment discount. Thanks",
    ];
}
