namespace HappyButtons.Tests.Orders.Extraction.Sets;

/// <summary>
/// Sixty purchase orders written by hand in the style of real ones: mail texts, ERP printouts as PDF, free sentences and
/// call-offs against framework agreements, with the noise real mails carry (quoted offers, signatures, cancelled lines,
/// forecasts, questions about samples). Expected values are what a clerk with the catalog at hand would enter.
/// </summary>
public static class RealisticDevelopmentOrders
{
    private static readonly DateOnly ReceivedOn = new(2026, 12, 7);

    public static IReadOnlyList<(OrderCase Case, byte[]? Pdf)> Generate() => [.. GermanMails(), .. EnglishMails(), .. PdfOrders(), .. FreeText(), .. CallOffs()];

    private static DateOnly On(int year, int month, int day) => new(year, month, day);

    private static OrderCase Case(string id, string format, string language, string customer, string subject, string body, string? pdf, string? poNumber,
        IReadOnlyList<ExpectedLine> lines) =>
        new(id, format, language, customer, subject, body, pdf, ReceivedOn, new ExpectedOrder(poNumber, lines.ToList()));

    private static IEnumerable<(OrderCase, byte[]?)> GermanMails() =>
    [
        (Case("D-001", "text-de", "de", "30101", "Bestellung Knöpfe ML-26-1187", """
            Hallo Herr Roth,

            bitte liefern Sie uns zu unserer Bestellung Nr. ML-26-1187:

            HB-HN-2007   Hornknopf 20 mm dunkelbraun      3.000 Stk
            HB-HN-2507   Hornknopf 25 mm dunkelbraun      1.500 Stk
            HB-MT-1512   Metallknopf 15 mm altmessing     2.000 Stk

            Liefertermin: 18.01.2027
            Preise wie vereinbart.

            Viele Grüße
            Claudia Lindner
            Modehaus Lindner GmbH | Einkauf
            Maximilianstraße 30, 80539 München
            Tel. +49 89 2155 3010
            """, null, "ML-26-1187",
            [
                new("HB-HN-2007", 3_000, DeliveryDate: On(2027, 1, 18)),
                new("HB-HN-2507", 1_500, DeliveryDate: On(2027, 1, 18)),
                new("HB-MT-1512", 2_000, DeliveryDate: On(2027, 1, 18)),
            ]), null),

        (Case("D-002", "text-de", "de", "30102", "Bestellung Hirschhorn", """
            Grüß Gott Herr Roth,

            wir bestellen wie folgt:

            Pos.  Art.-Nr.     Bezeichnung                      Menge
            1     HB-HH-1800   Hirschhornknopf 18 mm, 2-Loch    10 Gros
            2     HB-HH-2200   Hirschhornknopf 22 mm, 2-Loch     5 Gros
            3     HB-ZN-1400   Zinnknopf 14 mm Edelweiß      1.000 Stk

            Unsere Bestellnummer: 2026-212
            Lieferung bitte in KW 3.

            Mit freundlichen Grüßen

            Alex Huber
            Trachten Huber e.K.
            Ludwigstraße 5
            83022 Rosenheim
            Tel. 08031 / 23 45 60
            """, null, "2026-212",
            [
                new("HB-HH-1800", 1_440, DeliveryDate: On(2027, 1, 18)),
                new("HB-HH-2200", 720, DeliveryDate: On(2027, 1, 18)),
                new("HB-ZN-1400", 1_000, DeliveryDate: On(2027, 1, 18)),
            ]), null),

        (Case("D-003", "text-de", "de", "20011", "Bestellung 260-4471", """
            Sehr geehrte Damen und Herren,

            hiermit bestellen wir (Bestellung 260-4471):

            Artikel	Ihre Art.-Nr.	Menge	Preis/1000
            KF-100-15S	HB-4711	60.000	36,00
            KF-100-18S	HB-4712	20.000	52,00
            KF-200-11W	HB-1010	50.000	28,50

            Liefertermin für alle Positionen: 14.12.2026
            Lieferanschrift wie immer Hanseatenweg 21, Tor 2.

            Mit freundlichen Grüßen
            Dipl.-Ing. Thomas Faden
            Knopf & Faden Großhandel KG
            Hanseatenweg 21 | 22113 Hamburg
            Tel. 040 / 73 31 88-0
            """, null, "260-4471",
            [
                new("HB-4711", 60_000, 0.036m, On(2026, 12, 14)),
                new("HB-4712", 20_000, 0.052m, On(2026, 12, 14)),
                new("HB-1010", 50_000, 0.0285m, On(2026, 12, 14)),
            ]), null),

        (Case("D-004", "text-de", "de", "30106", "AW: Angebot 2026-0412 Uniformknöpfe", """
            Hallo Herr Roth,

            anbei unsere Bestellung zu Ihrem Angebot vom 30.11. (siehe unten):

            - 8.000 Stk HB-2030 Blazerknopf marine 20 mm à 0,19 €
            - 12.000 Stk HB-2031 Ärmelknopf marine 15 mm à 0,14 €
            - 3.000 Stk HB-3305 Druckknopf vernickelt 12 mm à 0,12 €

            Die Kochjackenknöpfe aus dem Angebot brauchen wir derzeit nicht.
            Bestellnummer: US-B-26-0877
            Liefertermin: 11.01.2027

            Mit freundlichen Grüßen
            Petra Schmidt
            Einkauf
            Uniform Partner Schmidt GmbH
            Industriering 9 · 41065 Mönchengladbach
            Tel. 02161 / 49 77-20   Fax -29

            -----Ursprüngliche Nachricht-----
            Von: Stefan Roth <s.roth@happybuttons.de>
            Gesendet: Montag, 30. November 2026 10:14
            An: p.schmidt@uniform-schmidt.de
            Betreff: Angebot 2026-0412 Uniformknöpfe

            Sehr geehrte Frau Schmidt,

            gerne bieten wir Ihnen an:

            HB-2030    Blazerknopf Kunststoff 20 mm, marine         0,19 €/Stk
            HB-2031    Ärmelknopf Kunststoff 15 mm, marine          0,14 €/Stk
            HB-3305    Druckknopf Messing vernickelt 12 mm          0,12 €/Stk
            HB-KJ-12   Kochjackenknopf abnehmbar mit Splint, weiß   0,22 €/Stk

            Mindestmenge je Artikel 500 bzw. 1.000 Stk, Lieferzeit ca. 4 Wochen.

            Mit freundlichen Grüßen
            Stefan Roth
            Happy Buttons GmbH
            """, null, "US-B-26-0877",
            [
                new("HB-2030", 8_000, 0.19m, On(2027, 1, 11)),
                new("HB-2031", 12_000, 0.14m, On(2027, 1, 11)),
                new("HB-3305", 3_000, 0.12m, On(2027, 1, 11)),
            ]), null),

        (Case("D-005", "text-de", "de", "30107", "Bestellung SB-4471", """
            Guten Tag,

            bitte um Lieferung von:

            2.500 Stück  HB-60020   Steinnussknopf 20mm 4-Loch natur
            1.000 Stück  HB-6025DB  Steinnussknopf 25mm 4-Loch dunkelbraun
              600 Stück  HB-8040    Holzknebel 40 mm natur

            Unsere Auftragsnummer: SB-4471
            Wunschtermin: KW 2

            Danke und Gruß
            Jan Becker

            Strickwaren Becker GmbH
            Wollweg 3, 72379 Hechingen
            Telefon 07471 9388-0
            """, null, "SB-4471",
            [
                new("HB-6020", 2_500, DeliveryDate: On(2027, 1, 11)),
                new("HB-6025-DB", 1_000, DeliveryDate: On(2027, 1, 11)),
                new("HB-8040", 600, DeliveryDate: On(2027, 1, 11)),
            ]), null),

        (Case("D-006", "text-de", "de", "10057", "Bestellung 4500331207", """
            Sehr geehrter Herr Roth,

            wir bestellen hiermit zu den vereinbarten Konditionen:

            Bestellnummer 4500331207

            Pos.  Material      Kurztext                   Menge     Preis/Stk
            10    KH-BK-0200    Bedienknopf weiß hochgl.   5.000     0,38 EUR
            20    KH-DK-0310    Drehknopf chrom matt       2.000     0,82 EUR

            Liefertermin: 25.01.2027
            Bitte senden Sie die Auftragsbestätigung an einkauf@kessler-hausgeraete.de.

            Freundliche Grüße

            Sabine Kessler
            Strategischer Einkauf
            Hausgeräte Kessler GmbH · Am Gewerbepark 4 · 33330 Gütersloh
            T +49 5241 8870-112
            """, null, "4500331207",
            [
                new("HB-K200", 5_000, 0.38m, On(2027, 1, 25)),
                new("HB-K310", 2_000, 0.82m, On(2027, 1, 25)),
            ]), null),

        (Case("D-007", "text-de", "de", "30103", "Bestellung", """
            Hallo ihr Lieben,

            für das Atelier bräuchte ich:

            * 500 Stk HB-PM-1102 (Perlmutt 11 mm, weiß)
            * 200 Stk HB-ZN-1400 (Zinn, Edelweiß)
            * 2 x HB-SK-25 Sortimentskasten Basic

            Bis spätestens 15.12. wäre super, wir haben am 17. Anprobe.

            Liebe Grüße aus Berlin
            Rosalie Marx
            Atelier Rosalie · Kastanienallee 77 · 10435 Berlin
            0176 / 55 21 09 87
            """, null, null,
            [
                new("HB-PM-1102", 500, DeliveryDate: On(2026, 12, 15)),
                new("HB-ZN-1400", 200, DeliveryDate: On(2026, 12, 15)),
                new("HB-SK-25", 2, DeliveryDate: On(2026, 12, 15)),
            ]), null),

        (Case("D-008", "text-de", "de", "10042", "Bestellung 4500987612", """
            Bestellung Nr. 4500987612 vom 07.12.2026
            Lieferant 700125 Happy Buttons GmbH
            Werk 1010 Stuttgart, Abladestelle Tor 4

            Pos  Material      Bezeichnung                  Menge    ME  Preis/100 EUR  Liefertermin
            10   73-4410-200   Kunststoffknopf PA 20 grau   50.000   ST  7,40           11.01.2027
            20   73-4410-212   Clip-Knopf 12 schwarz        20.000   ST  5,80           18.01.2027

            Es gelten unsere Allgemeinen Einkaufsbedingungen. Bitte Bestellnummer auf allen Lieferpapieren angeben.

            Mit freundlichen Grüßen
            Jonas Keller
            Einkauf Produktionsmaterial
            Autowerk Süd AG, Industriestraße 12, 70565 Stuttgart
            Tel. 0711 / 78 21-4410
            """, null, "4500987612",
            [
                new("HB-9001", 50_000, 0.074m, On(2027, 1, 11)),
                new("HB-9002", 20_000, 0.058m, On(2027, 1, 18)),
            ]), null),

        (Case("D-009", "text-de", "de", "30101", "Bestellung ML-26-1203 Blazerknöpfe", """
            Hallo Herr Roth,

            hier unsere Bestellung ML-26-1203 für die Blazer-Linie:

            ML-ZUB-7781  Blazerknopf Metall 20 mm gold   4.000 Stk
            HB-2215      Ärmelknopf Metall 15 mm gold    6.000 Stk

            Liefertermin 04.01.2027.

            Könnten Sie uns außerdem kostenlos ein paar Muster der Hirschhornknöpfe 26 mm mit Öse beilegen? Wir überlegen, die für die Trachtenjacken zu nehmen.

            Viele Grüße
            Claudia Lindner
            Modehaus Lindner GmbH
            Tel. +49 89 2155 3010
            """, null, "ML-26-1203",
            [
                new("HB-2220", 4_000, DeliveryDate: On(2027, 1, 4)),
                new("HB-2215", 6_000, DeliveryDate: On(2027, 1, 4)),
            ]), null),

        (Case("D-010", "text-de", "de", "20011", "Bestellung 260-4502", """
            Hallo Herr Roth,

            bitte liefern Sie zu unserer Bestellung 260-4502:

            HB-1001    Polyesterknopf 2-Loch 11 mm weiß    20 VE à 5.000 Stk
            HB-1002    Polyesterknopf 2-Loch 13 mm weiß    10 VE à 5.000 Stk
            HB-SK-25   Sortimentskasten Basic              24 Stk à 21,50 €

            Lieferung KW 51.

            Gruß
            Thomas Faden
            Knopf & Faden Großhandel KG
            """, null, "260-4502",
            [
                new("HB-1001", 100_000, DeliveryDate: On(2026, 12, 14)),
                new("HB-1002", 50_000, DeliveryDate: On(2026, 12, 14)),
                new("HB-SK-25", 24, 21.50m, On(2026, 12, 14)),
            ]), null),

        (Case("D-011", "text-de", "de", "10057", "Bestellung 4500331299", """
            Guten Morgen Herr Roth,

            anbei die Bestellung 4500331299:

            Pos. Art.-Nr.     Bezeichnung              Menge      Termin
            1    KH-DK-0310   Drehknopf chrom matt     3.000      KW 4
            2    KH-TK-0311   Tastenknopf chrom matt   6.000      KW 4
            3    HB-K400      Drehknopf anthrazit      --- entfällt ---

            Pos. 3 bestellen wir separat, sobald die Freigabe der Konstruktion da ist.

            Gruß
            Mika Brandt
            Hausgeräte Kessler GmbH
            Disposition / Einkauf
            Tel. +49 5241 8870-140
            """, null, "4500331299",
            [
                new("HB-K310", 3_000, DeliveryDate: On(2027, 1, 25)),
                new("HB-K311", 6_000, DeliveryDate: On(2027, 1, 25)),
            ]), null),

        (Case("D-012", "text-de", "de", "30102", "Nachbestellung", """
            Servus,

            bitte schickt uns noch:

            300 Stk   HB-HH2600      Hirschhornknopf 26mm Öse natur
            500 Stk   HB-SH-24L-GLD  Ösenknopf gold mit Wappen

            Danke!
            Alex Huber
            Trachten Huber e.K. – Ludwigstraße 5 – 83022 Rosenheim
            """, null, null,
            [
                new("HB-HH-2600", 300),
                new("HB-SH-24L-GLD", 500),
            ]), null),

        (Case("D-013", "text-de", "de", "30106", "Bestellung US-B-26-0902", """
            Sehr geehrter Herr Roth,

            bitte liefern Sie uns:

            Art.-Nr.    Bezeichnung                           Menge     Preis
            HB-KJ-12    Kochjackenknopf abnehmbar, weiß       5 Tsd.    0,22 €/Stk
            HB-7710     Druckknopf Edelstahl 15 mm            10 Tsd.   0,18 €/Stk

            Bestell-Nr.: US-B-26-0902
            Liefertermin: 21.12.2026

            Mit freundlichen Grüßen
            i. A. Petra Schmidt
            Uniform Partner Schmidt GmbH
            Industriering 9, 41065 Mönchengladbach
            """, null, "US-B-26-0902",
            [
                new("HB-KJ-12", 5_000, 0.22m, On(2026, 12, 21)),
                new("HB-7710", 10_000, 0.18m, On(2026, 12, 21)),
            ]), null),

        (Case("D-014", "text-de", "de", "30107", "WG: Bedarf Kollektion Frühjahr", """
            Hallo Herr Roth,

            wir bestellen die unten aufgeführten Positionen aus unserer Produktion, Bestellnummer SB-4490.
            Die Jeansknöpfe bitte NICHT, die haben wir noch am Lager.
            Liefertermin: 11.01.2027

            Gruß
            Jan Becker
            Strickwaren Becker GmbH, Wollweg 3, 72379 Hechingen

            -----Ursprüngliche Nachricht-----
            Von: Produktion Becker <produktion@strickwaren-becker.de>
            Gesendet: Freitag, 4. Dezember 2026 15:32
            An: Jan Becker <buchhaltung@strickwaren-becker.de>
            Betreff: Bedarf Kollektion Frühjahr

            Hallo Jan,

            für die Frühjahrskollektion brauchen wir:

            HB-R15          Recycling-Knopf 15 mm marine    8.000 Stk
            HB-2H-20L-NAV   2-Loch 20L marine              10.000 Stk
            HB-4H-36L-GRY   4-Loch 36L grau                 4.000 Stk
            HB-JN-27L-CU    Jeansknopf kupfer               6.000 Stk

            Danke, Sonja
            """, null, "SB-4490",
            [
                new("HB-R15", 8_000, DeliveryDate: On(2027, 1, 11)),
                new("HB-2H-20L-NAV", 10_000, DeliveryDate: On(2027, 1, 11)),
                new("HB-4H-36L-GRY", 4_000, DeliveryDate: On(2027, 1, 11)),
            ]), null),
    ];

    private static IEnumerable<(OrderCase, byte[]?)> EnglishMails() =>
    [
        (Case("D-015", "text-en", "en", "30104", "PO BW-10482 horn buttons", """
            Hi Stefan,

            Please accept our PO BW-10482 for the following:

            • HB-HN-2007 horn button 20mm dark brown x 2,000 pcs @ EUR 0.42
            • HB-HN-2507 horn button 25mm dark brown x 1,000 pcs @ EUR 0.54
            • HB-PM-1102 mother of pearl 11mm 2-hole white x 1,500 pcs @ EUR 0.58

            Delivery required by 15/01/2027 to our Savile Row address.

            Kind regards,
            Oliver Grant
            Head of Trims & Sourcing
            Brightwear Ltd | 14 Savile Row | London W1S 3PJ
            +44 20 7946 0321
            """, null, "BW-10482",
            [
                new("HB-HN-2007", 2_000, 0.42m, On(2027, 1, 15)),
                new("HB-HN-2507", 1_000, 0.54m, On(2027, 1, 15)),
                new("HB-PM-1102", 1_500, 0.58m, On(2027, 1, 15)),
            ]), null),

        (Case("D-016", "text-en", "en", "30108", "Purchase order 2026-0311", """
            Dear Mr Roth,

            Please find our order below.

            PO number: 2026-0311
            Delivery date: 18-01-2027

            Article          Description                        Qty      Price
            HB-4H-18L-BLK    Polyester 4-hole 18L black         50,000   EUR 29.00 / 1000 pcs
            HB-4H-28L-WHT    Polyester 4-hole 28L white         20,000   EUR 48.00 / 1000 pcs

            Please confirm the delivery date.

            Met vriendelijke groet / Kind regards,
            Sanne van Dijk
            Van Dijk Textiel B.V.
            Textielstraat 15, 7511 Enschede, NL
            T +31 53 480 1177
            """, null, "2026-0311",
            [
                new("HB-4H-18L-BLK", 50_000, 0.029m, On(2027, 1, 18)),
                new("HB-4H-28L-WHT", 20_000, 0.048m, On(2027, 1, 18)),
            ]), null),

        (Case("D-017", "text-en", "en", "30105", "Order MD-7781", """
            Hello,

            We would like to order for our purchase order n° MD-7781:

            - 300 pcs HB-HH-1800 staghorn button 18 mm
            - 200 pcs HB-HH-2200 staghorn button 22 mm
            - 1.000 pcs HB-SH-24L-GLD gold shank button with crest

            Delivery as soon as possible please, to our address in Paris.
            Invoice to the attention of the accounting department.

            Best regards,
            Camille Dupont
            Maison Dupont SARL
            12 Rue du Faubourg Saint-Honoré, 75008 Paris
            Tél. +33 1 42 65 18 90
            """, null, "MD-7781",
            [
                new("HB-HH-1800", 300),
                new("HB-HH-2200", 200),
                new("HB-SH-24L-GLD", 1_000),
            ]), null),

        (Case("D-018", "text-en", "en", "10063", "Order 4510023344", """
            Hi Stefan,

            Please deliver against our order 4510023344:

            Our part no.   Your part no.   Qty           Price
            NSS-10442      HB-9105         40,000 pcs    EUR 0.068
            NSS-10443      HB-9106         30,000 pcs    EUR 0.075

            Requested delivery: 2027-01-11, DAP Göteborg (Incoterms 2020).

            Best regards
            Erik Lindqvist
            Purchasing, Nordic Seating Systems AB
            Fabriksgatan 8, SE-412 50 Göteborg
            Phone +46 31 771 40 00
            """, null, "4510023344",
            [
                new("HB-9105", 40_000, 0.068m, On(2027, 1, 11)),
                new("HB-9106", 30_000, 0.075m, On(2027, 1, 11)),
            ]), null),

        (Case("D-019", "text-en", "en", "30104", "PO BW-10519 - blazer buttons", """
            Stefan,

            PO BW-10519 as discussed:

            Item            Description                          Qty     Unit price
            HB-2220         Blazer button metal 20mm gold        3,000   €0.34
            HB-2215         Sleeve button metal 15mm gold        6,000   €0.21
            HB-SH-24L-GLD   Crest shank button 24L gold            800   €0.29

            Required delivery: January 8th, 2027.

            Thanks,
            Oliver

            Oliver Grant | Brightwear Ltd
            M +44 7700 900 482
            """, null, "BW-10519",
            [
                new("HB-2220", 3_000, 0.34m, On(2027, 1, 8)),
                new("HB-2215", 6_000, 0.21m, On(2027, 1, 8)),
                new("HB-SH-24L-GLD", 800, 0.29m, On(2027, 1, 8)),
            ]), null),

        (Case("D-020", "text-en", "en", "10057", "PO 4500331350 control knobs", """
            Dear Mr Roth,

            on behalf of Kessler Group, plant Gütersloh, please supply:

            PO 4500331350

            1) KH-BK-0200 control knob white high gloss - 10,000 pcs @ EUR 0.38
            2) HB-K400 rotary knob anthracite - 2,000 pcs @ EUR 0.95

            Delivery: week 3/2027

            Best regards,
            Mika Brandt
            Procurement | Kessler Group
            m.brandt@kessler-group.com
            """, null, "4500331350",
            [
                new("HB-K200", 10_000, 0.38m, On(2027, 1, 18)),
                new("HB-K400", 2_000, 0.95m, On(2027, 1, 18)),
            ]), null),

        (Case("D-021", "text-en", "en", "30108", "Order VDT-PO-26117", """
            Hi Stefan,

            Could you please ship the following, our ref. VDT-PO-26117:

            24,000 pcs  HB-JN-27L-CU   jeans button 27L copper
             5,000 pcs  HB-7711        snap fastener 15mm black

            Delivery: Jan 11, 2027

            Many thanks,
            Sanne

            --
            Sanne van Dijk | Van Dijk Textiel B.V. | Enschede
            """, null, "VDT-PO-26117",
            [
                new("HB-JN-27L-CU", 24_000, DeliveryDate: On(2027, 1, 11)),
                new("HB-7711", 5_000, DeliveryDate: On(2027, 1, 11)),
            ]), null),

        (Case("D-022", "text-en", "en", "30105", "shirt buttons - PO MD-7802", """
            Hello Stefan,

            For our shirt production please send:

            - 10k HB-1010 shirt button 11 mm 4-hole white
            - 5k HB-1011 shirt button 11 mm 4-hole light blue

            PO: MD-7802
            Delivery: 21.12.2026

            Regards,
            Camille
            Maison Dupont SARL
            """, null, "MD-7802",
            [
                new("HB-1010", 10_000, DeliveryDate: On(2026, 12, 21)),
                new("HB-1011", 5_000, DeliveryDate: On(2026, 12, 21)),
            ]), null),

        (Case("D-023", "text-en", "en", "30104", "RE: Quotation Q-2026-0398", """
            Thanks Stefan,

            Please go ahead with our PO BW-10526:

            1,000 x HB-HH-2600 staghorn shank button 26mm at EUR 1.45
              500 x HB-HH-2200 staghorn 2-hole 22mm at EUR 1.18

            We'll leave the corozo buttons for now. Delivery by 22/01/2027 please.

            Best,
            Oliver

            On Mon, 30 Nov 2026 at 09:12, Stefan Roth <s.roth@happybuttons.de> wrote:
            > Dear Oliver,
            >
            > thank you for your enquiry. We are pleased to quote:
            >
            > HB-HH-2600  Staghorn button 26 mm, shank, natural     1,000 pcs   EUR 1.45
            > HB-HH-2200  Staghorn button 22 mm, 2-hole, natural      500 pcs   EUR 1.18
            > HB-6020     Corozo button 20 mm, 4-hole, natural      3,000 pcs   EUR 0.31
            >
            > Delivery approx. 4 weeks after order.
            >
            > Kind regards
            > Stefan Roth
            > Happy Buttons GmbH
            """, null, "BW-10526",
            [
                new("HB-HH-2600", 1_000, 1.45m, On(2027, 1, 22)),
                new("HB-HH-2200", 500, 1.18m, On(2027, 1, 22)),
            ]), null),

        (Case("D-024", "text-en", "en", "10063", "Order 4510023391 + quotation request", """
            Hi Stefan,

            Please deliver against PO 4510023391:

            - NSS-10442  20,000 pcs
            - NSS-10443  20,000 pcs

            Delivery date 2027-02-01.

            Separately, could you quote us for 100,000 pcs of HB-9001 (grey PA button 20 mm)? This is not an order yet,
            we are evaluating it for a new seat programme starting Q2.

            Best regards
            Erik Lindqvist
            Nordic Seating Systems AB
            """, null, "4510023391",
            [
                new("HB-9105", 20_000, DeliveryDate: On(2027, 2, 1)),
                new("HB-9106", 20_000, DeliveryDate: On(2027, 2, 1)),
            ]), null),

        (Case("D-025", "text-en", "en", "30108", "PO VDT-PO-26124", """
            Dear Stefan,

            Our order VDT-PO-26124:

            Art.no	Description	Qty	Price
            HB-5510	Horn look button 23 mm brown	5,000	EUR 0.16
            HB-5511	Horn look button 15 mm brown	8,000	EUR 0.11
            HB-6020	Corozo button 20 mm natural	2,000	EUR 0.31

            Delivery week 2/2027.

            Kind regards,
            Sanne van Dijk
            Van Dijk Textiel B.V. | Textielstraat 15 | 7511 Enschede
            """, null, "VDT-PO-26124",
            [
                new("HB-5510", 5_000, 0.16m, On(2027, 1, 11)),
                new("HB-5511", 8_000, 0.11m, On(2027, 1, 11)),
                new("HB-6020", 2_000, 0.31m, On(2027, 1, 11)),
            ]), null),

        (Case("D-026", "text-en", "en", "30105", "Purchase order MD-7815", """
            Dear Sir or Madam,

            please find our purchase order MD-7815:

            Ref.          Designation                        Quantity
            HB-PM-1102    Mother of pearl button 11 mm        1,000 pcs
            HB-ZN-1400    Pewter button Edelweiss 14 mm         400 pcs

            Please deliver by 01/25/2027 and confirm by return.

            Sincerely,
            Camille Dupont
            Maison Dupont SARL, Paris
            """, null, "MD-7815",
            [
                new("HB-PM-1102", 1_000, DeliveryDate: On(2027, 1, 25)),
                new("HB-ZN-1400", 400, DeliveryDate: On(2027, 1, 25)),
            ]), null),
    ];

    private static IEnumerable<(OrderCase, byte[]?)> PdfOrders() =>
    [
        (Case("D-027", "pdf-table", "de", "10057", "Bestellung 4500331402", """
            Sehr geehrte Damen und Herren,

            anbei unsere Bestellung 4500331402.

            Mit freundlichen Grüßen
            Sabine Kessler
            Hausgeräte Kessler GmbH
            """, "D-027.pdf", "4500331402",
            [
                new("HB-K200", 10_000, 0.38m, On(2027, 1, 18)),
                new("HB-K311", 4_000, 0.50m, On(2027, 1, 18)),
            ]),
            new OrderPdf()
                .Line("Hausgeräte Kessler GmbH · Am Gewerbepark 4 · 33330 Gütersloh", size: 8)
                .Line("Happy Buttons GmbH")
                .Line("Vertrieb")
                .Line("80331 München")
                .Line("")
                .Line("Bestellung", size: 14, bold: true)
                .Line("Bestellnummer: 4500331402          Datum: 07.12.2026          Lieferantennr.: 200417", size: 9)
                .Line("Ansprechpartner: Sabine Kessler, Tel. 05241 8870-112", size: 9)
                .Line("Rahmenvertrag: keiner (Einzelbestellung)", size: 9)
                .Table([
                    new PdfColumn("Pos", 40, 32), new PdfColumn("Material", 76, 66), new PdfColumn("Kurztext", 146, 156),
                    new PdfColumn("Menge", 305, 55, true), new PdfColumn("ME", 366, 22), new PdfColumn("Preis", 392, 50, true),
                    new PdfColumn("per", 446, 30), new PdfColumn("Wert EUR", 480, 80, true),
                ])
                .Row("00010", "KH-BK-0200", "Bedienknopf weiß hochglanz\nIhre Art.-Nr. HB-K200", "10.000", "ST", "38,00", "100", "3.800,00")
                .Row("", "", "Liefertermin: 18.01.2027")
                .Row("00020", "KH-TK-0311", "Tastenknopf chrom matt\nIhre Art.-Nr. HB-K311", "4.000", "ST", "50,00", "100", "2.000,00")
                .Row("", "", "Liefertermin: 18.01.2027")
                .Row("", "", "Gesamtnettowert ohne MwSt.", "", "", "", "", "5.800,00")
                .Foot("Lieferbedingung: frei Haus, Werk Gütersloh, Warenannahme Mo–Fr 6–14 Uhr.")
                .Foot("Es gelten unsere Allgemeinen Einkaufsbedingungen (www.kessler-hausgeraete.de/aeb).")
                .Build()),

        (Case("D-028", "pdf-table", "de", "10042", "Bestellung 4500987655", """
            Sehr geehrte Damen und Herren,

            anbei erhalten Sie unsere Bestellung 4500987655 mit der Bitte um Auftragsbestätigung.

            Mit freundlichen Grüßen
            Jonas Keller
            Einkauf Produktionsmaterial, Autowerk Süd AG
            """, "D-028.pdf", "4500987655",
            [
                new("HB-9001", 100_000, 0.074m, On(2027, 1, 25)),
                new("HB-9002", 40_000, 0.058m, On(2027, 1, 25)),
            ]),
            new OrderPdf()
                .Line("AUTOWERK SÜD AG", size: 12, bold: true)
                .Line("Industriestraße 12 · 70565 Stuttgart · USt-IdNr. DE811122233", size: 8)
                .Line("")
                .Line("Lieferant: 700125  Happy Buttons GmbH, München", size: 9)
                .Line("Bestellung 4500987655", size: 13, bold: true)
                .Line("Bestelldatum 07.12.2026      Einkäufergruppe K12      Werk 1010 Stuttgart", size: 9)
                .Line("Liefertermin (alle Positionen): 25.01.2027      Zahlungsbedingung: 30 Tage netto", size: 9)
                .Table([
                    new PdfColumn("Pos.", 40, 28), new PdfColumn("Material / Bezeichnung", 72, 210), new PdfColumn("Menge", 290, 60, true),
                    new PdfColumn("ME", 356, 22), new PdfColumn("Preis/1000", 382, 70, true), new PdfColumn("Nettowert", 470, 90, true),
                ])
                .Row("10", "73-4410-200 Kunststoffknopf PA 20 mm grau\nLieferanten-Mat.: HB-9001", "100.000", "ST", "74,00", "7.400,00")
                .Row("20", "73-4410-212 Clip-Knopf 12 mm schwarz\nLieferanten-Mat.: HB-9002", "40.000", "ST", "58,00", "2.320,00")
                .Row("", "Summe netto", "", "", "", "9.720,00")
                .Row("", "zzgl. 19 % MwSt.", "", "", "", "1.846,80")
                .Foot("Bitte Bestellnummer und Positionsnummer auf Lieferschein und Rechnung angeben.")
                .Foot("Anlieferung: Tor 4, Abladestelle 07. Rückfragen: Jonas Keller, Tel. 0711 7821-4410")
                .Build()),

        (Case("D-029", "pdf-table", "de", "20011", "Bestellung 260-4531", """
            Hallo Herr Roth,

            anbei unsere Bestellung als PDF.

            Gruß
            Thomas Faden
            """, "D-029.pdf", "260-4531",
            [
                new("HB-4711", 50_000, 0.036m, On(2026, 12, 21)),
                new("HB-4H-18L-BLK", 50_000, 0.029m, On(2026, 12, 21)),
            ]),
            new OrderPdf()
                .Line("Knopf & Faden Großhandel KG", size: 13, bold: true)
                .Line("Hanseatenweg 21 · 22113 Hamburg · Tel. 040 733188-0 · info@knopf-faden.de", size: 8)
                .Line("")
                .Line("An: Happy Buttons GmbH, München", size: 9)
                .Line("BESTELLUNG Nr. 260-4531", size: 12, bold: true)
                .Line("Datum: 07.12.2026     Kunden-Nr. bei Ihnen: 20011     Liefertermin: 21.12.2026", size: 9)
                .Table([
                    new PdfColumn("Pos", 40, 22), new PdfColumn("Unsere Nr.", 64, 62), new PdfColumn("Ihre Nr.", 128, 72),
                    new PdfColumn("Bezeichnung", 202, 140), new PdfColumn("Menge", 346, 34, true), new PdfColumn("Einh.", 384, 56),
                    new PdfColumn("EP €/Tsd.", 440, 50, true), new PdfColumn("GP €", 494, 66, true),
                ])
                .Row("1", "KF-100-15S", "HB-4711", "Knopf 4-Loch 15 mm schwarz", "5", "KRT à 10.000 Stk", "36,00", "1.800,00")
                .Row("2", "KF-300-18L", "HB-4H-18L-BLK", "Polyesterknopf 4-Loch 18L schwarz", "10", "KRT à 5.000 Stk", "29,00", "1.450,00")
                .Row("", "", "", "Warenwert netto", "", "", "", "3.250,00")
                .Foot("Lieferung frei Haus. Bitte Kartons mit unserer Artikelnummer etikettieren.")
                .Foot("Rahmenvertrag RV-2022-009 gilt sinngemäß.")
                .Build()),

        (Case("D-030", "pdf-table", "de", "30101", "Bestellung ML-26-1225", """
            Hallo Herr Roth,

            anbei unsere Bestellung ML-26-1225.

            Viele Grüße
            Claudia Lindner
            """, "D-030.pdf", "ML-26-1225",
            [
                new("HB-HN-2007", 2_000, 0.385m, On(2027, 1, 11)),
                new("HB-MT-1512", 3_000, 0.214m, On(2027, 1, 11)),
                new("HB-HH-2200", 200, 1.18m, On(2027, 1, 11)),
            ]),
            new OrderPdf()
                .Line("Modehaus Lindner GmbH", size: 14, bold: true)
                .Line("Maximilianstraße 30 · 80539 München", size: 9)
                .Line("")
                .Line("Bestellung ML-26-1225", size: 12, bold: true)
                .Line("Bestelldatum: 07.12.2026", size: 9)
                .Line("Liefertermin: 11.01.2027", size: 9)
                .Line("Lieferadresse: Lager Lindner, Gutenbergstraße 8, 85748 Garching", size: 9)
                .Table([
                    new PdfColumn("Pos.", 40, 28), new PdfColumn("Art.-Nr.", 70, 72), new PdfColumn("Bezeichnung", 146, 190),
                    new PdfColumn("Menge", 340, 50, true), new PdfColumn("Preis €", 400, 60, true), new PdfColumn("Betrag €", 470, 90, true),
                ])
                .Row("1", "HB-HN-2007", "Hornknopf 20 mm, 4-Loch, dunkelbraun 07", "2.000", "0,3850", "770,00")
                .Row("2", "HB-MT-1512", "Metallknopf 15 mm, Öse, altmessing", "3.000", "0,2140", "642,00")
                .Row("3", "HB-HH-2200", "Hirschhornknopf 22 mm, 2-Loch, natur", "200", "1,1800", "236,00")
                .Row("", "", "Summe netto", "", "", "1.648,00")
                .Foot("Bitte Lieferschein mit Bestellnummer beilegen. Anlieferung nur Mo–Do.")
                .Build()),

        (Case("D-031", "pdf-table", "de", "30106", "Bestellung US-B-26-0915", """
            Guten Tag Herr Roth,

            anbei unsere Bestellung US-B-26-0915.

            Mit freundlichen Grüßen
            Petra Schmidt
            Uniform Partner Schmidt GmbH
            """, "D-031.pdf", "US-B-26-0915",
            [
                new("HB-2030", 10_000, 0.19m, On(2027, 1, 4)),
                new("HB-2031", 20_000, 0.14m, On(2027, 1, 4)),
                new("HB-2210", 5_000, 0.26m, On(2027, 2, 1)),
            ]),
            new OrderPdf()
                .Line("Uniform Partner Schmidt GmbH", size: 13, bold: true)
                .Line("Industriering 9 · 41065 Mönchengladbach · Tel. 02161 4977-20", size: 8)
                .Line("")
                .Line("Lieferant: Happy Buttons GmbH", size: 9)
                .Line("Bestellung Nr. US-B-26-0915 vom 07.12.2026", size: 12, bold: true)
                .Table([
                    new PdfColumn("Pos", 40, 24), new PdfColumn("Artikel", 66, 56), new PdfColumn("Beschreibung", 126, 170),
                    new PdfColumn("Menge", 300, 50, true), new PdfColumn("ME", 354, 24), new PdfColumn("Preis/100", 382, 52, true),
                    new PdfColumn("Termin", 440, 56), new PdfColumn("Wert €", 498, 62, true),
                ])
                .Row("1", "HB-2030", "Blazerknopf Kunststoff 20 mm, marine, für Dienstjacke Modell 'Stadtwerke'", "10.000", "Stk", "19,00", "04.01.2027", "1.900,00")
                .Row("2", "HB-2031", "Ärmelknopf Kunststoff 15 mm, marine, passend zu Pos. 1", "20.000", "Stk", "14,00", "04.01.2027", "2.800,00")
                .Row("3", "HB-2210", "Metallknopf Öse 18 mm, altmessing, für Weste", "5.000", "Stk", "26,00", "01.02.2027", "1.300,00")
                .Row("", "", "Bemerkung: Teillieferungen nach Absprache möglich.")
                .Row("", "", "Gesamt netto", "", "", "", "", "6.000,00")
                .Foot("Zahlung 14 Tage 2 % Skonto, 30 Tage netto.")
                .Build()),

        (Case("D-032", "pdf-table", "de", "30107", "Bestellung B-2026-0733", """
            Guten Tag,

            anbei unsere Bestellung B-2026-0733 im Anhang.

            Gruß
            Jan Becker
            Strickwaren Becker GmbH
            """, "D-032.pdf", "B-2026-0733",
            [
                new("HB-4H-36L-GRY", 6_000, DeliveryDate: On(2027, 1, 25)),
                new("HB-2H-20L-NAV", 15_000, DeliveryDate: On(2027, 1, 25)),
                new("HB-8040", 400, DeliveryDate: On(2027, 1, 25)),
            ]),
            new OrderPdf()
                .Line("Strickwaren Becker GmbH · Wollweg 3 · 72379 Hechingen", size: 8)
                .Line("")
                .Line("Happy Buttons GmbH")
                .Line("München")
                .Line("")
                .Line("Bestellung B-2026-0733", size: 13, bold: true)
                .Line("Hechingen, 07.12.2026", size: 9)
                .Line("Liefertermin: KW 4/2027", size: 9)
                .Table([
                    new PdfColumn("Pos.", 40, 30), new PdfColumn("Artikelnummer", 74, 90), new PdfColumn("Bezeichnung", 170, 240),
                    new PdfColumn("Menge", 420, 60, true), new PdfColumn("Einheit", 490, 60),
                ])
                .Row("1", "HB-4H-36L-GRY", "Polyesterknopf 4-Loch 36 Linien, grau", "6.000", "Stück")
                .Row("2", "HB-2H-20L-NAV", "Polyesterknopf 2-Loch 20 Linien, marine", "15.000", "Stück")
                .Row("3", "HB-8040", "Holzknebel 40 mm, natur", "400", "Stück")
                .Foot("Preise lt. Vereinbarung. Bitte Auftragsbestätigung mit Liefertermin.")
                .Foot("Telefon 07471 9388-0 · buchhaltung@strickwaren-becker.de")
                .Build()),

        (Case("D-033", "pdf-table", "de", "30102", "Bestellung 38/2026", """
            Grüß Gott,

            im Anhang unsere Bestellung.

            Alex Huber
            Trachten Huber e.K.
            """, "D-033.pdf", "38/2026",
            [
                new("HB-HH-1800", 864, 0.92m, On(2026, 12, 14)),
                new("HB-ZN-1400", 288, 0.64m, On(2026, 12, 14)),
            ]),
            new OrderPdf()
                .Line("Trachten Huber e.K.", size: 16, bold: true)
                .Line("Ludwigstraße 5 · 83022 Rosenheim · Tel. 08031 234560", size: 8)
                .Line("")
                .Line("Bestellung Nr. 38/2026", size: 12, bold: true)
                .Line("Datum: 07.12.2026", size: 9)
                .Line("Liefertermin: bis 14.12.2026", size: 9)
                .Table([
                    new PdfColumn("Menge", 40, 50), new PdfColumn("Artikel", 96, 80), new PdfColumn("Beschreibung", 180, 220),
                    new PdfColumn("Einzelpreis", 405, 65, true), new PdfColumn("Gesamt", 480, 80, true),
                ])
                .Row("6 Gros", "HB-HH-1800", "Hirschhornknopf 18 mm, 2-Loch, natur", "0,92 €", "794,88 €")
                .Row("2 Gros", "HB-ZN-1400", "Zinnknopf 14 mm mit Edelweiß", "0,64 €", "184,32 €")
                .Foot("Summe netto: 979,20 €")
                .Foot("Bitte per DHL an obige Adresse. Vielen Dank!")
                .Build()),

        (Case("D-034", "pdf-table", "de", "30103", "Bestellung Atelier Rosalie", """
            Hallo,

            anbei meine Bestellung als PDF. Danke!

            Rosalie Marx
            """, "D-034.pdf", null,
            [
                new("HB-MS-01", 3, 9.50m),
                new("HB-SK-25", 2, 24.90m),
                new("HB-PM-1102", 500, 0.58m),
            ]),
            new OrderPdf()
                .Line("Atelier Rosalie", size: 16, bold: true)
                .Line("Kastanienallee 77 · 10435 Berlin · info@atelier-rosalie.de", size: 8)
                .Line("")
                .Line("Bestellung vom 07.12.2026", size: 12, bold: true)
                .Line("an Happy Buttons GmbH", size: 9)
                .Table([
                    new PdfColumn("Art.-Nr.", 40, 70), new PdfColumn("Artikel", 114, 230), new PdfColumn("Anzahl", 350, 50, true),
                    new PdfColumn("Preis", 410, 60, true), new PdfColumn("Summe", 480, 80, true),
                ])
                .Row("HB-MS-01", "Mustersortiment Hemdenknöpfe", "3", "9,50 €", "28,50 €")
                .Row("HB-SK-25", "Sortimentskasten Knöpfe Basic", "2", "24,90 €", "49,80 €")
                .Row("HB-PM-1102", "Perlmuttknopf 11 mm, 2-Loch, weiß", "500", "0,58 €", "290,00 €")
                .Row("", "Zwischensumme", "", "", "368,30 €")
                .Foot("Lieferung bitte an die Ateliersadresse, gerne so bald wie möglich.")
                .Build()),

        (Case("D-035", "pdf-table", "de", "10057", "Bestellung 4500331418", """
            Sehr geehrte Damen und Herren,

            anbei unsere Bestellung. Bitte beachten Sie die abweichende Lieferanschrift (Werk 2).

            Freundliche Grüße
            Mika Brandt
            Hausgeräte Kessler GmbH
            """, "D-035.pdf", "4500331418",
            [
                new("HB-K310", 3_000, 0.82m, On(2027, 2, 1)),
                new("HB-K400", 1_000, 0.95m, On(2027, 2, 1)),
            ]),
            new OrderPdf()
                .Line("Hausgeräte Kessler GmbH · Am Gewerbepark 4 · 33330 Gütersloh", size: 8)
                .Line("")
                .Line("Bestellung", size: 14, bold: true)
                .Line("Bestellnummer 4500331418 / Datum 07.12.2026 / Lieferant 200417", size: 9)
                .Line("Lieferanschrift: Hausgeräte Kessler GmbH, Werk 2, Rietberger Straße 60, 33378 Rheda-Wiedenbrück", size: 9)
                .Line("Liefertermin: 01.02.2027", size: 9)
                .Table([
                    new PdfColumn("Pos", 40, 32), new PdfColumn("Material", 76, 66), new PdfColumn("Kurztext", 146, 156),
                    new PdfColumn("Menge", 305, 55, true), new PdfColumn("ME", 366, 22), new PdfColumn("Preis", 392, 50, true),
                    new PdfColumn("per", 446, 30), new PdfColumn("Wert EUR", 480, 80, true),
                ])
                .Row("00010", "KH-DK-0310", "Drehknopf chrom matt", "3.000", "ST", "82,00", "100", "2.460,00")
                .Row("00020", "HB-K400", "Drehknopf anthrazit\nneue Materialnummer folgt", "1.000", "ST", "95,00", "100", "950,00")
                .Row("", "", "Gesamtnettowert ohne MwSt.", "", "", "", "", "3.410,00")
                .Foot("Warenannahme Werk 2: Mo–Fr 7–13 Uhr. Lieferschein in zweifacher Ausfertigung.")
                .Build()),

        (Case("D-036", "pdf-table", "de", "10042", "Bestellung 4500987690", """
            Sehr geehrte Damen und Herren,

            anbei die Bestellung 4500987690.

            Mit freundlichen Grüßen
            Dr. Anna Weber
            Leitung Einkauf, Autowerk Süd AG
            """, "D-036.pdf", "4500987690",
            [
                new("HB-9002", 30_000, 0.058m, On(2027, 1, 11)),
                new("HB-3305", 20_000, 0.12m, On(2027, 2, 1)),
            ]),
            new OrderPdf()
                .Line("AUTOWERK SÜD AG", size: 12, bold: true)
                .Line("Industriestraße 12 · 70565 Stuttgart", size: 8)
                .Line("")
                .Line("Bestellung 4500987690", size: 13, bold: true)
                .Line("Bestelldatum 07.12.2026      Lieferant 700125      Werk 1010", size: 9)
                .Table([
                    new PdfColumn("Pos.", 40, 28), new PdfColumn("Material / Bezeichnung", 72, 210), new PdfColumn("Menge", 290, 60, true),
                    new PdfColumn("ME", 356, 22), new PdfColumn("Preis", 382, 48, true), new PdfColumn("per", 434, 34),
                    new PdfColumn("Nettowert", 470, 90, true),
                ])
                .Row("10", "73-4410-212 Clip-Knopf 12 mm schwarz", "30.000", "ST", "58,00", "1000", "1.740,00")
                .Row("", "Liefertermin 11.01.2027")
                .Row("20", "Druckknopf Messing vernickelt 12 mm\nIhre Mat.-Nr. HB-3305", "20.000", "ST", "12,00", "100", "2.400,00")
                .Row("", "Liefertermin 01.02.2027")
                .Row("", "Summe netto", "", "", "", "", "4.140,00")
                .Foot("Bitte Bestellnummer und Positionsnummer auf Lieferschein und Rechnung angeben.")
                .Build()),

        (Case("D-037", "pdf-table", "en", "30104", "PO BW-10533", """
            Hi Stefan,

            Please find attached our PO BW-10533.

            Thanks,
            Oliver Grant
            Brightwear Ltd
            """, "D-037.pdf", "BW-10533",
            [
                new("HB-HH-2600", 500, 1.45m, On(2027, 1, 22)),
                new("HB-HN-2507", 1_000, 0.54m, On(2027, 1, 22)),
                new("HB-6025-DB", 2_000, 0.39m, On(2027, 1, 22)),
            ]),
            new OrderPdf()
                .Line("BRIGHTWEAR LTD", size: 14, bold: true)
                .Line("14 Savile Row, London W1S 3PJ · VAT GB123456789", size: 8)
                .Line("")
                .Line("PURCHASE ORDER BW-10533", size: 12, bold: true)
                .Line("Date: 07/12/2026", size: 9)
                .Line("Supplier: Happy Buttons GmbH, Munich, Germany", size: 9)
                .Line("Delivery date: 22/01/2027", size: 9)
                .Table([
                    new PdfColumn("Line", 40, 28), new PdfColumn("Item code", 72, 72), new PdfColumn("Description", 148, 170),
                    new PdfColumn("Qty", 322, 46, true), new PdfColumn("Unit", 374, 28), new PdfColumn("Unit price", 406, 64, true),
                    new PdfColumn("Total", 476, 84, true),
                ])
                .Row("1", "HB-HH-2600", "Staghorn button 26mm shank natural", "500", "pcs", "EUR 1.45", "EUR 725.00")
                .Row("2", "HB-HN-2507", "Horn button 25mm 4-hole dark brown", "1,000", "pcs", "EUR 0.54", "EUR 540.00")
                .Row("3", "HB-6025-DB", "Corozo button 25mm 4-hole dark brown", "2,000", "pcs", "EUR 0.39", "EUR 780.00")
                .Row("", "", "Total (excl. VAT)", "", "", "", "EUR 2,045.00")
                .Foot("Terms: 30 days net. Please quote our PO number on all documents.")
                .Build()),

        (Case("D-038", "pdf-table", "en", "10063", "Purchase Order 4510023410", """
            Hello,

            Attached please find our purchase order 4510023410.

            Best regards
            Erik Lindqvist
            Nordic Seating Systems AB
            """, "D-038.pdf", "4510023410",
            [
                new("HB-9105", 50_000, 0.068m, On(2027, 2, 8)),
                new("HB-9106", 50_000, 0.075m, On(2027, 2, 15)),
            ]),
            new OrderPdf()
                .Line("Nordic Seating Systems AB", size: 13, bold: true)
                .Line("Fabriksgatan 8 · SE-412 50 Göteborg · Sweden", size: 8)
                .Line("")
                .Line("PURCHASE ORDER", size: 14, bold: true)
                .Line("PO number: 4510023410     PO date: 2026-12-07     Vendor: 300982", size: 9)
                .Line("Incoterms: DAP Göteborg     Payment terms: 60 days net", size: 9)
                .Table([
                    new PdfColumn("Item", 40, 30), new PdfColumn("Material", 74, 64), new PdfColumn("Description", 142, 150),
                    new PdfColumn("Quantity", 296, 56, true), new PdfColumn("UoM", 358, 26), new PdfColumn("Price/1000", 388, 60, true),
                    new PdfColumn("Net value EUR", 454, 106, true),
                ])
                .Row("10", "NSS-10442", "Plastic rivet button 15 mm black\nVendor material HB-9105", "50,000", "PC", "68.00", "3,400.00")
                .Row("", "", "Delivery date 2027-02-08")
                .Row("20", "NSS-10443", "Plastic rivet button 18 mm black\nVendor material HB-9106", "50,000", "PC", "75.00", "3,750.00")
                .Row("", "", "Delivery date 2027-02-15")
                .Row("", "", "Total net value", "", "", "", "7,150.00")
                .Foot("Framework agreement FA-2025-003 applies. Deliveries outside the agreed window need approval.")
                .Build()),

        (Case("D-039", "pdf-table", "en", "30108", "Purchase order VDT-PO-26131", """
            Dear Stefan,

            Please find our purchase order attached.

            Kind regards,
            Sanne van Dijk
            """, "D-039.pdf", "VDT-PO-26131",
            [
                new("HB-1003", 25_000, 0.038m, On(2027, 1, 11)),
                new("HB-R15", 10_000, 0.06m, On(2027, 1, 11)),
                new("HB-4720-R", 500, 0.07m, On(2027, 1, 11)),
            ]),
            new OrderPdf()
                .Line("Van Dijk Textiel B.V.", size: 13, bold: true)
                .Line("Textielstraat 15 · 7511 Enschede · Nederland · BTW NL123456789B01", size: 8)
                .Line("")
                .Line("Inkooporder / Purchase order VDT-PO-26131", size: 12, bold: true)
                .Line("Order date: 07-12-2026", size: 9)
                .Line("Delivery date: 11-01-2027", size: 9)
                .Table([
                    new PdfColumn("Nr", 40, 22), new PdfColumn("Article", 64, 70), new PdfColumn("Description", 138, 180),
                    new PdfColumn("Qty", 322, 50, true), new PdfColumn("EUR/1000", 380, 60, true), new PdfColumn("Amount EUR", 450, 110, true),
                ])
                .Row("1", "HB-1003", "Polyester button 4-hole 15 mm white", "25,000", "38.00", "950.00")
                .Row("2", "HB-R15", "Recycled polyester button 15 mm 4-hole navy", "10,000", "60.00", "600.00")
                .Row("3", "HB-4720-R", "Button 4-hole 20 mm red", "500", "70.00", "35.00")
                .Row("", "", "Total", "", "", "1,585.00")
                .Foot("Please mention our order number on the delivery note.")
                .Build()),

        (Case("D-040", "pdf-table", "en", "30105", "Purchase order MD-7830", """
            Hello,

            Please find attached our purchase order MD-7830.

            Regards,
            Camille Dupont
            Maison Dupont SARL
            """, "D-040.pdf", "MD-7830",
            [
                new("HB-HH-1800", 400, 0.92m, On(2027, 1, 15)),
                new("HB-SH-24L-GLD", 600, 0.29m, On(2027, 1, 15)),
                new("HB-2211", 2_000, 0.26m, On(2027, 1, 15)),
            ]),
            new OrderPdf()
                .Line("MAISON DUPONT SARL", size: 13, bold: true)
                .Line("12 Rue du Faubourg Saint-Honoré · 75008 Paris · TVA FR12345678901", size: 8)
                .Line("")
                .Line("BON DE COMMANDE / PURCHASE ORDER N° MD-7830", size: 12, bold: true)
                .Line("Date : 07/12/2026", size: 9)
                .Line("Livraison / Delivery : 15/01/2027", size: 9)
                .Table([
                    new PdfColumn("Réf. fournisseur", 40, 80), new PdfColumn("Désignation / Description", 124, 200),
                    new PdfColumn("Qté / Qty", 330, 56, true), new PdfColumn("P.U. / Unit price", 392, 76, true), new PdfColumn("Total", 474, 86, true),
                ])
                .Row("HB-HH-1800", "Bouton corne de cerf 18 mm / staghorn button 18 mm", "400", "0,92 €", "368,00 €")
                .Row("HB-SH-24L-GLD", "Bouton à queue doré, blason / gold shank button, crest", "600", "0,29 €", "174,00 €")
                .Row("HB-2211", "Bouton métal à queue 18 mm argent / metal shank button 18 mm silver", "2 000", "0,26 €", "520,00 €")
                .Row("", "Total HT / net", "", "", "1 062,00 €")
                .Foot("Merci de confirmer la commande / please confirm the order.")
                .Build()),

        (Case("D-041", "pdf-table", "en", "10057", "Purchase Order 4500331460", """
            Dear Mr Roth,

            please find attached purchase order 4500331460 from Kessler Group.

            Best regards
            Mika Brandt
            Procurement | Kessler Group
            """, "D-041.pdf", "4500331460",
            [
                new("HB-K200", 8_000, 0.38m, On(2027, 1, 11)),
                new("HB-K311", 8_000, 0.50m, On(2027, 1, 11)),
            ]),
            new OrderPdf()
                .Line("Kessler Group · Hausgeräte Kessler GmbH · Am Gewerbepark 4 · 33330 Gütersloh · Germany", size: 8)
                .Line("")
                .Line("PURCHASE ORDER 4500331460", size: 14, bold: true)
                .Line("Order date: 2026-12-07     Vendor no.: 200417     Buyer: M. Brandt", size: 9)
                .Line("Delivery date: 2027-01-11", size: 9)
                .Table([
                    new PdfColumn("Item", 40, 28), new PdfColumn("Material", 72, 70), new PdfColumn("Short text", 146, 150),
                    new PdfColumn("Quantity", 300, 56, true), new PdfColumn("Unit", 362, 24), new PdfColumn("Price", 390, 50, true),
                    new PdfColumn("per", 444, 34), new PdfColumn("Value EUR", 480, 80, true),
                ])
                .Row("00010", "KH-BK-0200", "Control knob white high gloss", "8,000", "PC", "38.00", "100", "3,040.00")
                .Row("00020", "KH-TK-0311", "Push button chrome matt", "8,000", "PC", "50.00", "100", "4,000.00")
                .Row("", "", "Total net value excl. VAT", "", "", "", "", "7,040.00")
                .Foot("Our general terms of purchase apply.")
                .Build()),

        (Case("D-042", "pdf-table", "en", "30104", "PO BW-10547", """
            Stefan,

            PO BW-10547 attached - the usual horn and blazer buttons.

            Oliver
            """, "D-042.pdf", "BW-10547",
            [
                new("HB-HN-2007", 2_880, 0.42m, On(2027, 1, 18)),
                new("HB-2220", 1_440, 0.34m, On(2027, 1, 18)),
            ]),
            new OrderPdf()
                .Line("BRIGHTWEAR LTD", size: 14, bold: true)
                .Line("14 Savile Row, London W1S 3PJ", size: 8)
                .Line("")
                .Line("PURCHASE ORDER BW-10547", size: 12, bold: true)
                .Line("Raised: 07/12/2026      Buyer: O. Grant", size: 9)
                .Line("Delivery: w/c 18 January 2027", size: 9)
                .Table([
                    new PdfColumn("Line", 40, 28), new PdfColumn("Item code", 72, 72), new PdfColumn("Description", 148, 170),
                    new PdfColumn("Qty (gross)", 322, 56, true), new PdfColumn("Price per gross", 384, 80, true), new PdfColumn("Total", 470, 90, true),
                ])
                .Row("1", "HB-HN-2007", "Horn button 20mm 4-hole dark brown 07", "20", "EUR 60.48", "EUR 1,209.60")
                .Row("2", "HB-2220", "Blazer button metal 20mm gold", "10", "EUR 48.96", "EUR 489.60")
                .Row("", "", "Total (excl. VAT)", "", "", "EUR 1,699.20")
                .Foot("1 gross = 144 pcs. Please pack per gross.")
                .Build()),
    ];

    private static IEnumerable<(OrderCase, byte[]?)> FreeText() =>
    [
        (Case("D-043", "free-text", "de", "30103", "Knöpfe für die Frühjahrskollektion", """
            Liebes Happy-Buttons-Team,

            für meine neue Kollektion bräuchte ich zweitausend Perlmuttknöpfe, die kleinen weißen mit 11 mm, und dazu fünfhundert von euren Zinnknöpfen mit dem Edelweiß. Wäre toll, wenn das bis zum 18. Dezember bei mir sein könnte, dann schaffe ich es noch vor Weihnachten.

            Herzliche Grüße
            Rosalie Marx
            Atelier Rosalie, Kastanienallee 77, 10435 Berlin
            """, null, null,
            [
                new("HB-PM-1102", 2_000, DeliveryDate: On(2026, 12, 18)),
                new("HB-ZN-1400", 500, DeliveryDate: On(2026, 12, 18)),
            ]), null),

        (Case("D-044", "free-text", "de", "30102", "Hirschhornknöpfe", """
            Servus Herr Roth,

            wie am Telefon besprochen, schicken's uns bitte 3 Gros von den Hirschhornknöpfen 22 mm und nochmal 2 Gros von den 18ern. Die 26er mit Öse brauchen wir diesmal nicht, da haben wir noch genug.

            Eine Bestellnummer hab ich nicht, schreiben's einfach "Huber Dezember" drauf.

            Pfiat Eana
            Alex Huber
            Trachten Huber e.K., Rosenheim
            """, null, null,
            [
                new("HB-HH-2200", 432),
                new("HB-HH-1800", 288),
            ]), null),

        (Case("D-045", "free-text", "de", "30101", "Bestellung ML-26-1240 Frühjahr", """
            Sehr geehrter Herr Roth,

            für die Frühjahrskollektion benötigen wir die dunkelbraunen Hornknöpfe in 25 mm, 4.000 Stück, sowie die Metallknöpfe mit Öse in Altmessing, 15 mm, 5.000 Stück. Bitte liefern Sie bis Freitag, 15. Januar 2027. Unsere Bestellnummer lautet ML-26-1240.

            Ach, und gibt es die 32er Hornknöpfe noch? Falls ja, schicken Sie mir bitte ein Angebot über 1.000 Stück.

            Mit freundlichen Grüßen
            Claudia Lindner
            Modehaus Lindner GmbH
            """, null, "ML-26-1240",
            [
                new("HB-HN-2507", 4_000, DeliveryDate: On(2027, 1, 15)),
                new("HB-MT-1512", 5_000, DeliveryDate: On(2027, 1, 15)),
            ]), null),

        (Case("D-046", "free-text", "de", "30106", "Knöpfe für Auftrag Stadtwerke", """
            Hallo Herr Roth,

            für unseren Auftrag Stadtwerke Mönchengladbach benötigen wir 4.000 Kochjackenknöpfe (die abnehmbaren mit Splint, weiß) und 6.000 Druckknöpfe aus Edelstahl, 15 mm. Liefertermin wäre der 11.01.2027, unsere Bestell-Nr. ist US-B-26-0931.

            Vielen Dank und schöne Grüße
            Petra Schmidt
            Uniform Partner Schmidt GmbH
            Tel. 02161 / 49 77-20
            """, null, "US-B-26-0931",
            [
                new("HB-KJ-12", 4_000, DeliveryDate: On(2027, 1, 11)),
                new("HB-7710", 6_000, DeliveryDate: On(2027, 1, 11)),
            ]), null),

        (Case("D-047", "free-text", "de", "30107", "Bestellung SB-4512", """
            Guten Tag Herr Roth,

            wir hätten gerne zwölftausend von den Knöpfen in Hornoptik, 15 mm braun, und dazu 2.500 Holzknebel 40 mm natur für die Strickjacken. Die großen Hornoptik-Knöpfe in 23 mm haben wir noch vom letzten Mal, die brauchen wir nicht.

            Lieferung bitte in KW 3, unsere Auftragsnummer ist SB-4512.

            Gruß
            Jan Becker
            Strickwaren Becker GmbH
            """, null, "SB-4512",
            [
                new("HB-5511", 12_000, DeliveryDate: On(2027, 1, 18)),
                new("HB-8040", 2_500, DeliveryDate: On(2027, 1, 18)),
            ]), null),

        (Case("D-048", "free-text", "de", "10057", "Eilt: Drehknöpfe anthrazit", """
            Hallo Herr Roth,

            kurzfristig brauchen wir noch 2.000 Drehknöpfe in Anthrazit und 3.000 von den weißen Bedienknöpfen hochglanz. Lieferung bitte bis 17.12.2026, sonst steht bei uns die Linie. Die Bestellnummer aus SAP reiche ich nach, bitte schon einplanen.

            Danke und Gruß
            Mika Brandt
            Hausgeräte Kessler GmbH
            Tel. +49 5241 8870-140
            """, null, null,
            [
                new("HB-K400", 2_000, DeliveryDate: On(2026, 12, 17)),
                new("HB-K200", 3_000, DeliveryDate: On(2026, 12, 17)),
            ]), null),

        (Case("D-049", "free-text", "de", "20011", "Hemdknöpfe 260-4560", """
            Moin Herr Roth,

            bitte schicken Sie uns 10 Kartons der weißen Hemdknöpfe 11 mm 4-Loch (Karton à 10.000 Stück) und 5 Kartons in Hellblau, gleiche Größe und Verpackung. Bestellnummer 260-4560.

            Gruß aus Hamburg
            Thomas Faden
            """, null, "260-4560",
            [
                new("HB-1010", 100_000),
                new("HB-1011", 50_000),
            ]), null),

        (Case("D-050", "free-text", "en", "30104", "Gold blazer buttons", """
            Hi Stefan,

            Could you send us two thousand of the gold blazer buttons (the 20mm metal ones) and four thousand of the matching 15mm sleeve buttons? We'd need them by 8 January. Our PO number is BW-10560.

            Cheers,
            Oliver
            """, null, "BW-10560",
            [
                new("HB-2220", 2_000, DeliveryDate: On(2027, 1, 8)),
                new("HB-2215", 4_000, DeliveryDate: On(2027, 1, 8)),
            ]), null),

        (Case("D-051", "free-text", "en", "30108", "Order recycled buttons", """
            Dear Stefan,

            We would like to order 30,000 of your recycled polyester buttons in navy, 15 mm, and 10,000 of the red 20 mm 4-hole buttons. Our PO is VDT-PO-26140; delivery by 18 December please, as the production starts the week after.

            Kind regards,
            Sanne van Dijk
            Van Dijk Textiel B.V.
            """, null, "VDT-PO-26140",
            [
                new("HB-R15", 30_000, DeliveryDate: On(2026, 12, 18)),
                new("HB-4720-R", 10_000, DeliveryDate: On(2026, 12, 18)),
            ]), null),

        (Case("D-052", "free-text", "en", "30105", "Winter collection - order MD-7844", """
            Hello Stefan,

            For our winter collection we need 1,500 of the pewter edelweiss buttons and 800 staghorn buttons 26 mm with shank. Please consider this as our order MD-7844, delivery as soon as possible.

            Could you also send a few samples of the corozo buttons, free of charge? We would like to show them to our designer.

            Best regards,
            Camille Dupont
            Maison Dupont SARL
            """, null, "MD-7844",
            [
                new("HB-ZN-1400", 1_500),
                new("HB-HH-2600", 800),
            ]), null),
    ];

    private static IEnumerable<(OrderCase, byte[]?)> CallOffs() =>
    [
        (Case("D-053", "call-off", "de", "10042", "Lieferabruf Nr. 7 zum Rahmenvertrag RV-2024-017", """
            Sehr geehrte Damen und Herren,

            hiermit rufen wir aus dem Rahmenvertrag RV-2024-017 folgende Mengen ab.

            Abruf Nr. 7, Bestellnummer 4500987701
            Preise gemäß Rahmenvertrag.

            Sachnummer 73-4410-200 (HB-9001) Kunststoffknopf PA 20 grau
              KW 2/2027    20.000 Stk
              KW 4/2027    20.000 Stk
              KW 6/2027    10.000 Stk

            Sachnummer 73-4410-212 (HB-9002) Clip-Knopf 12 schwarz
              KW 2/2027    15.000 Stk
              KW 5/2027    15.000 Stk

            Eingangsfortschrittszahl 73-4410-200 per 04.12.2026: 180.000 Stk
            Eingangsfortschrittszahl 73-4410-212 per 04.12.2026: 95.000 Stk

            Mit freundlichen Grüßen
            Jonas Keller
            Disposition / Einkauf, Autowerk Süd AG
            Industriestraße 12, 70565 Stuttgart
            """, null, "4500987701",
            [
                new("HB-9001", 20_000, DeliveryDate: On(2027, 1, 11)),
                new("HB-9001", 20_000, DeliveryDate: On(2027, 1, 25)),
                new("HB-9001", 10_000, DeliveryDate: On(2027, 2, 8)),
                new("HB-9002", 15_000, DeliveryDate: On(2027, 1, 11)),
                new("HB-9002", 15_000, DeliveryDate: On(2027, 2, 1)),
            ]), null),

        (Case("D-054", "call-off", "de", "10057", "Abruf 12 aus RV-2023-044", """
            Sehr geehrter Herr Roth,

            zum Rahmenvertrag RV-2023-044 rufen wir ab (Abruf 12, Bestellnummer 4500331477):

            Material      Bezeichnung                 Menge    Liefertermin
            KH-BK-0200    Bedienknopf weiß hochgl.    5.000    11.01.2027
            KH-BK-0200    Bedienknopf weiß hochgl.    5.000    08.02.2027
            KH-DK-0310    Drehknopf chrom matt        2.000    11.01.2027

            Preise lt. Rahmenvertrag, Lieferung frei Werk Gütersloh.

            Freundliche Grüße
            Sabine Kessler
            Hausgeräte Kessler GmbH
            """, null, "4500331477",
            [
                new("HB-K200", 5_000, DeliveryDate: On(2027, 1, 11)),
                new("HB-K200", 5_000, DeliveryDate: On(2027, 2, 8)),
                new("HB-K310", 2_000, DeliveryDate: On(2027, 1, 11)),
            ]), null),

        (Case("D-055", "call-off", "de", "20011", "Abruf Nr. 3 zum Rahmenvertrag RV-2022-009", """
            Hallo Herr Roth,

            Abruf Nr. 3 zum Rahmenvertrag RV-2022-009, unsere Bestellnummer 260-4575:

            KF-100-15S   Knopf 4-Loch 15 mm schwarz   50.000 Stk   KW 51
            KF-100-18S   Knopf 4-Loch 18 mm schwarz   20.000 Stk   KW 51
            KF-100-18S   Knopf 4-Loch 18 mm schwarz   20.000 Stk   KW 3/2027

            Restmenge aus dem Rahmenvertrag danach: 130.000 Stk KF-100-15S.

            Gruß
            Thomas Faden
            Knopf & Faden Großhandel KG
            """, null, "260-4575",
            [
                new("HB-4711", 50_000, DeliveryDate: On(2026, 12, 14)),
                new("HB-4712", 20_000, DeliveryDate: On(2026, 12, 14)),
                new("HB-4712", 20_000, DeliveryDate: On(2027, 1, 18)),
            ]), null),

        (Case("D-056", "call-off", "de", "10042", "Lieferabruf Nr. 8 / RV-2024-017", """
            Lieferabruf Nr. 8 zum Rahmenvertrag RV-2024-017
            Bestellnummer: 4500987733
            Lieferant: 700125 Happy Buttons GmbH
            Abladestelle: Werk 1010, Tor 4

            Sachnr.	Bezeichnung	Termin	Menge
            73-4410-200	Kunststoffknopf PA 20 grau	08.02.2027	25.000
            73-4410-200	Kunststoffknopf PA 20 grau	22.02.2027	25.000
            73-4410-212	Clip-Knopf 12 schwarz	15.02.2027	20.000

            Dieser Abruf ersetzt die Vorschau aus Abruf Nr. 7 für Februar.

            Mit freundlichen Grüßen
            Jonas Keller
            Autowerk Süd AG
            """, null, "4500987733",
            [
                new("HB-9001", 25_000, DeliveryDate: On(2027, 2, 8)),
                new("HB-9001", 25_000, DeliveryDate: On(2027, 2, 22)),
                new("HB-9002", 20_000, DeliveryDate: On(2027, 2, 15)),
            ]), null),

        (Case("D-057", "call-off", "de", "10057", "Abruf 13 Tastenknöpfe", """
            Hallo Herr Roth,

            Abruf 13 aus dem Rahmenvertrag RV-2023-044, Bestellnummer 4500331488:

            KH-TK-0311 Tastenknopf chrom matt
              3.000 Stk zum 04.01.2027
              3.000 Stk zum 01.02.2027
              3.000 Stk zum 01.03.2027

            Vorschau (unverbindlich, nur zur Kapazitätsplanung): April 3.000 Stk, Mai 3.000 Stk.

            Gruß
            Mika Brandt
            Hausgeräte Kessler GmbH
            """, null, "4500331488",
            [
                new("HB-K311", 3_000, DeliveryDate: On(2027, 1, 4)),
                new("HB-K311", 3_000, DeliveryDate: On(2027, 2, 1)),
                new("HB-K311", 3_000, DeliveryDate: On(2027, 3, 1)),
            ]), null),

        (Case("D-058", "call-off", "de", "20011", "Abruf Nr. 4 RV-2022-009", """
            Hallo Herr Roth,

            bitte liefern Sie als Abruf Nr. 4 zum Rahmenvertrag RV-2022-009 (Bestellnummer 260-4590):

            Pos. 1  KF-100-15S   30.000 Stk   Liefertermin KW 2
            Pos. 2  HB-SK-25     20 Stk Sortimentskasten Basic   Liefertermin KW 2

            Gruß
            Thomas Faden
            Knopf & Faden Großhandel KG
            Hanseatenweg 21, 22113 Hamburg
            """, null, "260-4590",
            [
                new("HB-4711", 30_000, DeliveryDate: On(2027, 1, 11)),
                new("HB-SK-25", 20, DeliveryDate: On(2027, 1, 11)),
            ]), null),

        (Case("D-059", "call-off", "en", "10063", "Call-off no. 4 - FA-2025-003", """
            Hi Stefan,

            Call-off no. 4 under framework agreement FA-2025-003, PO 4510023455:

            NSS-10442 (HB-9105) rivet button 15 mm black
              week 2: 15,000 pcs
              week 4: 15,000 pcs
            NSS-10443 (HB-9106) rivet button 18 mm black
              week 3: 10,000 pcs

            All weeks 2027. Prices as per agreement.

            Best regards
            Erik Lindqvist
            Nordic Seating Systems AB
            """, null, "4510023455",
            [
                new("HB-9105", 15_000, DeliveryDate: On(2027, 1, 11)),
                new("HB-9105", 15_000, DeliveryDate: On(2027, 1, 25)),
                new("HB-9106", 10_000, DeliveryDate: On(2027, 1, 18)),
            ]), null),

        (Case("D-060", "call-off", "en", "10063", "Delivery schedule / call-off 5", """
            Hello,

            Delivery schedule, call-off 5 against FA-2025-003. PO number 4510023471.

            Part no.     Delivery date   Qty
            NSS-10443    2027-02-01      20,000
            NSS-10443    2027-03-01      20,000
            NSS-10442    2027-02-15      10,000

            Forecast (not binding):
            NSS-10443    2027-04         20,000
            NSS-10442    2027-05         10,000

            Best regards
            Erik Lindqvist
            Nordic Seating Systems AB, Göteborg
            """, null, "4510023471",
            [
                new("HB-9106", 20_000, DeliveryDate: On(2027, 2, 1)),
                new("HB-9106", 20_000, DeliveryDate: On(2027, 3, 1)),
                new("HB-9105", 10_000, DeliveryDate: On(2027, 2, 15)),
            ]), null),
    ];
}
