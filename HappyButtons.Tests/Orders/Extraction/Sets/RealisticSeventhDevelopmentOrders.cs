namespace HappyButtons.Tests.Orders.Extraction.Sets;

/// <summary>Sixty purchase orders written by hand in the style of real ones, blind (filled in by its author).</summary>
public static class RealisticSeventhDevelopmentOrders
{
    public static IReadOnlyList<(OrderCase Case, byte[]? Pdf)> Generate() =>
    [
        (Case("S-201", "text-de", "de", "30102", "Nachbestellung Hirschhorn + Zinn",
            """
            Servus Herr Roth,

            bitte wieder wie gehabt:

            300 Stk Hirschhornknopf 22mm 2-Loch (HB-HH-2200)
            200 Stk HB-HH-1800
            400 Stk Zinnknöpfe Edelweiß HB-ZN-1400

            Liefertermin bis spätestens 18.12., sonst wird's nix mehr mit dem Weihnachtsgeschäft.

            Pfiat di
            Alex Huber
            Trachten Huber e.K. · Ludwigstraße 5 · 83022 Rosenheim
            Tel. 08031 / 2 34 56
            """, null, null,
            [L("HB-HH-2200", 300, null, D(2026, 12, 18)), L("HB-HH-1800", 200, null, D(2026, 12, 18)), L("HB-ZN-1400", 400, null, D(2026, 12, 18))]), null),

        (Case("S-202", "text-de", "de", "30101", "Bestellung BE-2026-1187",
            """
            Sehr geehrte Damen und Herren,

            hiermit bestellen wir verbindlich:

            Pos | Artikel     | Bezeichnung                       | Menge     | Preis/Stk
            ----+-------------+-----------------------------------+-----------+----------
            1   | HB-HN-2007  | Hornknopf 20 mm, dunkelbraun 07   | 2.000 Stk | 0,385 €
            2   | HB-MT-1512  | Metallknopf 15 mm Öse altmessing  | 3.000 Stk | 0,214 €

            Gewünschter Liefertermin: KW 2/2027
            Lieferanschrift: Modehaus Lindner GmbH, Wareneingang, Maximilianstraße 30, 80539 München

            Bitte geben Sie auf Lieferschein und Rechnung unsere Bestellnummer BE-2026-1187 an.

            Mit freundlichen Grüßen
            Claudia Lindner
            Einkauf Accessoires
            Modehaus Lindner GmbH | Tel. +49 89 2180 4410
            """, null, "BE-2026-1187",
            [L("HB-HN-2007", 2000, 0.385m, D(2027, 1, 11)), L("HB-MT-1512", 3000, 0.214m, D(2027, 1, 11))]), null),

        (Case("S-203", "text-de", "de", "30106", "Bestellung 4500123987",
            """
            BESTELLUNG                                   Nr. 4500123987
            Datum: 04.12.2026        Lieferanten-Nr.: 70311
            Besteller: Petra Schmidt, Tel. 02161 5566-21

            Pos  Material     Bezeichnung                        Menge      Preis             Liefertermin
            10   HB-2030      Blazerknopf Kunststoff 20mm marine  1.500 ST  19,00 EUR/100 ST  15.01.2027
            20   HB-2031      Ärmelknopf Kunststoff 15mm marine   3.000 ST  14,00 EUR/100 ST  15.01.2027
            30   HB-3305      Druckknopf Messing vern. 12mm       5.000 ST  12,00 EUR/100 ST  15.01.2027

            Gesamtnettowert ohne MwSt:  1.305,00 EUR
            Zahlungsbedingungen: 30 Tage netto
            Lieferbedingung: frei Haus, Industriering 9, 41065 Mönchengladbach

            Diese Bestellung wurde maschinell erstellt und ist ohne Unterschrift gültig.
            """, null, "4500123987",
            [L("HB-2030", 1500, 0.19m, D(2027, 1, 15)), L("HB-2031", 3000, 0.14m, D(2027, 1, 15)), L("HB-3305", 5000, 0.12m, D(2027, 1, 15))]), null),

        (Case("S-204", "text-de", "de", "30107", "AW: Angebot AN-26-0912 Steinnuss / Holz",
            """
            Hallo Herr Roth,

            danke für das Angebot. Wir nehmen daraus Pos. 2 und Pos. 3, Pos. 3 aber bitte mit 600 statt 400 Stück.
            Pos. 1 (20 mm natur) brauchen wir vorerst nicht.

            Gruß
            Jan Becker
            Strickwaren Becker GmbH, Wollweg 3, 72379 Hechingen

            -----Ursprüngliche Nachricht-----
            Von: Stefan Roth <s.roth@happybuttons.de>
            Gesendet: Mittwoch, 2. Dezember 2026 10:14
            Betreff: Angebot AN-26-0912 Steinnuss / Holz

            Pos. 1  HB-6020     Steinnussknopf 20 mm, 4-Loch, natur          1.000 Stk   0,31 €/Stk
            Pos. 2  HB-6025-DB  Steinnussknopf 25 mm, 4-Loch, dunkelbraun    1.000 Stk   0,39 €/Stk
            Pos. 3  HB-8040     Holzknebel 40 mm, natur                        400 Stk   0,65 €/Stk

            Angebot gültig bis 31.12.2026.
            """, null, null,
            [L("HB-6025-DB", 1000, 0.39m), L("HB-8040", 600, 0.65m)]), null),

        (Case("S-205", "text-de", "de", "20011", "Bestellung EK-77812",
            """
            Guten Tag,

            Bestellung EK-77812 vom 07.12.2026, Kd.-Nr. 20011

            KF-100-15S   Knopf 4-Loch 15 mm schwarz       50.000 Stück   à 0,036 €
            HB-4712      Knopf 4-Loch 18 mm schwarz       12 Gros
            HB-SK-25     Sortimentskasten Basic           20 Stück       à 21,50 €

            Versand bitte per Spedition an Lager 2, Hanseatenweg 21, 22113 Hamburg, Rampe 3.
            Anlieferung Mo–Fr 7–14 Uhr.

            Mit freundlichen Grüßen
            i. A. Birte Sommer
            Knopf & Faden Großhandel KG – Einkauf
            Tel. 040 733 19-0 | Fax 040 733 19-99
            Sitz Hamburg, HRA 10422
            """, null, "EK-77812",
            [L("HB-4711", 50000, 0.036m), L("HB-4712", 1728), L("HB-SK-25", 20, 21.5m)]), null),

        (Case("S-206", "text-de", "de", "30103", "Knöpfe fürs Atelier",
            """
            Hallo ihr Lieben,

            ich bräuchte mal wieder was:
            - 2x Mustersortiment Hemdenknöpfe (HB-MS-01)
            - 1x Sortimentskasten Basic
            - 500 Perlmuttknöpfe 11 mm weiß, HB-PM-1102

            Kurze Frage noch: habt ihr die Perlmuttknöpfe auch in 15 mm? Dann würde ich die beim nächsten Mal mitbestellen.

            Liebe Grüße aus Berlin
            Rosalie
            Atelier Rosalie · Kastanienallee 77 · 10435 Berlin
            """, null, null,
            [L("HB-MS-01", 2), L("HB-SK-25", 1), L("HB-PM-1102", 500)]), null),

        (Case("S-207", "text-de", "de", "10042", "Bestellung PO-AWS-2026-3391",
            """
            Sehr geehrte Damen und Herren,

            anbei unsere Bestellung PO-AWS-2026-3391 (außerhalb Lieferabruf, Sonderbedarf Werk 2):

            Sachnummer 73-4410-200  Kunststoffknopf Polyamid 20 mm grau   Menge: 60.000 Stk   Preis: 0,074 €/Stk
            HB-9002                 Clip-Knopf 12 mm schwarz               Menge: 20 Tsd. Stk

            Liefertermin: 11.01.2027, Anlieferung Tor 4, Industriestraße 12, 70565 Stuttgart.
            Es gelten unsere Allgemeinen Einkaufsbedingungen (Stand 01/2025).

            Mit freundlichen Grüßen
            Jonas Keller
            Strategischer Einkauf
            Autowerk Süd AG | T +49 711 9000-3391
            """, null, "PO-AWS-2026-3391",
            [L("HB-9001", 60000, 0.074m, D(2027, 1, 11)), L("HB-9002", 20000, null, D(2027, 1, 11))]), null),

        (Case("S-208", "text-de", "de", "30101", "WG: Nachbestellung Blazer-Knöpfe",
            """
            Hallo Happy-Buttons-Team,

            anbei die Bestellung von Frau Lindner, bitte wie unten umsetzen. Unsere Bestellnummer ist BE-2026-1203.

            Viele Grüße
            Markus Fendt
            Modehaus Lindner GmbH – Warenwirtschaft

            ---------- Weitergeleitete Nachricht ----------
            Von: Claudia Lindner <claudia@modehaus-lindner.de>
            Datum: Fr., 4. Dez. 2026 um 16:02
            Betreff: Nachbestellung Blazer-Knöpfe
            An: Markus Fendt

            Markus, bestell bitte bei Happy Buttons:
            ML-ZUB-7781 (Blazerknopf gold 20 mm) – 2.500 Stück zu 0,31
            HB-HN-2507 Hornknopf 25 mm – 1.000 Stück
            Danke! C.
            """, null, "BE-2026-1203",
            [L("HB-2220", 2500, 0.31m), L("HB-HN-2507", 1000)]), null),

        (Case("S-209", "text-de", "de", "30107", "Bestellung Knöpfe Strickjacken Frühjahr",
            """
            Sehr geehrter Herr Roth,

            für die Frühjahrsproduktion bestellen wir:

            * HB-5511 Knopf Hornoptik 15 mm braun – 4 VE à 1.000 Stk
            * HB-5510 Knopf Hornoptik 23 mm braun – 2 VE à 500 Stk
            * HB-R15 Recycling-Polyesterknopf marine – 5.000 Stk
            * HB-4720-R rot – entfällt diesmal, haben noch Restbestand

            Liefertermin: 08.01.2027

            Freundliche Grüße
            Monika Wetzel
            Strickwaren Becker GmbH
            Wollweg 3 · 72379 Hechingen · Tel. 07471 93 11-0
            """, null, null,
            [L("HB-5511", 4000, null, D(2027, 1, 8)), L("HB-5510", 1000, null, D(2027, 1, 8)), L("HB-R15", 5000, null, D(2027, 1, 8))]), null),

        (Case("S-210", "text-de", "de", "30106", "Bestellung Kochjackenknöpfe",
            """
            Guten Morgen,

            bitte liefern Sie uns:

            Art.-Nr.: HB-KJ-12
            Bezeichnung: Kochjackenknopf abnehmbar mit Splint, weiß
            Menge: 2.000 Stück
            Preis: lt. Liste 0,22 €/Stk
            Liefertermin: 04.01.27

            Zur Info für Ihre Planung: unser Jahresbedarf 2027 liegt bei ca. 20.000 Stk (Forecast, keine Bestellung).

            Mit freundlichen Grüßen
            Dirk Hansen
            Uniform Partner Schmidt GmbH | Industriering 9 | 41065 Mönchengladbach
            """, null, null,
            [L("HB-KJ-12", 2000, 0.22m, D(2027, 1, 4))]), null),

        (Case("S-211", "text-de", "de", "10057", "Bestellung 4500-88712 Bedienknöpfe",
            """
            Sehr geehrte Damen und Herren,

            bitte liefern Sie zu unserer Bestellung 4500-88712:

            1) KH-DK-0310 / HB-K310  Drehknopf chrom matt   5.000 St.   820,00 EUR pro 1000 St.
            2) HB-K400               Drehknopf anthrazit    1.000 St.

            Anlieferung KW 3, Werk Gütersloh, Am Gewerbepark 4, Tor 2.
            Bitte Auftragsbestätigung an m.brandt@kessler-group.com.

            Mit freundlichen Grüßen
            Mika Brandt
            Einkauf Elektronik/Komponenten
            Hausgeräte Kessler GmbH
            """, null, "4500-88712",
            [L("HB-K310", 5000, 0.82m, D(2027, 1, 18)), L("HB-K400", 1000, null, D(2027, 1, 18))]), null),

        (Case("S-212", "text-de", "de", "30102", "Bestellung TH-1226",
            """
            Grüß Gott,

            unsere Bestellung TH-1226:

            Artikel	Bezeichnung	Menge	Preis
            HB-HN-2007	Hornknopf 20mm dunkelbraun	1.000	0,42
            HB-HH-2600	Hirschhornknopf 26mm Öse	150	1,45

            Bitte an: Trachten Huber e.K., Ludwigstraße 5, 83022 Rosenheim
            Rechnung per Mail an buchhaltung@trachten-huber.de

            Danke und schöne Grüße
            Veronika Huber
            """, null, "TH-1226",
            [L("HB-HN-2007", 1000, 0.42m), L("HB-HH-2600", 150, 1.45m)]), null),

        (Case("S-213", "text-en", "en", "30104", "PO BW-PO-00917",
            """
            Hi Stefan,

            Please supply against our PO BW-PO-00917:

            2,000 x HB-2215 sleeve button metal 15mm gold @ EUR 0.21
            1,000 x HB-2220 blazer button metal 20mm gold @ EUR 0.34

            Delivery by 15 January 2027 to our workroom at 14 Savile Row, London W1S 3PJ.

            Kind regards,
            Oliver Grant
            Head of Production, Brightwear Ltd
            +44 20 7946 0917
            """, null, "BW-PO-00917",
            [L("HB-2215", 2000, 0.21m, D(2027, 1, 15)), L("HB-2220", 1000, 0.34m, D(2027, 1, 15))]), null),

        (Case("S-214", "text-en", "en", "30108", "Order VDT-26-0458",
            """
            Dear Sir/Madam,

            Please find our order VDT-26-0458 below:

            - 10.000 pcs HB-1010 shirt button 11mm 4-hole white
            - 4.000 pcs HB-1011 shirt button 11mm 4-hole light blue
            - 5.000 pcs HB-1002 polyester 2-hole 13mm white

            Delivery address: Van Dijk Textiel B.V., Textielstraat 15, 7511 Enschede, The Netherlands
            Please ship with DHL Freight, account 7511-0042.

            Met vriendelijke groet / Kind regards,
            Sanne van Dijk
            Van Dijk Textiel B.V.
            T +31 53 430 1500
            """, null, "VDT-26-0458",
            [L("HB-1010", 10000), L("HB-1011", 4000), L("HB-1002", 5000)]), null),

        (Case("S-215", "text-en", "en", "30105", "Order n° MD-2026-112",
            """
            Hello,

            Please register our order n° MD-2026-112:

            HB-PM-1102 mother of pearl 11 mm white ...... 1 500 pcs
            HB-HH-1800 staghorn 18 mm natural ........... 800 pcs at 0,92 €

            We need the goods before 20/12/2026.

            Best regards,
            Camille Dupont
            Maison Dupont SARL
            12 Rue du Faubourg Saint-Honoré, 75008 Paris
            Tél. +33 1 42 65 00 12
            """, null, "MD-2026-112",
            [L("HB-PM-1102", 1500, null, D(2026, 12, 20)), L("HB-HH-1800", 800, 0.92m, D(2026, 12, 20))]), null),

        (Case("S-216", "text-en", "en", "10063", "Purchase Order 4501-2203",
            """
            PURCHASE ORDER 4501-2203                       Date: 2026-12-04
            Vendor: 700815 Happy Buttons GmbH, Munich
            Buyer: Karin Svensson, +46 31 704 22 10

            Item   Material     Description                       Qty          Price                  Delivery date
            00010  NSS-10442    Plastic rivet button 15 mm black  40,000 EA    68.00 EUR / 1,000 EA   2027-01-11
            00020  NSS-10443    Plastic rivet button 18 mm black  30,000 EA    75.00 EUR / 1,000 EA   2027-01-25

            Total net value: 4,970.00 EUR
            Incoterms: FCA Munich
            Framework agreement FA-2025-003 applies.
            Nordic Seating Systems AB, Fabriksgatan 8, 41250 Göteborg, Sweden
            """, null, "4501-2203",
            [L("HB-9105", 40000, 0.068m, D(2027, 1, 11)), L("HB-9106", 30000, 0.075m, D(2027, 1, 25))]), null),

        (Case("S-217", "text-en", "en", "30104", "Re: Quote crested buttons",
            """
            Thanks Stefan,

            please go ahead with 1,500 of the crested gold shank buttons (HB-SH-24L-GLD) at 0.29 and 3,000 HB-2211 silver shank 18mm.
            We'll pass on the antique brass ones for now.
            Our PO number is BW-PO-00931.

            Cheers,
            Priya Shah
            Buyer | Brightwear Ltd

            > On 3 Dec 2026, at 11:40, Stefan Roth <s.roth@happybuttons.de> wrote:
            >
            > Dear Priya,
            > we can offer:
            > HB-SH-24L-GLD  Metal shank button 24L gold, crest   EUR 0.29/pc, MOQ 500
            > HB-2210        Metal shank button 18mm antique brass  EUR 0.26/pc, MOQ 1,000
            > HB-2211        Metal shank button 18mm silver         EUR 0.26/pc, MOQ 1,000
            > Best regards, Stefan
            """, null, "BW-PO-00931",
            [L("HB-SH-24L-GLD", 1500, 0.29m), L("HB-2211", 3000)]), null),

        (Case("S-218", "text-en", "en", "30108", "PO 2026-1187 denim & knitwear",
            """
            Good afternoon,

            PO 2026-1187

            Art.nr          | Description                 | Qty    | UoM | Price/100
            HB-JN-27L-CU    | Jeans button 27L copper     | 20,000 | pcs | 9.50
            HB-4H-36L-GRY   | Polyester 4-hole 36L grey   | 4,000  | pcs | 7.20

            Requested delivery: week 2/2027.

            Regards,
            Pieter Bakker
            Purchasing – Van Dijk Textiel B.V.
            """, null, "2026-1187",
            [L("HB-JN-27L-CU", 20000, 0.095m, D(2027, 1, 11)), L("HB-4H-36L-GRY", 4000, 0.072m, D(2027, 1, 11))]), null),

        (Case("S-219", "text-en", "en", "30105", "Staghorn buttons",
            """
            Dear Happy Buttons team,

            Could you please send us 3 gross of HB-HH-2200 (staghorn 22 mm, 2 holes) and 2 gross of HB-HH-2600 (staghorn 26 mm shank)?

            By the way, we no longer need the corozo buttons we asked about last week.

            Thank you in advance,
            Julien Morel
            Atelier manager – Maison Dupont SARL
            """, null, null,
            [L("HB-HH-2200", 432), L("HB-HH-2600", 288)]), null),

        (Case("S-220", "text-en", "en", "30108", "Order 45821",
            """
            Order no.: 45821
            Date: 04-12-2026
            Supplier no.: 70012

            Line  Article          Qty     Unit  Delivery
            1     HB-4H-18L-BLK    25000   PCS   18-12-2026
            2     HB-4H-28L-WHT    10000   PCS   18-12-2026

            Total qty: 35000
            Printed by: EXACT Globe / user TDEJONG
            Van Dijk Textiel B.V. - Textielstraat 15 - 7511 Enschede - VAT NL123456789B01
            """, null, "45821",
            [L("HB-4H-18L-BLK", 25000, null, D(2026, 12, 18)), L("HB-4H-28L-WHT", 10000, null, D(2026, 12, 18))]), null),

        (Case("S-221", "text-en", "en", "30104", "BW-PO-00940 navy buttons",
            """
            Hi,

            PO BW-PO-00940, ASAP please:

            HB-R15 recycled navy 15mm – 5k
            HB-2031 navy sleeve 15mm – 1.5k
            HB-2030 navy blazer 20mm – 0.5k

            Thanks!
            Oliver

            Sent from my iPhone
            """, null, "BW-PO-00940",
            [L("HB-R15", 5000), L("HB-2031", 1500), L("HB-2030", 500)]), null),

        (Case("S-222", "text-en", "en", "30105", "Order MD-2026-118 corozo",
            """
            Hello Stefan,

            Following your price list, please book order MD-2026-118:

            HB-6020     corozo natural 20 mm        2,000 pcs    EUR 310.00 / 1000
            HB-6025-DB  corozo dark brown 25 mm     1,000 pcs    EUR 390.00 / 1000

            Delivery in week 51 please.

            Regards,
            Camille Dupont
            """, null, "MD-2026-118",
            [L("HB-6020", 2000, 0.31m, D(2026, 12, 14)), L("HB-6025-DB", 1000, 0.39m, D(2026, 12, 14))]), null),

        (Case("S-223", "text-en", "en", "10063", "Additional demand NSS-10442",
            """
            Dear Stefan,

            in addition to the current call-off schedule, please deliver an extra 20,000 pcs of NSS-10442 (your HB-9105) by 21 December 2026.
            Our PO for this is 4501-2291. Price as per framework agreement FA-2025-003.

            Best regards
            Erik Lindqvist
            Supply Chain Manager, Nordic Seating Systems AB
            Fabriksgatan 8, SE-41250 Göteborg | +46 31 704 22 00
            """, null, "4501-2291",
            [L("HB-9105", 20000, null, D(2026, 12, 21))]), null),

        (Case("S-224", "text-en", "en", "30104", "Fwd: horn buttons for AW27",
            """
            Stefan – see below from our production team, please process as PO BW-PO-00952.
            Oliver

            ---------- Forwarded message ---------
            From: Tom Ellis <t.ellis@brightwear.co.uk>
            Date: Fri, 4 Dec 2026 at 09:12
            Subject: horn buttons for AW27

            Oliver, we need for the AW27 coats:
            Horn 25mm dark brown HB-HN-2507 x 600
            Horn 20mm dark brown HB-HN-2007 x 800
            Could you also ask them for a quote on 32mm horn? (not an order yet)
            Tom
            """, null, "BW-PO-00952",
            [L("HB-HN-2507", 600), L("HB-HN-2007", 800)]), null),

        (Case("S-225", "pdf-table", "de", "30106", "Bestellung 4500124410",
            """
            Sehr geehrte Damen und Herren,

            im Anhang erhalten Sie unsere Bestellung 4500124410 mit der Bitte um Auftragsbestätigung.

            Mit freundlichen Grüßen
            Petra Schmidt
            Uniform Partner Schmidt GmbH
            """, "S-225.pdf", "4500124410",
            [L("HB-2210", 3000, 0.26m, D(2027, 1, 8)), L("HB-2211", 2000, 0.26m, D(2027, 1, 8))]),
            new OrderPdf()
                .Line("Uniform Partner Schmidt GmbH · Industriering 9 · 41065 Mönchengladbach", size: 8)
                .Line("")
                .Line("Happy Buttons GmbH", size: 10)
                .Line("Einkaufsabteilung / 80333 München", size: 10)
                .Line("")
                .Line("BESTELLUNG", size: 14, bold: true)
                .Line("Bestellnummer: 4500124410    Datum: 03.12.2026    Lieferanten-Nr.: 70311", size: 9)
                .Line("Ansprechpartner: Petra Schmidt, Tel. 02161 5566-21", size: 9)
                .Table([new PdfColumn("Pos", 50, 25), new PdfColumn("Material", 78, 70), new PdfColumn("Bezeichnung", 150, 150),
                    new PdfColumn("Menge", 300, 45, true), new PdfColumn("ME", 350, 20), new PdfColumn("Preis", 375, 40, true),
                    new PdfColumn("pro", 420, 40), new PdfColumn("Termin", 462, 55), new PdfColumn("Wert EUR", 518, 50, true)])
                .Row("10", "HB-2210", "Metallknopf Öse 18 mm, altmessing", "3.000", "ST", "26,00", "100 ST", "08.01.2027", "780,00")
                .Row("20", "HB-2211", "Metallknopf Öse 18 mm, silber", "2.000", "ST", "26,00", "100 ST", "08.01.2027", "520,00")
                .Foot("Gesamtnettowert: 1.300,00 EUR    zzgl. 19 % MwSt.: 247,00 EUR    Gesamt: 1.547,00 EUR")
                .Foot("Bitte Bestellnummer auf allen Dokumenten angeben. Es gelten unsere AEB.")
                .Build()),

        (Case("S-226", "pdf-table", "de", "20011", "Bestellung EK-77830",
            """
            Hallo,

            anbei Bestellung EK-77830 als PDF.

            Gruß
            Knopf & Faden Großhandel KG, Einkauf
            """, "S-226.pdf", "EK-77830",
            [L("HB-4711", 60000, 0.036m), L("HB-4712", 20000), L("HB-1003", 15000)]),
            new OrderPdf()
                .Line("Knopf & Faden Großhandel KG", size: 14, bold: true)
                .Line("Hanseatenweg 21 · 22113 Hamburg · Tel. 040 733 19-0", size: 8)
                .Line("")
                .Line("Bestellung EK-77830", size: 12, bold: true)
                .Line("Datum: 07.12.2026   Lieferant: Happy Buttons GmbH, München   Unsere Kd.-Nr. bei Ihnen: 20011", size: 9)
                .Table([new PdfColumn("Ihre Art.-Nr.", 50, 70), new PdfColumn("Unsere Art.-Nr.", 125, 70), new PdfColumn("Bezeichnung", 200, 170),
                    new PdfColumn("Menge", 375, 60, true), new PdfColumn("EP €", 445, 45, true), new PdfColumn("Betrag €", 495, 60, true)])
                .Row("HB-4711", "KF-100-15S", "Knopf 4-Loch 15 mm schwarz", "60.000", "0,036", "2.160,00")
                .Row("HB-4712", "KF-100-18S", "Knopf 4-Loch 18 mm schwarz", "20.000", "", "")
                .Row("HB-1003", "", "Polyesterknopf 4-Loch 15 mm weiß", "15.000", "", "")
                .Foot("Lieferung frei Haus, Rampe 3. Teillieferungen nur nach Absprache.")
                .Foot("Sitz Hamburg · HRA 10422 · USt-IdNr. DE813344556")
                .Build()),

        (Case("S-227", "pdf-table", "de", "30101", "Bestellung BE-2026-1210",
            """
            Guten Tag Herr Roth,

            unsere Bestellung BE-2026-1210 finden Sie im Anhang.

            Freundliche Grüße
            Claudia Lindner
            """, "S-227.pdf", "BE-2026-1210",
            [L("HB-HN-2007", 1500, 0.385m, D(2027, 1, 18)), L("HB-MT-1512", 2000, 0.214m, D(2027, 1, 18)), L("HB-PM-1102", 500, 0.58m, D(2027, 1, 18))]),
            new OrderPdf()
                .Line("MODEHAUS LINDNER", size: 16, bold: true)
                .Line("Maximilianstraße 30 · 80539 München", size: 8)
                .Line("")
                .Line("Bestellung Nr. BE-2026-1210", size: 12, bold: true)
                .Line("München, 07.12.2026", size: 9)
                .Line("Liefertermin: KW 03/2027", size: 9)
                .Table([new PdfColumn("Pos.", 50, 30), new PdfColumn("Artikel", 85, 75), new PdfColumn("Bezeichnung", 165, 180),
                    new PdfColumn("Stück", 350, 50, true), new PdfColumn("Einzelpreis", 410, 60, true), new PdfColumn("Gesamt", 480, 70, true)])
                .Row("1", "HB-HN-2007", "Hornknopf 20 mm, 4-Loch, dunkelbraun 07", "1.500", "0,3850 €", "577,50 €")
                .Row("2", "HB-MT-1512", "Metallknopf 15 mm, Öse, altmessing", "2.000", "0,2140 €", "428,00 €")
                .Row("3", "HB-PM-1102", "Perlmuttknopf 11 mm, 2-Loch, weiß", "500", "0,5800 €", "290,00 €")
                .Foot("Summe netto: 1.295,50 €   MwSt. 19 %: 246,15 €   Summe brutto: 1.541,65 €")
                .Build()),

        (Case("S-228", "pdf-table", "de", "30107", "Bestellung Nr. 2026-311",
            """
            Sehr geehrte Damen und Herren,

            siehe Anhang.

            Mit freundlichen Grüßen
            Strickwaren Becker GmbH
            """, "S-228.pdf", "2026-311",
            [L("HB-4H-36L-GRY", 6000), L("HB-2H-20L-NAV", 10000)]),
            new OrderPdf()
                .Line("Strickwaren Becker GmbH – Wollweg 3 – 72379 Hechingen", size: 9)
                .Line("")
                .Line("Bestellung Nr. 2026-311", size: 13, bold: true)
                .Line("Datum: 7. Dezember 2026 · Sachbearbeiter: J. Becker · Tel. 07471 93 11-12", size: 9)
                .Table([new PdfColumn("Artikel-Nr.", 50, 85), new PdfColumn("Bezeichnung", 140, 200), new PdfColumn("Menge", 345, 110),
                    new PdfColumn("Bemerkung", 460, 100)])
                .Row("HB-4H-36L-GRY", "Polyesterknopf 4-Loch 36 Linien, grau", "3 VE (à 2.000 Stk)", "")
                .Row("HB-2H-20L-NAV", "Polyesterknopf 2-Loch 20 Linien, marine", "2 VE (à 5.000 Stk)", "bitte gleiche Partie")
                .Foot("Lieferung an: Wollweg 3, 72379 Hechingen, Tor B")
                .Build()),

        (Case("S-229", "pdf-table", "de", "30102", "Bestellung Trachtenknöpfe",
            """
            Hallo,

            Bestellung liegt als PDF bei. Bitte bis 22.12. liefern, wenn möglich.

            Servus
            Sepp Huber
            """, "S-229.pdf", "TH-1231",
            [L("HB-ZN-1400", 720, null, D(2026, 12, 22)), L("HB-HH-2200", 200, 1.18m, D(2026, 12, 22)), L("HB-HH-1800", 144, 0.92m, D(2026, 12, 22))]),
            new OrderPdf()
                .Line("Trachten Huber e.K.", size: 14, bold: true)
                .Line("Ludwigstraße 5 · 83022 Rosenheim · info@trachten-huber.de", size: 8)
                .Line("")
                .Line("Bestellung TH-1231 vom 07.12.2026", size: 11, bold: true)
                .Table([new PdfColumn("Menge", 50, 40, true), new PdfColumn("Einheit", 95, 40), new PdfColumn("Artikel", 140, 75),
                    new PdfColumn("Bezeichnung", 220, 190), new PdfColumn("Preis/Stk", 420, 55, true)])
                .Row("5", "Gros", "HB-ZN-1400", "Zinnknopf 14 mm, Edelweiß-Prägung", "")
                .Row("200", "Stk", "HB-HH-2200", "Hirschhornknopf 22 mm, 2-Loch, natur", "1,18 €")
                .Row("1", "Gros", "HB-HH-1800", "Hirschhornknopf 18 mm, 2-Loch, natur", "0,92 €")
                .Foot("Liefertermin: bis 22.12.2026")
                .Foot("Bankverbindung: Sparkasse Rosenheim, IBAN DE12 7115 0000 0020 0314 56")
                .Build()),

        (Case("S-230", "pdf-table", "de", "10057", "Bestellung 4500-88790",
            """
            Sehr geehrte Damen und Herren,

            beigefügt übersenden wir Ihnen unsere Bestellung 4500-88790. Bitte bestätigen Sie Termin und Preis innerhalb von 2 Arbeitstagen.

            Mit freundlichen Grüßen
            i. A. Sabine Kessler
            Hausgeräte Kessler GmbH – Einkauf
            Diese E-Mail kann vertrauliche Informationen enthalten.
            """, "S-230.pdf", "4500-88790",
            [L("HB-K200", 10000, 0.38m, D(2027, 1, 4)), L("HB-K311", 5000, 0.5m, D(2027, 1, 4))]),
            new OrderPdf()
                .Line("Hausgeräte Kessler GmbH", size: 14, bold: true)
                .Line("Am Gewerbepark 4 · 33330 Gütersloh", size: 8)
                .Line("")
                .Line("Bestellung 4500-88790", size: 12, bold: true)
                .Line("Bestelldatum 07.12.2026 · Lieferant 700815 · Rahmenvertrag RV-2023-044", size: 9)
                .Table([new PdfColumn("Pos", 50, 25), new PdfColumn("Material-Nr.", 78, 70), new PdfColumn("Kurztext", 150, 140),
                    new PdfColumn("Liefertermin", 295, 60), new PdfColumn("Menge", 358, 55, true), new PdfColumn("Preis je 1000", 418, 65, true),
                    new PdfColumn("Gesamt EUR", 488, 65, true)])
                .Row("0010", "KH-BK-0200", "Bedienknopf weiß hochglanz", "04.01.2027", "10.000 ST", "380,00", "3.800,00")
                .Row("0020", "KH-TK-0311", "Tastenknopf chrom matt", "04.01.2027", "5.000 ST", "500,00", "2.500,00")
                .Foot("Gesamtwert netto 6.300,00 EUR")
                .Foot("Anlieferung: Werk Gütersloh, Tor 2, Mo–Do 6:00–13:00")
                .Build()),

        (Case("S-231", "pdf-table", "de", "30106", "Bestellung 4500124433 (Druckknöpfe)",
            """
            Hallo Herr Roth,

            anbei unsere Bestellung 4500124433. Die Position 30 haben wir kurzfristig storniert, bitte nicht liefern.

            Danke und Gruß
            Dirk Hansen
            Uniform Partner Schmidt GmbH
            """, "S-231.pdf", "4500124433",
            [L("HB-7711", 5000, 0.15m), L("HB-3305", 10000, 0.12m)]),
            new OrderPdf()
                .Line("Uniform Partner Schmidt GmbH", size: 13, bold: true)
                .Line("Industriering 9, 41065 Mönchengladbach", size: 8)
                .Line("")
                .Line("Bestellung 4500124433", size: 12, bold: true)
                .Line("Datum 07.12.2026 · Besteller D. Hansen · Kostenstelle 4410", size: 9)
                .Table([new PdfColumn("Pos", 50, 25), new PdfColumn("Artikel", 80, 65), new PdfColumn("Bezeichnung", 150, 170),
                    new PdfColumn("Menge", 325, 55, true), new PdfColumn("EP EUR", 390, 50, true), new PdfColumn("Status", 450, 90)])
                .Row("10", "HB-7711", "Druckknopf 15 mm, schwarz", "5.000", "0,15", "")
                .Row("20", "HB-3305", "Druckknopf Messing vernickelt 12 mm", "10.000", "0,12", "")
                .Row("30", "HB-7710", "Druckknopf Edelstahl 15 mm", "2.000", "0,18", "STORNIERT")
                .Foot("Bestellwert (ohne stornierte Positionen): 1.950,00 EUR netto")
                .Build()),

        (Case("S-232", "pdf-table", "de", "30103", "Bestellung",
            """
            Hallo,

            im Anhang meine Bestellung. Danke!

            Rosalie Marx
            Atelier Rosalie
            """, "S-232.pdf", null,
            [L("HB-4720-R", 300), L("HB-8040", 200, 0.65m), L("HB-SK-25", 2, 24.9m)]),
            new OrderPdf()
                .Line("Atelier Rosalie", size: 18, bold: true)
                .Line("Maßschneiderei · Kastanienallee 77 · 10435 Berlin", size: 9)
                .Line("")
                .Line("Berlin, den 6. Dezember 2026", size: 10)
                .Line("")
                .Line("Bestellung", size: 12, bold: true)
                .Table([new PdfColumn("Artikel", 50, 200), new PdfColumn("Menge", 260, 60, true), new PdfColumn("Preis", 330, 60, true)])
                .Row("Knopf 4-Loch 20 mm rot (HB-4720-R)", "300", "")
                .Row("Holzknebel 40 mm natur (HB-8040)", "200", "0,65")
                .Row("Sortimentskasten Basic (HB-SK-25)", "2", "24,90")
                .Foot("Bitte mit Rechnung liefern. Vielen Dank!")
                .Build()),

        (Case("S-233", "pdf-table", "en", "30104", "PO BW-PO-00960",
            """
            Dear Stefan,

            Please see the attached purchase order.

            Kind regards,
            Priya Shah
            Brightwear Ltd
            """, "S-233.pdf", "BW-PO-00960",
            [L("HB-2220", 2000, 0.34m, D(2027, 1, 15)), L("HB-SH-24L-GLD", 1000, 0.29m, D(2027, 1, 15))]),
            new OrderPdf()
                .Line("BRIGHTWEAR LTD", size: 16, bold: true)
                .Line("14 Savile Row, London W1S 3PJ · VAT GB123456789", size: 8)
                .Line("")
                .Line("PURCHASE ORDER", size: 13, bold: true)
                .Line("PO number: BW-PO-00960      Date: 07/12/2026      Supplier: Happy Buttons GmbH", size: 9)
                .Table([new PdfColumn("Line", 50, 30), new PdfColumn("Item code", 85, 80), new PdfColumn("Description", 170, 150),
                    new PdfColumn("Qty", 325, 45, true), new PdfColumn("Price EUR", 375, 60, true), new PdfColumn("Amount", 440, 50, true),
                    new PdfColumn("Delivery", 498, 60)])
                .Row("1", "HB-2220", "Blazer button metal 20mm gold", "2,000", "0.34", "680.00", "15-Jan-2027")
                .Row("2", "HB-SH-24L-GLD", "Shank button 24L gold, crest", "1,000", "0.29", "290.00", "15-Jan-2027")
                .Foot("Total (excl. VAT): EUR 970.00")
                .Foot("Terms: 60 days EOM. Please quote our PO number on all correspondence.")
                .Build()),

        (Case("S-234", "pdf-table", "en", "30108", "Purchase order 45877",
            """
            Hello,

            Attached you'll find purchase order 45877.

            Regards,
            Sanne van Dijk
            """, "S-234.pdf", "45877",
            [L("HB-1010", 20000, 0.03m), L("HB-1011", 6000)]),
            new OrderPdf()
                .Line("Van Dijk Textiel B.V.", size: 14, bold: true)
                .Line("Textielstraat 15 · 7511 Enschede · NL", size: 8)
                .Line("")
                .Line("PURCHASE ORDER 45877", size: 12, bold: true)
                .Line("Date 07-12-2026 · Supplier 70012 Happy Buttons GmbH", size: 9)
                .Table([new PdfColumn("Qty", 50, 50, true), new PdfColumn("UOM", 105, 30), new PdfColumn("Our code", 140, 65),
                    new PdfColumn("Supplier code", 210, 70), new PdfColumn("Description", 285, 170), new PdfColumn("Price/1000", 460, 60, true)])
                .Row("20.000", "PCS", "VD-88123", "HB-1010", "Shirt button 11mm 4-hole white", "30,00")
                .Row("6.000", "PCS", "VD-88124", "HB-1011", "Shirt button 11mm 4-hole light blue", "")
                .Foot("Delivery: as soon as possible · Incoterms DAP Enschede")
                .Build()),

        (Case("S-235", "pdf-table", "en", "10063", "Purchase order 4501-2310",
            """
            Dear Supplier,

            Please find attached Purchase Order 4501-2310. Kindly confirm within 48 hours.

            This is an automatically generated message. Nordic Seating Systems AB, Göteborg.
            """, "S-235.pdf", "4501-2310",
            [L("HB-9105", 50000, 0.068m, D(2027, 2, 1)), L("HB-9106", 20000, 0.075m, D(2027, 2, 1))]),
            new OrderPdf()
                .Line("Nordic Seating Systems AB", size: 14, bold: true)
                .Line("Fabriksgatan 8 · 41250 Göteborg · Sweden", size: 8)
                .Line("")
                .Line("Purchase order 4501-2310", size: 12, bold: true)
                .Line("Order date 2026-12-07 · Vendor 700815 · Buyer K. Svensson · Agreement FA-2025-003", size: 9)
                .Table([new PdfColumn("Item", 50, 30), new PdfColumn("Material", 82, 62), new PdfColumn("Supp. mat.", 146, 60),
                    new PdfColumn("Description", 208, 120), new PdfColumn("Qty", 330, 50, true), new PdfColumn("Unit", 385, 25),
                    new PdfColumn("Net price", 412, 45, true), new PdfColumn("per", 462, 35, true), new PdfColumn("Delivery", 505, 55)])
                .Row("00010", "NSS-10442", "HB-9105", "Rivet button 15 mm black", "50,000", "PC", "68.00", "1,000", "2027-02-01")
                .Row("00020", "NSS-10443", "HB-9106", "Rivet button 18 mm black", "20,000", "PC", "75.00", "1,000", "2027-02-01")
                .Foot("Total net value EUR 4,900.00")
                .Foot("Delivery address: Nordic Seating Systems AB, Goods receipt gate 3, Fabriksgatan 8, Göteborg")
                .Build()),

        (Case("S-236", "pdf-table", "en", "30105", "Bon de commande / Purchase order MD-2026-121",
            """
            Hello,

            Please find our purchase order MD-2026-121 attached.

            Best regards / Cordialement,
            Camille Dupont
            """, "S-236.pdf", "MD-2026-121",
            [L("HB-HH-2600", 120, 1.45m), L("HB-HN-2507", 500, 0.54m), L("HB-PM-1102", 1000)]),
            new OrderPdf()
                .Line("MAISON DUPONT SARL", size: 15, bold: true)
                .Line("12 Rue du Faubourg Saint-Honoré · 75008 Paris", size: 8)
                .Line("")
                .Line("BON DE COMMANDE / PURCHASE ORDER N° MD-2026-121", size: 12, bold: true)
                .Line("Date : 07/12/2026", size: 9)
                .Table([new PdfColumn("Réf. / Ref.", 50, 75), new PdfColumn("Désignation / Description", 130, 200),
                    new PdfColumn("Qté / Qty", 335, 55, true), new PdfColumn("P.U. HT / Unit price", 410, 110, true)])
                .Row("HB-HH-2600", "Bouton corne de cerf 26 mm / Staghorn 26 mm shank", "120", "1,45 €")
                .Row("HB-HN-2507", "Bouton corne 25 mm / Horn 25 mm dark brown", "500", "0,54 €")
                .Row("HB-PM-1102", "Bouton nacre 11 mm / Mother of pearl 11 mm", "1 000", "")
                .Foot("Livraison / Delivery: 12 Rue du Faubourg Saint-Honoré, 75008 Paris")
                .Build()),

        (Case("S-237", "free-text", "de", "30102", "Knöpfe für die Janker",
            """
            Hallo Herr Roth,

            für die neue Janker-Kollektion bräuchten wir dreihundert von den Hirschhornknöpfen mit Öse in 26 mm
            und nochmal genauso viele in 22 mm, die mit den zwei Löchern.

            Danke Ihnen und einen schönen Advent
            Alex Huber
            Trachten Huber e.K.
            """, null, null,
            [L("HB-HH-2600", 300), L("HB-HH-2200", 300)]), null),

        (Case("S-238", "free-text", "de", "30103", "Bestellung Perlmutt",
            """
            Hallo Stefan,

            ich hätte gern fünfhundert von den kleinen weißen Perlmuttknöpfen (11 mm) und zwei Eurer Mustersortimente für Hemdknöpfe.
            Die Holzknebel brauche ich diesmal nicht, davon habe ich noch genug.

            Liebe Grüße
            Rosalie Marx
            """, null, null,
            [L("HB-PM-1102", 500), L("HB-MS-01", 2)]), null),

        (Case("S-239", "free-text", "de", "30101", "Blazerknöpfe Herbstkollektion",
            """
            Sehr geehrter Herr Roth,

            für unsere Herbstkollektion benötigen wir 2.000 der goldenen Metall-Blazerknöpfe in 20 mm zum vereinbarten Preis von 0,31 €
            sowie passend dazu 1.000 goldene Ärmelknöpfe aus Metall in 15 mm.
            Die Lieferung bitte in KW 51.

            Mit freundlichen Grüßen
            Claudia Lindner
            Modehaus Lindner GmbH
            """, null, null,
            [L("HB-2220", 2000, 0.31m, D(2026, 12, 14)), L("HB-2215", 1000, null, D(2026, 12, 14))]), null),

        (Case("S-240", "free-text", "de", "30106", "Hemdknöpfe",
            """
            Guten Tag,

            wir brauchen zwanzigtausend weiße Hemdknöpfe, 11 mm mit vier Löchern, und zehntausend Stück in Hellblau in der gleichen Größe.
            Lieferung wie immer an unser Lager in Mönchengladbach.

            Mit freundlichen Grüßen
            Petra Schmidt
            Uniform Partner Schmidt GmbH, Tel. 02161 5566-21
            """, null, null,
            [L("HB-1010", 20000), L("HB-1011", 10000)]), null),

        (Case("S-241", "free-text", "de", "30107", "Steinnussknöpfe",
            """
            Hallo zusammen,

            bitte schickt uns drei Kartons à 500 Stück von den dunkelbraunen Steinnussknöpfen in 25 mm
            und außerdem 1.000 Stück von den naturfarbenen Steinnussknöpfen in 20 mm.

            Beste Grüße
            Monika Wetzel
            Strickwaren Becker GmbH
            """, null, null,
            [L("HB-6025-DB", 1500), L("HB-6020", 1000)]), null),

        (Case("S-242", "free-text", "de", "20011", "Wie telefonisch besprochen",
            """
            Hallo Herr Roth,

            wie telefonisch besprochen bestellen wir hiermit 100 Tsd. von den schwarzen 15er 4-Loch-Knöpfen aus Polyester zum Staffelpreis von 0,036 €
            und dazu 10 Sortimentskästen Basic à 21,50 €.

            Mit freundlichen Grüßen
            Dipl.-Ing. Thomas Faden
            Geschäftsführer, Knopf & Faden Großhandel KG
            """, null, null,
            [L("HB-4711", 100000, 0.036m), L("HB-SK-25", 10, 21.5m)]), null),

        (Case("S-243", "free-text", "de", "30102", "Zinn und Horn",
            """
            Grüß Gott,

            wir bräuchten die Zinnknöpfe mit dem Edelweiß, 14 mm – davon bitte 2 Gros.
            Dazu noch tausend von den dunkelbraunen Hornknöpfen in 20 mm.
            Liefertermin wäre der 21. Dezember.

            Vergelt's Gott
            Veronika Huber
            """, null, null,
            [L("HB-ZN-1400", 288, null, D(2026, 12, 21)), L("HB-HN-2007", 1000, null, D(2026, 12, 21))]), null),

        (Case("S-244", "free-text", "de", "30106", "Druckknöpfe für Arbeitsjacken",
            """
            Hallo Herr Roth,

            für die Arbeitsjacken brauchen wir 10.000 Stück Druckknöpfe aus Edelstahl, 15 mm, und von den schwarzen Druckknöpfen in 15 mm nochmal 5.000 Stück.
            Die vernickelten 12er brauchen wir erst im Frühjahr, da melden wir uns noch.

            Gruß
            Dirk Hansen
            """, null, null,
            [L("HB-7710", 10000), L("HB-7711", 5000)]), null),

        (Case("S-245", "free-text", "en", "30104", "Navy buttons for the blazer range",
            """
            Hi Stefan,

            We'd like two thousand of the navy plastic blazer buttons (20mm) and three thousand of the matching 15mm sleeve ones.
            Also a thousand of the brown horn-look buttons in 23 mm, please.

            Many thanks,
            Oliver Grant
            Brightwear Ltd
            """, null, null,
            [L("HB-2030", 2000), L("HB-2031", 3000), L("HB-5510", 1000)]), null),

        (Case("S-246", "free-text", "en", "30108", "Jeans buttons",
            """
            Dear Stefan,

            Please send us fifty thousand of the copper jeans buttons (27 lines) for delivery on 11 January 2027,
            together with 10,000 of the grey polyester buttons, 4-hole, 36 lines.

            Kind regards,
            Pieter Bakker
            Van Dijk Textiel B.V.
            """, null, null,
            [L("HB-JN-27L-CU", 50000, null, D(2027, 1, 11)), L("HB-4H-36L-GRY", 10000, null, D(2027, 1, 11))]), null),

        (Case("S-247", "free-text", "en", "30105", "Toggles and shank buttons",
            """
            Hello Stefan,

            For our winter coats we would need 400 of your natural wooden toggles (40 mm) and 1,000 of the silver metal shank buttons in 18 mm.

            Thank you and best regards,
            Julien Morel
            Maison Dupont SARL
            """, null, null,
            [L("HB-8040", 400), L("HB-2211", 1000)]), null),

        (Case("S-248", "free-text", "en", "10063", "PO 4501-2330 rivet buttons",
            """
            Hi Stefan,

            For PO 4501-2330 we need 30,000 of the black plastic rivet buttons in 18 mm and 20,000 of the 15 mm ones.
            Requested delivery date is 2027-01-18.

            Best regards,
            Karin Svensson
            Nordic Seating Systems AB
            """, null, "4501-2330",
            [L("HB-9106", 30000, null, D(2027, 1, 18)), L("HB-9105", 20000, null, D(2027, 1, 18))]), null),

        (Case("S-249", "call-off", "de", "10042", "Lieferabruf LAB-2026-1207-01",
            """
            LIEFERABRUF Nr. LAB-2026-1207-01
            zum Rahmenvertrag RV-2024-017
            Lieferant: 700815 Happy Buttons GmbH
            Werk: 01 Stuttgart, Industriestraße 12, 70565 Stuttgart

            Sachnummer     Benennung                        KW         Menge
            73-4410-200    Kunststoffknopf PA 20 grau        51/2026    40.000 Stk
            73-4410-200    Kunststoffknopf PA 20 grau        02/2027    40.000 Stk
            73-4410-212    Clip-Knopf 12 schwarz             51/2026    20.000 Stk

            Vorschau (unverbindlich): KW 04–08/2027 je ca. 40.000 Stk 73-4410-200

            Autowerk Süd AG · Disposition · Jonas Keller · T +49 711 9000-3391
            """, null, "LAB-2026-1207-01",
            [L("HB-9001", 40000, null, D(2026, 12, 14)), L("HB-9001", 40000, null, D(2027, 1, 11)), L("HB-9002", 20000, null, D(2026, 12, 14))]), null),

        (Case("S-250", "call-off", "de", "10057", "Abruf AB-2026-0007 aus RV-2023-044",
            """
            Liebe Kolleginnen und Kollegen,

            aus unserem Rahmenvertrag RV-2023-044 rufen wir ab (Abruf-Nr. AB-2026-0007):

            KH-BK-0200 Bedienknopf weiß      8.000 Stk   Liefertermin 14.12.2026
            KH-TK-0311 Tastenknopf chrom     4.000 Stk   Liefertermin 14.12.2026

            Preise gemäß Rahmenvertrag.

            Herzliche Grüße
            Sabine Kessler
            Hausgeräte Kessler GmbH · Am Gewerbepark 4 · 33330 Gütersloh
            """, null, "AB-2026-0007",
            [L("HB-K200", 8000, null, D(2026, 12, 14)), L("HB-K311", 4000, null, D(2026, 12, 14))]), null),

        (Case("S-251", "call-off", "en", "10063", "Call-off 2026-48 / FA-2025-003",
            """
            Dear Happy Buttons team,

            Call-off no. 2026-48 against framework agreement FA-2025-003:

            Part NSS-10442 (rivet button 15 mm):  week 51 – 30,000 pcs
                                                  week 53 – 30,000 pcs
            Part NSS-10443 (rivet button 18 mm):  week 1/2027 – 20,000 pcs

            Please confirm the schedule by return.

            Best regards
            Erik Lindqvist
            Nordic Seating Systems AB
            """, null, "2026-48",
            [L("HB-9105", 30000, null, D(2026, 12, 14)), L("HB-9105", 30000, null, D(2026, 12, 28)), L("HB-9106", 20000, null, D(2027, 1, 4))]), null),

        (Case("S-252", "call-off", "de", "20011", "Abruf KF-A-112",
            """
            Guten Tag,

            Abruf aus RV-2022-009, Abruf-Nr. KF-A-112:

            KF-100-15S   50.000 Stk   zu 0,036 €   Anlieferung KW 52
            KF-100-18S   10.000 Stk                Anlieferung KW 52

            Mit freundlichen Grüßen
            Birte Sommer
            Knopf & Faden Großhandel KG
            """, null, "KF-A-112",
            [L("HB-4711", 50000, 0.036m, D(2026, 12, 21)), L("HB-4712", 10000, null, D(2026, 12, 21))]), null),

        (Case("S-253", "call-off", "de", "30101", "Abruf Blazerknöpfe ML-ZUB-7781",
            """
            Hallo Herr Roth,

            wir rufen 5.000 Stk ML-ZUB-7781 ab, Anlieferung in KW 2 2027. Abruf-Nr. ML-A-26-14.

            Viele Grüße
            Claudia Lindner
            """, null, "ML-A-26-14",
            [L("HB-2220", 5000, null, D(2027, 1, 11))]), null),

        (Case("S-254", "call-off", "de", "10042", "Lieferplan LP-0815-26",
            """
            Lieferplan LP-0815-26            Abrufdatum: 07.12.2026
            Sachnummer: 73-4410-212  Clip-Knopf 12 mm schwarz
            Letzter Wareneingang: 30.11.2026, Lieferschein 887120, 20.000 Stk
            Eingangs-Fortschrittszahl: 345.000

            Verbindliche Abrufe:
              21.12.2026    15.000 Stk
              04.01.2027    15.000 Stk

            Prognose (nicht verbindlich):
              18.01.2027    15.000 Stk
              01.02.2027    20.000 Stk

            Autowerk Süd AG, Disposition Werk 01
            """, null, "LP-0815-26",
            [L("HB-9002", 15000, null, D(2026, 12, 21)), L("HB-9002", 15000, null, D(2027, 1, 4))]), null),

        (Case("S-255", "call-off", "de", "10057", "Abruf AB-2026-0008 Drehknöpfe",
            """
            Hallo,

            Abruf AB-2026-0008 aus RV-2023-044:

            KH-DK-0310 Drehknopf chrom matt – 6.000 St. zu 0,82 € – KW 2/2027
            KH-DK-0310 Drehknopf chrom matt – 6.000 St. zu 0,82 € – KW 4/2027

            Gruß
            Mika Brandt
            """, null, "AB-2026-0008",
            [L("HB-K310", 6000, 0.82m, D(2027, 1, 11)), L("HB-K310", 6000, 0.82m, D(2027, 1, 25))]), null),

        (Case("S-256", "call-off", "en", "10063", "Call-off CO-2026-51",
            """
            Hello,

            Call-off CO-2026-51 (FA-2025-003)

            Part no.     Qty          Price       Req. date
            NSS-10443    25,000 pcs   EUR 0.075   Jan 25, 2027
            NSS-10442    10,000 pcs   EUR 0.068   Feb 8, 2027

            Cumulative received to date: 420,000 pcs.
            Please confirm by return.

            Karin Svensson
            Nordic Seating Systems AB, Göteborg
            """, null, "CO-2026-51",
            [L("HB-9106", 25000, 0.075m, D(2027, 1, 25)), L("HB-9105", 10000, 0.068m, D(2027, 2, 8))]), null),

        (Case("S-257", "call-off", "de", "10042", "Abruf LAB-2026-1207-02",
            """
            Sehr geehrte Damen und Herren,

            bitte liefern Sie gemäß Rahmenvertrag RV-2024-017 zur KW 53:
            73-4410-200 – 50.000 Stk zu 0,074 €/Stk

            Abruf-Nr.: LAB-2026-1207-02

            Mit freundlichen Grüßen
            Dr. Anna Weber
            Leiterin Einkauf, Autowerk Süd AG
            """, null, "LAB-2026-1207-02",
            [L("HB-9001", 50000, 0.074m, D(2026, 12, 28))]), null),

        (Case("S-258", "call-off", "de", "20011", "Abruf 2026/118",
            """
            Hallo Herr Roth,

            Abruf-Nr. 2026/118 aus dem Rahmenvertrag:
            KF-100-18S: 3 x 10.000 Stück, je zum 04.01., 11.01. und 18.01.2027.

            Danke und Gruß
            Thomas Faden
            """, null, "2026/118",
            [L("HB-4712", 10000, null, D(2027, 1, 4)), L("HB-4712", 10000, null, D(2027, 1, 11)), L("HB-4712", 10000, null, D(2027, 1, 18))]), null),

        (Case("S-259", "call-off", "de", "10057", "Abruf AB-2026-0009",
            """
            Guten Tag,

            Abruf AB-2026-0009 (RV-2023-044):

            KH-TK-0311   6.000 St.   KW 3
            KH-BK-0200   entfällt (Bedarf verschoben)
            KH-DK-0310   2.000 St.   KW 3

            Mit freundlichen Grüßen
            Sabine Kessler
            """, null, "AB-2026-0009",
            [L("HB-K311", 6000, null, D(2027, 1, 18)), L("HB-K310", 2000, null, D(2027, 1, 18))]), null),

        (Case("S-260", "call-off", "en", "10063", "CO-2026-52",
            """
            Part no.   | Your ref | Qty    | Req. date
            NSS-10442  | HB-9105  | 15,000 | 2026-12-21

            Call-off CO-2026-52 under FA-2025-003.
            /Erik
            """, null, "CO-2026-52",
            [L("HB-9105", 15000, null, D(2026, 12, 21))]), null),
    ];

    private static ExpectedLine L(string sku, decimal quantity, decimal? unitPrice = null, DateOnly? deliveryDate = null) =>
        new(sku, quantity, unitPrice, deliveryDate);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static OrderCase Case(string id, string format, string language, string customer, string subject, string body, string? pdf, string? poNumber,
        IEnumerable<ExpectedLine> lines) =>
        new(id, format, language, customer, subject, body, pdf, new DateOnly(2026, 12, 7), new ExpectedOrder(poNumber, lines.ToList()));
}
