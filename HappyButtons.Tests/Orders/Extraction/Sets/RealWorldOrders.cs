namespace HappyButtons.Tests.Orders.Extraction.Sets;

/// <summary>
/// Ten purchase orders written by hand in the style of real ones, after the other sets and the extraction were finished:
/// forwarded mails with quoted headers, signatures with phone numbers, an SAP-like PDF with customer material numbers
/// and prices per 100, an English PDF with carried totals, units a clerk converts (Gros = 144, Tsd. = 1,000, VE), a
/// typo'd article number, free text in a reply. Not generated from templates, and kept apart from all tuning.
/// </summary>
public static class RealWorldOrders
{
    private static readonly DateOnly Received = new(2026, 12, 7);

    public static IReadOnlyList<(OrderCase Case, byte[]? Pdf)> Generate() =>
    [
        (Case("R-001", "forwarded", "de", "30101", "WG: Bestellung Knöpfe Frühjahrskollektion", """
            Hallo zusammen,

            anbei die Bestellung von unserer Einkäuferin, bitte wie besprochen einplanen.

            Gruß
            Markus

            -----Ursprüngliche Nachricht-----
            Von: Claudia Lindner <claudia@modehaus-lindner.de>
            Gesendet: Freitag, 4. Dezember 2026 16:12
            An: Lindner, Markus
            Betreff: Bestellung Knöpfe Frühjahrskollektion

            Bestellnummer: 4500125530

            10 Gros Hornknopf 20 mm dunkelbraun (HB-HN-2007)
            25 Gros Metallknopf 15 mm altmessing HB-MT-1512

            Liefertermin: KW 3/2027

            Danke und schöne Grüße
            Claudia Lindner
            Tel. +49 89 2345 6780
            """, null, "4500125530", [new("HB-HN-2007", 1440, DeliveryDate: new DateOnly(2027, 1, 18)), new("HB-MT-1512", 3600, DeliveryDate: new DateOnly(2027, 1, 18))]), null),

        (Case("R-002", "tsd", "de", "20011", "Bestellung 88412", """
            Sehr geehrte Damen und Herren,

            wir bestellen zur Lieferung bis 29.01.2027:

            KF-100-15S   Knopf 15 mm schwarz      50 Tsd.
            KF-100-18S   Knopf 18 mm schwarz      20 Tsd.
            HB-1010      Hemdknopf weiß           100 Tsd.

            Unsere Bestell-Nr. 88412 bitte auf allen Papieren angeben.

            Mit freundlichen Grüßen
            Thomas Faden
            Knopf & Faden Großhandel KG
            Tel. 040 / 555 12 34
            """, null, "88412",
            [new("HB-4711", 50_000, DeliveryDate: new DateOnly(2027, 1, 29)), new("HB-4712", 20_000, DeliveryDate: new DateOnly(2027, 1, 29)),
                new("HB-1010", 100_000, DeliveryDate: new DateOnly(2027, 1, 29))]), null),

        SapPdf(),

        (Case("R-004", "english", "en", "30104", "PO BW-77120 buttons", """
            Hi there,

            Please find our order below - could you confirm lead time?

            PO number: BW-77120

            - HB-2030 navy blazer buttons 20mm x 1,200 pcs @ EUR 0.19
            - HB-2031 navy sleeve buttons 15mm x 2,400 pcs @ EUR 0.14
            - sample kit HB-MS-01 x 2

            Delivery to our Unit 4 warehouse, by 15th February 2027 at the latest.

            Many thanks,
            Oliver Bright
            Brightwear Ltd | +44 20 7946 0958
            """, null, "BW-77120",
            [new("HB-2030", 1200, 0.19m, new DateOnly(2027, 2, 15)), new("HB-2031", 2400, 0.14m, new DateOnly(2027, 2, 15)), new("HB-MS-01", 2, DeliveryDate: new DateOnly(2027, 2, 15))]), null),

        EnglishPdf(),

        (Case("R-006", "reply", "de", "30101", "AW: Angebot Steinnussknöpfe", """
            Hallo Herr Berger,

            danke für das Angebot, das passt so. Wir nehmen 1.500 Steinnussknöpfe 20 mm natur und 800 Stück von den dunkelbraunen in 25 mm.
            Bitte mit unserer Bestellnummer 4500125601 liefern.

            Viele Grüße
            Claudia Lindner

            Am 02.12.2026 schrieb Happy Buttons Vertrieb:
            > Sehr geehrte Frau Lindner,
            > gerne bieten wir Ihnen an: HB-6020 zu 0,31 € und HB-6025-DB zu 0,39 € je Stück.
            """, null, "4500125601", [new("HB-6020", 1500), new("HB-6025-DB", 800)]), null),

        (Case("R-007", "units", "de", "10042", "Abruf 5500012077 zu RV-2024-017", """
            Sehr geehrte Damen und Herren,

            hiermit rufen wir aus Rahmenvertrag RV-2024-017 ab:

            Abruf-Nr.: 5500012077
            Material 73-4410-200: 12 VE à 5.000 Stk = 60.000 Stk
            Material 73-4410-212: 40.000 Stk

            Anlieferung KW 4/2027 an Werk Ingolstadt, Tor 3.

            Mit freundlichen Grüßen
            Dr. Anna Weber
            Autowerk Süd AG, Einkauf Interieur
            """, null, "5500012077",
            [new("HB-9001", 60_000, DeliveryDate: new DateOnly(2027, 1, 25)), new("HB-9002", 40_000, DeliveryDate: new DateOnly(2027, 1, 25))]), null),

        (Case("R-008", "typo", "de", "20011", "Nachbestellung", """
            Hallo,

            bitte nochmal dasselbe wie letztes Mal, aber diesmal:

            HB 4711 - 30.000 St
            HB-1003 - 15.000 St

            Bestellnr. 88519

            Gruß T. Faden
            """, null, "88519", [new("HB-4711", 30_000), new("HB-1003", 15_000)]), null),

        (Case("R-009", "english", "en", "30104", "Order - trims for AW27", """
            Good morning,

            We would like to order the following for our AW27 range:

            Qty      Item          Description
            5,000    HB-5510       horn look button 23mm brown
            12k      HB-5511       horn look button 15mm brown
            3 gross  HB-HH-1800    staghorn 18mm natural

            Our reference: AW27-TR-0042
            Delivery requested: 01/03/2027

            Best regards,
            Oliver
            """, null, "AW27-TR-0042",
            [new("HB-5510", 5000, DeliveryDate: new DateOnly(2027, 3, 1)), new("HB-5511", 12_000, DeliveryDate: new DateOnly(2027, 3, 1)),
                new("HB-HH-1800", 432, DeliveryDate: new DateOnly(2027, 3, 1))]), null),

        (Case("R-010", "free-text", "de", "30101", "Knöpfe für Trachtenjanker", """
            Guten Tag,

            für unsere Trachtenjanker brauchen wir 600 Hirschhornknöpfe 22 mm (2-Loch, natur) und dazu 600 Zinnknöpfe mit Edelweiß, 14 mm.
            Geht eine Lieferung bis Ende Januar? Unsere Bestellnummer ist 4500125777.

            Beste Grüße aus München
            Claudia Lindner
            Modehaus Lindner GmbH · Sendlinger Straße 41 · 80331 München
            """, null, "4500125777", [new("HB-HH-2200", 600), new("HB-ZN-1400", 600)]), null),
    ];

    /// <summary>An SAP-like purchase order PDF: our number in "Material", the customer's in "Ihre Mat.-Nr.", prices per 100, a sum line.</summary>
    private static (OrderCase, byte[]?) SapPdf()
    {
        var pdf = new OrderPdf()
            .Line("Knopf & Faden Großhandel KG · Billstraße 101 · 20539 Hamburg", size: 8)
            .Line("Happy Buttons GmbH", size: 10).Line("Knopfweg 7").Line("80331 München")
            .Line("Bestellung", size: 14, bold: true)
            .Line("Belegnummer 4700031188          Datum 03.12.2026")
            .Line("Bitte bei Schriftverkehr und Rechnung stets angeben.")
            .Table([new PdfColumn("Pos", 40, 25), new PdfColumn("Material", 70, 70), new PdfColumn("Ihre Mat.-Nr.", 145, 75), new PdfColumn("Kurztext", 225, 150),
                new PdfColumn("Menge", 380, 45, RightAligned: true), new PdfColumn("ME", 430, 25), new PdfColumn("Preis/100", 460, 50, RightAligned: true),
                new PdfColumn("Wert", 515, 50, RightAligned: true)])
            .Row("00010", "HB-4711", "KF-100-15S", "Knopf 4-Loch 15mm schwarz", "80.000", "ST", "4,10", "3.280,00")
            .Row("00020", "HB-3305", "KF-300-12N", "Druckknopf 12mm vernickelt", "10.000", "ST", "11,50", "1.150,00")
            .Row("", "", "", "Liefertermin 22.01.2027", "", "", "", "")
            .Foot("Gesamtnettowert ohne Mwst EUR 4.430,00")
            .Build();
        return (Case("R-003", "pdf-sap", "de", "20011", "Bestellung 4700031188", """
            Sehr geehrte Damen und Herren,

            anbei erhalten Sie unsere Bestellung 4700031188.

            Mit freundlichen Grüßen
            Einkauf
            Knopf & Faden Großhandel KG
            """, "R-003.pdf", "4700031188",
            [new("HB-4711", 80_000, 0.041m, new DateOnly(2027, 1, 22)), new("HB-3305", 10_000, 0.115m, new DateOnly(2027, 1, 22))]), pdf);
    }

    /// <summary>An English purchase order PDF: quantity first, unit price in pounds-style "€0.0680" cells, a carried total.</summary>
    private static (OrderCase, byte[]?) EnglishPdf()
    {
        var pdf = new OrderPdf()
            .Line("BRIGHTWEAR LTD", size: 14, bold: true).Line("Unit 4, Riverside Park, London E14 9TP")
            .Line("PURCHASE ORDER", size: 12, bold: true)
            .Line("PO No: BW-77188     Date: 03 Dec 2026     Supplier: Happy Buttons GmbH")
            .Line("Required by: 20 Jan 2027")
            .Table([new PdfColumn("Qty", 40, 45, RightAligned: true), new PdfColumn("Part no.", 95, 70), new PdfColumn("Description", 170, 190),
                new PdfColumn("Unit price", 365, 60, RightAligned: true), new PdfColumn("Amount", 430, 60, RightAligned: true)])
            .Row("6,000", "HB-R15", "Recycled polyester button 15mm navy", "€0.0600", "€360.00")
            .Row("2,500", "HB-2215", "Metal sleeve button 15mm gold", "€0.2100", "€525.00")
            .Foot("Total carried: €885.00")
            .Build();
        return (Case("R-005", "pdf-english", "en", "30104", "Purchase Order BW-77188", """
            Hello,

            Please see attached PO BW-77188.

            Kind regards
            Brightwear Purchasing
            """, "R-005.pdf", "BW-77188",
            [new("HB-R15", 6000, 0.06m, new DateOnly(2027, 1, 20)), new("HB-2215", 2500, 0.21m, new DateOnly(2027, 1, 20))]), pdf);
    }

    private static OrderCase Case(string id, string format, string language, string customer, string subject, string body, string? pdf, string? po,
        IEnumerable<ExpectedLine> lines) =>
        new(id, format, language, customer, subject, body, pdf, Received, new ExpectedOrder(po, lines.ToList()));
}
