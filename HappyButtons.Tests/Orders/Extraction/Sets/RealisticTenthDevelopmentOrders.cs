using System.Globalization;

namespace HappyButtons.Tests.Orders.Extraction.Sets;

/// <summary>Sixty purchase orders written by hand in the style of real ones, blind (filled in by its author).</summary>
public static class RealisticTenthDevelopmentOrders
{
    public static IReadOnlyList<(OrderCase Case, byte[]? Pdf)> Generate() =>
    [
        (Case("Y-801", "call-off", "de", "10042", "Lieferabruf LAB-2026-1187 zu Rahmenvertrag RV-2024-017", """
            Sehr geehrte Damen und Herren,

            anbei unser aktueller Lieferabruf zum Rahmenvertrag RV-2024-017.

            Lieferabruf-Nr.: LAB-2026-1187        Datum: 07.12.2026
            Lieferant: 700815 Happy Buttons GmbH
            Werk: 01 Stuttgart-Vaihingen, Abladestelle Tor 4

            Sachnr.        Bezeichnung                   KW        Menge (Stk)   Status
            73-4410-200    Kunststoffknopf PA 20 grau    51/2026   20.000        fix
            73-4410-200    Kunststoffknopf PA 20 grau    01/2027   20.000        fix
            73-4410-200    Kunststoffknopf PA 20 grau    03/2027   30.000        fix
            73-4410-200    Kunststoffknopf PA 20 grau    05/2027   30.000        Vorschau
            73-4410-200    Kunststoffknopf PA 20 grau    07/2027   40.000        Vorschau

            Vorschaumengen sind unverbindlich und dienen nur Ihrer Kapazitätsplanung.

            Mit freundlichen Grüßen
            i. A. Jonas Keller
            Disposition / Einkauf
            Autowerk Süd AG, Industriestraße 12, 70565 Stuttgart
            Tel. +49 711 4490-213
            """, null, "LAB-2026-1187",
            [
                new ExpectedLine("HB-9001", 20_000, null, Week(2026, 51)),
                new ExpectedLine("HB-9001", 20_000, null, Week(2027, 1)),
                new ExpectedLine("HB-9001", 30_000, null, Week(2027, 3)),
            ]), null),

        (Case("Y-802", "call-off", "de", "10042", "DELFOR 0004417 / Autowerk Süd AG", """
            Automatisch erzeugte Nachricht – bitte nicht antworten.
            Fehlerhafte Übertragung bitte an edi@autowerk-sued.de melden.

            UNH+1+DELFOR:D:96A:UN'
            BGM+241+0004417+9'
            DTM+137:20261207:102'
            RFF+ON:RV-2024-017'
            NAD+BY+4012345000009::9++Autowerk Süd AG'
            NAD+SE+700815::92++Happy Buttons GmbH'
            NAD+ST+4012345000016::9++Werk 02 Sindelfingen'
            LIN+1++73-4410-212:IN'
            IMD+F++:::CLIP-KNOPF 12 SW'
            QTY+113:40000:PCE'
            SCC+1'
            DTM+2:20261221:102'
            QTY+113:40000:PCE'
            SCC+1'
            DTM+2:20270111:102'
            QTY+113:60000:PCE'
            SCC+4'
            DTM+2:20270208:102'
            UNT+18+1'

            Legende: SCC+1 = verbindlich, SCC+4 = Planung/Prognose
            """, null, "0004417",
            [
                new ExpectedLine("HB-9002", 40_000, null, new DateOnly(2026, 12, 21)),
                new ExpectedLine("HB-9002", 40_000, null, new DateOnly(2027, 1, 11)),
            ]), null),

        (Case("Y-803", "call-off", "de", "10057", "Abruf 4500098812 aus RV-2023-044", """
            Liebe Frau Kessler, liebes Happy-Buttons-Team,

            hiermit rufen wir aus dem Rahmenvertrag RV-2023-044 folgende Mengen ab:

            Abruf-Nr. 4500098812

            1) KH-BK-0200  Bedienknopf weiß HG      5.000 St.   380,00 EUR/1000   LT 15.01.2027
            2) KH-DK-0310  Drehknopf chrom matt     3.000 St.   820,00 EUR/1000   LT 15.01.2027
            3) KH-TK-0311  Tastenknopf chrom matt   2.000 St.   500,00 EUR/1000   LT 29.01.2027

            Anlieferung bitte an Wareneingang Halle 3, Mo–Do 7:00–14:00 Uhr.
            Lieferschein bitte immer mit unserer Abruf-Nr. und Sachnummer.

            Freundliche Grüße
            Sabine Kessler
            Einkauf Komponenten
            Hausgeräte Kessler GmbH · Am Gewerbepark 4 · 33330 Gütersloh
            """, null, "4500098812",
            [
                new ExpectedLine("HB-K200", 5_000, 0.38m, new DateOnly(2027, 1, 15)),
                new ExpectedLine("HB-K310", 3_000, 0.82m, new DateOnly(2027, 1, 15)),
                new ExpectedLine("HB-K311", 2_000, 0.50m, new DateOnly(2027, 1, 29)),
            ]), null),

        (Case("Y-804", "call-off", "en", "10063", "Delivery schedule DS-2026-0412 – FA-2025-003", """
            Dear Happy Buttons team,

            Please find below our delivery schedule DS-2026-0412 under framework agreement FA-2025-003.
            Firm zone: weeks 2–4. Everything after week 4 is forecast only and must not be shipped.

            Part no.     Description             Wk 2/27   Wk 3/27   Wk 4/27 | Wk 6/27   Wk 8/27   Wk 10/27
            NSS-10442    Rivet button 15 black   20,000        –     20,000  |  25,000   25,000    30,000
            NSS-10443    Rivet button 18 black       –     10,000        –   |  10,000   15,000    15,000
                                                 <------- FIRM ------------> | <------ FORECAST ------->

            Delivery to: Nordic Seating Systems AB, Fabriksgatan 8, 41250 Göteborg, Gate B.
            Incoterms FCA Munich as per agreement.

            Best regards,
            Erik Lindqvist
            Supply Chain Planner
            Nordic Seating Systems AB | +46 31 702 44 10
            """, null, "DS-2026-0412",
            [
                new ExpectedLine("HB-9105", 20_000, null, Week(2027, 2)),
                new ExpectedLine("HB-9105", 20_000, null, Week(2027, 4)),
                new ExpectedLine("HB-9106", 10_000, null, Week(2027, 3)),
            ]), null),

        (Case("Y-805", "call-off", "de", "10042", "Abruf 27/003", """
            Hallo Herr Roth,

            bitte Abruf aus RV-2024-017:

            73-4410-200 – 50 Tsd. Stk, Anlieferung KW 2/2027, Werk Stuttgart-Vaihingen.
            Preis lt. Rahmenvertrag 0,074 €/Stk.

            Abruf-Nr. 27/003

            Danke und Gruß
            Jonas Keller

            --
            Autowerk Süd AG | Einkauf Verbindungselemente
            T +49 711 4490-213 | einkauf@autowerk-sued.de
            Sitz der Gesellschaft: Stuttgart, HRB 12345, Vorstand: Dr. M. Berger (Vors.)
            """, null, "27/003",
            [
                new ExpectedLine("HB-9001", 50_000, 0.074m, Week(2027, 2)),
            ]), null),

        (Case("Y-806", "call-off", "en", "10057", "Call-off CO-77120 / frame contract RV-2023-044 / plant Wrocław", """
            Hello,

            please deliver the following call-off for our plant in Wrocław (Kessler Group Polska Sp. z o.o.,
            ul. Fabryczna 17, 53-609 Wrocław, Poland). Invoice to Hausgeräte Kessler GmbH, Gütersloh, as usual.

            Call-off no.: CO-77120
            Frame contract: RV-2023-044

            Our part no.   | Your part no. | Qty      | Requested arrival
            ---------------+---------------+----------+------------------
            KH-DK-0310     | HB-K310       | 4,000 pc | Jan 11, 2027
            KH-DK-0310     | HB-K310       | 4,000 pc | Feb 08, 2027
            KH-TK-0311     | HB-K311       | 6,000 pc | Jan 11, 2027

            Prices as per frame contract. Please confirm dates within 48 h.

            Kind regards
            Mika Brandt
            Global Sourcing – Kessler Group
            m.brandt@kessler-group.com
            """, null, "CO-77120",
            [
                new ExpectedLine("HB-K310", 4_000, null, new DateOnly(2027, 1, 11)),
                new ExpectedLine("HB-K310", 4_000, null, new DateOnly(2027, 2, 8)),
                new ExpectedLine("HB-K311", 6_000, null, new DateOnly(2027, 1, 11)),
            ]), null),

        (Case("Y-807", "call-off", "en", "10063", "Release 2026-51 (FA-2025-003)", """
            Hi,

            attached is release no. 2026-51 against FA-2025-003. Please note the firm/forecast flags.

            Br,
            Erik
            """, "Y-807.pdf", "2026-51",
            [
                new ExpectedLine("HB-9106", 20_000, 0.075m, Week(2026, 53)),
                new ExpectedLine("HB-9105", 10_000, 0.068m, Week(2027, 1)),
                new ExpectedLine("HB-9106", 10_000, 0.075m, Week(2027, 3)),
            ]),
            new OrderPdf()
                .Line("NORDIC SEATING SYSTEMS AB", size: 14, bold: true)
                .Line("Fabriksgatan 8 · SE-412 50 Göteborg · VAT SE556677889901", size: 8)
                .Line("")
                .Line("MATERIAL RELEASE", size: 12, bold: true)
                .Line("Release no.: 2026-51        Issued: 2026-12-07        Agreement: FA-2025-003")
                .Line("Supplier: Happy Buttons GmbH, München (supplier no. 30077)")
                .Line("Currency: EUR   Unit: PCE")
                .Table([
                    new PdfColumn("Part no.", 50, 70), new PdfColumn("Description", 125, 150), new PdfColumn("Due week", 280, 60),
                    new PdfColumn("Quantity", 345, 60, true), new PdfColumn("Unit price", 410, 55, true), new PdfColumn("Flag", 480, 60),
                ])
                .Row("NSS-10443", "Rivet button 18 mm black", "2026-W53", "20,000", "0.0750", "FIRM")
                .Row("NSS-10442", "Rivet button 15 mm black", "2027-W01", "10,000", "0.0680", "FIRM")
                .Row("NSS-10443", "Rivet button 18 mm black", "2027-W03", "10,000", "0.0750", "FIRM")
                .Row("NSS-10442", "Rivet button 15 mm black", "2027-W06", "30,000", "0.0680", "FORECAST")
                .Row("NSS-10443", "Rivet button 18 mm black", "2027-W09", "20,000", "0.0750", "FORECAST")
                .Foot("FIRM = binding release. FORECAST = for planning only, not to be shipped.")
                .Foot("Contact: Erik Lindqvist, +46 31 702 44 10, erik.lindqvist@nordicseating.se")
                .Build()),

        (Case("Y-808", "call-off", "de", "10042", "Lieferplaneinteilung 5500012345 / Änderung 14", """
            Sehr geehrte Damen und Herren,

            im Anhang erhalten Sie die aktuelle Einteilung zu unserem Lieferplan 5500012345.
            Diese Einteilung ersetzt alle vorherigen Einteilungen.

            Mit freundlichen Grüßen
            Dr. Anna Weber
            Leitung Einkauf Kleinteile
            Autowerk Süd AG
            """, "Y-808.pdf", "5500012345",
            [
                new ExpectedLine("HB-9001", 30_000, 0.079m, new DateOnly(2026, 12, 16)),
                new ExpectedLine("HB-9001", 30_000, 0.079m, new DateOnly(2027, 1, 13)),
                new ExpectedLine("HB-9002", 20_000, 0.058m, new DateOnly(2027, 1, 13)),
            ]),
            new OrderPdf()
                .Line("Autowerk Süd AG", size: 14, bold: true)
                .Line("Industriestraße 12 · 70565 Stuttgart", size: 8)
                .Line("")
                .Line("Lieferplaneinteilung (Feinabruf)", size: 12, bold: true)
                .Line("Lieferplan: 5500012345   Änderungsstand: 14   Datum: 07.12.2026")
                .Line("Rahmenvertrag: RV-2024-017   Lieferantennr.: 700815   Einkäufergruppe: K12")
                .Line("Einteilungstyp: F = Feinabruf (verbindlich), P = Prognose (unverbindlich)")
                .Table([
                    new PdfColumn("Pos", 50, 25), new PdfColumn("Material", 78, 70), new PdfColumn("Kurztext", 150, 130),
                    new PdfColumn("Typ", 285, 25), new PdfColumn("Liefertermin", 315, 65), new PdfColumn("Menge", 385, 55, true),
                    new PdfColumn("ME", 445, 20), new PdfColumn("Preis/1000", 470, 60, true),
                ])
                .Row("0010", "73-4410-200", "KNOPF PA 20MM GRAU", "F", "16.12.2026", "30.000", "ST", "79,00")
                .Row("0010", "73-4410-200", "KNOPF PA 20MM GRAU", "F", "13.01.2027", "30.000", "ST", "79,00")
                .Row("0010", "73-4410-200", "KNOPF PA 20MM GRAU", "P", "10.02.2027", "40.000", "ST", "79,00")
                .Row("0020", "73-4410-212", "CLIPKNOPF 12MM SW", "F", "13.01.2027", "20.000", "ST", "58,00")
                .Row("0020", "73-4410-212", "CLIPKNOPF 12MM SW", "P", "03.03.2027", "20.000", "ST", "58,00")
                .Foot("Es gelten die Bedingungen des Rahmenvertrags RV-2024-017 sowie unsere AEB.")
                .Foot("Anlieferung: Werk 01, Abladestelle Tor 4, Warenannahme Mo–Fr 06:00–13:30 Uhr.")
                .Build()),

        (Case("Y-809", "call-off", "de", "10057", "Abruf Nr. 4500098907", """
            Guten Tag,

            wir bitten um Lieferung gemäß RV-2023-044:

            Abruf Nr. 4500098907 vom 07.12.2026

            Pos. 10   KH-BK-0200   Bedienknopf weiß hochglanz   8.000 Stk   Liefertermin 04.01.2027
            Pos. 20   KH-DK-0310   Drehknopf chrom matt         ---- storniert (Projekt verschoben) ----
            Pos. 30   KH-TK-0311   Tastenknopf chrom matt       3.000 Stk   Liefertermin 18.01.2027

            Bitte beachten: Pos. 20 NICHT liefern, wir melden uns im Januar mit einem neuen Termin.

            Mit freundlichen Grüßen

            Mika Brandt
            Hausgeräte Kessler GmbH – Einkauf
            Tel. 05241 9930-118
            """, null, "4500098907",
            [
                new ExpectedLine("HB-K200", 8_000, null, new DateOnly(2027, 1, 4)),
                new ExpectedLine("HB-K311", 3_000, null, new DateOnly(2027, 1, 18)),
            ]), null),

        (Case("Y-810", "call-off", "en", "10063", "RE: Forecast Q1/2027 – firm release", """
            Hi Stefan,

            as discussed on the phone, we now firm up part of the Q1 forecast. Please treat the following as
            a binding call-off, release no. R-0117:

              * NSS-10442: 30,000 pcs, delivery week 1 (2027)
              * NSS-10443: 20,000 pcs, delivery week 1 (2027)

            The rest of the forecast stays as it is for now.

            Thanks,
            Erik

            -----Original Message-----
            From: Erik Lindqvist <erik.lindqvist@nordicseating.se>
            Sent: Monday, 16 November 2026 10:12
            To: s.roth@happybuttons.de
            Subject: Forecast Q1/2027

            Hi Stefan, for your planning, our forecast for Q1/2027 (not an order):
            NSS-10442   wk 1: 30,000   wk 5: 30,000   wk 9: 40,000
            NSS-10443   wk 1: 20,000   wk 5: 20,000   wk 9: 20,000
            Br, Erik
            """, null, "R-0117",
            [
                new ExpectedLine("HB-9105", 30_000, null, Week(2027, 1)),
                new ExpectedLine("HB-9106", 20_000, null, Week(2027, 1)),
            ]), null),

        (Case("Y-811", "call-off", "de", "10042", "Lieferabruf 0004431 – Werk 02", """
            Lieferabruf (VDA 4905) – Klartextausdruck

            Kunde:            Autowerk Süd AG, Werk 02 Sindelfingen
            Lieferant-Nr.:    700815
            Abruf-Nr. neu:    0004431     vom 07.12.26
            Abruf-Nr. alt:    0004409     vom 30.11.26
            Sachnummer Kunde: 73-4410-212   (Clip-Knopf 12 mm schwarz)
            Letzter Eingang:  LS 88123 vom 02.12.26, 40.000 Stk
            Fortschrittszahl Eingang: 1.240.000

            Termin      Abrufmenge   FZ kumuliert
            14.12.26        30.000      1.270.000
            04.01.27        30.000      1.300.000
            25.01.27        50.000      1.350.000

            Alle drei Termine sind Feinabrufe (verbindlich).
            """, null, "0004431",
            [
                new ExpectedLine("HB-9002", 30_000, null, new DateOnly(2026, 12, 14)),
                new ExpectedLine("HB-9002", 30_000, null, new DateOnly(2027, 1, 4)),
                new ExpectedLine("HB-9002", 50_000, null, new DateOnly(2027, 1, 25)),
            ]), null),

        (Case("Y-812", "call-off", "de", "10057", "WG: Abruf Drehknöpfe KW 53", """
            Hallo Herr Roth,

            anbei die Bitte unserer Dispo, bitte als Abruf aus RV-2023-044 einbuchen. Abrufnummer ist 4500099001.

            Viele Grüße
            Sabine Kessler

            -------- Weitergeleitete Nachricht --------
            Von: Dispo Halle 3 <dispo-h3@kessler-hausgeraete.de>
            Datum: 04.12.2026 15:47
            An: Sabine Kessler
            Betreff: Abruf Drehknöpfe KW 53

            Hallo Sabine,

            bitte bei Happy Buttons abrufen, Anlieferung in der KW 53 (zwischen den Jahren, wir produzieren!):
            - KH-DK-0310 Drehknopf chrom: 2.500 Stück
            - KH-BK-0200 Bedienknopf weiß: 5.000 Stück

            Danke, Ralf
            """, null, "4500099001",
            [
                new ExpectedLine("HB-K310", 2_500, null, Week(2026, 53)),
                new ExpectedLine("HB-K200", 5_000, null, Week(2026, 53)),
            ]), null),

        (Case("Y-813", "call-off", "en", "10063", "NSS schedule export 20261207", """
            This e-mail was generated by NSS Supply Portal. Do not reply to this address.

            SUPPLIER;30077;HAPPY BUTTONS GMBH
            AGREEMENT;FA-2025-003
            SCHEDULE;SCH-26-1207-0044
            PARTNO;DESCRIPTION;QTY;UOM;DUE;TYPE
            NSS-10443;RIVET BTN 18 BLK;15000;PCE;2026-12-21;FIRM
            NSS-10443;RIVET BTN 18 BLK;15000;PCE;2027-01-18;FIRM
            NSS-10442;RIVET BTN 15 BLK;25000;PCE;2027-01-18;FIRM
            NSS-10442;RIVET BTN 15 BLK;25000;PCE;2027-02-15;PLAN
            NSS-10443;RIVET BTN 18 BLK;15000;PCE;2027-03-15;PLAN
            END;5

            TYPE FIRM = authorised to ship; PLAN = planning information only.
            Questions: supplychain@nordicseating.se
            """, null, "SCH-26-1207-0044",
            [
                new ExpectedLine("HB-9106", 15_000, null, new DateOnly(2026, 12, 21)),
                new ExpectedLine("HB-9106", 15_000, null, new DateOnly(2027, 1, 18)),
                new ExpectedLine("HB-9105", 25_000, null, new DateOnly(2027, 1, 18)),
            ]), null),

        (Case("Y-814", "call-off", "de", "10042", "Abruf 27/004 – Polyamidknöpfe", """
            Guten Morgen Herr Roth,

            wir benötigen aus dem Rahmenvertrag folgende Mengen (Abruf 27/004):

            Sachnummer 73-4410-200: 6 VE à 10.000 Stk. zum 11.01.2027
            Sachnummer 73-4410-212: 2 VE à 10.000 Stk. zum 11.01.2027

            Bitte wie immer auf Einwegpaletten, max. 4 VE pro Palette, Palettenschein außen.

            Gruß
            Jonas Keller
            Autowerk Süd AG · Einkauf · 0711 4490-213
            """, null, "27/004",
            [
                new ExpectedLine("HB-9001", 60_000, null, new DateOnly(2027, 1, 11)),
                new ExpectedLine("HB-9002", 20_000, null, new DateOnly(2027, 1, 11)),
            ]), null),

        (Case("Y-815", "call-off", "de", "10057", "Abruf 4500099042", """
            Sehr geehrte Damen und Herren,

            bitte beachten Sie den beigefügten Abruf. Bitte Auftragsbestätigung an einkauf@kessler-hausgeraete.de.

            Mit freundlichen Grüßen
            Hausgeräte Kessler GmbH
            Einkauf
            """, "Y-815.pdf", "4500099042",
            [
                new ExpectedLine("HB-K200", 10_000, 0.38m, new DateOnly(2027, 1, 25)),
                new ExpectedLine("HB-K311", 4_000, 0.50m, new DateOnly(2027, 1, 25)),
                new ExpectedLine("HB-K311", 4_000, 0.50m, new DateOnly(2027, 2, 22)),
            ]),
            new OrderPdf()
                .Line("Hausgeräte Kessler GmbH", size: 14, bold: true)
                .Line("Am Gewerbepark 4 · 33330 Gütersloh · Tel. 05241 9930-0", size: 8)
                .Line("")
                .Line("ABRUF AUS RAHMENVERTRAG", size: 12, bold: true)
                .Line("Abruf-Nr.: 4500099042            Datum: 07.12.2026")
                .Line("Rahmenvertrag: RV-2023-044       Lieferant: 70044 Happy Buttons GmbH")
                .Line("Ansprechpartner: Sabine Kessler, s.kessler@kessler-hausgeraete.de")
                .Table([
                    new PdfColumn("Pos.", 50, 30), new PdfColumn("Sachnummer", 82, 75), new PdfColumn("Bezeichnung", 160, 130),
                    new PdfColumn("Menge", 295, 55, true), new PdfColumn("Preis/Stk", 355, 50, true), new PdfColumn("Wert EUR", 410, 60, true),
                    new PdfColumn("Liefertermin", 480, 70),
                ])
                .Row("10", "KH-BK-0200", "Bedienknopf weiß hochglanz", "10.000", "0,3800", "3.800,00", "25.01.2027")
                .Row("20", "KH-TK-0311", "Tastenknopf chrom matt", "4.000", "0,5000", "2.000,00", "25.01.2027")
                .Row("30", "KH-TK-0311", "Tastenknopf chrom matt", "4.000", "0,5000", "2.000,00", "22.02.2027")
                .Foot("Gesamtwert netto: 7.800,00 EUR   zzgl. 19 % MwSt.: 1.482,00 EUR   Gesamt: 9.282,00 EUR")
                .Foot("Lieferbedingung: frei Haus, Wareneingang Halle 3. Zahlung: 30 Tage netto.")
                .Build()),

        (Case("Y-816", "call-off", "en", "10063", "Release 18 – NSS-10443", """
            Hi Stefan,

            pls ship against FA-2025-003, release 18:
            NSS-10443 x 30k, ETA Göteborg wk 3.

            Cheers
            Karin Holm | Logistics | Nordic Seating Systems AB
            Sent from my phone
            """, null, "18",
            [
                new ExpectedLine("HB-9106", 30_000, null, Week(2027, 3)),
            ]), null),

        (Case("Y-817", "call-off", "de", "10042", "Lieferplan Werk 01 – Stand 07.12.2026", """
            Sehr geehrte Damen und Herren,

            nachfolgend unser rollierender Lieferplan (Lieferplan-Nr. LP-01-2026-49). Verbindlich sind die
            Mengen bis einschließlich KW 02/2027, ab KW 03 handelt es sich um eine unverbindliche Prognose.

            Sachnummer    | KW 51 | KW 52 | KW 53 | KW 01 | KW 02 || KW 03 | KW 04 | KW 05
            73-4410-200   | 20000 |     0 |     0 | 20000 | 20000 || 20000 | 30000 | 30000
            73-4410-212   |     0 | 10000 |     0 |     0 | 10000 || 10000 | 10000 | 20000

            (KW 51–53 = 2026, KW 01–05 = 2027; Mengen in Stück)

            Mit freundlichen Grüßen
            Jonas Keller
            Materialdisposition
            Autowerk Süd AG
            """, null, "LP-01-2026-49",
            [
                new ExpectedLine("HB-9001", 20_000, null, Week(2026, 51)),
                new ExpectedLine("HB-9001", 20_000, null, Week(2027, 1)),
                new ExpectedLine("HB-9001", 20_000, null, Week(2027, 2)),
                new ExpectedLine("HB-9002", 10_000, null, Week(2026, 52)),
                new ExpectedLine("HB-9002", 10_000, null, Week(2027, 2)),
            ]), null),

        (Case("Y-818", "call-off", "de", "10057", "Abruf 4500099077 – Anlieferung Januar", """
            Hallo zusammen,

            wir rufen aus RV-2023-044 ab (Abruf 4500099077):

            • Bedienknopf weiß HG, Sachnr. KH-BK-0200: 6.000 Stück, Anliefertag Mo 11.01.2027, Zeitfenster 8–10 Uhr
            • Drehknopf chrom matt, Sachnr. KH-DK-0310: 2.000 Stück, Anliefertag Mo 11.01.2027, Zeitfenster 8–10 Uhr

            Den Tastenknopf KH-TK-0311 benötigen wir diesmal nicht, da noch ausreichend Bestand.

            Freundliche Grüße aus Gütersloh
            Sabine Kessler
            """, null, "4500099077",
            [
                new ExpectedLine("HB-K200", 6_000, null, new DateOnly(2027, 1, 11)),
                new ExpectedLine("HB-K310", 2_000, null, new DateOnly(2027, 1, 11)),
            ]), null),

        (Case("Y-819", "call-off", "en", "10063", "Schedule update SCH-26-1207-0051", """
            Dear supplier,

            Schedule update SCH-26-1207-0051 (agreement FA-2025-003) – replaces SCH-26-1130-0032.

            Line  Part        Qty (pcs)   Due date      Status
            1     NSS-10442   20 000      2027-01-11    Firm
            2     NSS-10442   20 000      25-Jan-27     Firm
            3     NSS-10443   10 000      25-Jan-27     Firm
            4     NSS-10443   10 000      22-Feb-27     Tentative

            Tentative lines will be confirmed or cancelled with the next update.

            Regards
            Purchasing department
            Nordic Seating Systems AB
            """, null, "SCH-26-1207-0051",
            [
                new ExpectedLine("HB-9105", 20_000, null, new DateOnly(2027, 1, 11)),
                new ExpectedLine("HB-9105", 20_000, null, new DateOnly(2027, 1, 25)),
                new ExpectedLine("HB-9106", 10_000, null, new DateOnly(2027, 1, 25)),
            ]), null),

        (Case("Y-820", "call-off", "de", "10042", "EILT – Sonderabruf 27/S01 Clipknöpfe", """
            Herr Roth,

            Bandstillstand droht! Wir brauchen dringend einen Sonderabruf außerhalb des Lieferplans:

            Sonderabruf-Nr.: 27/S01
            Sachnr.: 73-4410-212
            Menge: 20.000 Stk
            Termin: morgen, 08.12.2026, spätestens 10:00 Uhr Werk 01 Tor 4

            Mehrkosten für Express übernehmen wir. Bitte kurze Rückmeldung per Telefon: 0711 4490-213.

            Keller
            """, null, "27/S01",
            [
                new ExpectedLine("HB-9002", 20_000, null, new DateOnly(2026, 12, 8)),
            ]), null),

        (Case("Y-821", "call-off", "en", "10057", "Call-off CO-77151 – Gütersloh", """
            Hi Stefan,

            Mika from Kessler Group sourcing here. Please book the following call-off against RV-2023-044
            for the Gütersloh plant:

            Call-off #: CO-77151

            1. KH-BK-0200 (white high-gloss control knob) – 12,000 pcs – delivery Jan 25, 2027
            2. KH-TK-0311 (push button knob, chrome matt) – 3,000 pcs – delivery Jan 25, 2027
            3. KH-TK-0311 – 3,000 pcs – delivery Feb 22, 2027

            Unit prices as agreed: 0.38 / 0.50 EUR.

            Thanks & regards,
            Mika Brandt
            Kessler Group | Global Sourcing
            """, null, "CO-77151",
            [
                new ExpectedLine("HB-K200", 12_000, 0.38m, new DateOnly(2027, 1, 25)),
                new ExpectedLine("HB-K311", 3_000, 0.50m, new DateOnly(2027, 1, 25)),
                new ExpectedLine("HB-K311", 3_000, 0.50m, new DateOnly(2027, 2, 22)),
            ]), null),

        (Case("Y-822", "call-off", "en", "10063", "Scheduling agreement release 5500-0098", """
            Good morning,

            please see attached scheduling agreement release. Order confirmation to purchasing@nordicseating.se.

            Kind regards
            Erik Lindqvist
            """, "Y-822.pdf", "5500-0098",
            [
                new ExpectedLine("HB-9105", 40_000, null, new DateOnly(2027, 1, 8)),
                new ExpectedLine("HB-9106", 20_000, null, new DateOnly(2027, 1, 8)),
            ]),
            new OrderPdf()
                .Line("Nordic Seating Systems AB", size: 13, bold: true)
                .Line("Purchasing · Fabriksgatan 8 · 41250 Göteborg · Sweden", size: 8)
                .Line("")
                .Line("Scheduling Agreement Release", size: 12, bold: true)
                .Line("Release: 5500-0098    Agreement: FA-2025-003    Date: 07 Dec 2026")
                .Line("Ship-to: Plant Torslanda, Dock 2, Hamnvägen 41, 418 78 Göteborg")
                .Table([
                    new PdfColumn("Item", 50, 30), new PdfColumn("Material", 85, 70), new PdfColumn("Description", 160, 140),
                    new PdfColumn("Delivery date", 305, 75), new PdfColumn("Qty", 385, 60, true), new PdfColumn("UoM", 450, 30),
                    new PdfColumn("Zone", 485, 60),
                ])
                .Row("10", "NSS-10442", "Rivet button 15mm black PA", "08 Jan 2027", "40,000", "PCE", "Firm")
                .Row("20", "NSS-10443", "Rivet button 18mm black PA", "08 Jan 2027", "20,000", "PCE", "Firm")
                .Row("30", "NSS-10442", "Rivet button 15mm black PA", "05 Feb 2027", "40,000", "PCE", "Trade-off")
                .Row("40", "NSS-10443", "Rivet button 18mm black PA", "05 Mar 2027", "20,000", "PCE", "Forecast")
                .Foot("Zones: Firm = ship; Trade-off = material may be procured, do not ship; Forecast = information only.")
                .Build()),

        (Case("Y-823", "call-off", "de", "10042", "Abruf 27/005 + Anfrage", """
            Sehr geehrter Herr Roth,

            1) Abruf 27/005 aus RV-2024-017:
               73-4410-200, 40.000 Stück, Liefertermin 18.01.2027

            2) Anfrage (keine Bestellung): Können Sie den Clip-Knopf 12 mm (73-4410-212) auch in Weiß liefern?
               Bedarf wäre ca. 100.000 Stück p. a. ab Q3/2027. Bitte um Angebot.

            Mit freundlichen Grüßen
            Dr. Anna Weber
            Autowerk Süd AG – Einkauf
            """, null, "27/005",
            [
                new ExpectedLine("HB-9001", 40_000, null, new DateOnly(2027, 1, 18)),
            ]), null),

        (Case("Y-824", "call-off", "de", "10057", "Abruf 4500099103", """
            Hallo Herr Roth,

            Abruf 4500099103 / RV-2023-044:

            KH-DK-0310    4 Tsd.    KW 2
            KH-BK-0200    7,5 Tsd.  KW 2
            KH-TK-0311    2 Tsd.    KW 4

            (alles 2027)

            Gruß
            M. Brandt
            """, null, "4500099103",
            [
                new ExpectedLine("HB-K310", 4_000, null, Week(2027, 2)),
                new ExpectedLine("HB-K200", 7_500, null, Week(2027, 2)),
                new ExpectedLine("HB-K311", 2_000, null, Week(2027, 4)),
            ]), null),

        (Case("Y-825", "call-off", "en", "10063", "Revised release R-0121 – wk 51 cancelled", """
            Hi Stefan,

            Revised release R-0121 under FA-2025-003:

            - NSS-10442, wk 51: CANCELLED (was 20,000 pcs) – our line is down for maintenance
            - NSS-10442, wk 2/2027: 40,000 pcs (unchanged)
            - NSS-10443, wk 2/2027: 20,000 pcs (new)

            Sorry for the short notice.

            Best,
            Erik
            """, null, "R-0121",
            [
                new ExpectedLine("HB-9105", 40_000, null, Week(2027, 2)),
                new ExpectedLine("HB-9106", 20_000, null, Week(2027, 2)),
            ]), null),

        (Case("Y-826", "call-off", "de", "10042", "Lieferabruf 0004452", """
            Lieferabruf 0004452 im Anhang (PDF).

            Autowerk Süd AG
            Materialwirtschaft Werk 02
            """, "Y-826.pdf", "0004452",
            [
                new ExpectedLine("HB-9002", 20_000, null, new DateOnly(2026, 12, 18)),
                new ExpectedLine("HB-9002", 30_000, null, new DateOnly(2027, 1, 8)),
            ]),
            new OrderPdf()
                .Line("LIEFERABRUF", size: 14, bold: true)
                .Line("Autowerk Süd AG · Werk 02 Sindelfingen · Abladestelle 2-17")
                .Line("Lieferant: 700815 Happy Buttons GmbH, München")
                .Line("Abruf-Nr. neu: 0004452 vom 07.12.2026     Abruf-Nr. alt: 0004423 vom 30.11.2026")
                .Line("Sachnummer Kunde: 73-4410-212     Sachnummer Lieferant: HB-9002")
                .Line("Benennung: Clip-Knopf 12 mm schwarz     Mengeneinheit: Stück")
                .Line("Letzte Lieferung: LS 88140 vom 04.12.2026, 30.000 Stück     Eingangs-FZ: 1.270.000")
                .Table([
                    new PdfColumn("Termin", 50, 80), new PdfColumn("Abrufmenge", 135, 70, true), new PdfColumn("FZ kumuliert", 215, 80, true),
                    new PdfColumn("Status", 310, 120),
                ])
                .Row("18.12.2026", "20.000", "1.290.000", "Feinabruf")
                .Row("08.01.2027", "30.000", "1.320.000", "Feinabruf")
                .Row("Februar 2027", "60.000", "1.380.000", "Vorschau Monat")
                .Row("März 2027", "60.000", "1.440.000", "Vorschau Monat")
                .Foot("Feinabrufe sind verbindlich. Vorschaumengen dienen nur der Planung.")
                .Build()),

        (Case("Y-827", "call-off", "de", "10057", "Abruf 4500099120 (RV-2023-044) – Drehknöpfe chrom", """
            Sehr geehrte Damen und Herren,

            zum Rahmenvertrag RV-2023-044 rufen wir mit Abruf-Nr. 4500099120 ab:

            Sachnummer KH-DK-0310, Drehknopf chrom matt
              - 3.000 Stk zum 11.01.2027
              - 3.000 Stk zum 08.02.2027
              - 3.000 Stk zum 08.03.2027

            Die Termine sind Anliefertermine bei uns im Werk.

            Mit freundlichen Grüßen
            i. A. Mika Brandt
            Hausgeräte Kessler GmbH, Einkauf
            Am Gewerbepark 4, 33330 Gütersloh
            Geschäftsführer: Dr. Hans-Peter Kessler · Amtsgericht Gütersloh HRB 4711
            """, null, "4500099120",
            [
                new ExpectedLine("HB-K310", 3_000, null, new DateOnly(2027, 1, 11)),
                new ExpectedLine("HB-K310", 3_000, null, new DateOnly(2027, 2, 8)),
                new ExpectedLine("HB-K310", 3_000, null, new DateOnly(2027, 3, 8)),
            ]), null),

        (Case("Y-828", "call-off", "en", "10063", "Call-off 2027-002", """
            Hello Happy Buttons,

            I am covering for Erik (on leave until 4 Jan). Please register our call-off 2027-002 under FA-2025-003:

            Part NSS-10443 (18 mm rivet button, black) .... 25,000 pcs .... required on site 14 January 2027
            Part NSS-10442 (15 mm rivet button, black) .... 25,000 pcs .... required on site 14 January 2027

            Price per agreement: EUR 75.00 and EUR 68.00 per thousand.

            With kind regards,
            Karin Holm
            Logistics Coordinator
            Nordic Seating Systems AB, Göteborg
            """, null, "2027-002",
            [
                new ExpectedLine("HB-9106", 25_000, 0.075m, new DateOnly(2027, 1, 14)),
                new ExpectedLine("HB-9105", 25_000, 0.068m, new DateOnly(2027, 1, 14)),
            ]), null),

        (Case("Y-829", "call-off", "de", "10042", "Abruf 27/006", """
            Sehr geehrter Herr Roth,

            bezugnehmend auf unseren Rahmenvertrag RV-2024-017 vom 15.03.2024 rufen wir hiermit ab:

            Abruf-Nr.   Sachnummer     Menge        Wunschtermin
            27/006      73-4410-200    100.000 St   KW 4/2027 (Teillieferungen zulässig)

            Der Preis beträgt gemäß Staffel 0,0740 EUR je Stück.

            Mit freundlichen Grüßen

            Dr. Anna Weber
            Leiterin Einkauf Kleinteile
            Autowerk Süd AG | Industriestraße 12 | 70565 Stuttgart
            """, null, "27/006",
            [
                new ExpectedLine("HB-9001", 100_000, 0.074m, Week(2027, 4)),
            ]), null),

        (Case("Y-830", "call-off", "de", "10057", "Abruf 12 von 20 – RV-2023-044", """
            Guten Tag Herr Roth,

            anbei Abruf 12 aus dem Rahmenauftrag. Bitte Liefertermine bestätigen.

            Viele Grüße
            Sabine Kessler
            """, "Y-830.pdf", "4500099133",
            [
                new ExpectedLine("HB-K200", 4_000, 0.38m, Week(2027, 3)),
                new ExpectedLine("HB-K310", 2_000, 0.82m, Week(2027, 3)),
                new ExpectedLine("HB-K310", 2_000, 0.82m, Week(2027, 7)),
            ]),
            new OrderPdf()
                .Line("Hausgeräte Kessler GmbH – Einkauf", size: 13, bold: true)
                .Line("Rahmenauftrag RV-2023-044 · Abruf 12 von 20", size: 11)
                .Line("Bestell-/Abrufnummer: 4500099133     Datum: 07.12.2026")
                .Line("Lieferadresse: Werk Gütersloh, Wareneingang Halle 3")
                .Table([
                    new PdfColumn("Pos", 50, 25), new PdfColumn("Unsere Sachnr.", 78, 80), new PdfColumn("Bezeichnung", 162, 120),
                    new PdfColumn("Menge Stk", 285, 60, true), new PdfColumn("Preis/100", 350, 55, true), new PdfColumn("Termin", 415, 70),
                ])
                .Row("1", "KH-BK-0200", "Bedienknopf weiß hochglanz", "4.000", "38,00", "KW 03/2027")
                .Row("2", "KH-DK-0310", "Drehknopf chrom matt", "2.000", "82,00", "KW 03/2027")
                .Row("3", "KH-DK-0310", "Drehknopf chrom matt", "2.000", "82,00", "KW 07/2027")
                .Foot("Restmenge Rahmenauftrag nach diesem Abruf: KH-BK-0200 38.000 Stk, KH-DK-0310 21.000 Stk.")
                .Foot("Bitte Abrufnummer auf allen Lieferpapieren angeben.")
                .Build()),

        (Case("Y-831", "text-en", "en", "30104", "Purchase Order BW-PO-22871", """
            Dear Sirs,

            Please accept our order as follows:

            PO number:  BW-PO-22871
            Date:       7th December 2026
            Delivery:   w/c 11 January 2027

            Item            Description                              Qty      Unit price
            HB-HN-2007      Horn button 20mm 4-hole dark brown       1,000    €0.42
            HB-2220         Blazer button metal 20mm gold            1,500    €0.34

            Please quote our PO number on all correspondence and invoices.

            Kind regards,

            Oliver Grant
            Head of Production
            Brightwear Ltd | 14 Savile Row | London W1S 3PJ
            T: +44 20 7946 0321
            """, null, "BW-PO-22871",
            [
                new ExpectedLine("HB-HN-2007", 1_000, 0.42m, new DateOnly(2027, 1, 11)),
                new ExpectedLine("HB-2220", 1_500, 0.34m, new DateOnly(2027, 1, 11)),
            ]), null),

        (Case("Y-832", "text-en", "en", "30108", "Order 2026-0934", """
            Hi Stefan,

            Here's our next order, ref. 2026-0934:

            HB-4H-28L-WHT – 20,000 pcs
            HB-2H-20L-NAV – 10,000 pcs
            HB-R15 – 5,000 pcs

            We need everything in Enschede before 18 December 2026 please, our production starts the 21st.

            Groetjes,
            Sanne van Dijk
            Van Dijk Textiel B.V.
            Textielstraat 15, 7511 Enschede, NL
            """, null, "2026-0934",
            [
                new ExpectedLine("HB-4H-28L-WHT", 20_000, null, new DateOnly(2026, 12, 18)),
                new ExpectedLine("HB-2H-20L-NAV", 10_000, null, new DateOnly(2026, 12, 18)),
                new ExpectedLine("HB-R15", 5_000, null, new DateOnly(2026, 12, 18)),
            ]), null),

        (Case("Y-833", "text-en", "en", "30105", "Order MD-1288 – mother of pearl buttons", """
            Hello,

            For our spring collection we would like to order :

            - Mother of pearl button 11 mm, 2 holes, white (ref. HB-PM-1102) : 3 000 pieces at € 58,00 / 100 pcs
            - Pewter button 14 mm Edelweiss (ref. HB-ZN-1400) : 400 pieces at € 0,64 / piece

            Our order number : MD-1288
            Delivery wished : 15/01/2027, to our atelier (12 Rue du Faubourg Saint-Honoré, 75008 Paris).

            Thank you in advance, best regards
            Camille Dupont
            Maison Dupont SARL
            Tél. +33 1 42 65 00 17
            """, null, "MD-1288",
            [
                new ExpectedLine("HB-PM-1102", 3_000, 0.58m, new DateOnly(2027, 1, 15)),
                new ExpectedLine("HB-ZN-1400", 400, 0.64m, new DateOnly(2027, 1, 15)),
            ]), null),

        (Case("Y-834", "text-en", "en", "30104", "PO #BW-NY-0457 staghorn buttons", """
            Hi there,

            Brightwear New York here (our Soho studio orders through the London account). Please enter:

            PO #: BW-NY-0457
            Ship date: 01/15/2027

            (3) gross – Staghorn button 22mm, 2-hole, natural – HB-HH-2200
            (2) gross – Staghorn button 26mm, shank, natural – HB-HH-2600

            Ship UPS Worldwide Expedited, account # 8X4-771. Bill to Brightwear Ltd, London.

            Thanks!
            Jessica Moreno
            Production Coordinator | Brightwear NYC
            (212) 555-0148
            """, null, "BW-NY-0457",
            [
                new ExpectedLine("HB-HH-2200", 432, null, new DateOnly(2027, 1, 15)),
                new ExpectedLine("HB-HH-2600", 288, null, new DateOnly(2027, 1, 15)),
            ]), null),

        (Case("Y-835", "text-en", "en", "30108", "RE: Your quotation Q-2026-1187", """
            Hi Stefan,

            Thanks for the quote. We go ahead with items 1 and 3 only, please (PO VDT-26-1187).
            Item 2 we'll buy locally this time.

            Delivery ASAP.

            Sanne

            ________________________________
            From: Stefan Roth <s.roth@happybuttons.de>
            Sent: Thursday, December 3, 2026 14:05
            To: Sanne van Dijk
            Subject: Your quotation Q-2026-1187

            Dear Sanne,

            as requested we offer:

            1. HB-6020 Corozo button 20 mm, 4-hole, natural – 2,000 pcs – EUR 0.31/pc
            2. HB-5510 Horn-look button 23 mm, brown – 3,000 pcs – EUR 0.16/pc
            3. HB-6025-DB Corozo button 25 mm, dark brown – 1,000 pcs – EUR 0.39/pc

            Delivery approx. 2 weeks after order.

            Best regards
            Stefan Roth
            """, null, "VDT-26-1187",
            [
                new ExpectedLine("HB-6020", 2_000, 0.31m, null),
                new ExpectedLine("HB-6025-DB", 1_000, 0.39m, null),
            ]), null),

        (Case("Y-836", "text-en", "en", "10063", "PO NSS-PO-88120 – sample kits", """
            Dear Happy Buttons,

            Our design team would like some sample material for the 2028 seat programme. This is a normal
            purchase order, not under the framework agreement.

            Purchase order: NSS-PO-88120
              3 x HB-MS-01  Sample assortment shirt buttons
              2 x HB-SK-25  Button assortment box Basic

            Please send to: Nordic Seating Systems AB, att. Design Studio / Lina Berg, Fabriksgatan 8, Göteborg.

            Regards,
            Lina Berg
            Industrial Design
            """, null, "NSS-PO-88120",
            [
                new ExpectedLine("HB-MS-01", 3, null, null),
                new ExpectedLine("HB-SK-25", 2, null, null),
            ]), null),

        (Case("Y-837", "text-en", "en", "30104", "Fwd: buttons for AW27 blazers", """
            Stefan – please process below as our PO 22904. Delivery by 8 January if at all possible.
            Ollie

            ---------- Forwarded message ---------
            From: Hannah Price <h.price@brightwear.co.uk>
            Date: Fri, 4 Dec 2026 at 16:20
            Subject: buttons for AW27 blazers
            To: Oliver Grant <o.grant@brightwear.co.uk>

            Ollie, for the AW27 navy blazers we need from Happy Buttons:

            front – HB-2030 navy blazer button 20mm x 2,400
            sleeve – HB-2031 navy sleeve button 15mm x 4,800

            The gold metal ones (HB-2220) we still have in stock, no need.
            H.
            """, null, "22904",
            [
                new ExpectedLine("HB-2030", 2_400, null, new DateOnly(2027, 1, 8)),
                new ExpectedLine("HB-2031", 4_800, null, new DateOnly(2027, 1, 8)),
            ]), null),

        (Case("Y-838", "text-en", "en", "30108", "Purchase Order 4500-2231 from Van Dijk Textiel B.V.", """
            PURCHASE ORDER                                           No. 4500-2231
            Van Dijk Textiel B.V.                                    Date: 07-12-2026
            Textielstraat 15, 7511 Enschede                          Supplier: 100318
            VAT NL123456789B01                                       Buyer: S. van Dijk

            Item  Article         Description                       Qty  UoM  Price      Amount
            ----  --------------  -------------------------------  ----- ---  ---------  --------
            1     HB-JN-27L-CU    Jeans button 27L copper          8000  PCS  0.0950     760.00
            2     HB-7711         Snap fastener 15mm black         3000  PCS  0.1500     450.00
            3     HB-3305         Snap brass nickel-plated 12mm    2000  PCS  0.1200     240.00
                                                                           ------------------
                                                                   Net total EUR         1,450.00
                                                                   VAT 0% (reverse charge)  0.00
                                                                   Total EUR            1,450.00

            Requested delivery date: 2027-01-06
            Terms: 30 days net. Incoterms: DAP Enschede.
            """, null, "4500-2231",
            [
                new ExpectedLine("HB-JN-27L-CU", 8_000, 0.095m, new DateOnly(2027, 1, 6)),
                new ExpectedLine("HB-7711", 3_000, 0.15m, new DateOnly(2027, 1, 6)),
                new ExpectedLine("HB-3305", 2_000, 0.12m, new DateOnly(2027, 1, 6)),
            ]), null),

        (Case("Y-839", "text-en", "en", "30105", "Order for corozo buttons", """
            Dear Mr Roth,

            Following our phone call, please find our order n° MD-1301:

            Corozo buttons 25 mm, 4 holes, dark brown: 2 000 pcs
            Corozo buttons 20 mm, 4 holes, natural: 1 500 pcs
            Wooden toggles 40 mm natural: 300 pcs

            Delivery before Christmas would be perfect (latest 22/12/2026).

            Kind regards,
            Camille Dupont
            """, null, "MD-1301",
            [
                new ExpectedLine("HB-6025-DB", 2_000, null, new DateOnly(2026, 12, 22)),
                new ExpectedLine("HB-6020", 1_500, null, new DateOnly(2026, 12, 22)),
                new ExpectedLine("HB-8040", 300, null, new DateOnly(2026, 12, 22)),
            ]), null),

        (Case("Y-840", "text-en", "en", "30103", "order from Atelier Rosalie", """
            Hi there,

            I'm Mia, the new intern at Atelier Rosalie – Rosalie asked me to place this order (sorry, my German
            isn't good enough yet!).

            - 150 staghorn buttons, 18 mm, 2 holes, natural (HB-HH-1800)
            - 200 wooden toggles 40 mm (HB-8040)

            Could you send them to Kastanienallee 77, 10435 Berlin? No rush, anytime in January is fine.

            Thanks so much!
            Mia Thompson
            Atelier Rosalie · Berlin
            """, null, null,
            [
                new ExpectedLine("HB-HH-1800", 150, null, null),
                new ExpectedLine("HB-8040", 200, null, null),
            ]), null),

        (Case("Y-841", "text-en", "en", "30104", "Shirt buttons – PO 22917", """
            Morning Stefan,

            Shirting room's running low again. Please send:

            HB-1010 white 11mm shirt buttons – 10k
            HB-1011 light blue ditto – 5k

            PO 22917. Usual delivery address, usual terms.

            Cheers,
            Ollie
            """, null, "22917",
            [
                new ExpectedLine("HB-1010", 10_000, null, null),
                new ExpectedLine("HB-1011", 5_000, null, null),
            ]), null),

        (Case("Y-842", "text-en", "en", "30108", "Order 2026-0951 (updated)", """
            Dear Stefan,

            Please find our order 2026-0951, updated version – please use this one and ignore the one from Friday.

            Line 1: HB-4H-18L-BLK, 4-hole 18L black – 25,000 pcs
            Line 2: HB-4H-36L-GRY, 4-hole 36L grey – 4,000 pcs
            Line 3: HB-SH-24L-GLD, metal shank 24L gold crest – CANCELLED, do not ship
            Line 4: HB-4720-R, 4-hole 20mm red – 500 pcs

            Delivery date: Monday 4 January 2027.

            Kind regards,
            Sanne van Dijk
            """, null, "2026-0951",
            [
                new ExpectedLine("HB-4H-18L-BLK", 25_000, null, new DateOnly(2027, 1, 4)),
                new ExpectedLine("HB-4H-36L-GRY", 4_000, null, new DateOnly(2027, 1, 4)),
                new ExpectedLine("HB-4720-R", 500, null, new DateOnly(2027, 1, 4)),
            ]), null),

        (Case("Y-843", "text-en", "en", "20011", "Export order KF-EX-2026-118", """
            Dear colleagues,

            this is an order from our export desk (customer in Ireland, direct shipment requested):

            Order no. KF-EX-2026-118

            Our art. no.   Qty       Price/pc
            KF-100-15S     50,000    EUR 0.036
            KF-100-18S     20,000    EUR 0.055

            Please ship directly to: Celtic Tailoring Ltd, Unit 4, Ballymount Industrial Estate, Dublin 12, Ireland.
            Invoice to Knopf & Faden Großhandel KG, Hamburg.

            Best regards
            Dipl.-Ing. Thomas Faden
            Knopf & Faden Großhandel KG · Hanseatenweg 21 · 22113 Hamburg
            """, null, "KF-EX-2026-118",
            [
                new ExpectedLine("HB-4711", 50_000, 0.036m, null),
                new ExpectedLine("HB-4712", 20_000, 0.055m, null),
            ]), null),

        (Case("Y-844", "text-en", "en", "30105", "Commande / Order MD-1310", """
            Hello Stefan,

            Order MD-1310, delivery week 3 please:

            Ref.          | Designation                       | Qty
            HB-SH-24L-GLD | Metal shank button 24L gold crest | 1 200
            HB-2215       | Metal sleeve button 15 mm gold    | 2 400

            Merci et bonne journée,
            Camille
            """, null, "MD-1310",
            [
                new ExpectedLine("HB-SH-24L-GLD", 1_200, null, Week(2027, 3)),
                new ExpectedLine("HB-2215", 2_400, null, Week(2027, 3)),
            ]), null),

        (Case("Y-845", "text-en", "en", "30104", "jeans buttons again", """
            Stefan,

            Can you send another 2,000 of the copper jeans buttons (HB-JN-27L-CU), same as last time? Our PO is 22950.

            Thanks
            Ollie

            Sent from my iPhone
            """, null, "22950",
            [
                new ExpectedLine("HB-JN-27L-CU", 2_000, null, null),
            ]), null),

        (Case("Y-846", "text-en", "en", "30108", "Order 2026-0960 + question", """
            Hi Stefan,

            Quick question first: do you have the 32 mm horn button (2-hole, dark brown) in stock again? We might
            need around 500 pcs in February – not ordering yet, just asking.

            And please ship this now, our order 2026-0960:
              • 1,000 x HB-HN-2507 horn button 25mm dark brown
              • 1,000 x HB-HN-2007 horn button 20mm dark brown

            Thanks!
            Sanne
            """, null, "2026-0960",
            [
                new ExpectedLine("HB-HN-2507", 1_000, null, null),
                new ExpectedLine("HB-HN-2007", 1_000, null, null),
            ]), null),

        (Case("Y-847", "text-en", "en", "10063", "Purchase order NSS-PO-88145 (spot buy)", """
            Dear Sir/Madam,

            Purchase order NSS-PO-88145 – spot buy, outside FA-2025-003.

            Pos 1: HB-7710 stainless steel snap fastener 15mm, quantity 20,000 PCE, unit price EUR 0.18
            Pos 2: HB-7711 snap fastener 15mm black, quantity 10,000 PCE, unit price EUR 0.15

            Requested delivery: 2027-01-20, Fabriksgatan 8, Göteborg, goods receiving gate B.
            Payment terms: 60 days net. Our general terms of purchase apply.

            Yours faithfully,
            Purchasing Department
            Nordic Seating Systems AB
            """, null, "NSS-PO-88145",
            [
                new ExpectedLine("HB-7710", 20_000, 0.18m, new DateOnly(2027, 1, 20)),
                new ExpectedLine("HB-7711", 10_000, 0.15m, new DateOnly(2027, 1, 20)),
            ]), null),

        (Case("Y-848", "text-en", "en", "30104", "PO 22961 – navy blazer buttons", """
            Hello,

            PO 22961 please:

            Navy plastic blazer buttons 20 mm (HB-2030): 4 cartons of 500
            Navy plastic sleeve buttons 15 mm (HB-2031): 6 cartons of 1,000

            Delivery required 21/12/2026 at the latest – DDP London.

            Many thanks,
            Hannah Price
            Trims & Accessories Buyer
            Brightwear Ltd
            """, null, "22961",
            [
                new ExpectedLine("HB-2030", 2_000, null, new DateOnly(2026, 12, 21)),
                new ExpectedLine("HB-2031", 6_000, null, new DateOnly(2026, 12, 21)),
            ]), null),

        (Case("Y-849", "text-en", "en", "30106", "Order UPS-UK-0072 chef jackets", """
            Dear Mr Roth,

            we are writing in English so our UK project colleagues in copy can follow.

            For the chef-jacket contract with Harbour Hotels (UK) we order under our order no. UPS-UK-0072:

            a) 3,000 pcs removable chef jacket buttons with split ring, white (HB-KJ-12)
            b) 5,000 pcs snap fasteners, nickel-plated brass, 12 mm (HB-3305)

            Delivery to our warehouse in Mönchengladbach by 15 January 2027.

            Kind regards
            Petra Schmidt
            Uniform Partner Schmidt GmbH · Industriering 9 · 41065 Mönchengladbach
            """, null, "UPS-UK-0072",
            [
                new ExpectedLine("HB-KJ-12", 3_000, null, new DateOnly(2027, 1, 15)),
                new ExpectedLine("HB-3305", 5_000, null, new DateOnly(2027, 1, 15)),
            ]), null),

        (Case("Y-850", "text-en", "en", "30108", "order 2026-0972", """
            Hello Happy Buttons,

            order 2026-0972:

            | Item          | Qty    | Price/pc | Delivery   |
            |---------------|--------|----------|------------|
            | HB-5511       | 6,000  | 0.11     | 2026-12-21 |
            | HB-5510       | 3,000  | 0.16     | 2026-12-21 |
            | HB-1003       | 10,000 | 0.038    | 2027-01-11 |

            Total: EUR 1,520.00 excl. VAT

            Best,
            Sanne van Dijk
            Purchasing | Van Dijk Textiel B.V.
            """, null, "2026-0972",
            [
                new ExpectedLine("HB-5511", 6_000, 0.11m, new DateOnly(2026, 12, 21)),
                new ExpectedLine("HB-5510", 3_000, 0.16m, new DateOnly(2026, 12, 21)),
                new ExpectedLine("HB-1003", 10_000, 0.038m, new DateOnly(2027, 1, 11)),
            ]), null),

        (Case("Y-851", "text-en", "en", "30105", "Order MD-1322", """
            Dear Stefan,

            Please book our order MD-1322:

            HB-6020 – corozo 20 mm natural – 2,000 pieces – € 310 per 1,000
            HB-HN-2507 – horn 25 mm dark brown – 600 pieces – € 540 per 1,000

            Delivery: end of January is fine (not later than 29 January 2027).

            Best regards,
            Camille Dupont
            Maison Dupont SARL – 12 Rue du Faubourg Saint-Honoré – 75008 Paris
            """, null, "MD-1322",
            [
                new ExpectedLine("HB-6020", 2_000, 0.31m, new DateOnly(2027, 1, 29)),
                new ExpectedLine("HB-HN-2507", 600, 0.54m, new DateOnly(2027, 1, 29)),
            ]), null),

        (Case("Y-852", "text-en", "en", "30104", "Brightwear PO 22977", """
            Dear Happy Buttons,

            Please supply the following against Brightwear purchase order 22977:

            1.5k  HB-2210  metal shank button 18mm antique brass   @ 0.26   =   390.00
            1.5k  HB-2211  metal shank button 18mm silver          @ 0.26   =   390.00
            1k    HB-MT-1512  metal button 15mm shank antique brass @ 0.23  =   230.00
                                                              Subtotal EUR  1,010.00
                                                              VAT (reverse charge)  –
                                                              Total EUR     1,010.00

            Shipping: DDP London, deliver to goods-in at rear entrance (Old Burlington Street), Mon–Fri 9–4.
            Required: 14th January 2027.

            Regards,
            Oliver Grant
            """, null, "22977",
            [
                new ExpectedLine("HB-2210", 1_500, 0.26m, new DateOnly(2027, 1, 14)),
                new ExpectedLine("HB-2211", 1_500, 0.26m, new DateOnly(2027, 1, 14)),
                new ExpectedLine("HB-MT-1512", 1_000, 0.23m, new DateOnly(2027, 1, 14)),
            ]), null),

        (Case("Y-853", "text-en", "en", "30108", "Order 2026-0980 – shirt buttons", """
            Good morning,

            our order 2026-0980:

            12 gross HB-1010 white shirt buttons 11mm 4-hole... wait, that is below your minimum, so make it
            2,000 pcs HB-1010 instead.
            Plus 20,000 pcs HB-1001 polyester 2-hole 11mm white.

            Delivery as soon as possible.

            Groeten,
            Sanne
            """, null, "2026-0980",
            [
                new ExpectedLine("HB-1010", 2_000, null, null),
                new ExpectedLine("HB-1001", 20_000, null, null),
            ]), null),

        (Case("Y-854", "text-en", "en", "30104", "Re: Order confirmation AB-2026-4471 – additions, new PO 22990", """
            Hi Stefan,

            thanks for the confirmation of PO 22961. Please do NOT change that one – we'd like to place a separate
            order for these additions, new PO 22990:

            - HB-7710 stainless snaps 15mm: 2,000
            - HB-R15 recycled polyester 15mm navy: 3,000

            Same delivery date as 22961 if possible (21 December 2026).

            Thanks,
            Hannah

            > On 4 Dec 2026, at 11:02, Stefan Roth wrote:
            > Dear Hannah, we confirm your PO 22961: 2,000 pcs HB-2030 and 6,000 pcs HB-2031, delivery 21.12.2026.
            > Best regards, Stefan Roth
            """, null, "22990",
            [
                new ExpectedLine("HB-7710", 2_000, null, new DateOnly(2026, 12, 21)),
                new ExpectedLine("HB-R15", 3_000, null, new DateOnly(2026, 12, 21)),
            ]), null),

        (Case("Y-855", "text-en", "en", "30105", "order MD-1330", """
            Bonjour Stefan,

            order MD-1330:
            1500 x HB-SH-24L-GLD
            500 x HB-2220
            1000 x HB-2215

            to be delivered 08/02/2027 (8 February).

            Camille
            """, null, "MD-1330",
            [
                new ExpectedLine("HB-SH-24L-GLD", 1_500, null, new DateOnly(2027, 2, 8)),
                new ExpectedLine("HB-2220", 500, null, new DateOnly(2027, 2, 8)),
                new ExpectedLine("HB-2215", 1_000, null, new DateOnly(2027, 2, 8)),
            ]), null),

        (Case("Y-856", "text-en", "en", "10063", "PO NSS-PO-88160", """
            Hello,

            PO NSS-PO-88160 – additional quantity for the prototype line, separate from our schedules under
            FA-2025-003 and NOT to be counted against the agreement:

            Part no. NSS-10443 (your HB-9106), 10,000 pcs, unit price EUR 0.0790, delivery 2027-01-15.

            Regards
            Erik Lindqvist
            """, null, "NSS-PO-88160",
            [
                new ExpectedLine("HB-9106", 10_000, 0.079m, new DateOnly(2027, 1, 15)),
            ]), null),

        (Case("Y-857", "text-en", "en", "30104", "PO #BW-NY-0463", """
            Attn: Order Desk

            Please enter the following PO for Brightwear NYC.

            PO #BW-NY-0463            Date: 12/07/2026
            Requested ship date: Dec 18, 2026

            QTY     ITEM #          DESCRIPTION                                   UNIT $      EXT $
            500     HB-PM-1102      MOP button 11mm 2-hole white                  EUR 0.58    EUR 290.00
            1,000   HB-5511         Horn-look button 15mm brown                   EUR 0.11    EUR 110.00
                                                                          TOTAL   EUR 400.00

            Ship via FedEx International Priority. Bill to Brightwear Ltd, London (acct 30104).

            Jessica Moreno | Brightwear NYC | 580 Broadway, Suite 902, New York, NY 10012
            """, null, "BW-NY-0463",
            [
                new ExpectedLine("HB-PM-1102", 500, 0.58m, new DateOnly(2026, 12, 18)),
                new ExpectedLine("HB-5511", 1_000, 0.11m, new DateOnly(2026, 12, 18)),
            ]), null),

        (Case("Y-858", "text-en", "en", "30108", "Order 2026-0988", """
            Dear Stefan,

            please deliver under our order 2026-0988:

            * 15 gross of the red 4-hole 20 mm buttons (HB-4720-R)
            * 10 cartons à 1,000 pcs HB-4712 (4-hole 18 mm black)

            Delivery date: 11 January 2027.

            Thank you and kind regards,
            Sanne van Dijk
            """, null, "2026-0988",
            [
                new ExpectedLine("HB-4720-R", 2_160, null, new DateOnly(2027, 1, 11)),
                new ExpectedLine("HB-4712", 10_000, null, new DateOnly(2027, 1, 11)),
            ]), null),

        (Case("Y-859", "text-en", "en", "30104", "Order – horn buttons PO 23004", """
            Dear Stefan,

            We were pleased with the last delivery. Please now supply, under PO 23004:

            Two thousand (2,000) horn buttons 20mm, four-hole, dark brown, your ref. HB-HN-2007, at €0.42 each.
            Five hundred (500) staghorn buttons 22mm, two-hole, natural, ref. HB-HH-2200, at €1.18 each.

            Delivery by Friday 22nd January 2027, please.

            With best wishes,
            Oliver Grant
            Brightwear Ltd
            """, null, "23004",
            [
                new ExpectedLine("HB-HN-2007", 2_000, 0.42m, new DateOnly(2027, 1, 22)),
                new ExpectedLine("HB-HH-2200", 500, 1.18m, new DateOnly(2027, 1, 22)),
            ]), null),

        (Case("Y-860", "text-en", "en", "30108", "PO 2026-0995", """
            PURCHASE ORDER 2026-0995
            ------------------------------------------------------------
            Supplier : Happy Buttons GmbH, Munich
            Buyer    : Van Dijk Textiel B.V., Enschede
            Date     : 7 Dec 2026
            ------------------------------------------------------------
            01  HB-1002   Polyester button 2-hole 13mm white
                Qty: 15,000 pcs     Price: EUR 3.20 / 100 pcs
                Delivery: 2027-01-18
            ------------------------------------------------------------
            02  HB-2H-20L-NAV   Polyester button 2-hole 20L navy
                Qty: 10,000 pcs     Price: EUR 3.40 / 100 pcs
                Delivery: 2027-01-18
            ------------------------------------------------------------
            Total net: EUR 820.00
            Please confirm within 2 working days.
            """, null, "2026-0995",
            [
                new ExpectedLine("HB-1002", 15_000, 0.032m, new DateOnly(2027, 1, 18)),
                new ExpectedLine("HB-2H-20L-NAV", 10_000, 0.034m, new DateOnly(2027, 1, 18)),
            ]), null),
    ];

    private static DateOnly Week(int year, int week) => DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));

    private static OrderCase Case(string id, string format, string language, string customer, string subject, string body, string? pdf, string? poNumber,
        IEnumerable<ExpectedLine> lines) =>
        new(id, format, language, customer, subject, body, pdf, new DateOnly(2026, 12, 7), new ExpectedOrder(poNumber, lines.ToList()));
}
