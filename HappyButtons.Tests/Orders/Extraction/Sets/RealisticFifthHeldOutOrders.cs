namespace HappyButtons.Tests.Orders.Extraction.Sets;

/// <summary>Sixty purchase orders written by hand in the style of real ones, blind (filled in by its author).</summary>
public static class RealisticFifthHeldOutOrders
{
    public static IReadOnlyList<(OrderCase Case, byte[]? Pdf)> Generate() =>
    [
        (Case("V-501", "text-de", "de", "30101", "Bestellung ML-4471 Hornknöpfe / Metallknöpfe",
            """
            Guten Morgen Herr Roth,

            anbei unsere Bestellung ML-4471:

            - 2.000 Stk HB-HN-2007 Hornknopf 20 mm dunkelbraun à 0,385 €
            - 1.000 Stk HB-MT-1512 Metallknopf 15 mm Öse altmessing à 0,214 €

            Lieferung bitte bis 18.12.2026 an unser Lager Maximilianstraße 30, 80539 München (Anlieferung Hof, Tor 2).

            Viele Grüße
            Claudia Lindner
            Modehaus Lindner GmbH | Einkauf Zubehör
            Tel. +49 89 2420 1177
            """, null, "ML-4471",
            [
                new ExpectedLine("HB-HN-2007", 2000, 0.385m, D(2026, 12, 18)),
                new ExpectedLine("HB-MT-1512", 1000, 0.214m, D(2026, 12, 18)),
            ]), null),

        (Case("V-502", "text-de", "de", "30102", "AW: Angebot Hirschhorn- und Zinnknöpfe",
            """
            Hallo Herr Roth,

            danke für das Angebot, passt so. Wir bestellen hiermit (unsere Bestell-Nr. 2026-118):

            300 Stk. Hirschhornknopf 22 mm natur, HB-HH-2200
            500 Stk. Zinnknopf 14 mm Edelweiß, HB-ZN-1400

            Die 26er Hirschhorn mit Öse brauchen wir diesmal nicht, die haben wir noch auf Lager.

            Servus aus Rosenheim
            Alex Huber
            Trachten Huber e.K. · Ludwigstraße 5 · 83022 Rosenheim · 08031 / 36 14 20

            -----Ursprüngliche Nachricht-----
            Von: Stefan Roth <s.roth@happybuttons.de>
            Gesendet: Donnerstag, 3. Dezember 2026 14:12
            Betreff: Angebot Hirschhorn- und Zinnknöpfe

            Sehr geehrter Herr Huber,

            gerne bieten wir Ihnen an:
            Pos. 1  HB-HH-2200 Hirschhornknopf 22 mm   ab 100 Stk   1,18 €/Stk
            Pos. 2  HB-HH-2600 Hirschhornknopf 26 mm Öse   ab 100 Stk   1,45 €/Stk
            Pos. 3  HB-ZN-1400 Zinnknopf Edelweiß   ab 200 Stk   0,64 €/Stk

            Mit freundlichen Grüßen
            Stefan Roth
            """, null, "2026-118",
            [
                new ExpectedLine("HB-HH-2200", 300),
                new ExpectedLine("HB-ZN-1400", 500),
            ]), null),

        (Case("V-503", "text-de", "de", "30106", "Bestellung BE-26-04471",
            """
            Sehr geehrte Damen und Herren,

            bitte liefern Sie gemäß folgender Bestellung:

            Bestell-Nr.: BE-26-04471        Datum: 07.12.2026        Lieferanten-Nr.: 70233

            Pos  Artikel   Bezeichnung                      Menge    ME    Preis/100 ME
            10   HB-2030   Blazerknopf Kunststoff 20 mm     5.000    Stk   19,00
            20   HB-2031   Ärmelknopf Kunststoff 15 mm     10.000    Stk   14,00

            Liefertermin: KW 02/2027
            Lieferadresse: Uniform Partner Schmidt GmbH, Industriering 9, 41065 Mönchengladbach
            Zahlungsbedingungen: 14 Tage 2 % Skonto, 30 Tage netto

            Mit freundlichen Grüßen
            i. A. Petra Schmidt
            Einkauf | Tel. 02161 / 57 83-210
            """, null, "BE-26-04471",
            [
                new ExpectedLine("HB-2030", 5000, 0.19m, D(2027, 1, 11)),
                new ExpectedLine("HB-2031", 10000, 0.14m, D(2027, 1, 11)),
            ]), null),

        (Case("V-504", "text-de", "de", "30107", "Nachbestellung Steinnuss",
            """
            Hallo zusammen,

            wir brauchen wieder Steinnussknöpfe für die Winterjacken:

            HB-6020  Steinnussknopf 20 mm natur  ->  5 Gros
            HB-6025-DB  Steinnussknopf 25 mm dunkelbraun  ->  4 Gros

            Liefertermin: so schnell wie möglich, gerne auch in zwei Teillieferungen.
            Rechnung bitte wie immer an die Buchhaltung.

            Gruß
            Jan Becker
            Strickwaren Becker GmbH
            Wollweg 3, 72379 Hechingen
            """, null, null,
            [
                new ExpectedLine("HB-6020", 720),
                new ExpectedLine("HB-6025-DB", 576),
            ]), null),

        (Case("V-505", "text-de", "de", "20011", "Bestellung KF-B-88213",
            """
            Sehr geehrte Damen und Herren,

            hiermit bestellen wir zu den bekannten Konditionen (Rahmenvertrag RV-2022-009):

            Bestellnummer: KF-B-88213

            1) HB-1010  Hemdknopf 11 mm 4-Loch weiß        10 VE à 5.000 Stk
            2) HB-1011  Hemdknopf 11 mm 4-Loch hellblau     4 VE à 5.000 Stk
            3) HB-SK-25 Sortimentskasten Basic             12 Stück à 21,50 €

            Versand per Spedition, frei Haus Hanseatenweg 21, 22113 Hamburg.
            Warenannahme Mo–Fr 7:00–15:30 Uhr.

            Mit freundlichen Grüßen

            Dipl.-Ing. Thomas Faden
            Knopf & Faden Großhandel KG
            Tel. 040 / 73 11 98-0 · Fax -99
            """, null, "KF-B-88213",
            [
                new ExpectedLine("HB-1010", 50000),
                new ExpectedLine("HB-1011", 20000),
                new ExpectedLine("HB-SK-25", 12, 21.50m),
            ]), null),

        (Case("V-506", "text-de", "de", "30103", "Knöpfe :)",
            """
            Hallo ihr Lieben,

            ich bräuchte mal wieder was:

            1x Mustersortiment Hemdenknöpfe (HB-MS-01)
            600 Stück Perlmuttknöpfe HB-PM-1102

            Ach, und eine Frage: habt ihr die Holzknebel auch in 30 mm? Dann würde ich die nächstes Mal mitbestellen.

            Liebe Grüße aus dem Prenzlauer Berg
            Rosalie

            Atelier Rosalie – Maßschneiderei
            Kastanienallee 77, 10435 Berlin
            0176 / 2284 9915
            """, null, null,
            [
                new ExpectedLine("HB-MS-01", 1),
                new ExpectedLine("HB-PM-1102", 600),
            ]), null),

        (Case("V-507", "text-de", "de", "30101", "WG: Bestellung ML-4502 Blazerknöpfe",
            """
            Hallo Herr Roth,

            bitte die untenstehende Bestellung meiner Kollegin bearbeiten, sie ist diese Woche im Urlaub.

            Danke und Gruß
            Claudia Lindner

            ---------- Weitergeleitete Nachricht ----------
            Von: Vera Koch <v.koch@modehaus-lindner.de>
            Datum: Fr., 4. Dez. 2026 um 16:47
            Betreff: Bestellung ML-4502 Blazerknöpfe
            An: Claudia Lindner <claudia@modehaus-lindner.de>

            Claudia, kannst du das bitte an Happy Buttons schicken?

            Bestellung ML-4502
            3.000 Stk  HB-2220  Blazerknopf Metall 20 mm gold    0,31 €/Stk (Sonderpreis 2026)
            2.000 Stk  HB-2215  Ärmelknopf Metall 15 mm gold     0,21 €/Stk
            Liefertermin: 15. Januar 2027

            Vera
            """, null, "ML-4502",
            [
                new ExpectedLine("HB-2220", 3000, 0.31m, D(2027, 1, 15)),
                new ExpectedLine("HB-2215", 2000, 0.21m, D(2027, 1, 15)),
            ]), null),

        (Case("V-508", "text-de", "de", "30106", "Bestellung 4500021877",
            """
            Guten Tag,

            zu unserer Bestellung 4500021877 (Druckknöpfe Berufsbekleidung):

            Pos. 1  HB-7710  Druckknopf Edelstahl 15 mm      20 Tsd.
            Pos. 2  HB-3305  Druckknopf Messing vernickelt   15 Tsd.
            Pos. 3  HB-KJ-12 Kochjackenknopf mit Splint      2,5 Tsd.
            Pos. 4  HB-7711  Druckknopf schwarz 15 mm        entfällt (wird über Lager gedeckt)

            Liefertermin: 21.12.2026

            Freundliche Grüße
            Markus Vogt
            Einkauf / Disposition
            Uniform Partner Schmidt GmbH
            Industriering 9 · 41065 Mönchengladbach · Tel. 02161 57 83-214
            """, null, "4500021877",
            [
                new ExpectedLine("HB-7710", 20000, null, D(2026, 12, 21)),
                new ExpectedLine("HB-3305", 15000, null, D(2026, 12, 21)),
                new ExpectedLine("HB-KJ-12", 2500, null, D(2026, 12, 21)),
            ]), null),

        (Case("V-509", "text-de", "de", "30102", "Bestellung TH-0917",
            """
            Grüß Gott,

            unsere Bestellung TH-0917:

            | Art.-Nr.   | Bezeichnung                  | Menge |
            |------------|------------------------------|-------|
            | HB-HN-2507 | Hornknopf 25 mm dunkelbraun  |   800 |
            | HB-HH-1800 | Hirschhornknopf 18 mm natur  |   400 |
            | HB-8040    | Holzknebel 40 mm natur       |   250 |

            Anlieferung bis spätestens 22.01.27.

            Mit freundlichen Grüßen
            Maria Huber
            Trachten Huber e.K.
            """, null, "TH-0917",
            [
                new ExpectedLine("HB-HN-2507", 800, null, D(2027, 1, 22)),
                new ExpectedLine("HB-HH-1800", 400, null, D(2027, 1, 22)),
                new ExpectedLine("HB-8040", 250, null, D(2027, 1, 22)),
            ]), null),

        (Case("V-510", "text-de", "de", "20011", "KF-B-88240 schwarze 4-Loch",
            """
            Moin,

            bitte schnell noch vor Weihnachten:

            HB-4711 (15 mm schwarz) 60k @ 0,036
            HB-4712 (18 mm schwarz) 20k

            Unsere Bestell-Nr. KF-B-88240, Lieferung KW 51.

            Danke & Gruß
            Heike Stein
            Knopf & Faden Großhandel KG – Einkauf
            """, null, "KF-B-88240",
            [
                new ExpectedLine("HB-4711", 60000, 0.036m, D(2026, 12, 14)),
                new ExpectedLine("HB-4712", 20000, null, D(2026, 12, 14)),
            ]), null),

        (Case("V-511", "text-de", "de", "30107", "Bestellung SB-2026-311 Hornoptik",
            """
            Sehr geehrter Herr Roth,

            wir bestellen:

            Bestellung SB-2026-311
            HB-5511  Knopf Hornoptik 15 mm braun    3.000 Stück
            HB-5510  Knopf Hornoptik 23 mm braun    1.500 Stück

            Zu Ihrer Planung eine Vorschau für Q1/2027 (noch keine Bestellung!):
            HB-5510  ca. 6.000 Stück
            HB-8040  ca. 1.000 Stück

            Mit freundlichen Grüßen
            Sonja Kramer
            Strickwaren Becker GmbH, Wollweg 3, 72379 Hechingen
            """, null, "SB-2026-311",
            [
                new ExpectedLine("HB-5511", 3000),
                new ExpectedLine("HB-5510", 1500),
            ]), null),

        (Case("V-512", "text-de", "de", "30101", "Bestellung ML-4519",
            """
            Sehr geehrte Damen und Herren,

            anbei unsere Bestellung ML-4519 für die Frühjahrskollektion.

            Artikel       Bezeichnung                                 Menge      Preis
            HB-R15        Recycling-Polyesterknopf 15 mm marine       4.000 Stk  60,00 €/1000
            HB-4720-R     Knopf 4-Loch 20 mm rot                        300 Stk   7,00 €/100

            Warenwert netto:   261,00 €
            zzgl. 19 % MwSt.:   49,59 €
            Gesamt:            310,59 €

            Wunschtermin: 08.01.2027

            Mit freundlichen Grüßen
            Felix Ortner
            Modehaus Lindner GmbH · Maximilianstraße 30 · 80539 München
            """, null, "ML-4519",
            [
                new ExpectedLine("HB-R15", 4000, 0.06m, D(2027, 1, 8)),
                new ExpectedLine("HB-4720-R", 300, 0.07m, D(2027, 1, 8)),
            ]), null),

        (Case("V-513", "text-en", "en", "30104", "PO BW-PO-7781 horn and staghorn buttons",
            """
            Dear Stefan,

            Please supply the following against our PO BW-PO-7781:

            1,000 x HB-HN-2007 horn button 20 mm, 4-hole, dark brown
            500 x HB-HH-2200 staghorn button 22 mm, natural

            Delivery by 4 January 2027 please, to 14 Savile Row, London W1S 3PJ.

            Kind regards,
            Oliver Grant
            Head of Sourcing, Brightwear Ltd
            T: +44 20 7946 0312

            This e-mail and any attachments are confidential and intended solely for the addressee.
            """, null, "BW-PO-7781",
            [
                new ExpectedLine("HB-HN-2007", 1000, null, D(2027, 1, 4)),
                new ExpectedLine("HB-HH-2200", 500, null, D(2027, 1, 4)),
            ]), null),

        (Case("V-514", "text-en", "en", "30108", "Purchase Order VDT-PO-26-1204",
            """
            PURCHASE ORDER VDT-PO-26-1204
            Order date: 2026-12-07
            Supplier: Happy Buttons GmbH (vendor 200187)

            Line  Item            Description                     Qty      UoM  Price
            1     HB-4H-18L-BLK   Polyester 4-hole 18L black      25,000   PCS  0.0290
            2     HB-4H-28L-WHT   Polyester 4-hole 28L white      10,000   PCS  0.0480

            Requested delivery: 2027-01-15
            Incoterms: DAP Enschede
            Deliver to: Van Dijk Textiel B.V., Textielstraat 15, 7511 Enschede, NL

            Please confirm within 48 hours.
            Sanne van Dijk
            """, null, "VDT-PO-26-1204",
            [
                new ExpectedLine("HB-4H-18L-BLK", 25000, 0.029m, D(2027, 1, 15)),
                new ExpectedLine("HB-4H-28L-WHT", 10000, 0.048m, D(2027, 1, 15)),
            ]), null),

        (Case("V-515", "text-en", "en", "30105", "Order MD-2612-03",
            """
            Hello,

            We would like to order, our reference MD-2612-03:

            - 2 000 pcs HB-SH-24L-GLD (metal shank button 24L, gold, crest)
            - 1 500 pcs HB-2211 (metal shank button 18 mm, silver)

            Delivery before 20/01/2027 please, to 12 Rue du Faubourg Saint-Honoré, 75008 Paris.

            Best regards / Bien cordialement,
            Camille Dupont
            Maison Dupont SARL
            +33 1 42 65 18 40
            """, null, "MD-2612-03",
            [
                new ExpectedLine("HB-SH-24L-GLD", 2000, null, D(2027, 1, 20)),
                new ExpectedLine("HB-2211", 1500, null, D(2027, 1, 20)),
            ]), null),

        (Case("V-516", "text-en", "en", "10063", "Additional order NSS-PO-55120 - snap fasteners",
            """
            Hi Stefan,

            In addition to the call-offs under our framework agreement, please send us

            5,000 pcs HB-3305 press stud brass nickel-plated 12 mm

            for the seat cover pilot line. Our PO no. is NSS-PO-55120. Standard list price is fine.

            Best regards
            Erik Lindqvist
            Purchasing, Nordic Seating Systems AB
            Fabriksgatan 8, 412 50 Göteborg, Sweden
            +46 31 704 22 10
            """, null, "NSS-PO-55120",
            [
                new ExpectedLine("HB-3305", 5000),
            ]), null),

        (Case("V-517", "text-en", "en", "30104", "RE: Quotation Q-26-0912 metal buttons",
            """
            Hi Stefan,

            Thanks for the quick quote. Please go ahead with items 1 and 3; item 2 is not needed for now.
            Our PO number is BW-PO-7795.

            Cheers,
            Priya Shah
            Buyer, Brightwear Ltd

            > From: Stefan Roth
            > Sent: 2 December 2026 10:05
            > Subject: Quotation Q-26-0912 metal buttons
            >
            > Dear Ms Shah,
            > as requested we are pleased to quote:
            > 1. HB-2220 blazer button metal 20 mm, gold      2,000 pcs   EUR 0.34/pc
            > 2. HB-2215 sleeve button metal 15 mm, gold      4,000 pcs   EUR 0.21/pc
            > 3. HB-SH-24L-GLD shank button 24L, gold, crest  1,000 pcs   EUR 0.29/pc
            > Delivery approx. 2 weeks after order.
            > Kind regards, Stefan Roth
            """, null, "BW-PO-7795",
            [
                new ExpectedLine("HB-2220", 2000, 0.34m),
                new ExpectedLine("HB-SH-24L-GLD", 1000, 0.29m),
            ]), null),

        (Case("V-518", "text-en", "en", "30108", "Order VDT-PO-26-1219 jeans buttons",
            """
            Good morning,

            Please book the following order VDT-PO-26-1219:

            HB-JN-27L-CU jeans button 27L copper ........ 100 gross
            HB-2H-20L-NAV polyester 2-hole 20L navy ...... 50,000 pcs

            Delivery in week 3 (2027).

            Met vriendelijke groet / Kind regards
            Joost Bakker
            Van Dijk Textiel B.V. | Inkoop
            """, null, "VDT-PO-26-1219",
            [
                new ExpectedLine("HB-JN-27L-CU", 14400, null, D(2027, 1, 18)),
                new ExpectedLine("HB-2H-20L-NAV", 50000, null, D(2027, 1, 18)),
            ]), null),

        (Case("V-519", "text-en", "en", "30104", "BW-PO-7802 navy plastic buttons",
            """
            Dear Happy Buttons team,

            Order BW-PO-7802 - navy blazer range

            Code	Description	Qty (pcs)	Unit price (per 100)
            HB-2030	Blazer button plastic 20 mm navy	1,500	19.00
            HB-2031	Sleeve button plastic 15 mm navy	3,000	14.00

            Required: 11/01/2027

            Regards,
            Tom Ellis
            Production Planning, Brightwear Ltd
            """, null, "BW-PO-7802",
            [
                new ExpectedLine("HB-2030", 1500, 0.19m, D(2027, 1, 11)),
                new ExpectedLine("HB-2031", 3000, 0.14m, D(2027, 1, 11)),
            ]), null),

        (Case("V-520", "text-en", "en", "30105", "Mother of pearl and staghorn",
            """
            Dear Sir or Madam,

            For our spring collection please deliver:

            HB-PM-1102 mother of pearl 11 mm, 2 holes, white: 2k
            HB-HH-1800 staghorn 18 mm, natural: 0.5k

            Delivery mid-January would be perfect.

            Merci et bonne journée,
            Camille Dupont
            Maison Dupont SARL, Paris
            """, null, null,
            [
                new ExpectedLine("HB-PM-1102", 2000),
                new ExpectedLine("HB-HH-1800", 500),
            ]), null),

        (Case("V-521", "text-en", "en", "10063", "Order 4711-NSS-2026-88 clip buttons",
            """
            Hello,

            Please deliver 30,000 pcs of your clip button 12 mm black, item HB-9002, to our plant:
            Nordic Seating Systems AB, Plant 3, Industrivägen 21, 553 02 Jönköping, Sweden.

            Order no.: 4711-NSS-2026-88
            Delivery by 21 Dec 2026.

            Best regards,
            Karin Sjöberg
            Supply Chain, Nordic Seating Systems AB
            """, null, "4711-NSS-2026-88",
            [
                new ExpectedLine("HB-9002", 30000, null, D(2026, 12, 21)),
            ]), null),

        (Case("V-522", "text-en", "en", "30108", "Fwd: order grey 36L",
            """
            Hi Stefan, please process the order below. Thanks! Sanne

            ---------- Forwarded message ---------
            From: Lotte Meijer <l.meijer@vandijk-textiel.nl>
            Date: Fri, 4 Dec 2026, 11:20
            Subject: order grey 36L
            To: Sanne van Dijk <sanne@vandijk-textiel.nl>

            Sanne, can you order this with Happy Buttons? PO VDT-PO-26-1223

            HB-4H-36L-GRY - polyester 4-hole 36L grey - 6,000 pcs - EUR 0.072

            Needed by 8 January.
            Lotte
            """, null, "VDT-PO-26-1223",
            [
                new ExpectedLine("HB-4H-36L-GRY", 6000, 0.072m, D(2027, 1, 8)),
            ]), null),

        (Case("V-523", "text-en", "en", "30104", "PURCHASE ORDER BW-PO-7810",
            """
            BRIGHTWEAR LTD
            14 Savile Row, London W1S 3PJ, United Kingdom
            VAT GB123456789

            PURCHASE ORDER No. BW-PO-7810
            Supplier no. 40017 - Happy Buttons GmbH, Munich
            Deliver on: 2027-01-08

            #  Item       Description                               Units   Unit price EUR   Total EUR
            1  HB-KJ-12   Chef jacket button removable w/ split pin  2,000   0.22             440.00
            2  HB-7710    Snap fastener stainless steel 15 mm        5,000   0.18             900.00
                                                                    Net total         1,340.00

            Authorised by: Oliver Grant
            """, null, "BW-PO-7810",
            [
                new ExpectedLine("HB-KJ-12", 2000, 0.22m, D(2027, 1, 8)),
                new ExpectedLine("HB-7710", 5000, 0.18m, D(2027, 1, 8)),
            ]), null),

        (Case("V-524", "text-en", "en", "30105", "One more order - boxes",
            """
            Hello Stefan,

            One more order please (ref. MD-2612-07):
            12 boxes HB-SK-25 button assortment box "Basic"
            3 sample assortments of shirt buttons HB-MS-01

            Same delivery address as always.
            Camille
            """, null, "MD-2612-07",
            [
                new ExpectedLine("HB-SK-25", 12),
                new ExpectedLine("HB-MS-01", 3),
            ]), null),

        (Case("V-525", "pdf-table", "de", "30106", "Bestellung 4500021901",
            """
            Sehr geehrte Damen und Herren,

            anbei erhalten Sie unsere Bestellung 4500021901 als PDF.
            Bitte senden Sie uns eine Auftragsbestätigung.

            Mit freundlichen Grüßen
            Petra Schmidt
            Uniform Partner Schmidt GmbH
            """, "V-525.pdf", "4500021901",
            [
                new ExpectedLine("HB-2210", 4000, 0.26m, D(2027, 1, 11)),
                new ExpectedLine("HB-2211", 4000, 0.26m, D(2027, 1, 11)),
            ]),
            new OrderPdf()
                .Line("Uniform Partner Schmidt GmbH", size: 14, bold: true)
                .Line("Industriering 9 · 41065 Mönchengladbach", size: 9)
                .Line("")
                .Line("Bestellung 4500021901", size: 12, bold: true)
                .Line("Belegdatum: 07.12.2026     Lieferant: 70233 Happy Buttons GmbH     Einkäufergruppe: E12", size: 9)
                .Line("Lieferdatum: 11.01.2027     Zahlungsbedingung: ZB02", size: 9)
                .Table([
                    new PdfColumn("Pos", 50, 30), new PdfColumn("Material", 82, 65), new PdfColumn("Kurztext", 150, 170),
                    new PdfColumn("Menge", 322, 50, true), new PdfColumn("ME", 378, 20), new PdfColumn("Nettopreis", 400, 55, true),
                    new PdfColumn("pro", 460, 25, true), new PdfColumn("Wert EUR", 490, 60, true),
                ])
                .Row("00010", "HB-2210", "Metallknopf Öse 18 mm altmessing", "4.000", "ST", "26,00", "100", "1.040,00")
                .Row("00020", "HB-2211", "Metallknopf Öse 18 mm silber", "4.000", "ST", "26,00", "100", "1.040,00")
                .Foot("Gesamtnettowert ohne MwSt. EUR 2.080,00")
                .Foot("Es gelten unsere Allgemeinen Einkaufsbedingungen. Bitte Bestellnummer auf allen Belegen angeben.")
                .Build()),

        (Case("V-526", "pdf-table", "de", "30101", "Bestellung ML-4533",
            """
            Hallo Herr Roth,

            im Anhang unsere Bestellung ML-4533. Bitte die Liefertermine je Position beachten.

            Viele Grüße
            Claudia Lindner
            """, "V-526.pdf", "ML-4533",
            [
                new ExpectedLine("HB-HN-2507", 1000, 0.492m, D(2026, 12, 14)),
                new ExpectedLine("HB-6025-DB", 500, 0.39m, D(2026, 12, 21)),
            ]),
            new OrderPdf()
                .Line("MODEHAUS LINDNER", size: 16, bold: true)
                .Line("Maximilianstraße 30 · 80539 München · Tel. 089 2420 1100", size: 9)
                .Line("")
                .Line("BESTELLUNG Nr. ML-4533", size: 12, bold: true)
                .Line("München, den 7. Dezember 2026", size: 9)
                .Table([
                    new PdfColumn("Pos.", 50, 30), new PdfColumn("Art.-Nr.", 82, 70), new PdfColumn("Bezeichnung", 155, 175),
                    new PdfColumn("Menge", 335, 45, true), new PdfColumn("Einzelpreis", 385, 55, true), new PdfColumn("Gesamt", 445, 50, true),
                    new PdfColumn("Liefertermin", 500, 60),
                ])
                .Row("1", "HB-HN-2507", "Hornknopf 25 mm, 4-Loch, dunkelbraun 07", "1.000", "0,492 €", "492,00 €", "14.12.2026")
                .Row("2", "HB-6025-DB", "Steinnussknopf 25 mm, 4-Loch, dunkelbraun", "500", "0,39 €", "195,00 €", "21.12.2026")
                .Foot("Summe netto: 687,00 €    MwSt. 19 %: 130,53 €    Summe brutto: 817,53 €")
                .Foot("Bitte Lieferschein mit Bestellnummer beilegen.")
                .Build()),

        (Case("V-527", "pdf-table", "de", "30102", "Bestellung",
            """
            Hallo,
            Bestellung anbei.
            Gruß Alex Huber
            """, "V-527.pdf", "TH-0921",
            [
                new ExpectedLine("HB-HH-2600", 300),
                new ExpectedLine("HB-ZN-1400", 288),
            ]),
            new OrderPdf()
                .Line("Trachten Huber e.K.", size: 13, bold: true)
                .Line("Ludwigstraße 5, 83022 Rosenheim", size: 9)
                .Line("")
                .Line("Bestellung TH-0921 vom 07.12.2026", size: 11, bold: true)
                .Line("an: Happy Buttons GmbH, München", size: 9)
                .Table([new PdfColumn("Menge", 50, 60), new PdfColumn("Artikel", 115, 80), new PdfColumn("Beschreibung", 200, 250)])
                .Row("300 Stk", "HB-HH-2600", "Hirschhornknopf 26 mm mit Öse, natur")
                .Row("2 Gros", "HB-ZN-1400", "Zinnknopf 14 mm, Edelweiß")
                .Foot("Lieferung per DHL. Danke!")
                .Build()),

        (Case("V-528", "pdf-table", "de", "20011", "Bestellung KF-B-88301",
            """
            Sehr geehrte Damen und Herren,

            bitte beachten Sie die beigefügte Bestellung KF-B-88301.

            Mit freundlichen Grüßen
            Knopf & Faden Großhandel KG
            Einkauf
            """, "V-528.pdf", "KF-B-88301",
            [
                new ExpectedLine("HB-4711", 100000, 0.036m),
                new ExpectedLine("HB-4712", 30000),
            ]),
            new OrderPdf()
                .Line("Knopf & Faden Großhandel KG", size: 14, bold: true)
                .Line("Hanseatenweg 21 · 22113 Hamburg · USt-IdNr. DE813344556", size: 8)
                .Line("")
                .Line("Bestellung KF-B-88301", size: 12, bold: true)
                .Line("Datum: 07.12.2026   Lieferantennummer: 1187   Rahmenvertrag: RV-2022-009", size: 9)
                .Table([
                    new PdfColumn("Unsere Art.-Nr.", 50, 80), new PdfColumn("Ihre Art.-Nr.", 135, 65), new PdfColumn("Bezeichnung", 205, 150),
                    new PdfColumn("VE", 360, 30, true), new PdfColumn("Inhalt/VE", 395, 50, true), new PdfColumn("Preis/Stk", 450, 50, true),
                ])
                .Row("KF-100-15S", "HB-4711", "Knopf 4-Loch 15 mm schwarz", "20", "5.000", "0,0360")
                .Row("KF-100-18S", "HB-4712", "Knopf 4-Loch 18 mm schwarz", "6", "5.000", "")
                .Foot("Liefertermin: nach Verfügbarkeit, Teillieferungen zulässig.")
                .Foot("Lieferung frei Haus. Es gelten die Bedingungen des Rahmenvertrags.")
                .Build()),

        (Case("V-529", "pdf-table", "de", "30107", "Bestellung SB-2026-330",
            """
            Guten Tag Herr Roth,

            unsere Bestellung SB-2026-330 finden Sie im Anhang.

            Freundliche Grüße
            Jan Becker
            Strickwaren Becker GmbH
            """, "V-529.pdf", "SB-2026-330",
            [
                new ExpectedLine("HB-6025-DB", 1000, 0.39m),
                new ExpectedLine("HB-8040", 400, 0.65m),
            ]),
            new OrderPdf()
                .Line("Strickwaren Becker GmbH", size: 14, bold: true)
                .Line("Wollweg 3 · 72379 Hechingen", size: 9)
                .Line("")
                .Line("Bestellung Nr. SB-2026-330", size: 12, bold: true)
                .Line("Hechingen, 07.12.2026", size: 9)
                .Table([
                    new PdfColumn("Pos", 50, 30), new PdfColumn("Bezeichnung", 85, 230), new PdfColumn("Menge", 320, 60, true),
                    new PdfColumn("Preis/Stk", 390, 60, true), new PdfColumn("Betrag", 460, 70, true),
                ])
                .Row("1", "Steinnussknopf 25 mm, 4-Loch, dunkelbraun", "1.000", "0,39", "390,00")
                .Row("2", "Holzknebel 40 mm, natur", "400", "0,65", "260,00")
                .Foot("Nettobetrag: 650,00 EUR")
                .Build()),

        (Case("V-530", "pdf-table", "de", "30103", "Bestellformular",
            """
            Hi Stefan,
            hab euch das Bestellformular ausgefüllt, siehe Anhang.
            LG Rosalie
            """, "V-530.pdf", null,
            [
                new ExpectedLine("HB-PM-1102", 1000),
                new ExpectedLine("HB-HH-1800", 200),
            ]),
            new OrderPdf()
                .Line("Atelier Rosalie", size: 18, bold: true)
                .Line("Maßschneiderei · Kastanienallee 77 · 10435 Berlin", size: 9)
                .Line("")
                .Line("Bestellformular – 07.12.", size: 12)
                .Table([new PdfColumn("Artikel", 50, 90), new PdfColumn("Stück", 145, 50, true), new PdfColumn("Bemerkung", 210, 300)])
                .Row("HB-PM-1102", "1000", "")
                .Row("HB-HH-1800", "200", "bitte gleiche Farbe wie letztes Mal")
                .Row("HB-HH-2200", "150", "storniert – nicht liefern")
                .Foot("Danke! Rosalie")
                .Build()),

        (Case("V-531", "pdf-table", "de", "30101", "Bestellung ML-4540 Zubehör",
            """
            Sehr geehrte Damen und Herren,

            anbei die Bestellung ML-4540 aus unserem Warenwirtschaftssystem.

            Mit freundlichen Grüßen
            Felix Ortner
            Modehaus Lindner GmbH
            """, "V-531.pdf", "ML-4540",
            [
                new ExpectedLine("HB-2220", 2500, 0.31m, D(2027, 1, 12)),
                new ExpectedLine("HB-2215", 2000, 0.21m, D(2027, 1, 12)),
                new ExpectedLine("HB-HN-2007", 1500, 0.385m, D(2027, 1, 12)),
            ]),
            new OrderPdf()
                .Line("Modehaus Lindner GmbH – Warenwirtschaft", size: 12, bold: true)
                .Line("Bestellung ML-4540 · Lieferant 5512 Happy Buttons GmbH · Liefertermin 12.01.2027", size: 9)
                .Line("Lieferadresse: Zentrallager, Frankfurter Ring 140, 80807 München", size: 9)
                .Table([
                    new PdfColumn("Unsere Nr.", 50, 75), new PdfColumn("Lief.-Art.", 128, 70), new PdfColumn("Bezeichnung", 200, 170),
                    new PdfColumn("Menge", 375, 50, true), new PdfColumn("EK/Stk", 430, 50, true), new PdfColumn("Summe", 485, 60, true),
                ])
                .Row("ML-ZUB-7781", "HB-2220", "Blazerknopf Metall 20 mm gold", "2.500", "0,310", "775,00")
                .Row("ML-ZUB-7790", "HB-2215", "Ärmelknopf Metall 15 mm gold", "2.000", "0,210", "420,00")
                .Row("ML-ZUB-7802", "HB-HN-2007", "Hornknopf 20 mm dunkelbraun", "1.500", "0,385", "577,50")
                .Foot("Bestellwert netto EUR 1.772,50")
                .Build()),

        (Case("V-532", "pdf-table", "de", "10042", "Bestellung 4600128834",
            """
            Sehr geehrte Damen und Herren,

            anbei übersenden wir Ihnen unsere Bestellung 4600128834.
            Diese E-Mail wurde automatisch erzeugt, bitte antworten Sie an einkauf@autowerk-sued.de.

            Autowerk Süd AG · Industriestraße 12 · 70565 Stuttgart
            Vorstand: Dr. H. Maier (Vors.) · Amtsgericht Stuttgart HRB 73411
            """, "V-532.pdf", "4600128834",
            [
                new ExpectedLine("HB-9001", 50000, 0.074m, D(2027, 1, 18)),
                new ExpectedLine("HB-9002", 20000, 0.058m, D(2027, 1, 18)),
            ]),
            new OrderPdf()
                .Line("Autowerk Süd AG", size: 14, bold: true)
                .Line("Einkauf Produktionsmaterial · Industriestraße 12 · 70565 Stuttgart", size: 8)
                .Line("")
                .Line("BESTELLUNG 4600128834", size: 12, bold: true)
                .Line("Datum 07.12.2026 · Lieferant 300412 · Ansprechpartner J. Keller · Tel. 0711 7821-4410", size: 8)
                .Line("Liefertermin: 18.01.2027 · Lieferung an Werk 1, Wareneingang Tor 3", size: 8)
                .Table([
                    new PdfColumn("Pos", 50, 25), new PdfColumn("Sachnummer", 78, 70), new PdfColumn("Benennung", 152, 180),
                    new PdfColumn("Menge", 335, 55, true), new PdfColumn("ME", 395, 20), new PdfColumn("Preis je 1000", 420, 65, true),
                    new PdfColumn("Wert", 490, 55, true),
                ])
                .Row("10", "73-4410-200", "Kunststoffknopf PA 20 mm grau", "50.000", "ST", "74,00", "3.700,00")
                .Row("20", "73-4410-212", "Clipknopf 12 mm schwarz", "20.000", "ST", "58,00", "1.160,00")
                .Foot("Gesamtwert netto EUR 4.860,00")
                .Foot("Es gelten die Einkaufsbedingungen der Autowerk Süd AG sowie die Qualitätssicherungsvereinbarung.")
                .Build()),

        (Case("V-533", "pdf-table", "en", "30104", "PO BW-PO-7830",
            """
            Hi,

            Please find attached PO BW-PO-7830.

            Best,
            Priya Shah
            Brightwear Ltd
            """, "V-533.pdf", "BW-PO-7830",
            [
                new ExpectedLine("HB-4720-R", 500, 0.07m, D(2027, 1, 11)),
                new ExpectedLine("HB-R15", 2000, 0.06m, D(2027, 1, 11)),
            ]),
            new OrderPdf()
                .Line("BRIGHTWEAR", size: 18, bold: true)
                .Line("Brightwear Ltd · 14 Savile Row · London W1S 3PJ", size: 9)
                .Line("")
                .Line("PURCHASE ORDER  BW-PO-7830", size: 12, bold: true)
                .Line("Date: 07 Dec 2026     Delivery date: 11 Jan 2027     Terms: 30 days net", size: 9)
                .Table([
                    new PdfColumn("Item", 50, 30), new PdfColumn("Code", 82, 70), new PdfColumn("Description", 155, 170),
                    new PdfColumn("Qty", 330, 45, true), new PdfColumn("Unit", 380, 30), new PdfColumn("Unit Price", 415, 60, true),
                    new PdfColumn("Amount", 480, 60, true),
                ])
                .Row("1", "HB-4720-R", "4-hole button 20 mm, red", "500", "pcs", "€0.07", "€35.00")
                .Row("2", "HB-R15", "Recycled polyester button 15 mm, navy", "2,000", "pcs", "€0.06", "€120.00")
                .Foot("Subtotal €155.00")
                .Foot("Please quote our PO number on all invoices and delivery notes.")
                .Build()),

        (Case("V-534", "pdf-table", "en", "30108", "PO VDT-PO-26-1240",
            """
            Dear Sir/Madam,

            Attached please find our purchase order VDT-PO-26-1240.

            Kind regards,
            Van Dijk Textiel B.V.
            Purchasing department
            """, "V-534.pdf", "VDT-PO-26-1240",
            [
                new ExpectedLine("HB-1001", 20000, 0.028m, D(2026, 12, 21)),
                new ExpectedLine("HB-1002", 10000, 0.032m, D(2027, 1, 4)),
                new ExpectedLine("HB-1003", 15000, 0.038m, D(2027, 1, 4)),
            ]),
            new OrderPdf()
                .Line("Van Dijk Textiel B.V.", size: 14, bold: true)
                .Line("Textielstraat 15 · 7511 Enschede · The Netherlands · KvK 06123456", size: 8)
                .Line("")
                .Line("Purchase Order VDT-PO-26-1240", size: 12, bold: true)
                .Line("Order date: 07-12-2026     Buyer: Sanne van Dijk", size: 9)
                .Table([
                    new PdfColumn("Pos", 50, 25), new PdfColumn("Article", 78, 60), new PdfColumn("Description", 140, 170),
                    new PdfColumn("Quantity", 315, 55, true), new PdfColumn("Price/1000", 375, 60, true), new PdfColumn("Delivery", 445, 70),
                ])
                .Row("1", "HB-1001", "Polyester button 2-hole 11 mm white", "20,000", "28.00", "21-12-2026")
                .Row("2", "HB-1002", "Polyester button 2-hole 13 mm white", "10,000", "32.00", "04-01-2027")
                .Row("3", "HB-1003", "Polyester button 4-hole 15 mm white", "15,000", "38.00", "04-01-2027")
                .Foot("All prices in EUR, excl. VAT. Delivery DAP Enschede.")
                .Build()),

        (Case("V-535", "pdf-table", "en", "30105", "Purchase order MD-2612-11",
            """
            Hello Stefan,

            Please see attached our purchase order MD-2612-11 for staghorn buttons.

            Regards,
            Camille Dupont
            """, "V-535.pdf", "MD-2612-11",
            [
                new ExpectedLine("HB-HH-2200", 200, 1.18m),
                new ExpectedLine("HB-HH-2600", 100, 1.45m),
            ]),
            new OrderPdf()
                .Line("Maison Dupont SARL", size: 14, bold: true)
                .Line("12 Rue du Faubourg Saint-Honoré · 75008 Paris · TVA FR12345678901", size: 8)
                .Line("")
                .Line("BON DE COMMANDE / PURCHASE ORDER  N° MD-2612-11", size: 12, bold: true)
                .Line("Date : 07/12/2026", size: 9)
                .Table([
                    new PdfColumn("Réf.", 50, 75), new PdfColumn("Désignation / Description", 130, 220), new PdfColumn("Qté", 355, 40, true),
                    new PdfColumn("P.U. €", 400, 50, true), new PdfColumn("Total €", 460, 60, true),
                ])
                .Row("HB-HH-2200", "Bouton corne de cerf 22 mm / staghorn button 22 mm", "200", "1,18", "236,00")
                .Row("HB-HH-2600", "Bouton corne de cerf 26 mm à queue / staghorn 26 mm shank", "100", "1,45", "145,00")
                .Foot("Total HT : 381,00 €")
                .Build()),

        (Case("V-536", "pdf-table", "en", "10063", "Purchase Order 4500-77812",
            """
            Dear supplier,

            Please find attached Purchase Order 4500-77812. Kindly confirm delivery date.

            This is a system-generated message from Nordic Seating Systems AB.
            """, "V-536.pdf", "4500-77812",
            [
                new ExpectedLine("HB-7711", 10000, 0.15m, D(2027, 1, 25)),
                new ExpectedLine("HB-7710", 5000, 0.18m, D(2027, 1, 25)),
            ]),
            new OrderPdf()
                .Line("Nordic Seating Systems AB", size: 14, bold: true)
                .Line("Fabriksgatan 8 · SE-412 50 Göteborg · Org.nr 556677-8899", size: 8)
                .Line("")
                .Line("PURCHASE ORDER 4500-77812", size: 12, bold: true)
                .Line("Supplier: Happy Buttons GmbH (S-10233)     Requested delivery: CW 04/2027", size: 9)
                .Table([
                    new PdfColumn("Line", 50, 30), new PdfColumn("Item", 85, 60), new PdfColumn("Description", 150, 180),
                    new PdfColumn("Qty", 335, 50, true), new PdfColumn("UoM", 390, 30), new PdfColumn("Price EUR", 425, 55, true),
                    new PdfColumn("Net EUR", 485, 60, true),
                ])
                .Row("1", "HB-7711", "Snap fastener 15 mm, black", "10,000", "PC", "0.150", "1,500.00")
                .Row("2", "HB-7710", "Snap fastener stainless steel 15 mm", "5,000", "PC", "0.180", "900.00")
                .Foot("Total net EUR 2,400.00 · Delivery terms FCA Munich · Payment 60 days")
                .Build()),

        (Case("V-537", "free-text", "de", "30102", "Knöpfe für die Janker-Kollektion",
            """
            Servus Herr Roth,

            für die neue Janker-Kollektion bräuchten wir dreihundert von den Hirschhornknöpfen mit Öse, 26 mm,
            und zusätzlich fünfhundert Zinnknöpfe mit der Edelweiß-Prägung. Liefern gerne bis Mitte Januar,
            es eilt nicht ganz so.

            Pfiat di
            Alex Huber
            """, null, null,
            [
                new ExpectedLine("HB-HH-2600", 300),
                new ExpectedLine("HB-ZN-1400", 500),
            ]), null),

        (Case("V-538", "free-text", "de", "30103", "Bestellung Atelier Rosalie",
            """
            Hallo Stefan,

            ich hätte gern zwei von den Sortimentskästen Basic und ein Mustersortiment Hemdenknöpfe für meine Kundinnen.
            Dann noch tausend von den kleinen weißen Perlmuttknöpfen (11 mm, 2 Löcher), die gehen immer.

            Danke dir und liebe Grüße
            Rosalie Marx
            """, null, null,
            [
                new ExpectedLine("HB-SK-25", 2),
                new ExpectedLine("HB-MS-01", 1),
                new ExpectedLine("HB-PM-1102", 1000),
            ]), null),

        (Case("V-539", "free-text", "de", "30106", "Kochjackenknöpfe",
            """
            Sehr geehrter Herr Roth,

            für unsere Kochjacken-Produktion benötigen wir viertausend abnehmbare Kochjackenknöpfe mit Splint in Weiß.
            Die Lieferung sollte in KW 3 bei uns sein. Bitte nehmen Sie als Referenz unsere Bestellnummer BE-26-04502.

            Mit freundlichen Grüßen
            Petra Schmidt
            Uniform Partner Schmidt GmbH
            """, null, "BE-26-04502",
            [
                new ExpectedLine("HB-KJ-12", 4000, null, D(2027, 1, 18)),
            ]), null),

        (Case("V-540", "free-text", "de", "30107", "Knöpfe Strickjacken",
            """
            Hallo Herr Roth,

            für die Strickjacken der Herbstkollektion bestellen wir 2.400 Stück von den braunen Knöpfen in Hornoptik, 23 mm,
            sowie 1.200 Stück der gleichen Knöpfe in der 15-mm-Variante. Holzknebel brauchen wir diesmal keine.

            Schöne Grüße
            Sonja Kramer
            Strickwaren Becker GmbH
            """, null, null,
            [
                new ExpectedLine("HB-5510", 2400),
                new ExpectedLine("HB-5511", 1200),
            ]), null),

        (Case("V-541", "free-text", "de", "30101", "Nachbestellung Hornknöpfe",
            """
            Guten Tag Herr Roth,

            bitte senden Sie uns zweitausend dunkelbraune Hornknöpfe in 25 mm (4-Loch) zum vereinbarten Preis,
            außerdem eintausend Metallknöpfe mit Öse in 15 mm, Altmessing.

            Herzlichen Dank
            Claudia Lindner
            Modehaus Lindner GmbH
            """, null, null,
            [
                new ExpectedLine("HB-HN-2507", 2000),
                new ExpectedLine("HB-MT-1512", 1000),
            ]), null),

        (Case("V-542", "free-text", "de", "20011", "Hemdknöpfe",
            """
            Sehr geehrte Damen und Herren,

            wir benötigen kurzfristig einhunderttausend weiße Hemdknöpfe 11 mm mit vier Löchern und dazu
            dreißigtausend Stück derselben Knöpfe in Hellblau. Bitte bestätigen Sie uns den frühestmöglichen Liefertermin.
            Unsere Bestellnummer lautet KF-B-88322.

            Mit freundlichen Grüßen
            Dipl.-Ing. Thomas Faden
            Knopf & Faden Großhandel KG
            """, null, "KF-B-88322",
            [
                new ExpectedLine("HB-1010", 100000),
                new ExpectedLine("HB-1011", 30000),
            ]), null),

        (Case("V-543", "free-text", "de", "30106", "Druckknöpfe",
            """
            Hallo Herr Roth,

            von den Druckknöpfen aus Edelstahl in 15 mm benötigen wir zehntausend Stück, außerdem acht Kartons
            à 1.000 Stück von den schwarzen (brünierten) Druckknöpfen in derselben Größe.
            Liefertermin wäre der 14.01.2027.

            Gruß
            Markus Vogt
            Uniform Partner Schmidt GmbH
            """, null, null,
            [
                new ExpectedLine("HB-7710", 10000, null, D(2027, 1, 14)),
                new ExpectedLine("HB-7711", 8000, null, D(2027, 1, 14)),
            ]), null),

        (Case("V-544", "free-text", "de", "30101", "Blazerknöpfe marine",
            """
            Liebe Happy Buttons,

            für die Blazer-Kollektion brauchen wir 120 Dutzend der marineblauen Blazerknöpfe aus Kunststoff (20 mm)
            und die dazu passenden Ärmelknöpfe, davon 240 Dutzend. Unsere Bestellnummer ist ML-4551.

            Beste Grüße
            Felix Ortner
            Modehaus Lindner GmbH
            """, null, "ML-4551",
            [
                new ExpectedLine("HB-2030", 1440),
                new ExpectedLine("HB-2031", 2880),
            ]), null),

        (Case("V-545", "free-text", "en", "30104", "Buttons for the new range",
            """
            Hi Stefan,

            For the new casual range we'd like three thousand of your red 20 mm four-hole buttons, and two and a half
            thousand of the navy recycled polyester buttons (the 15 mm ones). Could they arrive by 15 January?

            Many thanks,
            Tom Ellis
            Brightwear Ltd
            """, null, null,
            [
                new ExpectedLine("HB-4720-R", 3000, null, D(2027, 1, 15)),
                new ExpectedLine("HB-R15", 2500, null, D(2027, 1, 15)),
            ]), null),

        (Case("V-546", "free-text", "en", "30108", "grey buttons and jeans buttons",
            """
            Hi Stefan,

            Could you send us 10 cartons of your grey 36-line four-hole polyester buttons (2,000 per carton)?
            We also need the copper jeans buttons, 24,000 pieces.

            Thank you!
            Sanne van Dijk
            """, null, null,
            [
                new ExpectedLine("HB-4H-36L-GRY", 20000),
                new ExpectedLine("HB-JN-27L-CU", 24000),
            ]), null),

        (Case("V-547", "free-text", "en", "30105", "Corozo and staghorn",
            """
            Dear Stefan,

            We would like to order fifteen hundred of the natural corozo buttons, 20 mm with four holes,
            and one hundred and fifty of the large staghorn buttons with shank (26 mm).

            Do you also have corozo in 30 mm? If so, please send us an offer for 1,000 pieces.

            Kind regards,
            Camille Dupont
            """, null, null,
            [
                new ExpectedLine("HB-6020", 1500),
                new ExpectedLine("HB-HH-2600", 150),
            ]), null),

        (Case("V-548", "free-text", "en", "10063", "Rotary knobs for seat adjustment",
            """
            Hi Stefan,

            For the new seat adjustment panel we need two thousand of your anthracite rotary knobs.
            Please deliver to Göteborg as usual; PO will follow as NSS-PO-55131, use that as reference.

            Best regards
            Erik Lindqvist
            """, null, "NSS-PO-55131",
            [
                new ExpectedLine("HB-K400", 2000),
            ]), null),

        (Case("V-549", "call-off", "de", "10042", "Lieferabruf LAB-2026-1187 zu RV-2024-017",
            """
            Lieferabruf Nr. LAB-2026-1187
            Rahmenvertrag: RV-2024-017
            Lieferant: 300412 Happy Buttons GmbH
            Abladestelle: Werk 1 Stuttgart, Tor 3

            Sachnummer    Benennung                       Termin        Menge
            73-4410-200   Kunststoffknopf PA 20 grau      KW 51/2026    20.000 ST
            73-4410-200   Kunststoffknopf PA 20 grau      KW 53/2026    20.000 ST
            73-4410-212   Clipknopf 12 schwarz            KW 02/2027    30.000 ST

            Bitte Lieferschein mit Abrufnummer und Sachnummer versehen.

            Mit freundlichen Grüßen
            Jonas Keller
            Autowerk Süd AG · Materialdisposition
            Tel. 0711 7821-4410
            """, null, "LAB-2026-1187",
            [
                new ExpectedLine("HB-9001", 20000, null, D(2026, 12, 14)),
                new ExpectedLine("HB-9001", 20000, null, D(2026, 12, 28)),
                new ExpectedLine("HB-9002", 30000, null, D(2027, 1, 11)),
            ]), null),

        (Case("V-550", "call-off", "de", "10057", "Abruf 55-0042 aus Rahmenvertrag RV-2023-044",
            """
            Hallo Herr Roth,

            hiermit rufen wir aus dem Rahmenvertrag RV-2023-044 ab (Abruf-Nr. 55-0042):

            KH-BK-0200  Bedienknopf weiß hochglanz   5.000 Stk   0,38 €   Liefertermin 14.12.2026
            KH-TK-0311  Tastenknopf chrom matt        3.000 Stk   0,50 €   Liefertermin 21.12.2026

            Mit freundlichen Grüßen
            Sabine Kessler
            Hausgeräte Kessler GmbH · Am Gewerbepark 4 · 33330 Gütersloh
            """, null, "55-0042",
            [
                new ExpectedLine("HB-K200", 5000, 0.38m, D(2026, 12, 14)),
                new ExpectedLine("HB-K311", 3000, 0.50m, D(2026, 12, 21)),
            ]), null),

        (Case("V-551", "call-off", "de", "10057", "Lieferplan Drehknöpfe – Feinabruf 55-0046",
            """
            Guten Tag,

            anbei unser Feinabruf 55-0046 für den Drehknopf KH-DK-0310:

            Verbindliche Abrufe:
              KW 02/2027   2.000 Stk
              KW 04/2027   2.000 Stk

            Vorschau (unverbindlich, nur zur Kapazitätsplanung):
              KW 06/2027   2.000 Stk
              KW 08/2027   3.000 Stk

            Freundliche Grüße
            Mika Brandt
            Kessler Group – Supply Chain Management
            """, null, "55-0046",
            [
                new ExpectedLine("HB-K310", 2000, null, D(2027, 1, 11)),
                new ExpectedLine("HB-K310", 2000, null, D(2027, 1, 25)),
            ]), null),

        (Case("V-552", "call-off", "de", "10042", "Abruf 4600129001",
            """
            Sehr geehrte Damen und Herren,

            anbei der Abruf 4600129001 zum Rahmenvertrag RV-2024-017.

            Mit freundlichen Grüßen
            Dr. Anna Weber
            Leitung Einkauf, Autowerk Süd AG
            """, "V-552.pdf", "4600129001",
            [
                new ExpectedLine("HB-9002", 40000, 0.058m, D(2027, 1, 4)),
            ]),
            new OrderPdf()
                .Line("Autowerk Süd AG", size: 14, bold: true)
                .Line("Industriestraße 12 · 70565 Stuttgart", size: 8)
                .Line("")
                .Line("LIEFERABRUF 4600129001", size: 12, bold: true)
                .Line("Rahmenvertrag RV-2024-017 · Lieferant 300412 · Datum 07.12.2026", size: 9)
                .Table([
                    new PdfColumn("Pos", 50, 25), new PdfColumn("Sachnummer", 78, 70), new PdfColumn("Benennung", 152, 160),
                    new PdfColumn("Menge", 315, 55, true), new PdfColumn("Preis/Stk", 375, 55, true), new PdfColumn("Liefertermin", 440, 70),
                ])
                .Row("1", "73-4410-212", "Clipknopf 12 mm schwarz", "40.000", "0,0580", "04.01.2027")
                .Foot("Anlieferung Werk 1, Tor 3, Mo–Fr 6:00–14:00 Uhr.")
                .Build()),

        (Case("V-553", "call-off", "de", "10042", "Abruf LAB-2026-1203 Kunststoffknöpfe",
            """
            Hallo Herr Roth,

            bitte folgenden Abruf einplanen:

            Abruf-Nr.: LAB-2026-1203
            Sachnummer 73-4410-200, 2 Gitterboxen à 25.000 Stk, Preis lt. RV 0,0740 €/Stk
            Anlieferung Werk 2, Tor 5, am 16.12.2026 zwischen 6 und 14 Uhr.

            Danke und Gruß
            Jonas Keller
            Autowerk Süd AG – Disposition
            """, null, "LAB-2026-1203",
            [
                new ExpectedLine("HB-9001", 50000, 0.074m, D(2026, 12, 16)),
            ]), null),

        (Case("V-554", "call-off", "de", "10057", "Lieferplaneinteilung 5500001234",
            """
            Lieferplaneinteilung
            Lieferplan: 5500001234          Lieferant: 70055
            Werk: 1000 Gütersloh            Erstellt: 07.12.2026

            Material       Bezeichnung                Lieferdatum    Menge    ME
            KH-TK-0311     Tastenknopf chrom matt     18.12.2026     1.500    ST
            KH-TK-0311     Tastenknopf chrom matt     08.01.2027     1.500    ST
            KH-BK-0200     Bedienknopf weiß hochgl.   08.01.2027     2.000    ST

            Diese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig.
            Hausgeräte Kessler GmbH
            """, null, "5500001234",
            [
                new ExpectedLine("HB-K311", 1500, null, D(2026, 12, 18)),
                new ExpectedLine("HB-K311", 1500, null, D(2027, 1, 8)),
                new ExpectedLine("HB-K200", 2000, null, D(2027, 1, 8)),
            ]), null),

        (Case("V-555", "call-off", "de", "10042", "Abruf LAB-2026-1215",
            """
            Guten Tag,

            Abruf LAB-2026-1215 (RV-2024-017):

            73-4410-200  Kunststoffknopf PA 20 grau   30 Tsd.   Anlieferung KW 1/2027

            Der Clipknopf 73-4410-212 aus Abruf LAB-2026-1203 ist hiervon nicht betroffen.

            Mit freundlichen Grüßen
            Jonas Keller
            Autowerk Süd AG
            """, null, "LAB-2026-1215",
            [
                new ExpectedLine("HB-9001", 30000, null, D(2027, 1, 4)),
            ]), null),

        (Case("V-556", "call-off", "de", "10057", "Abruf 55-0049",
            """
            Hallo Herr Roth,

            für Montag, 11.01., rufen wir aus dem Rahmenvertrag ab (Abruf 55-0049):

            1.000 x KH-DK-0310 Drehknopf chrom matt
            4.000 x KH-BK-0200 Bedienknopf weiß

            Anlieferung bitte wie immer an Halle 3.

            Viele Grüße
            Sabine Kessler
            """, null, "55-0049",
            [
                new ExpectedLine("HB-K310", 1000, null, D(2027, 1, 11)),
                new ExpectedLine("HB-K200", 4000, null, D(2027, 1, 11)),
            ]), null),

        (Case("V-557", "call-off", "de", "10057", "Lieferabruf 55-0051",
            """
            Sehr geehrte Damen und Herren,

            im Anhang unser Lieferabruf 55-0051.

            Mit freundlichen Grüßen
            Mika Brandt
            Kessler Group
            """, "V-557.pdf", "55-0051",
            [
                new ExpectedLine("HB-K200", 3000, null, D(2027, 1, 18)),
                new ExpectedLine("HB-K310", 1500, null, D(2027, 1, 18)),
                new ExpectedLine("HB-K311", 2500, null, D(2027, 1, 25)),
            ]),
            new OrderPdf()
                .Line("Hausgeräte Kessler GmbH", size: 14, bold: true)
                .Line("Am Gewerbepark 4 · 33330 Gütersloh", size: 8)
                .Line("")
                .Line("Lieferabruf 55-0051 zu Rahmenvertrag RV-2023-044", size: 12, bold: true)
                .Line("Datum: 07.12.2026", size: 9)
                .Table([
                    new PdfColumn("Sachnummer", 50, 75), new PdfColumn("Bezeichnung", 130, 180), new PdfColumn("Menge", 315, 55, true),
                    new PdfColumn("Termin", 390, 60),
                ])
                .Row("KH-BK-0200", "Bedienknopf weiß hochglanz", "3.000", "KW 03/27")
                .Row("KH-DK-0310", "Drehknopf chrom matt", "1.500", "KW 03/27")
                .Row("KH-TK-0311", "Tastenknopf chrom matt", "2.500", "KW 04/27")
                .Foot("Vorschau KW 05–08/27 folgt separat.")
                .Build()),

        (Case("V-558", "call-off", "en", "10063", "Call-off CO-2026-118 / FA-2025-003",
            """
            Dear Stefan,

            Call-off no. CO-2026-118 under framework agreement FA-2025-003:

            NSS-10442   rivet button 15 mm black   15,000 pcs   delivery week 51
            NSS-10443   rivet button 18 mm black   10,000 pcs   delivery week 51

            Ship to: Nordic Seating Systems AB, Fabriksgatan 8, 412 50 Göteborg.

            Regards,
            Karin Sjöberg
            Supply Chain, Nordic Seating Systems AB
            """, null, "CO-2026-118",
            [
                new ExpectedLine("HB-9105", 15000, null, D(2026, 12, 14)),
                new ExpectedLine("HB-9106", 10000, null, D(2026, 12, 14)),
            ]), null),

        (Case("V-559", "call-off", "en", "10063", "Delivery schedule CO-2026-124",
            """
            Hi Stefan,

            Here is our delivery schedule CO-2026-124 (FA-2025-003).

            FIRM
            NSS-10442  20,000 pcs  CW 2
            NSS-10443  10,000 pcs  CW 3

            FORECAST (not binding)
            NSS-10442  40,000 pcs  CW 6-9
            NSS-10443  20,000 pcs  CW 6-9

            Best regards
            Erik Lindqvist
            Nordic Seating Systems AB
            """, null, "CO-2026-124",
            [
                new ExpectedLine("HB-9105", 20000, null, D(2027, 1, 11)),
                new ExpectedLine("HB-9106", 10000, null, D(2027, 1, 18)),
            ]), null),

        (Case("V-560", "call-off", "en", "10063", "Call-off 4500-78001",
            """
            Dear supplier,

            Please find attached call-off 4500-78001 against FA-2025-003.

            This is a system-generated message from Nordic Seating Systems AB.
            """, "V-560.pdf", "4500-78001",
            [
                new ExpectedLine("HB-9106", 12000, 0.075m, D(2027, 1, 25)),
                new ExpectedLine("HB-9105", 10000, 0.068m, D(2027, 1, 25)),
            ]),
            new OrderPdf()
                .Line("Nordic Seating Systems AB", size: 14, bold: true)
                .Line("Fabriksgatan 8 · SE-412 50 Göteborg", size: 8)
                .Line("")
                .Line("CALL-OFF 4500-78001", size: 12, bold: true)
                .Line("Framework agreement FA-2025-003 · Supplier S-10233 · Date 2026-12-07", size: 9)
                .Table([
                    new PdfColumn("Line", 50, 30), new PdfColumn("Part no.", 85, 65), new PdfColumn("Description", 155, 160),
                    new PdfColumn("Qty", 320, 50, true), new PdfColumn("Price EUR", 375, 55, true), new PdfColumn("Delivery date", 440, 80),
                ])
                .Row("1", "NSS-10443", "Rivet button 18 mm black", "12,000", "0.075", "2027-01-25")
                .Row("2", "NSS-10442", "Rivet button 15 mm black", "10,000", "0.068", "2027-01-25")
                .Foot("Delivery terms FCA Munich. Please confirm by return.")
                .Build()),
    ];

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static OrderCase Case(string id, string format, string language, string customer, string subject, string body, string? pdf, string? poNumber,
        IEnumerable<ExpectedLine> lines) =>
        new(id, format, language, customer, subject, body, pdf, new DateOnly(2026, 12, 7), new ExpectedOrder(poNumber, lines.ToList()));
}
