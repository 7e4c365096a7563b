using System.Globalization;

namespace HappyButtons.Tests.Orders.Extraction.Sets;

/// <summary>
/// Sixty purchase orders written by hand in the style of real ones: mails, forwarded mails, ERP printouts, call-offs. The expected
/// reading is what a clerk with the catalog at hand would enter; quoted offers, questions, forecasts and cancelled lines are not ordered.
/// Written blind as the first held-out set and scored once after the first development round (line F1 0.845); the extraction
/// was then improved on it, so it is the second development set.
/// </summary>
public static class RealisticSecondDevelopmentOrders
{
    public static IReadOnlyList<(OrderCase Case, byte[]? Pdf)> Generate() => [.. MailTextsInGerman(), .. MailTextsInEnglish(), .. PdfTables(), .. FreeTexts(), .. CallOffs()];

    private static OrderCase Case(string id, string format, string language, string customer, string subject, string body, string? pdfName,
        string? poNumber, IEnumerable<ExpectedLine> lines) =>
        new(id, format, language, customer, subject, body, pdfName, new DateOnly(2026, 12, 7), new ExpectedOrder(poNumber, lines.ToList()));

    private static DateOnly On(int year, int month, int day) => new(year, month, day);

    private static DateOnly MondayOfWeek(int year, int week) => DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));

    private static IEnumerable<(OrderCase Case, byte[]? Pdf)> MailTextsInGerman() =>
    [
        (Case("H-001", "text-de", "de", "30101", "Bestellung 4500125530 Hornknöpfe", """
            Hallo Herr Roth,

            hiermit bestellen wir:

            10 Gros   HB-HN-2007   Hornknopf 20 mm dunkelbraun     à 0,385 €/Stk
            1.000 Stk HB-HN-2507   Hornknopf 25 mm dunkelbraun     à 0,492 €/Stk

            Unsere Bestellnummer: 4500125530
            Liefertermin: 18.01.2027

            Bitte senden Sie uns eine Auftragsbestätigung.

            Mit freundlichen Grüßen

            Claudia Lindner
            Einkauf / Zutaten
            Modehaus Lindner GmbH
            Maximilianstraße 30 · 80539 München
            Tel. +49 89 2916 4410 · Fax +49 89 2916 4411
            Sitz München, HRB 118 224, USt-IdNr. DE814455667
            HypoVereinsbank · IBAN DE44 7002 0270 0015 6623 10 · BIC HYVEDEMMXXX
            """, null, "4500125530",
            [new("HB-HN-2007", 1440, 0.385m, On(2027, 1, 18)), new("HB-HN-2507", 1000, 0.492m, On(2027, 1, 18))]), null),

        (Case("H-002", "text-de", "de", "30102", "Bestellung TH-2026-118", """
            Grüß Gott Herr Roth,

            anbei unsere Bestellung für die Frühjahrsware:

            Art.-Nr.      Bezeichnung                         Menge     Preis/Stk
            HB-HH-1800    Hirschhornknopf 18 mm 2-Loch        300 Stk   0,92 €
            HB-HH-2200    Hirschhornknopf 22 mm 2-Loch        200 Stk   1,18 €
            HB-ZN-1400    Zinnknopf Edelweiß 14 mm            500 Stk   0,64 €

            Bestell-Nr.: TH-2026-118
            Liefertermin: KW 2/2027

            Danke und schöne Grüße
            Alex Huber

            --
            Trachten Huber e.K.
            Ludwigstraße 5, 83022 Rosenheim
            Tel. 08031 / 38 27 90
            www.trachten-huber.de
            """, null, "TH-2026-118",
            [
                new("HB-HH-1800", 300, 0.92m, MondayOfWeek(2027, 2)), new("HB-HH-2200", 200, 1.18m, MondayOfWeek(2027, 2)),
                new("HB-ZN-1400", 500, 0.64m, MondayOfWeek(2027, 2)),
            ]), null),

        (Case("H-003", "text-de", "de", "30106", "AW: Angebot AN-26-0412 Metallknöpfe / Druckknöpfe", """
            Sehr geehrter Herr Roth,

            vielen Dank für Ihr Angebot. Wir bestellen hiermit:

            5.000 Stk HB-2210 Metallknopf Öse 18 mm altmessing zu 0,24 €
            3.000 Stk HB-3305 Druckknopf Messing vernickelt 12 mm zu 0,11 €

            Die Ärmelknöpfe gold (HB-2215) aus dem Angebot brauchen wir vorerst nicht.
            Bitte Lieferung bis 15.01.2027, Bestell-Nr. UPS-45821.

            Mit freundlichen Grüßen
            Petra Schmidt
            Uniform Partner Schmidt GmbH
            Industriering 9 | 41065 Mönchengladbach
            Telefon 02161 / 57 09 30 | Mobil 0171 / 443 21 98

            -----Ursprüngliche Nachricht-----
            Von: Stefan Roth <s.roth@happybuttons.de>
            Gesendet: Donnerstag, 3. Dezember 2026 14:12
            An: Petra Schmidt <p.schmidt@uniform-schmidt.de>
            Betreff: Angebot AN-26-0412 Metallknöpfe / Druckknöpfe

            Sehr geehrte Frau Schmidt,

            gerne bieten wir Ihnen an:

            Pos. 1  HB-2210  Metallknopf Öse 18 mm, altmessing     5.000 Stk   0,24 €/Stk
            Pos. 2  HB-2215  Ärmelknopf Metall 15 mm, gold         4.000 Stk   0,20 €/Stk
            Pos. 3  HB-3305  Druckknopf Messing vernickelt 12 mm   3.000 Stk   0,11 €/Stk

            Lieferzeit ca. 3 Wochen nach Auftragseingang. Das Angebot gilt bis 31.12.2026.

            Mit freundlichen Grüßen
            Stefan Roth
            Vertrieb · Happy Buttons GmbH · München
            """, null, "UPS-45821",
            [new("HB-2210", 5000, 0.24m, On(2027, 1, 15)), new("HB-3305", 3000, 0.11m, On(2027, 1, 15))]), null),

        (Case("H-004", "text-de", "de", "30107", "Bestellung SB-7731", """
            Guten Tag,

            bitte liefern Sie uns folgende Artikel:

            Artikel	Bezeichnung	Menge	Einzelpreis
            HB-R15	Recycling-Polyesterknopf 15 mm marine	5.000	0,06
            HB-2H-20L-NAV	Polyesterknopf 2-Loch 20L marine	10.000	0,034
            HB-4H-36L-GRY	Polyesterknopf 4-Loch 36L grau	4.000	0,072

            Bestellnr.: SB-7731
            Liefertermin: 22.01.2027
            Lieferadresse wie immer: Wollweg 3, 72379 Hechingen, Tor 2 (Wareneingang Mo–Do 7–14 Uhr)

            Freundliche Grüße
            Jan Becker
            Strickwaren Becker GmbH
            Tel. 07471 / 93 12-0
            Volksbank Hohenzollern · IBAN DE21 6416 3225 0012 3456 78
            Geschäftsführer: Jan Becker · Amtsgericht Stuttgart HRB 432117
            """, null, "SB-7731",
            [
                new("HB-R15", 5000, 0.06m, On(2027, 1, 22)), new("HB-2H-20L-NAV", 10000, 0.034m, On(2027, 1, 22)),
                new("HB-4H-36L-GRY", 4000, 0.072m, On(2027, 1, 22)),
            ]), null),

        (Case("H-005", "text-de", "de", "20011", "WG: Nachbestellung Hemdenknöpfe schwarz", """
            Hallo Herr Roth,

            bitte die Nachbestellung unseres Lagers unten ausführen, unsere Bestellnummer ist KF-B-26-1187.
            Liefertermin KW 51/2026.

            Gruß
            Thomas Faden

            Dipl.-Ing. Thomas Faden
            Knopf & Faden Großhandel KG · Hanseatenweg 21 · 22113 Hamburg
            T +49 40 731 88 20 · t.faden@knopf-faden.de

            -----Ursprüngliche Nachricht-----
            Von: Lager Billbrook <lager@knopf-faden.de>
            Gesendet: Freitag, 4. Dezember 2026 16:47
            An: Thomas Faden <t.faden@knopf-faden.de>
            Betreff: Nachbestellung Hemdenknöpfe schwarz

            Hallo Thomas,

            Bestand unter Meldebestand, bitte bei Happy Buttons nachbestellen:

            KF-100-15S   50.000 Stk   à 0,036 €
            KF-100-18S   20.000 Stk
            HB-SK25      10 Stk Sortimentskasten Basic

            Danke, Gruß aus Billbrook
            Dennis
            """, null, "KF-B-26-1187",
            [
                new("HB-4711", 50000, 0.036m, MondayOfWeek(2026, 51)), new("HB-4712", 20000, null, MondayOfWeek(2026, 51)),
                new("HB-SK-25", 10, null, MondayOfWeek(2026, 51)),
            ]), null),

        (Case("H-006", "text-de", "de", "30103", "Bestellung", """
            Hallo liebes Happy-Buttons-Team,

            ich bräuchte wieder ein paar Sachen:

            - 500 Stk HB-PM-1102 (Perlmutt 11 mm weiß)
            - 200 Stk HB-ZN-1400
            - 2x Mustersortiment HB-MS-01

            Lieferung gerne so bald wie möglich, die Stoffe für die Kollektion sind schon da.

            Liebe Grüße aus Prenzlauer Berg
            Rosalie Marx

            Atelier Rosalie · Kastanienallee 77 · 10435 Berlin
            0176 / 228 45 19 · www.atelier-rosalie.de
            """, null, null,
            [new("HB-PM-1102", 500), new("HB-ZN-1400", 200), new("HB-MS-01", 2)]), null),

        (Case("H-007", "text-de", "de", "10057", "Bestellung 4700088123", """
            Sehr geehrter Herr Roth,

            bitte liefern Sie zu unserer Bestellung 4700088123:

            KH-DK-0310   Drehknopf chrom matt     3.000 ST   0,82 EUR/ST
            KH-TK-0311   Tastenknopf chrom matt   5.000 ST   0,50 EUR/ST

            Liefertermin: 25.01.2027, Anlieferung Werk Gütersloh, Tor 4.

            Die Reklamation zu Lieferschein 80012345 (KH-BK-0200, Glanzgrad) läuft separat über Frau Yilmaz.

            Mit freundlichen Grüßen
            i. A. Mika Brandt
            Strategischer Einkauf

            Hausgeräte Kessler GmbH
            Am Gewerbepark 4, 33330 Gütersloh
            Telefon: +49 5241 8870-231
            Geschäftsführung: Sabine Kessler, Dr. Ralf Opitz · Registergericht Gütersloh HRB 5521
            """, null, "4700088123",
            [new("HB-K310", 3000, 0.82m, On(2027, 1, 25)), new("HB-K311", 5000, 0.50m, On(2027, 1, 25))]), null),

        (Case("H-008", "text-de", "de", "30101", "Re: Blazerknöpfe gold", """
            Hallo Herr Roth,

            passt, dann bestellen wir jetzt:

            ML-ZUB-7781 (Blazerknopf gold 20 mm)   3.000 Stk à 0,31 €
            HB-2215 Ärmelknopf gold 15 mm           2.000 Stk

            Unsere Bestellnummer: 4500125611
            Lieferung bitte bis spätestens 08.01.2027.

            Viele Grüße
            Claudia Lindner
            Modehaus Lindner GmbH · Tel. +49 89 2916 4410

            Am 02.12.2026 um 10:31 schrieb Stefan Roth <s.roth@happybuttons.de>:
            > Hallo Frau Lindner,
            > die Blazerknöpfe HB-2220 gold 20 mm liefern wir Ihnen zum vereinbarten Preis von 0,31 €/Stk (ab 2.000 Stk).
            > Die Ärmelknöpfe HB-2215 gold 15 mm hätten wir ebenfalls ab Lager, Listenpreis 0,21 €/Stk.
            > Viele Grüße
            > Stefan Roth
            """, null, "4500125611",
            [new("HB-2220", 3000, 0.31m, On(2027, 1, 8)), new("HB-2215", 2000, null, On(2027, 1, 8))]), null),

        (Case("H-009", "text-de", "de", "30106", "Bestellung UPS-45877 Kochjacken", """
            Guten Morgen Herr Roth,

            für die Kochjacken-Serie bestellen wir:

            1) HB-KJ12 Kochjackenknopf abnehmbar weiß – 2.000 Stk – sofort ab Lager
            2) HB-7710 Druckknopf Edelstahl 15 mm – 5.000 Stk – Liefertermin KW 3/2027
            3) HB-3305 Druckknopf vernickelt 12 mm – 25 Gros – Liefertermin KW 3/2027

            Bestell-Nr.: UPS-45877

            Danke und Gruß
            Petra Schmidt

            Uniform Partner Schmidt GmbH
            Industriering 9 | 41065 Mönchengladbach
            Telefon 02161 / 57 09 30
            USt-IdNr. DE816677889
            """, null, "UPS-45877",
            [
                new("HB-KJ-12", 2000), new("HB-7710", 5000, null, MondayOfWeek(2027, 3)),
                new("HB-3305", 3600, null, MondayOfWeek(2027, 3)),
            ]), null),

        (Case("H-010", "text-de", "de", "10042", "Bestellung 5500331207", """
            Sehr geehrte Damen und Herren,

            hiermit bestellen wir zu den Bedingungen des Rahmenvertrags:

            Pos  Material       Kurztext                         Menge       Preis/100 ST
            10   73-4410-200    Kunststoffknopf PA 20 grau       60.000 ST   7,40 EUR
            20   73-4410-212    Clipknopf 12 schwarz             20.000 ST   5,80 EUR

            Bestellnummer: 5500331207
            Liefertermin: 01.02.2027
            Lieferanschrift: Autowerk Süd AG, Werk 2, Tor 7, Industriestraße 12, 70565 Stuttgart

            Bitte geben Sie auf Lieferschein und Rechnung unsere Bestellnummer an.

            Mit freundlichen Grüßen
            i. A. Jonas Keller
            Einkauf Interieur

            Autowerk Süd AG · Industriestraße 12 · 70565 Stuttgart
            Tel. +49 711 4590-0 · USt-IdNr. DE811122233
            Vorstand: Dr. Anna Weber (Vors.) · Aufsichtsrat: Hans-Peter Glaser
            """, null, "5500331207",
            [new("HB-9001", 60000, 0.074m, On(2027, 2, 1)), new("HB-9002", 20000, 0.058m, On(2027, 2, 1))]), null),

        (Case("H-011", "text-de", "de", "30102", "WG: Bestellung TH-2026-112", """
            Servus,

            die Bestellung unten hatte ich letzte Woche geschickt, wir haben aber noch keine Auftragsbestätigung bekommen.
            Könnt ihr die bitte einbuchen und bestätigen?

            Danke
            Alex Huber
            Trachten Huber e.K. · Tel. 08031 / 38 27 90

            -----Ursprüngliche Nachricht-----
            Von: Alex Huber <alex@trachten-huber.de>
            Gesendet: Montag, 30. November 2026 09:05
            An: info@happybuttons.de
            Betreff: Bestellung TH-2026-112

            Hallo,

            wir bestellen:
            150 Stk HB-HH-2600 Hirschhornknopf 26 mm Öse
            400 Stk HB-8040 Holzknebel 40 mm natur
            600 Stk HB-HN-2507 Hornknopf 25 mm

            Liefertermin: KW 1/2027
            Bestell-Nr. TH-2026-112

            Grüße
            Alex Huber
            """, null, "TH-2026-112",
            [
                new("HB-HH-2600", 150, null, MondayOfWeek(2027, 1)), new("HB-8040", 400, null, MondayOfWeek(2027, 1)),
                new("HB-HN-2507", 600, null, MondayOfWeek(2027, 1)),
            ]), null),

        (Case("H-012", "text-de", "de", "30107", "Bestellung Steinnussknöpfe SB-7745", """
            Guten Tag Herr Roth,

            wir bestellen:

            HB-6020     Steinnussknopf 20 mm natur          10 VE à 500 Stk   0,29 €/Stk
            HB-6025-DB  Steinnussknopf 25 mm dunkelbraun     4 VE à 500 Stk   0,37 €/Stk

            Bestellnummer SB-7745. Liefertermin nach Absprache, bitte teilen Sie uns den frühesten Termin mit.

            Mit freundlichen Grüßen
            Jan Becker

            Strickwaren Becker GmbH · Wollweg 3 · 72379 Hechingen
            Tel. 07471 / 93 12-0 · Fax 07471 / 93 12-99
            Volksbank Hohenzollern · IBAN DE21 6416 3225 0012 3456 78 · BIC GENODES1VHZ
            """, null, "SB-7745",
            [new("HB-6020", 5000, 0.29m), new("HB-6025-DB", 2000, 0.37m)]), null),

        (Case("H-013", "text-de", "de", "30101", "Bestellung 4500125702", """
            Hallo Herr Roth,

            bitte notieren Sie folgende Bestellung (Bestellnummer 4500125702):

            HB-HN-2007 Hornknopf 20 mm dunkelbraun – 800 Stk
            HB-PM-1102 Perlmuttknopf 11 mm weiß – 1.000 Stk à 0,58 €

            Wunschtermin: 15.01.2027

            Noch eine Frage: Habt ihr die Hornknöpfe 32 mm wieder da? Falls ja, bitte ein Angebot über 500 Stück.

            Viele Grüße
            Claudia Lindner
            Modehaus Lindner GmbH
            Maximilianstraße 30 · 80539 München · Tel. +49 89 2916 4410
            """, null, "4500125702",
            [new("HB-HN-2007", 800, null, On(2027, 1, 15)), new("HB-PM-1102", 1000, 0.58m, On(2027, 1, 15))]), null),
    ];

    private static IEnumerable<(OrderCase Case, byte[]? Pdf)> MailTextsInEnglish() =>
    [
        (Case("H-014", "text-en", "en", "30104", "PO BW-PO-10442 - navy buttons", """
            Hi Stefan,

            Please book the following order for our spring blazers:

            • HB-2030 Blazer button 20mm navy x 2,000 pcs @ EUR 0.19
            • HB-2031 Sleeve button 15mm navy x 4,000 pcs @ EUR 0.14

            PO number: BW-PO-10442
            Required by: 15/01/2027

            Kind regards,
            Oliver Grant
            Head of Production
            Brightwear Ltd | 14 Savile Row | London W1S 3PJ
            T: +44 20 7946 0321 | VAT GB123456789
            """, null, "BW-PO-10442",
            [new("HB-2030", 2000, 0.19m, On(2027, 1, 15)), new("HB-2031", 4000, 0.14m, On(2027, 1, 15))]), null),

        (Case("H-015", "text-en", "en", "30108", "Order VDT-2026-0981 shirt buttons", """
            Dear Happy Buttons team,

            Please supply:

            Qty      Item            Description                       Unit price
            20,000   HB-1010         Shirt button 11mm 4-hole white    EUR 29.50 / 1000
            10,000   HB-1011         Shirt button 11mm 4-hole lt blue  EUR 29.50 / 1000
            15,000   HB-4H-28L-WHT   Polyester 4-hole 28L white        EUR 48.00 / 1000

            Our order no.: VDT-2026-0981
            Delivery: week 3/2027, DAP Enschede

            Best regards,
            Sanne van Dijk
            Purchasing
            Van Dijk Textiel B.V. | Textielstraat 15 | 7511 Enschede | The Netherlands
            +31 53 430 19 22 | VAT NL123456789B01
            """, null, "VDT-2026-0981",
            [
                new("HB-1010", 20000, 0.0295m, MondayOfWeek(2027, 3)), new("HB-1011", 10000, 0.0295m, MondayOfWeek(2027, 3)),
                new("HB-4H-28L-WHT", 15000, 0.048m, MondayOfWeek(2027, 3)),
            ]), null),

        (Case("H-016", "text-en", "en", "10063", "Purchase order 4400019235", """
            Hello,

            Please find below our purchase order 4400019235.

            Item        Description                    Qty          Unit price
            NSS-10442   Rivet button 15 mm black       30,000 pcs   EUR 0.068
            NSS-10443   Rivet button 18 mm black       20,000 pcs   EUR 0.075

            Requested delivery date: 2027-01-25
            Incoterms: FCA Munich
            Delivery address: Nordic Seating Systems AB, Fabriksgatan 8, 412 50 Göteborg, Sweden

            Please confirm within 48 hours.

            Best regards
            Erik Lindqvist
            Senior Buyer
            Nordic Seating Systems AB
            Phone +46 31 774 12 60
            """, null, "4400019235",
            [new("HB-9105", 30000, 0.068m, On(2027, 1, 25)), new("HB-9106", 20000, 0.075m, On(2027, 1, 25))]), null),

        (Case("H-017", "text-en", "en", "30105", "Order MD-2612-07", """
            Hello Mr Roth,

            Please find our order:

            - 1 000 pcs HB-PM-1102 (mother of pearl, 11 mm, white) at 0,58 EUR
            - 500 pcs HB-HH-2200 (staghorn 22 mm, 2 holes)

            Our reference: MD-2612-07
            Delivery before 20/01/2027 please, to our atelier in Paris.

            Best regards,
            Camille Dupont
            Maison Dupont SARL
            12 Rue du Faubourg Saint-Honoré, 75008 Paris
            Tél. +33 1 42 65 18 30
            """, null, "MD-2612-07",
            [new("HB-PM-1102", 1000, 0.58m, On(2027, 1, 20)), new("HB-HH-2200", 500, null, On(2027, 1, 20))]), null),

        (Case("H-018", "text-en", "en", "30104", "PO BW-PO-10458", """
            Stefan,

            PO BW-PO-10458 as discussed on the phone:

            Qty     Item            Description
            3,000   HB-SH-24L-GLD   Shank button metal 24L gold, crest
            1,000   HB-2220         Blazer button metal 20mm gold

            Delivery date: January 25, 2027

            Please also send the invoice to accounts@brightwear.co.uk, not to me.

            Cheers,
            Oliver

            Oliver Grant | Brightwear Ltd | +44 20 7946 0321
            """, null, "BW-PO-10458",
            [new("HB-SH-24L-GLD", 3000, null, On(2027, 1, 25)), new("HB-2220", 1000, null, On(2027, 1, 25))]), null),

        (Case("H-019", "text-en", "en", "30108", "RE: Quotation recycled buttons", """
            Hi Stefan,

            Thanks for the quote. We'll go ahead with the navy recycled buttons, 12,000 pcs at the quoted EUR 0.058.
            Please add 6,000 pcs HB-4711 (black, 15 mm).
            The 2-hole navy we'll skip for now.

            Our PO is VDT-2026-0995. Delivery asap please.

            Regards,
            Sanne

            From: Stefan Roth <s.roth@happybuttons.de>
            Sent: Wednesday, 2 December 2026 11:20
            To: Sanne van Dijk <sanne@vandijk-textiel.nl>
            Subject: Quotation recycled buttons

            Dear Sanne,

            as requested:
            HB-R15         Recycled polyester button 15 mm, 4-hole, navy   10,000+ pcs   EUR 0.058
            HB-2H-20L-NAV  Polyester button 2-hole 20L, navy               10,000+ pcs   EUR 0.032

            Best regards
            Stefan Roth
            """, null, "VDT-2026-0995",
            [new("HB-R15", 12000, 0.058m), new("HB-4711", 6000)]), null),

        (Case("H-020", "text-en", "en", "30105", "Order snap fasteners", """
            Good morning,

            Please send us:

            HB-3305 x 2,000 pcs @ EUR 0.12
            HB-7710 x 1,000 pcs @ EUR 0.18

            We have no PO number for this one, please refer to Camille Dupont on the invoice.
            Delivery by 29 January 2027.

            Thank you,
            Camille Dupont
            Maison Dupont SARL · 12 Rue du Faubourg Saint-Honoré · 75008 Paris
            """, null, null,
            [new("HB-3305", 2000, 0.12m, On(2027, 1, 29)), new("HB-7710", 1000, 0.18m, On(2027, 1, 29))]), null),

        (Case("H-021", "text-en", "en", "30104", "PO BW-PO-10463 staghorn / horn", """
            Hi,

            New PO from us, number BW-PO-10463. Delivery date 01/18/2027 (our NY office typed the date, sorry for the US format).

            Qty	Item	Description	Price
            500	HB-HH-1800	Staghorn button 18mm 2-hole natural	
            1,000	HB-HN2007	Horn button 20mm 4-hole dark brown	EUR 0.42

            Thanks,
            Oliver Grant
            Brightwear Ltd
            14 Savile Row, London W1S 3PJ
            """, null, "BW-PO-10463",
            [new("HB-HH-1800", 500, null, On(2027, 1, 18)), new("HB-HN-2007", 1000, 0.42m, On(2027, 1, 18))]), null),

        (Case("H-022", "text-en", "en", "30108", "FW: buttons for January production", """
            Hi Stefan,

            Please see below from our production planning, this is our order VDT-2026-1002. Delivery in week 4 (2027).

            Kind regards,
            Sanne van Dijk
            Van Dijk Textiel B.V.

            From: Pieter Mulder <p.mulder@vandijk-textiel.nl>
            Sent: Friday, December 4, 2026 3:41 PM
            To: Sanne van Dijk <sanne@vandijk-textiel.nl>
            Subject: buttons for January production

            Sanne, can you order these from Happy Buttons:
            25,000 x HB-1001 (white 2-hole 11mm)
            25,000 x HB-1002 (white 2-hole 13mm)
            Thanks! Pieter
            """, null, "VDT-2026-1002",
            [new("HB-1001", 25000, null, MondayOfWeek(2027, 4)), new("HB-1002", 25000, null, MondayOfWeek(2027, 4))]), null),

        (Case("H-023", "text-en", "en", "10063", "PO 4400019260 snap fasteners", """
            Hello Stefan,

            Please accept our purchase order 4400019260:

            1. HB-3305 snap fastener brass nickel-plated 12 mm - 100 gross
            2. HB-7711 snap fastener 15 mm black - 50 gross

            Delivery: 2027-02-01, FCA Munich.
            Packing: max. 15 kg per carton, please.

            Best regards
            Erik Lindqvist
            Nordic Seating Systems AB | Fabriksgatan 8 | SE-412 50 Göteborg
            """, null, "4400019260",
            [new("HB-3305", 14400, null, On(2027, 2, 1)), new("HB-7711", 7200, null, On(2027, 2, 1))]), null),

        (Case("H-024", "text-en", "en", "30104", "PO BW-PO-10471 black shirt buttons", """
            Hi Stefan,

            Could you book PO BW-PO-10471 please:

            - HB-4H-18L-BLK  20k
            - HB-4711        10k   @ EUR 4.50 per 100

            Delivery w/c 11 January 2027.

            Thanks
            Oliver

            --
            Oliver Grant, Head of Production
            Brightwear Ltd, 14 Savile Row, London W1S 3PJ
            """, null, "BW-PO-10471",
            [new("HB-4H-18L-BLK", 20000, null, On(2027, 1, 11)), new("HB-4711", 10000, 0.045m, On(2027, 1, 11))]), null),

        (Case("H-025", "text-en", "en", "30105", "Purchase order MD-2612-11", """
            Dear Sir or Madam,

            We are pleased to place the following order (ref. MD-2612-11):

            HB-ZN-1400   Pewter button 14 mm edelweiss      400 pcs
            HB-HH-2600   Staghorn button 26 mm shank        200 pcs    EUR 1.45 / pc
            HB-PM-1102   Mother of pearl 11 mm white      1 500 pcs

            Delivery date: 15/02/2027

            Yours faithfully,
            Camille Dupont
            Maison Dupont SARL
            12 Rue du Faubourg Saint-Honoré · 75008 Paris · France
            TVA FR12345678901 · IBAN FR76 3000 4008 2800 0123 4567 890
            """, null, "MD-2612-11",
            [
                new("HB-ZN-1400", 400, null, On(2027, 2, 15)), new("HB-HH-2600", 200, 1.45m, On(2027, 2, 15)),
                new("HB-PM-1102", 1500, null, On(2027, 2, 15)),
            ]), null),
    ];

    private static IEnumerable<(OrderCase Case, byte[]? Pdf)> PdfTables() =>
    [
        (Case("H-026", "pdf-table", "de", "10042", "Bestellung 5500331288", """
            Sehr geehrte Damen und Herren,

            anbei erhalten Sie unsere Bestellung 5500331288.

            Mit freundlichen Grüßen
            Autowerk Süd AG – Einkauf

            Diese E-Mail wurde maschinell erstellt. Rückfragen bitte an einkauf@autowerk-sued.de.
            """, "H-026.pdf", "5500331288",
            [new("HB-9001", 50000, 0.074m, On(2027, 1, 18)), new("HB-9002", 30000, 0.058m, On(2027, 1, 25))]),
            new OrderPdf()
                .Line("Autowerk Süd AG", size: 14, bold: true)
                .Line("Industriestraße 12 · 70565 Stuttgart · USt-IdNr. DE811122233", size: 8)
                .Line("")
                .Line("Happy Buttons GmbH")
                .Line("Vertrieb")
                .Line("München")
                .Line("")
                .Line("BESTELLUNG", size: 13, bold: true)
                .Line("Bestellnummer: 5500331288          Datum: 07.12.2026")
                .Line("Lieferantennummer: 700145          Ansprechpartner: Jonas Keller, Tel. +49 711 4590-318")
                .Line("Lieferanschrift: Autowerk Süd AG, Werk 2, Tor 7, Industriestraße 12, 70565 Stuttgart")
                .Table([
                    new PdfColumn("Pos", 40, 22), new PdfColumn("Material", 64, 66), new PdfColumn("Kurztext", 132, 148),
                    new PdfColumn("Menge", 282, 55, true), new PdfColumn("ME", 343, 22), new PdfColumn("Preis/100", 367, 55, true),
                    new PdfColumn("Wert EUR", 426, 62, true), new PdfColumn("Liefertermin", 498, 67),
                ])
                .Row("10", "73-4410-200", "Kunststoffknopf PA 20 mm grau", "50.000", "ST", "7,40", "3.700,00", "18.01.2027")
                .Row("20", "73-4410-212", "Clipknopf 12 mm schwarz", "30.000", "ST", "5,80", "1.740,00", "25.01.2027")
                .Foot("Gesamtnettowert ohne MwSt.: 5.440,00 EUR")
                .Foot("Zahlungsbedingungen: 30 Tage netto · Lieferbedingung: frei Haus (DAP Stuttgart)")
                .Foot("Es gelten die Einkaufsbedingungen der Autowerk Süd AG.")
                .Foot("Bitte die Bestellnummer auf allen Dokumenten angeben.")
                .Build()),

        (Case("H-027", "pdf-table", "de", "10057", "Bestellung 4700088190", """
            Guten Tag Herr Roth,

            anbei unsere Bestellung 4700088190 als PDF. Bitte senden Sie uns die Auftragsbestätigung innerhalb von 3 Werktagen.

            Mit freundlichen Grüßen
            Mika Brandt
            Hausgeräte Kessler GmbH · Strategischer Einkauf
            """, "H-027.pdf", "4700088190",
            [
                new("HB-K200", 10000, 0.38m, MondayOfWeek(2027, 4)), new("HB-K310", 4000, 0.82m, MondayOfWeek(2027, 4)),
                new("HB-K311", 6000, 0.50m, MondayOfWeek(2027, 4)),
            ]),
            new OrderPdf()
                .Line("Hausgeräte Kessler GmbH", size: 13, bold: true)
                .Line("Am Gewerbepark 4 · 33330 Gütersloh · Tel. +49 5241 8870-0 · USt-IdNr. DE812233445", size: 8)
                .Line("")
                .Line("Bestellung Nr. 4700088190", size: 12, bold: true)
                .Line("Datum: 07.12.2026    Lieferantennummer: 44120    Einkäufer: Mika Brandt")
                .Line("Liefertermin: KW 04/2027")
                .Line("Lieferanschrift: Werk Gütersloh, Tor 4, Am Gewerbepark 4, 33330 Gütersloh")
                .Table([
                    new PdfColumn("Pos", 40, 22), new PdfColumn("Ihre Art.-Nr.", 64, 74), new PdfColumn("Unsere Nr.", 142, 64),
                    new PdfColumn("Bezeichnung", 210, 130), new PdfColumn("Menge", 342, 52, true), new PdfColumn("ME", 400, 22),
                    new PdfColumn("Preis/ME", 424, 56, true), new PdfColumn("Betrag EUR", 488, 77, true),
                ])
                .Row("1", "HB-K200", "KH-BK-0200", "Bedienknopf weiß hochglanz, RAL 9016", "10.000", "ST", "0,38", "3.800,00")
                .Row("2", "HB-K310", "KH-DK-0310", "Drehknopf chrom matt\nfür Backofenblende Serie B7", "4.000", "ST", "0,82", "3.280,00")
                .Row("3", "HB-K311", "KH-TK-0311", "Tastenknopf chrom matt", "6.000", "ST", "0,50", "3.000,00")
                .Foot("Summe netto EUR 10.080,00")
                .Foot("zzgl. 19 % MwSt. EUR 1.915,20")
                .Foot("Gesamtbetrag EUR 11.995,20")
                .Foot("Es gelten unsere Allgemeinen Einkaufsbedingungen (www.kessler-group.com/einkauf).")
                .Build()),

        (Case("H-028", "pdf-table", "de", "20011", "Bestellung KF-B-26-1203", """
            Hallo Herr Roth,

            anbei unsere Bestellung.

            Gruß
            Thomas Faden
            Knopf & Faden Großhandel KG
            """, "H-028.pdf", "KF-B-26-1203",
            [
                new("HB-4711", 60000, 0.036m, On(2027, 1, 14)), new("HB-4712", 25000, 0.055m, On(2027, 1, 14)),
                new("HB-SK-25", 20, 21.50m, On(2027, 1, 14)),
            ]),
            new OrderPdf()
                .Line("Knopf & Faden Großhandel KG", size: 13, bold: true)
                .Line("Hanseatenweg 21 · 22113 Hamburg · USt-IdNr. DE813344556", size: 8)
                .Line("")
                .Line("An: Happy Buttons GmbH, München")
                .Line("")
                .Line("Bestellung KF-B-26-1203", size: 12, bold: true)
                .Line("Bestelldatum: 07.12.2026    Bearbeiter: Thomas Faden")
                .Line("Liefertermin: 14.01.2027")
                .Table([
                    new PdfColumn("Pos", 40, 24), new PdfColumn("Unsere Nr.", 66, 70), new PdfColumn("Ihre Art.-Nr.", 138, 74),
                    new PdfColumn("Bezeichnung", 216, 126), new PdfColumn("Menge", 344, 52, true), new PdfColumn("Preis", 400, 48, true),
                    new PdfColumn("PE", 452, 30, true), new PdfColumn("Betrag", 488, 77, true),
                ])
                .Row("1", "KF-100-15S", "HB-4711", "Knopf 4-Loch 15 mm schwarz", "60.000", "36,00", "1000", "2.160,00")
                .Row("2", "KF-100-18S", "HB-4712", "Knopf 4-Loch 18 mm schwarz", "25.000", "55,00", "1000", "1.375,00")
                .Row("3", "", "HB-SK-25", "Sortimentskasten Knöpfe Basic", "20", "21,50", "1", "430,00")
                .Row("", "", "", "Bemerkung: Bitte Chargennummer auf jedem Karton angeben.")
                .Foot("Warenwert netto: 3.965,00 EUR")
                .Foot("Preise in EUR je Preiseinheit (PE). Lieferung frei Haus gemäß Rahmenvertrag RV-2022-009.")
                .Build()),

        (Case("H-029", "pdf-table", "de", "30101", "Bestellung 4500125650", """
            Hallo Herr Roth,

            anbei unsere Bestellung 4500125650. Bitte kurz bestätigen.

            Viele Grüße
            Claudia Lindner
            Modehaus Lindner GmbH
            """, "H-029.pdf", "4500125650",
            [
                new("HB-HN-2007", 2000, 0.385m, On(2027, 1, 11)), new("HB-MT-1512", 3000, 0.214m, On(2027, 1, 11)),
                new("HB-2220", 2000, 0.31m, On(2027, 1, 18)),
            ]),
            new OrderPdf()
                .Line("Modehaus Lindner GmbH", size: 14, bold: true)
                .Line("Maximilianstraße 30 · 80539 München · USt-IdNr. DE814455667", size: 8)
                .Line("")
                .Line("Happy Buttons GmbH · Vertrieb · München")
                .Line("")
                .Line("BESTELLUNG 4500125650", size: 12, bold: true)
                .Line("Datum: 07.12.2026    Ansprechpartnerin: Claudia Lindner, Tel. +49 89 2916 4410")
                .Table([
                    new PdfColumn("Pos", 40, 24), new PdfColumn("Artikel", 66, 70), new PdfColumn("Bezeichnung", 138, 150),
                    new PdfColumn("Menge", 290, 45, true), new PdfColumn("Einh.", 340, 28), new PdfColumn("Preis €", 370, 50, true),
                    new PdfColumn("Gesamt €", 424, 62, true), new PdfColumn("Lieferdatum", 496, 69),
                ])
                .Row("1", "HB-HN-2007", "Hornknopf 20 mm 4-Loch dunkelbraun", "2.000", "Stk", "0,385", "770,00", "11.01.2027")
                .Row("2", "HB-MT-1512", "Metallknopf 15 mm Öse altmessing", "3.000", "Stk", "0,214", "642,00", "11.01.2027")
                .Row("3", "ML-ZUB-7781", "Blazerknopf Metall 20 mm gold", "2.000", "Stk", "0,31", "620,00", "18.01.2027")
                .Foot("Summe netto: 2.032,00 €")
                .Foot("MwSt. 19 %: 386,08 €")
                .Foot("Gesamtsumme: 2.418,08 €")
                .Build()),

        (Case("H-030", "pdf-table", "de", "30102", "Bestellung", """
            Servus Herr Roth,

            im Anhang unsere neue Bestellung.

            Schöne Grüße
            Alex Huber
            """, "H-030.pdf", "TH-2026-121",
            [
                new("HB-HH-1800", 400, 0.92m, MondayOfWeek(2027, 3)), new("HB-ZN-1400", 1000, 0.64m, MondayOfWeek(2027, 3)),
                new("HB-HH-2200", 300, 1.18m, MondayOfWeek(2027, 3)),
            ]),
            new OrderPdf()
                .Line("Trachten Huber e.K.", size: 16, bold: true)
                .Line("Ludwigstraße 5 · 83022 Rosenheim · Tel. 08031 / 38 27 90", size: 9)
                .Line("")
                .Line("Bestellung Nr. TH-2026-121", size: 12, bold: true)
                .Line("Rosenheim, 07.12.2026")
                .Line("Liefertermin: KW 3/2027")
                .Table([
                    new PdfColumn("Pos", 50, 25), new PdfColumn("Artikel", 80, 75), new PdfColumn("Bezeichnung", 160, 170),
                    new PdfColumn("Menge", 335, 65, true), new PdfColumn("Preis", 410, 60, true), new PdfColumn("Gesamt", 480, 75, true),
                ], fontSize: 10)
                .Row("1", "HB-HH-1800", "Hirschhornknopf 18 mm, 2-Loch", "400 Stk", "0,92 €", "368,00 €")
                .Row("2", "HB-ZN-1400", "Zinnknopf 14 mm Edelweiß", "1.000 Stk", "0,64 €", "640,00 €")
                .Row("3", "HB-HH-2200", "Hirschhornknopf 22 mm, 2-Loch", "300 Stk", "1,18 €", "354,00 €")
                .Foot("Summe: 1.362,00 € zzgl. MwSt.")
                .Foot("Bitte Lieferschein mit unserer Bestellnummer beilegen. Danke!")
                .Build()),

        (Case("H-031", "pdf-table", "de", "30106", "Bestellung UPS-45902", """
            Sehr geehrter Herr Roth,

            anbei erhalten Sie unsere Bestellung UPS-45902 mit der Bitte um Auftragsbestätigung.

            Mit freundlichen Grüßen
            Petra Schmidt
            Uniform Partner Schmidt GmbH
            """, "H-031.pdf", "UPS-45902",
            [
                new("HB-2210", 10000, 0.24m, On(2027, 2, 1)), new("HB-2211", 10000, 0.24m, On(2027, 2, 1)),
                new("HB-KJ-12", 4000, 0.21m, On(2027, 2, 1)),
            ]),
            new OrderPdf()
                .Line("Uniform Partner Schmidt GmbH", size: 13, bold: true)
                .Line("Industriering 9 · 41065 Mönchengladbach · USt-IdNr. DE816677889", size: 8)
                .Line("")
                .Line("Bestellung UPS-45902", size: 12, bold: true)
                .Line("Datum: 07.12.2026    Lieferantennr.: 30019    Sachbearbeiterin: P. Schmidt")
                .Line("Liefertermin: 01.02.2027")
                .Table([
                    new PdfColumn("Pos", 40, 24), new PdfColumn("Material", 66, 62), new PdfColumn("Bezeichnung", 130, 170),
                    new PdfColumn("Menge", 302, 52, true), new PdfColumn("ME", 360, 24), new PdfColumn("Preis/100", 388, 60, true),
                    new PdfColumn("Wert EUR", 455, 70, true),
                ])
                .Row("10", "HB-2210", "Metallknopf Öse 18 mm altmessing", "10.000", "ST", "24,00", "2.400,00")
                .Row("20", "HB-2211", "Metallknopf Öse 18 mm silber", "10.000", "ST", "24,00", "2.400,00")
                .Row("30", "HB-KJ-12", "Kochjackenknopf abnehmbar mit Splint, weiß", "4.000", "ST", "21,00", "840,00")
                .Row("", "", "Hinweis: Teillieferungen nur nach Absprache.")
                .Foot("Nettowert: 5.640,00 EUR")
                .Foot("Zahlung: 14 Tage 2 % Skonto, 30 Tage netto")
                .Build()),

        (Case("H-032", "pdf-table", "de", "30107", "Bestellung SB-7760", """
            Guten Tag,

            anbei unsere Bestellung SB-7760.

            Freundliche Grüße
            Jan Becker
            Strickwaren Becker GmbH
            """, "H-032.pdf", "SB-7760",
            [new("HB-1003", 12000, 0.036m, On(2027, 1, 20)), new("HB-1002", 8000, 0.030m, On(2027, 1, 20))]),
            new OrderPdf()
                .Line("Strickwaren Becker GmbH", size: 13, bold: true)
                .Line("Wollweg 3 · 72379 Hechingen · USt-IdNr. DE817788990", size: 8)
                .Line("")
                .Line("Bestellung SB-7760 vom 07.12.2026", size: 12, bold: true)
                .Line("Liefertermin: 20.01.2027")
                .Table([
                    new PdfColumn("Pos", 40, 24), new PdfColumn("Artikel-Nr.", 66, 68), new PdfColumn("Kurztext", 136, 165),
                    new PdfColumn("Menge", 305, 45, true), new PdfColumn("ME", 356, 26), new PdfColumn("Preis/Tsd.", 386, 62, true),
                    new PdfColumn("Wert EUR", 455, 70, true),
                ])
                .Row("1", "HB-1003", "Polyesterknopf 4-Loch 15 mm weiß\nfür Strickjacke Modell Alb", "12", "Tsd", "36,00", "432,00")
                .Row("2", "HB-1002", "Polyesterknopf 2-Loch 13 mm weiß", "8", "Tsd", "30,00", "240,00")
                .Foot("Summe netto: 672,00 EUR")
                .Foot("Bankverbindung: Volksbank Hohenzollern · IBAN DE21 6416 3225 0012 3456 78")
                .Build()),

        (Case("H-033", "pdf-table", "de", "30103", "Bestellung Knöpfe", """
            Hallo,

            anbei meine Bestellung als PDF.

            Liebe Grüße
            Rosalie Marx
            Atelier Rosalie
            """, "H-033.pdf", "AR-2026-034",
            [new("HB-HH-2600", 120, 1.45m, On(2026, 12, 18)), new("HB-PM-1102", 500, null, On(2026, 12, 18))]),
            new OrderPdf()
                .Line("Atelier Rosalie", size: 18, bold: true)
                .Line("Rosalie Marx · Kastanienallee 77 · 10435 Berlin", size: 9)
                .Line("")
                .Line("Bestellung Nr. AR-2026-034", size: 12, bold: true)
                .Line("Berlin, 07.12.2026")
                .Line("Lieferung bis: 18.12.2026")
                .Table([
                    new PdfColumn("Artikel", 50, 80), new PdfColumn("Beschreibung", 135, 190), new PdfColumn("Anzahl", 330, 60, true),
                    new PdfColumn("Preis", 400, 70, true), new PdfColumn("Summe", 480, 75, true),
                ], fontSize: 10)
                .Row("HB-HH-2600", "Hirschhornknopf 26 mm mit Öse", "120", "1,45 €", "174,00 €")
                .Row("HB-PM-1102", "Perlmuttknopf 11 mm weiß", "500", "", "")
                .Foot("Als Kleinunternehmerin gemäß § 19 UStG weise ich keine Umsatzsteuer aus.")
                .Build()),

        (Case("H-034", "pdf-table", "de", "10042", "Bestellung 5500331296", """
            Sehr geehrte Damen und Herren,

            anbei erhalten Sie unsere Bestellung 5500331296.

            Mit freundlichen Grüßen
            Autowerk Süd AG – Einkauf

            Diese E-Mail wurde maschinell erstellt. Rückfragen bitte an einkauf@autowerk-sued.de.
            """, "H-034.pdf", "5500331296",
            [
                new("HB-9001", 40000, 0.074m, On(2027, 2, 8)), new("HB-9002", 20000, 0.058m, On(2027, 2, 8)),
                new("HB-9105", 10000, 0.071m, On(2027, 2, 15)), new("HB-9106", 10000, 0.079m, On(2027, 2, 15)),
            ]),
            new OrderPdf()
                .Line("Autowerk Süd AG", size: 14, bold: true)
                .Line("Industriestraße 12 · 70565 Stuttgart · USt-IdNr. DE811122233", size: 8)
                .Line("")
                .Line("Happy Buttons GmbH")
                .Line("Vertrieb")
                .Line("München")
                .Line("")
                .Line("BESTELLUNG", size: 13, bold: true)
                .Line("Bestellnummer: 5500331296          Datum: 07.12.2026")
                .Line("Lieferantennummer: 700145          Ansprechpartner: Jonas Keller, Tel. +49 711 4590-318")
                .Table([
                    new PdfColumn("Pos", 40, 22), new PdfColumn("Material", 64, 66), new PdfColumn("Kurztext", 132, 148),
                    new PdfColumn("Menge", 282, 55, true), new PdfColumn("ME", 343, 22), new PdfColumn("Preis/100", 367, 55, true),
                    new PdfColumn("Wert EUR", 426, 62, true), new PdfColumn("Liefertermin", 498, 67),
                ])
                .Row("10", "73-4410-200", "Kunststoffknopf PA 20 mm grau", "40.000", "ST", "7,40", "2.960,00", "08.02.2027")
                .Row("20", "73-4410-212", "Clipknopf 12 mm schwarz", "20.000", "ST", "5,80", "1.160,00", "08.02.2027")
                .Row("", "", "Übertrag", "", "", "", "4.120,00", "")
                .Row("30", "HB-9105", "Kunststoff-Nietknopf 15 mm schwarz", "10.000", "ST", "7,10", "710,00", "15.02.2027")
                .Row("40", "HB-9106", "Kunststoff-Nietknopf 18 mm schwarz", "10.000", "ST", "7,90", "790,00", "15.02.2027")
                .Foot("Gesamtnettowert ohne MwSt.: 5.620,00 EUR")
                .Foot("Zahlungsbedingungen: 30 Tage netto · Lieferbedingung: frei Haus (DAP Stuttgart)")
                .Foot("Es gelten die Einkaufsbedingungen der Autowerk Süd AG.")
                .Foot("Bitte die Bestellnummer auf allen Dokumenten angeben.")
                .Build()),

        (Case("H-035", "pdf-table", "de", "30101", "Bestellung 4500125688", """
            Hallo Herr Roth,

            anbei unsere Bestellung für die Blazer-Kollektion.

            Viele Grüße
            Claudia Lindner
            """, "H-035.pdf", "4500125688",
            [
                new("HB-2030", 1500, 0.19m, On(2027, 1, 11)), new("HB-2031", 3000, 0.14m, On(2027, 1, 11)),
                new("HB-6025-DB", 1000, 0.39m, On(2027, 1, 25)),
            ]),
            new OrderPdf()
                .Line("Modehaus Lindner GmbH", size: 14, bold: true)
                .Line("Maximilianstraße 30 · 80539 München · USt-IdNr. DE814455667", size: 8)
                .Line("")
                .Line("Happy Buttons GmbH · Vertrieb · München")
                .Line("")
                .Line("BESTELLUNG 4500125688", size: 12, bold: true)
                .Line("Datum: 07.12.2026    Ansprechpartnerin: Claudia Lindner, Tel. +49 89 2916 4410")
                .Table([
                    new PdfColumn("Pos", 40, 24), new PdfColumn("Artikel", 66, 70), new PdfColumn("Bezeichnung", 138, 150),
                    new PdfColumn("Menge", 290, 45, true), new PdfColumn("Einh.", 340, 28), new PdfColumn("Preis €", 370, 50, true),
                    new PdfColumn("Gesamt €", 424, 62, true), new PdfColumn("Lieferdatum", 496, 69),
                ])
                .Row("1", "HB-2030", "Blazerknopf Kunststoff 20 mm marine", "1.500", "Stk", "0,19", "285,00", "11.01.2027")
                .Row("2", "HB-2031", "Ärmelknopf Kunststoff 15 mm marine", "3.000", "Stk", "0,14", "420,00", "11.01.2027")
                .Row("3", "HB-6025-DB", "Steinnussknopf 25 mm 4-Loch dunkelbraun\n(Mantel Modell Isar)", "1.000", "Stk", "0,39", "390,00",
                    "25.01.2027")
                .Foot("Summe netto: 1.095,00 €")
                .Foot("MwSt. 19 %: 208,05 €")
                .Foot("Gesamtsumme: 1.303,05 €")
                .Foot("Zahlung innerhalb 14 Tagen abzgl. 3 % Skonto.")
                .Build()),

        (Case("H-036", "pdf-table", "en", "10063", "Purchase Order 4400019301", """
            Dear supplier,

            Please find attached purchase order 4400019301.

            This is an automatically generated message from Nordic Seating Systems AB.
            """, "H-036.pdf", "4400019301",
            [new("HB-9105", 40000, 0.068m, On(2027, 2, 8)), new("HB-9106", 20000, 0.075m, On(2027, 2, 15))]),
            new OrderPdf()
                .Line("Nordic Seating Systems AB", size: 14, bold: true)
                .Line("Fabriksgatan 8 · SE-412 50 Göteborg · Sweden · VAT SE556677889901", size: 8)
                .Line("")
                .Line("PURCHASE ORDER", size: 13, bold: true)
                .Line("PO number: 4400019301        Date: 2026-12-07")
                .Line("Supplier: Happy Buttons GmbH, Munich, Germany        Supplier no.: 210455")
                .Line("Buyer: Erik Lindqvist        Terms of delivery: FCA Munich        Terms of payment: 60 days net")
                .Line("All prices in EUR")
                .Table([
                    new PdfColumn("Item", 40, 24), new PdfColumn("Part No.", 67, 55), new PdfColumn("Suppl. No.", 125, 62),
                    new PdfColumn("Description", 190, 110), new PdfColumn("Qty", 303, 45, true), new PdfColumn("UoM", 352, 25),
                    new PdfColumn("Price", 380, 45, true), new PdfColumn("Amount", 428, 55, true), new PdfColumn("Delivery", 492, 73),
                ])
                .Row("10", "NSS-10442", "HB-9105", "Rivet button 15 mm black", "40,000", "PCS", "0.068", "2,720.00", "2027-02-08")
                .Row("20", "NSS-10443", "HB-9106", "Rivet button 18 mm black", "20,000", "PCS", "0.075", "1,500.00", "2027-02-15")
                .Foot("Total net EUR 4,220.00")
                .Foot("Please confirm this order within 2 working days to purchasing@nordicseating.se.")
                .Build()),

        (Case("H-037", "pdf-table", "en", "30104", "PO BW-PO-10480", """
            Hi Stefan,

            Please find attached our PO BW-PO-10480.

            Thanks,
            Oliver
            """, "H-037.pdf", "BW-PO-10480",
            [
                new("HB-2220", 2000, 0.34m, On(2027, 1, 22)), new("HB-SH-24L-GLD", 1500, 0.29m, On(2027, 1, 22)),
                new("HB-MT-1512", 1000, 0.23m, On(2027, 1, 22)),
            ]),
            new OrderPdf()
                .Line("Brightwear Ltd", size: 14, bold: true)
                .Line("14 Savile Row, London W1S 3PJ, United Kingdom · VAT Reg. No. GB123456789", size: 8)
                .Line("")
                .Line("PURCHASE ORDER BW-PO-10480", size: 12, bold: true)
                .Line("Order date: 07/12/2026        Currency: EUR")
                .Line("Delivery date: 22/01/2027")
                .Line("Deliver to: Brightwear Ltd, Unit 4, Park Royal Road, London NW10 7LQ")
                .Table([
                    new PdfColumn("Line", 40, 28), new PdfColumn("Item code", 70, 80), new PdfColumn("Description", 152, 180),
                    new PdfColumn("Qty", 335, 50, true), new PdfColumn("Unit", 392, 30), new PdfColumn("Price", 425, 55, true),
                    new PdfColumn("Total", 490, 70, true),
                ])
                .Row("1", "HB-2220", "Blazer button metal 20mm gold", "2,000", "EA", "0.34", "680.00")
                .Row("2", "HB-SH-24L-GLD", "Shank button metal 24L gold, crest", "1,500", "EA", "0.29", "435.00")
                .Row("3", "HB-MT-1512", "Metal shank button 15mm antique brass", "1,000", "EA", "0.23", "230.00")
                .Foot("Order total: EUR 1,345.00")
                .Foot("Authorised by: Oliver Grant")
                .Build()),

        (Case("H-038", "pdf-table", "en", "30108", "Purchase order VDT-2026-1010", """
            Dear Stefan,

            Attached you will find our purchase order VDT-2026-1010.

            Kind regards,
            Sanne van Dijk
            Van Dijk Textiel B.V.
            """, "H-038.pdf", "VDT-2026-1010",
            [new("HB-JN-27L-CU", 30000, 0.095m, MondayOfWeek(2027, 5)), new("HB-4H-36L-GRY", 6000, 0.072m, MondayOfWeek(2027, 5))]),
            new OrderPdf()
                .Line("Van Dijk Textiel B.V.", size: 14, bold: true)
                .Line("Textielstraat 15 · 7511 Enschede · The Netherlands · VAT NL123456789B01 · KvK 06012345", size: 8)
                .Line("")
                .Line("PURCHASE ORDER VDT-2026-1010", size: 12, bold: true)
                .Line("Date: 07-12-2026")
                .Line("Delivery: week 5 2027, DAP Enschede")
                .Table([
                    new PdfColumn("Pos", 40, 25), new PdfColumn("Article", 68, 82), new PdfColumn("Description", 152, 170),
                    new PdfColumn("Quantity", 325, 60, true), new PdfColumn("Price/1000", 392, 70, true), new PdfColumn("Amount", 470, 80, true),
                ])
                .Row("1", "HB-JN-27L-CU", "Jeans button 27L copper", "30.000", "95,00", "2.850,00")
                .Row("2", "HB-4H-36L-GRY", "Polyester button 4-hole 36L grey", "6.000", "72,00", "432,00")
                .Foot("Total EUR 3.282,00")
                .Foot("Payment: 30 days net")
                .Build()),

        (Case("H-039", "pdf-table", "en", "30105", "Purchase order MD-2612-15", """
            Hello,

            Please find attached our purchase order MD-2612-15.

            Best regards,
            Camille Dupont
            Maison Dupont SARL
            """, "H-039.pdf", "MD-2612-15",
            [
                new("HB-HH-2200", 300, 1.18m, On(2027, 2, 5)), new("HB-HN-2507", 1000, 0.54m, On(2027, 2, 5)),
                new("HB-8040", 200, 0.65m, On(2027, 2, 5)),
            ]),
            new OrderPdf()
                .Line("MAISON DUPONT SARL", size: 14, bold: true)
                .Line("12 Rue du Faubourg Saint-Honoré – 75008 Paris – France · TVA intracom. FR12345678901", size: 8)
                .Line("")
                .Line("PURCHASE ORDER No MD-2612-15", size: 12, bold: true)
                .Line("Paris, 07/12/2026")
                .Line("Delivery date (dd/mm/yyyy): 05/02/2027")
                .Table([
                    new PdfColumn("Ref.", 50, 80), new PdfColumn("Designation", 135, 200), new PdfColumn("Qty", 340, 50, true),
                    new PdfColumn("Unit price", 400, 70, true), new PdfColumn("Total", 480, 75, true),
                ])
                .Row("HB-HH-2200", "Staghorn button 22 mm 2 holes natural", "300", "1,18", "354,00")
                .Row("HB-HN-2507", "Horn button 25 mm 4 holes dark brown", "1 000", "0,54", "540,00")
                .Row("HB-8040", "Wooden toggle 40 mm natural", "200", "0,65", "130,00")
                .Foot("Total HT EUR 1 024,00")
                .Build()),

        (Case("H-040", "pdf-table", "en", "30104", "PO BW-PO-10486 snap fasteners", """
            Hi Stefan,

            PO attached. Please confirm the delivery date.

            Thanks,
            Oliver Grant
            Brightwear Ltd
            """, "H-040.pdf", "BW-PO-10486",
            [new("HB-3305", 2880, 0.12m, On(2027, 2, 1)), new("HB-7710", 5000, 0.18m, On(2027, 2, 1))]),
            new OrderPdf()
                .Line("Brightwear Ltd", size: 14, bold: true)
                .Line("14 Savile Row, London W1S 3PJ, United Kingdom · VAT Reg. No. GB123456789", size: 8)
                .Line("")
                .Line("PURCHASE ORDER BW-PO-10486", size: 12, bold: true)
                .Line("Order date: 7 Dec 2026        Currency: EUR")
                .Line("Delivery date: 1 Feb 2027")
                .Table([
                    new PdfColumn("Line", 40, 28), new PdfColumn("Item code", 70, 80), new PdfColumn("Description", 152, 180),
                    new PdfColumn("Qty", 335, 50, true), new PdfColumn("Unit", 392, 30), new PdfColumn("Price", 425, 55, true),
                    new PdfColumn("Total", 490, 70, true),
                ])
                .Row("1", "HB-3305", "Snap fastener brass nickel-plated 12 mm, for workwear jackets", "20", "GRS", "17.28", "345.60")
                .Row("2", "HB-7710", "Snap fastener stainless steel 15 mm", "5,000", "EA", "0.18", "900.00")
                .Foot("Order total: EUR 1,245.60")
                .Foot("Prices per unit of measure; GRS = gross (144 pcs).")
                .Build()),
    ];

    private static IEnumerable<(OrderCase Case, byte[]? Pdf)> FreeTexts() =>
    [
        (Case("H-041", "free-text", "de", "30103", "Perlmutt und Hirschhorn", """
            Liebe Frau Yilmaz,

            ich bräuchte wieder die Perlmuttknöpfe, die kleinen weißen mit 11 mm, diesmal 600 Stück. Und vom Hirschhorn die 22er mit
            zwei Löchern, 150 Stück bitte. Geht das bis zum 18.12.2026? Dann könnte ich die Mäntel noch vor Weihnachten ausliefern.

            Sind die Preise eigentlich noch wie im Sommer?

            Herzliche Grüße
            Rosalie Marx
            Atelier Rosalie, Kastanienallee 77, 10435 Berlin
            """, null, null,
            [new("HB-PM-1102", 600, null, On(2026, 12, 18)), new("HB-HH-2200", 150, null, On(2026, 12, 18))]), null),

        (Case("H-042", "free-text", "de", "30102", "Nachbestellung wie letztes Mal", """
            Servus Herr Roth,

            wie letztes Mal bräuchten wir die Zinnknöpfe mit dem Edelweiß, diesmal aber 800 Stück. Dazu 300 Hirschhornknöpfe in 26 mm
            mit Öse. Die dunkelbraunen Hornknöpfe in 25 mm nehmen wir 1.000 Stück.

            Unsere Bestellnummer ist TH-2026-125. Lieferung bitte bis Ende Januar, früher wäre uns aber auch recht.

            Pfiat Eana
            Alex Huber
            Trachten Huber e.K. · Ludwigstraße 5 · 83022 Rosenheim
            """, null, "TH-2026-125",
            [new("HB-ZN-1400", 800), new("HB-HH-2600", 300), new("HB-HN-2507", 1000)]), null),

        (Case("H-043", "free-text", "de", "30101", "Blazerknöpfe gold nachbestellen", """
            Hallo Herr Roth,

            wir bräuchten die goldenen Blazerknöpfe aus Metall (20 mm) wieder, diesmal 2.500 Stück, und die passenden Ärmelknöpfe
            in gold, 15 mm, 5.000 Stück. Lieferung bitte in KW 2/2027. Unsere Bestellnummer dafür ist 4500125720.

            Können Sie uns außerdem ein paar Muster von den Steinnussknöpfen in natur schicken? Wir überlegen, die für die
            Sommerkollektion zu nehmen.

            Danke und viele Grüße
            Claudia Lindner
            Modehaus Lindner GmbH
            """, null, "4500125720",
            [new("HB-2220", 2500, null, MondayOfWeek(2027, 2)), new("HB-2215", 5000, null, MondayOfWeek(2027, 2))]), null),

        (Case("H-044", "free-text", "de", "30106", "Knöpfe für Kochjacken", """
            Hallo Herr Roth,

            für unsere neue Kochjacken-Serie brauchen wir 3.000 von den abnehmbaren weißen Knöpfen mit Splint und 6.000
            Druckknöpfe aus Edelstahl in 15 mm. Die schwarzen Druckknöpfe hatten wir ja letzte Woche schon bestellt, die
            brauchen wir nicht noch einmal.

            Liefertermin wäre der 11.01.2027. Bitte auf unsere Bestell-Nr. UPS-45911 beziehen.

            Danke und Gruß
            Petra Schmidt
            Uniform Partner Schmidt GmbH · Telefon 02161 / 57 09 30
            """, null, "UPS-45911",
            [new("HB-KJ-12", 3000, null, On(2027, 1, 11)), new("HB-7710", 6000, null, On(2027, 1, 11))]), null),

        (Case("H-045", "free-text", "de", "30107", "Knöpfe Herbstkollektion", """
            Guten Tag Herr Roth,

            für unsere Herbstkollektion bitten wir um Lieferung von 8.000 Stück Recycling-Knöpfen in marine (15 mm, 4-Loch)
            und 500 Holzknebeln 40 mm in natur. Außerdem nehmen wir 1.000 Steinnussknöpfe 20 mm natur zu dem Preis von
            0,31 € je Stück, den Sie uns genannt haben.

            Unsere Bestellnummer lautet SB-7781. Einen Liefertermin nennen Sie uns bitte mit der Auftragsbestätigung.

            Mit freundlichen Grüßen
            Jan Becker
            Strickwaren Becker GmbH
            Wollweg 3 · 72379 Hechingen
            """, null, "SB-7781",
            [new("HB-R15", 8000), new("HB-8040", 500), new("HB-6020", 1000, 0.31m)]), null),

        (Case("H-046", "free-text", "de", "20011", "Sortimentskästen", """
            Hallo Herr Roth,

            bitte schicken Sie uns 30 Sortimentskästen Basic zum vereinbarten Preis von 21,50 € und 5 Mustersortimente
            Hemdenknöpfe. Das ist unsere Bestellung KF-B-26-1215, Lieferung wie üblich an das Lager Billbrook.

            Ab Januar bräuchten wir außerdem ein Angebot über die Jeansknöpfe in kupfer, ca. 50.000 Stück im Quartal.
            Können Sie mir dazu bis Ende der Woche etwas schicken?

            Gruß
            Thomas Faden
            Knopf & Faden Großhandel KG · Hanseatenweg 21 · 22113 Hamburg · T +49 40 731 88 20
            """, null, "KF-B-26-1215",
            [new("HB-SK-25", 30, 21.50m), new("HB-MS-01", 5)]), null),

        (Case("H-047", "free-text", "en", "30108", "Shirt buttons again", """
            Hi Stefan,

            Could you send us another 20,000 of the light blue shirt buttons (11 mm, 4 holes) and 10,000 of the white ones,
            same as last time? We also checked your stock list and the 28 ligne white 4-hole polyester is available, so please
            add 5,000 of those as well.

            Our PO for this is VDT-2026-1021. Delivery by 22 January 2027 would be perfect.

            By the way, will you be at the Munich Fabric Start in February?

            Kind regards,
            Sanne
            """, null, "VDT-2026-1021",
            [
                new("HB-1011", 20000, null, On(2027, 1, 22)), new("HB-1010", 10000, null, On(2027, 1, 22)),
                new("HB-4H-28L-WHT", 5000, null, On(2027, 1, 22)),
            ]), null),

        (Case("H-048", "free-text", "de", "30101", "Hornknöpfe und Metallknöpfe", """
            Hallo Herr Roth,

            wir brauchen für die Trachtenjanker wieder die dunkelbraunen Hornknöpfe in 20 mm, 1.200 Stück, und in 25 mm
            800 Stück. Und dann noch die kleinen Metallknöpfe in altmessing mit Öse, die 15er, davon 2.000 Stück.

            Eine Bestellnummer haben wir diesmal nicht, bitte auf Frau Lindner beziehen. Lieferung bitte bis 20.01.2027.

            Viele Grüße
            Claudia Lindner
            """, null, null,
            [
                new("HB-HN-2007", 1200, null, On(2027, 1, 20)), new("HB-HN-2507", 800, null, On(2027, 1, 20)),
                new("HB-MT-1512", 2000, null, On(2027, 1, 20)),
            ]), null),

        (Case("H-049", "free-text", "de", "10057", "Kurzfristiger Bedarf Drehknöpfe anthrazit", """
            Hallo Herr Roth,

            könnten Sie uns kurzfristig 2.000 Drehknöpfe in anthrazit liefern? Wir haben für die neue Backofenserie einen Engpass.
            Die verchromten Drehknöpfe brauchen wir dieses Mal nicht, die laufen weiter über die Abrufe.

            Bitte liefern bis 15.01.2027, Bestellnummer 4700088215. Wenn das zeitlich nicht klappt, rufen Sie mich bitte an.

            Viele Grüße
            Sabine Kessler
            Hausgeräte Kessler GmbH · Telefon +49 5241 8870-200
            """, null, "4700088215",
            [new("HB-K400", 2000, null, On(2027, 1, 15))]), null),

        (Case("H-050", "free-text", "de", "30106", "Hemdknöpfe Servicehemden", """
            Guten Tag Herr Roth,

            für die Servicehemden unserer Hotelkunden brauchen wir 10.000 weiße Hemdknöpfe 11 mm mit 4 Löchern und 4.000 in
            hellblau, gleiche Größe. Dazu kommen 2.000 rote Knöpfe 20 mm für die Kochschürzen.

            Liefern Sie bitte in KW 4/2027, unsere Bestellnummer ist UPS-45930.

            Hätten Sie die hellblauen auch in 13 mm? Dann würden wir die nächstes Mal mitbestellen.

            Mit freundlichen Grüßen
            Petra Schmidt
            Uniform Partner Schmidt GmbH
            """, null, "UPS-45930",
            [
                new("HB-1010", 10000, null, MondayOfWeek(2027, 4)), new("HB-1011", 4000, null, MondayOfWeek(2027, 4)),
                new("HB-4720-R", 2000, null, MondayOfWeek(2027, 4)),
            ]), null),
    ];

    private static IEnumerable<(OrderCase Case, byte[]? Pdf)> CallOffs() =>
    [
        (Case("H-051", "call-off", "de", "10042", "Abruf 12 zum Rahmenvertrag RV-2024-017", """
            Sehr geehrte Damen und Herren,

            hiermit rufen wir aus dem Rahmenvertrag RV-2024-017 ab (Abruf 12, Bestellnummer 5500331301):

            Material       Kurztext                     Menge       Liefertermin
            73-4410-200    Kunststoffknopf PA 20 grau   20.000 ST   KW 02/2027
            73-4410-200    Kunststoffknopf PA 20 grau   20.000 ST   KW 04/2027
            73-4410-212    Clipknopf 12 schwarz         10.000 ST   KW 03/2027

            Preise gemäß Rahmenvertrag. Anlieferung Werk 2, Tor 7.

            Mit freundlichen Grüßen
            i. A. Jonas Keller
            Einkauf Interieur
            Autowerk Süd AG · Industriestraße 12 · 70565 Stuttgart · Tel. +49 711 4590-318
            """, null, "5500331301",
            [
                new("HB-9001", 20000, null, MondayOfWeek(2027, 2)), new("HB-9001", 20000, null, MondayOfWeek(2027, 4)),
                new("HB-9002", 10000, null, MondayOfWeek(2027, 3)),
            ]), null),

        (Case("H-052", "call-off", "de", "10057", "Abruf Nr. 7 aus RV-2023-044", """
            Guten Tag Herr Roth,

            Abruf Nr. 7 aus dem Rahmenvertrag RV-2023-044, unsere Bestellnummer 4700088230:

            KH-BK-0200   Bedienknopf weiß hochglanz   5.000 Stk   Liefertermin 11.01.2027
            KH-DK-0310   Drehknopf chrom matt         2.000 Stk   Liefertermin 11.01.2027
            KH-TK-0311   Tastenknopf chrom matt       3.000 Stk   Liefertermin 18.01.2027

            Bitte bestätigen Sie die Termine.

            Mit freundlichen Grüßen
            Mika Brandt
            Hausgeräte Kessler GmbH · Strategischer Einkauf · Am Gewerbepark 4 · 33330 Gütersloh
            """, null, "4700088230",
            [
                new("HB-K200", 5000, null, On(2027, 1, 11)), new("HB-K310", 2000, null, On(2027, 1, 11)),
                new("HB-K311", 3000, null, On(2027, 1, 18)),
            ]), null),

        (Case("H-053", "call-off", "en", "10063", "Schedule release no. 31 - FA-2025-003", """
            Dear Stefan,

            Please find below schedule release no. 31 under framework agreement FA-2025-003 (PO 4400019320).

            Firm:
            Part no.    Description               Qty      Delivery
            NSS-10442   Rivet button 15 mm black  20,000   wk 02/2027
            NSS-10442   Rivet button 15 mm black  20,000   wk 05/2027
            NSS-10443   Rivet button 18 mm black  10,000   wk 03/2027

            Forecast (not binding, for your capacity planning only):
            NSS-10442   30,000   wk 08/2027
            NSS-10442   30,000   wk 10/2027

            Prices as per framework agreement. Please confirm by return.

            Best regards
            Erik Lindqvist
            Senior Buyer · Nordic Seating Systems AB · Fabriksgatan 8 · SE-412 50 Göteborg
            """, null, "4400019320",
            [
                new("HB-9105", 20000, null, MondayOfWeek(2027, 2)), new("HB-9105", 20000, null, MondayOfWeek(2027, 5)),
                new("HB-9106", 10000, null, MondayOfWeek(2027, 3)),
            ]), null),

        (Case("H-054", "call-off", "de", "20011", "Abruf 5 RV-2022-009", """
            Hallo Herr Roth,

            Abruf 5 zum Rahmenvertrag RV-2022-009, Bestellnr. KF-A-26-05:

            - KF-100-15S: 50.000 Stk à 0,036 € zum 04.01.2027
            - KF-100-18S: 20.000 Stk zum 04.01.2027

            Restmenge aus dem Rahmenvertrag nach diesem Abruf laut unserer Rechnung: 150.000 Stk KF-100-15S.

            Gruß
            Thomas Faden
            Knopf & Faden Großhandel KG
            """, null, "KF-A-26-05",
            [new("HB-4711", 50000, 0.036m, On(2027, 1, 4)), new("HB-4712", 20000, null, On(2027, 1, 4))]), null),

        (Case("H-055", "call-off", "de", "10042", "Lieferabruf 13 / Bestellung 5500331350", """
            Sehr geehrte Damen und Herren,

            Lieferabruf Nr. 13 zum Rahmenvertrag RV-2024-017, Bestellnummer 5500331350.

            Material: 73-4410-200 Kunststoffknopf PA 20 grau

            Termin        Abrufmenge   kumuliert
            08.02.2027    15.000 ST    215.000 ST
            22.02.2027    15.000 ST    230.000 ST

            Die Fortschrittszahl bezieht sich auf den Rahmenvertrag seit 01.01.2026.

            Mit freundlichen Grüßen
            Autowerk Süd AG – Disposition Werk 2
            Industriestraße 12 · 70565 Stuttgart
            """, null, "5500331350",
            [new("HB-9001", 15000, null, On(2027, 2, 8)), new("HB-9001", 15000, null, On(2027, 2, 22))]), null),

        (Case("H-056", "call-off", "de", "10057", "Abruf 8 RV-2023-044", """
            Hallo Herr Roth,

            Abruf 8 aus dem Rahmenvertrag RV-2023-044, Bestellnummer 4700088255:

            KH-DK-0310 Drehknopf chrom matt: 1.500 Stk, KW 6/2027
            KH-TK-0311 Tastenknopf chrom matt: 2.500 Stk, KW 6/2027

            Die in Abruf 7 angekündigte Position KH-BK-0200 für KW 6 entfällt, die Bedienknöpfe brauchen wir erst im März.

            Viele Grüße
            Sabine Kessler
            Hausgeräte Kessler GmbH
            """, null, "4700088255",
            [new("HB-K310", 1500, null, MondayOfWeek(2027, 6)), new("HB-K311", 2500, null, MondayOfWeek(2027, 6))]), null),

        (Case("H-057", "call-off", "en", "10063", "Schedule release no. 32", """
            Hello Stefan,

            Schedule release no. 32 under FA-2025-003, our PO 4400019355:

            NSS-10443  15,000 pcs  delivery 2027-02-22
            NSS-10442  10,000 pcs  delivery 2027-03-01

            Release no. 31 remains unchanged.

            Best regards
            Erik Lindqvist
            Nordic Seating Systems AB
            """, null, "4400019355",
            [new("HB-9106", 15000, null, On(2027, 2, 22)), new("HB-9105", 10000, null, On(2027, 3, 1))]), null),

        (Case("H-058", "call-off", "de", "20011", "Abruf 6 zum RV-2022-009", """
            Hallo Herr Roth,

            anbei Abruf 6 zum Rahmenvertrag RV-2022-009 (Bestellnr. KF-A-26-06):

            Artikel           Menge        Termin
            KF-100-15S        30.000 Stk   KW 7/2027
            HB-4H-18L-BLK     25.000 Stk   KW 7/2027

            Die 18er (KF-100-18S) haben wir noch ausreichend am Lager, die rufen wir im März ab.

            Gruß
            Thomas Faden
            Knopf & Faden Großhandel KG · Hanseatenweg 21 · 22113 Hamburg
            """, null, "KF-A-26-06",
            [new("HB-4711", 30000, null, MondayOfWeek(2027, 7)), new("HB-4H-18L-BLK", 25000, null, MondayOfWeek(2027, 7))]), null),

        (Case("H-059", "call-off", "de", "10042", "WG: Abruf 14 Clipknöpfe", """
            Hallo Herr Roth,

            bitte wie unten von unserer Disposition angefordert abrufen. Abruf 14 zum RV-2024-017, Bestellnummer 5500331377.

            Mit freundlichen Grüßen
            i. A. Jonas Keller
            Autowerk Süd AG · Einkauf Interieur · Tel. +49 711 4590-318

            -----Ursprüngliche Nachricht-----
            Von: Disposition Werk 2 <dispo-w2@autowerk-sued.de>
            Gesendet: Freitag, 4. Dezember 2026 13:02
            An: Keller, Jonas <einkauf@autowerk-sued.de>
            Betreff: Abruf 14 Clipknöpfe

            Hallo Jonas,

            bitte bei Happy Buttons abrufen:
            73-4410-212 Clipknopf 12 schwarz – 15.000 ST in KW 9/2027
            73-4410-212 Clipknopf 12 schwarz – 15.000 ST in KW 11/2027

            Danke
            Dispo Werk 2
            """, null, "5500331377",
            [new("HB-9002", 15000, null, MondayOfWeek(2027, 9)), new("HB-9002", 15000, null, MondayOfWeek(2027, 11))]), null),

        (Case("H-060", "call-off", "de", "10057", "Lieferplaneinteilung Nr. 9 zum RV-2023-044", """
            Sehr geehrter Herr Roth,

            zum Rahmenvertrag RV-2023-044 erhalten Sie die Lieferplaneinteilung Nr. 9 (Bestellnummer 4700088270):

            Pos  Material      Bezeichnung                  Menge      Liefertermin
            1    KH-BK-0200    Bedienknopf weiß hochglanz   4.000 ST   18.01.2027
            2    KH-BK-0200    Bedienknopf weiß hochglanz   4.000 ST   01.02.2027
            3    KH-BK-0200    Bedienknopf weiß hochglanz   4.000 ST   15.02.2027
            4    KH-TK-0311    Tastenknopf chrom matt       3.000 ST   01.02.2027

            Einteilungen ab März folgen mit der nächsten Lieferplaneinteilung.

            Mit freundlichen Grüßen
            i. A. Mika Brandt
            Hausgeräte Kessler GmbH
            Am Gewerbepark 4 · 33330 Gütersloh · Telefon +49 5241 8870-231
            """, null, "4700088270",
            [
                new("HB-K200", 4000, null, On(2027, 1, 18)), new("HB-K200", 4000, null, On(2027, 2, 1)),
                new("HB-K200", 4000, null, On(2027, 2, 15)), new("HB-K311", 3000, null, On(2027, 2, 1)),
            ]), null),
    ];
}
