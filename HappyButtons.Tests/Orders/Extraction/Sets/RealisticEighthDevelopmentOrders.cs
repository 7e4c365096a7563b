namespace HappyButtons.Tests.Orders.Extraction.Sets;

/// <summary>Sixty purchase orders written by hand in the style of real ones, blind (filled in by its author).</summary>
public static class RealisticEighthDevelopmentOrders
{
    public static IReadOnlyList<(OrderCase Case, byte[]? Pdf)> Generate() =>
    [
        (Case("W-601", "text-de", "de", "30102", "Bestellung TH-2026-118",
            """
            Grüß Gott Herr Roth,

            wir bestellen hiermit zur Lieferung bis 18.12.2026:

            - HB-HN-2007  Hornknopf 20 mm dunkelbraun   1.000 Stk
            - HB-HH-2200  Hirschhornknopf 22 mm natur     300 Stk
            - HB-ZN-1400  Zinnknopf Edelweiß 14 mm        400 Stk

            Bestellnummer bitte auf Lieferschein und Rechnung angeben: TH-2026-118

            Mit freundlichen Grüßen
            Alex Huber
            Trachten Huber e.K. · Ludwigstraße 5 · 83022 Rosenheim
            Tel. 08031 / 23 45 67 · Fax 08031 / 23 45 68
            """, null, "TH-2026-118",
            [
                new ExpectedLine("HB-HN-2007", 1000, null, new DateOnly(2026, 12, 18)),
                new ExpectedLine("HB-HH-2200", 300, null, new DateOnly(2026, 12, 18)),
                new ExpectedLine("HB-ZN-1400", 400, null, new DateOnly(2026, 12, 18)),
            ]), null),

        (Case("W-602", "text-de", "de", "30101", "AW: Angebot 2026-4471 Metallknöpfe",
            """
            Liebe Frau Yilmaz,

            danke für das Angebot. Wir bestellen davon nur die goldenen Knöpfe:

            3.000 Stück Blazerknopf Metall 20 mm gold (HB-2220) zum Rahmenpreis von 0,31 €/Stk.
            1.500 Stück Ärmelknopf Metall 15 mm gold (HB-2215) à 0,21 €

            Unsere Bestell-Nr.: LIN-26-0912. Lieferung an die Zentrale, Maximilianstraße 30.

            Viele Grüße aus München
            Claudia Lindner
            Einkauf Zubehör | Modehaus Lindner GmbH | +49 89 2280 114

            -----Ursprüngliche Nachricht-----
            Von: Lea Yilmaz <l.yilmaz@happybuttons.de>
            Gesendet: Montag, 30. November 2026 10:12
            Betreff: Angebot 2026-4471 Metallknöpfe

            Pos. 1  HB-2210 Metallknopf Öse 18 mm altmessing   ab 1.000 Stk   0,26 €
            Pos. 2  HB-2220 Blazerknopf Metall 20 mm gold       ab 2.000 Stk   0,31 €
            Pos. 3  HB-2215 Ärmelknopf Metall 15 mm gold        ab 1.000 Stk   0,21 €
            Angebot gültig bis 31.12.2026.
            """, null, "LIN-26-0912",
            [
                new ExpectedLine("HB-2220", 3000, 0.31m),
                new ExpectedLine("HB-2215", 1500, 0.21m),
            ]), null),

        (Case("W-603", "text-de", "de", "30106", "Bestellung BE-0047731",
            """
            BESTELLUNG BE-0047731                         Datum: 07.12.2026
            Lieferant: 70215 Happy Buttons GmbH, München
            Sachbearbeiter: P. Schmidt   Tel. 02161 40 77-21

            Pos Artikel      Bezeichnung                         Menge   ME   Preis/100 EUR  Termin
            --- ------------ ----------------------------------- ------- ---- -------------- -------
            001 HB-2030      Blazerknopf Kunststoff 20mm marine    2.000 Stk          19,00  KW 02/27
            002 HB-2031      Ärmelknopf Kunststoff 15mm marine     4.000 Stk          14,00  KW 02/27
            003 HB-KJ-12     Kochjackenknopf m. Splint weiß        1.500 Stk          22,00  KW 02/27

            Gesamtwert netto: 1.270,00 EUR
            Es gelten unsere Einkaufsbedingungen (www.uniform-schmidt.de/agb).
            Lieferanschrift: Uniform Partner Schmidt GmbH, Industriering 9, Tor 3, 41065 Mönchengladbach
            """, null, "BE-0047731",
            [
                new ExpectedLine("HB-2030", 2000, 0.19m, new DateOnly(2027, 1, 11)),
                new ExpectedLine("HB-2031", 4000, 0.14m, new DateOnly(2027, 1, 11)),
                new ExpectedLine("HB-KJ-12", 1500, 0.22m, new DateOnly(2027, 1, 11)),
            ]), null),

        (Case("W-604", "text-de", "de", "30107", "Knöpfe für Strickjacken",
            """
            Hallo zusammen,

            bitte schickt uns:
            10 Gros HB-5510 (Hornoptik 23 mm braun)
            8 Gros HB-5511 (Hornoptik 15 mm braun)
            600 Stk. HB-6020 Steinnuss natur 20 mm

            Kurze Frage noch: habt ihr die Holzknebel 40 mm im Januar wieder da? Wir würden ggf. 500 Stück nehmen,
            aber erst nach eurer Rückmeldung bestellen.

            Gruß
            Jan Becker
            Strickwaren Becker GmbH, Wollweg 3, 72379 Hechingen
            """, null, null,
            [
                new ExpectedLine("HB-5510", 1440),
                new ExpectedLine("HB-5511", 1152),
                new ExpectedLine("HB-6020", 600),
            ]), null),

        (Case("W-605", "text-de", "de", "20011", "Bestellung KF-B-26-3318",
            """
            Sehr geehrte Damen und Herren,

            anbei unsere Bestellung KF-B-26-3318 vom 07.12.2026, Lieferung frei Haus bis 15.12.2026.

            | Unsere Art.-Nr. | Bezeichnung                     | Menge      | Preis      |
            |-----------------|---------------------------------|------------|------------|
            | KF-100-15S      | Knopf 4-Loch 15 mm schwarz      | 60.000 Stk | 0,036 €    |
            | KF-100-18S      | Knopf 4-Loch 18 mm schwarz      | 20.000 Stk |            |
            | HB-SK-25        | Sortimentskasten Basic          | 12 Stück   | 21,50 €    |

            Warenwert netto: 2.418,00 € zzgl. 19 % MwSt.

            Mit freundlichen Grüßen
            Dipl.-Ing. Thomas Faden
            Knopf & Faden Großhandel KG · Hanseatenweg 21 · 22113 Hamburg · HRA 88123
            """, null, "KF-B-26-3318",
            [
                new ExpectedLine("HB-4711", 60000, 0.036m, new DateOnly(2026, 12, 15)),
                new ExpectedLine("HB-4712", 20000, null, new DateOnly(2026, 12, 15)),
                new ExpectedLine("HB-SK-25", 12, 21.50m, new DateOnly(2026, 12, 15)),
            ]), null),

        (Case("W-606", "text-de", "de", "30103", "kleine Bestellung",
            """
            Hallo liebes Happy-Buttons-Team,

            ich hätte gern:
            2x Mustersortiment Hemdenknöpfe (HB-MS-01)
            500 Stück HB-PM-1102, die weißen Perlmuttknöpfe

            Die Hirschhornknöpfe aus meiner letzten Mail brauche ich doch nicht, die bitte vergessen.
            Gerne so schnell wie möglich, ich habe am 19. Markt.

            Liebe Grüße
            Rosalie Marx
            Atelier Rosalie, Kastanienallee 77, 10435 Berlin
            0176 555 23 19
            """, null, null,
            [
                new ExpectedLine("HB-MS-01", 2),
                new ExpectedLine("HB-PM-1102", 500),
            ]), null),

        (Case("W-607", "text-de", "de", "30101", "WG: Nachbestellung Filiale Schwabing",
            """
            Hallo Herr Roth,

            anbei die Bestellung unserer Filiale, bitte wie unten liefern. Bestellnummer ML 2026/1207-3.

            Claudia Lindner

            ---------- Weitergeleitete Nachricht ----------
            Von: Filiale Schwabing <schwabing@modehaus-lindner.de>
            Datum: Fr., 4. Dez. 2026 um 16:40
            Betreff: Nachbestellung
            An: Claudia Lindner <claudia@modehaus-lindner.de>

            Hallo Claudia, wir brauchen bis spätestens 08.01.2027:
              HB-HN-2507 Hornknopf 25 mm  ......  1.200 St.
              HB-MT-1512 Metallknopf 15 mm altmessing ......  2.000 St. (0,214 €)
            Danke! Maria, Filiale Schwabing, Leopoldstraße 44
            """, null, "ML 2026/1207-3",
            [
                new ExpectedLine("HB-HN-2507", 1200, null, new DateOnly(2027, 1, 8)),
                new ExpectedLine("HB-MT-1512", 2000, 0.214m, new DateOnly(2027, 1, 8)),
            ]), null),

        (Case("W-608", "text-de", "de", "10042", "Bestellung 4500098812",
            """
            Autowerk Süd AG - Einkauf Kaufteile
            Bestellung 4500098812 vom 07.12.2026      Lieferantennr. 880144

            Pos.  00010
            Material 73-4410-212   Clip-Knopf 12 mm schwarz
            Menge    20.000 ST     Liefertermin 21.12.2026
            Preis    58,00 EUR / 1.000 ST

            Pos.  00020
            Material 73-4410-200   Kunststoffknopf PA 20 mm grau
            Menge    50.000 ST     Liefertermin 11.01.2027
            Preis    74,00 EUR / 1.000 ST

            Anlieferung: Werk Stuttgart, Tor 5, Mo-Fr 6:00-14:00. Rahmenvertrag RV-2024-017.
            Diese Bestellung wurde maschinell erstellt und ist ohne Unterschrift gültig.
            Bei Rückfragen: Jonas Keller, einkauf@autowerk-sued.de, 0711 7890-3312
            """, null, "4500098812",
            [
                new ExpectedLine("HB-9002", 20000, 0.058m, new DateOnly(2026, 12, 21)),
                new ExpectedLine("HB-9001", 50000, 0.074m, new DateOnly(2027, 1, 11)),
            ]), null),

        (Case("W-609", "text-de", "de", "10057", "Eilbestellung 77-20419",
            """
            Hallo Herr Roth,

            bitte liefern Sie uns kurzfristig (Bestellung 77-20419):

            2 VE à 1.000 Stk  KH-DK-0310 Drehknopf chrom matt
            3.000 Stk         HB-K200 Bedienknopf weiß

            Die Tastenknöpfe KH-TK-0311 bitte NICHT mitschicken, die kommen mit dem nächsten Abruf.

            Danke und Gruß
            Mika Brandt
            Kessler Group – Materialwirtschaft
            """, null, "77-20419",
            [
                new ExpectedLine("HB-K310", 2000),
                new ExpectedLine("HB-K200", 3000),
            ]), null),

        (Case("W-610", "text-de", "de", "30102", "Auftrag 2612-07 Hirschhorn",
            """
            Servus,

            unser Auftrag 2612-07, Lieferung KW 51:

            HB-HH-1800   0,5 Tsd.
            HB-HH-2600   200 St.
            HB-8040 Holzknebel 40 mm   300 Stk zu 0,65 €/Stk

            Pfiat eich
            Vroni Huber (Einkauf, Tel. 08031 234567-2)
            """, null, "2612-07",
            [
                new ExpectedLine("HB-HH-1800", 500, null, new DateOnly(2026, 12, 14)),
                new ExpectedLine("HB-HH-2600", 200, null, new DateOnly(2026, 12, 14)),
                new ExpectedLine("HB-8040", 300, 0.65m, new DateOnly(2026, 12, 14)),
            ]), null),

        (Case("W-611", "text-de", "de", "30107", "Bestellung SB-EK-0982 zu Ihrem Angebot 2026-1188",
            """
            Sehr geehrte Damen und Herren,

            bezugnehmend auf Ihr Angebot Nr. 2026-1188 vom 30.11. bestellen wir:

            Menge	Einheit	Art.-Nr.	Bezeichnung
            5.000	Stk	HB-R15	Recycling-Polyesterknopf 15 mm marine
            10.000	Stk	HB-1003	Polyesterknopf 4-Loch 15 mm weiß

            Liefertermin: 11. Januar 2027
            Bestellnummer: SB-EK-0982

            Freundliche Grüße
            i. A. Melanie Stehle, Einkauf
            Strickwaren Becker GmbH | Wollweg 3 | 72379 Hechingen | Tel. 07471 9 30 30
            """, null, "SB-EK-0982",
            [
                new ExpectedLine("HB-R15", 5000, null, new DateOnly(2027, 1, 11)),
                new ExpectedLine("HB-1003", 10000, null, new DateOnly(2027, 1, 11)),
            ]), null),

        (Case("W-612", "text-de", "de", "20011", "Bestellung KF-B-26-3344 (Pos. 2 entfällt)",
            """
            Moin Herr Roth,

            hier unsere Bestellung KF-B-26-3344:

            1) HB-1010 Hemdknopf 11 mm weiß ............ 50.000 St.
            2) HB-1011 Hemdknopf 11 mm hellblau ........ 20.000 St. -> entfällt, haben wir noch am Lager
            3) HB-4H-18L-BLK Polyesterknopf 18L schwarz  100.000 St. zu 29,00 €/Tsd.

            Lieferung wie immer an Lager Billbrook.

            Beste Grüße
            Thomas Faden
            """, null, "KF-B-26-3344",
            [
                new ExpectedLine("HB-1010", 50000),
                new ExpectedLine("HB-4H-18L-BLK", 100000, 0.029m),
            ]), null),

        (Case("W-613", "text-en", "en", "30104", "Purchase Order BW-PO-55120",
            """
            Hello Stefan,

            Please accept our purchase order BW-PO-55120:

            Qty        Item
            1,000 pcs  HB-2220 Metal blazer button 20 mm, gold
            600 pcs    HB-SH-24L-GLD Shank button 24L gold crest @ EUR 0.29 each

            Required by 18th December 2026 at the latest - we have a fitting on the 21st.

            Kind regards,
            Oliver Grant
            Head of Trims | Brightwear Ltd | 14 Savile Row, London W1S 3PJ
            T +44 20 7946 0321
            """, null, "BW-PO-55120",
            [
                new ExpectedLine("HB-2220", 1000, null, new DateOnly(2026, 12, 18)),
                new ExpectedLine("HB-SH-24L-GLD", 600, 0.29m, new DateOnly(2026, 12, 18)),
            ]), null),

        (Case("W-614", "text-en", "en", "30108", "Order VDT-2026-0877",
            """
            Dear Happy Buttons team,

            Our order VDT-2026-0877 for delivery in week 2 (2027):

            | Article          | Description                     | Quantity |
            | ---------------- | ------------------------------- | -------- |
            | HB-JN-27L-CU     | Jeans button 27L copper         | 10.000   |
            | HB-4H-36L-GRY    | Polyester 4-hole 36L grey       | 4.000    |

            Met vriendelijke groet / kind regards,
            Sanne van Dijk
            Van Dijk Textiel B.V. - Textielstraat 15 - 7511 Enschede - +31 53 480 2210
            """, null, "VDT-2026-0877",
            [
                new ExpectedLine("HB-JN-27L-CU", 10000, null, new DateOnly(2027, 1, 11)),
                new ExpectedLine("HB-4H-36L-GRY", 4000, null, new DateOnly(2027, 1, 11)),
            ]), null),

        (Case("W-615", "text-en", "en", "10063", "PO 4400-1187",
            """
            Hello,

            Purchase order 4400-1187
            Supplier: Happy Buttons GmbH, Munich
            Item: NSS-10442 (rivet button 15 mm black)
            Quantity: 20,000 pcs
            Price: EUR 68.00 per thousand
            Delivery date: 2026-12-21, DAP Göteborg, Incoterms 2020

            Please confirm within 48 hours.

            Best regards
            Karin Nilsson
            Purchasing, Nordic Seating Systems AB
            Fabriksgatan 8, SE-412 50 Göteborg | +46 31 704 55 00
            """, null, "4400-1187",
            [
                new ExpectedLine("HB-9105", 20000, 0.068m, new DateOnly(2026, 12, 21)),
            ]), null),

        (Case("W-616", "text-en", "en", "30105", "Commande / order CMD-26-142",
            """
            Hello,

            please find our order CMD-26-142 below:

            300 x HB-HH-1800 (staghorn 18 mm natural)
            500 x HB-PM-1102 (mother of pearl 11 mm white)

            Livraison souhaitée / requested delivery: 04/01/2027

            Merci beaucoup and best regards,
            Camille Dupont
            Maison Dupont SARL - 12 Rue du Faubourg Saint-Honoré - 75008 Paris
            Tél. +33 1 42 65 11 90
            """, null, "CMD-26-142",
            [
                new ExpectedLine("HB-HH-1800", 300, null, new DateOnly(2027, 1, 4)),
                new ExpectedLine("HB-PM-1102", 500, null, new DateOnly(2027, 1, 4)),
            ]), null),

        (Case("W-617", "text-en", "en", "30104", "RE: Quotation metal shank buttons",
            """
            Hi Lea,

            Thanks for the quote. Please go ahead with 2,500 of the silver ones (HB-2211) only, at the quoted EUR 0.26.
            We'll pass on the antique brass for now.
            Our PO number is BW-PO-55188.

            Cheers,
            Hannah Price
            Production Coordinator, Brightwear Ltd

            > From: Lea Yilmaz
            > Sent: 2 December 2026
            > HB-2210 Metal shank button 18 mm, antique brass - EUR 0.26/pc, MOQ 1,000
            > HB-2211 Metal shank button 18 mm, silver - EUR 0.26/pc, MOQ 1,000
            > Lead time approx. 2 weeks.
            """, null, "BW-PO-55188",
            [
                new ExpectedLine("HB-2211", 2500, 0.26m),
            ]), null),

        (Case("W-618", "text-en", "en", "30108", "FW: buttons for spring collection",
            """
            Hi,

            See below from our production manager, please book it as order VDT-2026-0891.

            Sanne

            -----Original Message-----
            From: Pieter Bos
            Sent: Friday, December 4, 2026 3:12 PM
            To: Sanne van Dijk
            Subject: buttons for spring collection

            Sanne, we need for the spring shirts:
            HB-4H-28L-WHT  20k
            HB-2H-20L-NAV  15k
            Forecast Q1 for planning only: approx. 60k HB-4H-28L-WHT, no order yet.
            Pieter
            """, null, "VDT-2026-0891",
            [
                new ExpectedLine("HB-4H-28L-WHT", 20000),
                new ExpectedLine("HB-2H-20L-NAV", 15000),
            ]), null),

        (Case("W-619", "text-en", "en", "10063", "Purchase order 4400-1203 / Nordic Seating Systems",
            """
            PURCHASE ORDER 4400-1203                         Date: 2026-12-07
            Vendor 200417  Happy Buttons GmbH

            Item no.    Your item no.  Description                  Qty      UoM  Del. date
            NSS-10443   HB-9106        Rivet button 18mm black      30,000   PCE  2027-01-18
            NSS-10442   HB-9105        Rivet button 15mm black      10,000   PCE  2027-02-01

            Terms of payment: 60 days net. Delivery terms: DAP Göteborg.
            Buyer: Erik Lindqvist, +46 31 704 55 12
            This purchase order is subject to Nordic Seating Systems AB general terms of purchase (rev. 2024-03).
            """, null, "4400-1203",
            [
                new ExpectedLine("HB-9106", 30000, null, new DateOnly(2027, 1, 18)),
                new ExpectedLine("HB-9105", 10000, null, new DateOnly(2027, 2, 1)),
            ]), null),

        (Case("W-620", "text-en", "en", "30105", "Order CMD-26-149",
            """
            Dear Sir or Madam,

            We would like to order for our atelier (ref. CMD-26-149):

            * Horn button 25 mm, 4 holes, dark brown - HB-HN-2507 : 1 000 pcs
            * Staghorn button 22 mm, 2 holes - HB-HH-2200 : 25 dozen

            Delivery before Christmas please, at the latest 22/12/2026.

            Bien cordialement,
            Élodie Laurent
            Assistante achats - Maison Dupont SARL
            """, null, "CMD-26-149",
            [
                new ExpectedLine("HB-HN-2507", 1000, null, new DateOnly(2026, 12, 22)),
                new ExpectedLine("HB-HH-2200", 300, null, new DateOnly(2026, 12, 22)),
            ]), null),

        (Case("W-621", "text-en", "en", "30104", "PO BW-PO-55201 - gross order",
            """
            Morning,

            PO BW-PO-55201 please:

            10 gross  HB-R15   recycled polyester 15 mm navy
            2 gross   HB-4720-R  4-hole 20 mm red

            Deliver to our Leicester workshop: Unit 4, Frog Island, Leicester LE3 5AG.

            Thanks,
            Mark Ellis
            Brightwear Ltd | Mobile 07700 900 461
            """, null, "BW-PO-55201",
            [
                new ExpectedLine("HB-R15", 1440),
                new ExpectedLine("HB-4720-R", 288),
            ]), null),

        (Case("W-622", "text-en", "en", "30108", "Order VDT-2026-0902 shirt buttons",
            """
            Hello Stefan,

            Order VDT-2026-0902, delivery CW 3:

            - HB-1002 white 2-hole 13 mm: 3 cartons of 5,000 pcs, EUR 32.00 / 1000
            - HB-1001 white 2-hole 11 mm: 2 cartons x 5,000 pcs

            Please label each carton with our order number.

            Groeten,
            Daan Mulder, inkoop
            Van Dijk Textiel B.V.
            """, null, "VDT-2026-0902",
            [
                new ExpectedLine("HB-1002", 15000, 0.032m, new DateOnly(2027, 1, 18)),
                new ExpectedLine("HB-1001", 10000, null, new DateOnly(2027, 1, 18)),
            ]), null),

        (Case("W-623", "text-en", "en", "30104", "Purchase order BW-PO-55230 snaps",
            """
            Hi team,

            PO: BW-PO-55230

            Line | Item    | Description                      | Qty   | Unit price | Total
            1    | HB-7710 | Snap fastener stainless 15 mm    | 2,000 | 0.18       | 360.00
            2    | HB-7711 | Snap fastener 15 mm black        | 2,000 | 0.15       | 300.00
            3    | HB-3305 | Snap fastener brass nickel 12 mm | 5,000 | 0.12       | 600.00
                 |         | Carriage                         | 1     | 35.00      | 35.00
            Subtotal EUR 1,295.00, reverse charge, VAT 0%.

            Regards,
            Oliver Grant
            """, null, "BW-PO-55230",
            [
                new ExpectedLine("HB-7710", 2000, 0.18m),
                new ExpectedLine("HB-7711", 2000, 0.15m),
                new ExpectedLine("HB-3305", 5000, 0.12m),
            ]), null),

        (Case("W-624", "text-en", "en", "30105", "RE: Order confirmation CMD-26-142 - additional items",
            """
            Hello Stefan,

            Thank you for the confirmation. In addition to our order CMD-26-142, please add:

            200 pcs HB-ZN-1400 pewter button Edelweiss 14 mm
            100 pcs HB-HH-2600 staghorn shank 26 mm

            Please ship them as soon as possible. The mother of pearl quantity stays unchanged.

            Best regards,
            Camille Dupont
            """, null, "CMD-26-142",
            [
                new ExpectedLine("HB-ZN-1400", 200),
                new ExpectedLine("HB-HH-2600", 100),
            ]), null),

        (Case("W-625", "pdf-table", "de", "30106", "Bestellung 4500123456",
            """
            Sehr geehrte Damen und Herren,

            anbei erhalten Sie unsere Bestellung 4500123456 als PDF. Bitte senden Sie uns eine Auftragsbestätigung.

            Mit freundlichen Grüßen
            Petra Schmidt
            Uniform Partner Schmidt GmbH
            """, "W-625.pdf", "4500123456",
            [
                new ExpectedLine("HB-2030", 3000, 0.19m, new DateOnly(2027, 1, 15)),
                new ExpectedLine("HB-2220", 1000, 0.34m, new DateOnly(2027, 1, 15)),
            ]),
            new OrderPdf()
                .Line("Uniform Partner Schmidt GmbH · Industriering 9 · 41065 Mönchengladbach", size: 8)
                .Line("")
                .Line("Happy Buttons GmbH", size: 10)
                .Line("80331 München", size: 10)
                .Line("")
                .Line("Bestellung", size: 16, bold: true)
                .Line("Bestellnummer 4500123456          Datum 07.12.2026          Lieferantennummer 70215", size: 9)
                .Line("Ansprechpartner: Petra Schmidt, Tel. 02161 40 77-0", size: 9)
                .Table(
                [
                    new PdfColumn("Pos", 40, 30),
                    new PdfColumn("Material", 72, 70),
                    new PdfColumn("Bezeichnung", 145, 160),
                    new PdfColumn("Menge", 308, 50, true),
                    new PdfColumn("ME", 362, 25),
                    new PdfColumn("Preis", 390, 45, true),
                    new PdfColumn("pro", 440, 35, true),
                    new PdfColumn("Liefertermin", 480, 70),
                ])
                .Row("10", "HB-2030", "Blazerknopf Kunststoff 20 mm, marine", "3.000", "ST", "19,00", "100", "15.01.2027")
                .Row("20", "HB-2220", "Blazerknopf Metall 20 mm, gold", "1.000", "ST", "0,34", "1", "15.01.2027")
                .Foot("Gesamtnettowert ohne MwSt EUR 910,00")
                .Foot("Lieferung frei Haus. Zahlung 30 Tage netto. Es gelten unsere Einkaufsbedingungen.")
                .Build()),

        (Case("W-626", "pdf-table", "de", "30107", "Bestellung 2026-311",
            """
            Hallo,

            Bestellung im Anhang.

            Gruß Jan Becker
            """, "W-626.pdf", "2026-311",
            [
                new ExpectedLine("HB-HN-2007", 500, 0.42m),
                new ExpectedLine("HB-6025-DB", 600, 0.39m),
            ]),
            new OrderPdf()
                .Line("STRICKWAREN BECKER", size: 14, bold: true)
                .Line("Wollweg 3 - 72379 Hechingen - Tel. 07471 9 30 30", size: 8)
                .Line("")
                .Line("Bestellung Nr. 2026-311", size: 12, bold: true)
                .Line("Hechingen, den 7. Dezember 2026", size: 9)
                .Table(
                [
                    new PdfColumn("Nr.", 50, 25),
                    new PdfColumn("Artikel", 80, 230),
                    new PdfColumn("Anzahl", 315, 55, true),
                    new PdfColumn("Einzelpreis", 380, 70, true),
                    new PdfColumn("Gesamt", 460, 70, true),
                ])
                .Row("1", "HB-HN-2007 Hornknopf 20 mm dunkelbraun", "500", "0,42 €", "210,00 €")
                .Row("2", "HB-6025-DB Steinnussknopf 25 mm dunkelbraun", "600", "0,39 €", "234,00 €")
                .Foot("Summe netto 444,00 €")
                .Foot("MwSt. 19 % 84,36 €")
                .Foot("Gesamt 528,36 €")
                .Build()),

        (Case("W-627", "pdf-table", "en", "30104", "PO BW-PO-55244",
            """
            Hi Stefan,

            Please find attached our PO BW-PO-55244. Kindly confirm the delivery date.

            Thanks,
            Oliver
            """, "W-627.pdf", "BW-PO-55244",
            [
                new ExpectedLine("HB-2215", 3000, 0.21m, new DateOnly(2027, 1, 8)),
                new ExpectedLine("HB-2031", 1000, 0.14m, new DateOnly(2027, 1, 8)),
            ]),
            new OrderPdf()
                .Line("BRIGHTWEAR LTD", size: 16, bold: true)
                .Line("14 Savile Row, London W1S 3PJ · VAT GB123456789", size: 8)
                .Line("")
                .Line("PURCHASE ORDER", size: 13, bold: true)
                .Line("PO Number: BW-PO-55244     Order date: 07 Dec 2026     Currency: EUR", size: 9)
                .Line("Supplier: Happy Buttons GmbH, Munich, Germany", size: 9)
                .Table(
                [
                    new PdfColumn("Line", 40, 28),
                    new PdfColumn("Part No", 70, 60),
                    new PdfColumn("Description", 135, 150),
                    new PdfColumn("Qty", 290, 45, true),
                    new PdfColumn("Unit", 340, 28),
                    new PdfColumn("Unit Price", 372, 55, true),
                    new PdfColumn("Amount", 430, 55, true),
                    new PdfColumn("Due", 492, 60),
                ])
                .Row("1", "HB-2215", "Sleeve button metal 15 mm gold", "3,000", "EA", "0.210", "630.00", "08-Jan-27")
                .Row("2", "HB-2031", "Sleeve button plastic 15 mm navy", "1,000", "EA", "0.140", "140.00", "08-Jan-27")
                .Foot("Total EUR 770.00")
                .Foot("Please quote our PO number on all documents. Deliveries accepted Mon-Thu 8am-3pm.")
                .Build()),

        (Case("W-628", "pdf-table", "en", "30108", "Inkooporder IO-26-4417",
            """
            Dear all,

            Attached you will find purchase order IO-26-4417.

            Kind regards,
            Sanne van Dijk
            """, "W-628.pdf", "IO-26-4417",
            [
                new ExpectedLine("HB-JN-27L-CU", 25000, 0.095m, new DateOnly(2027, 1, 18)),
                new ExpectedLine("HB-4H-18L-BLK", 50000, 0.029m, new DateOnly(2027, 1, 18)),
            ]),
            new OrderPdf()
                .Line("Van Dijk Textiel B.V.", size: 14, bold: true)
                .Line("Textielstraat 15 · 7511 Enschede · NL123456789B01", size: 8)
                .Line("")
                .Line("INKOOPORDER / PURCHASE ORDER  IO-26-4417", size: 12, bold: true)
                .Line("Datum/Date: 07-12-2026", size: 9)
                .Table(
                [
                    new PdfColumn("Art.nr", 40, 85),
                    new PdfColumn("Omschrijving / Description", 130, 170),
                    new PdfColumn("Aantal/Qty", 305, 60, true),
                    new PdfColumn("Prijs/1000", 372, 60, true),
                    new PdfColumn("Leverdatum", 445, 80),
                ])
                .Row("HB-JN-27L-CU", "Jeansknoop 27L koper / jeans button copper", "25.000", "95,00", "18-01-2027")
                .Row("HB-4H-18L-BLK", "Polyester 4-gaats 18L zwart", "50.000", "29,00", "18-01-2027")
                .Foot("Totaal excl. BTW: EUR 3.825,00 - BTW verlegd / reverse charge")
                .Build()),

        (Case("W-629", "pdf-table", "de", "30101", "Bestellung LIN-26-0931",
            """
            Liebe Frau Yilmaz,

            im Anhang unsere Bestellung LIN-26-0931. Position 3 haben wir gestrichen.

            Herzliche Grüße
            Claudia Lindner
            """, "W-629.pdf", "LIN-26-0931",
            [
                new ExpectedLine("HB-HN-2007", 2000, 0.385m),
                new ExpectedLine("HB-MT-1512", 1000, 0.214m),
            ]),
            new OrderPdf()
                .Line("Modehaus Lindner GmbH", size: 14, bold: true)
                .Line("Maximilianstraße 30 · 80539 München", size: 8)
                .Line("")
                .Line("Bestellung LIN-26-0931 vom 07.12.2026", size: 12, bold: true)
                .Line("Kundennummer bei Ihnen: 30101", size: 9)
                .Table(
                [
                    new PdfColumn("Pos", 40, 28),
                    new PdfColumn("Unsere Art.-Nr.", 70, 75),
                    new PdfColumn("Ihre Art.-Nr.", 150, 70),
                    new PdfColumn("Bezeichnung", 225, 160),
                    new PdfColumn("Menge", 390, 60, true),
                    new PdfColumn("Preis €", 460, 60, true),
                ])
                .Row("1", "ML-00412", "HB-HN-2007", "Hornknopf 20 mm dunkelbraun", "2.000", "0,385")
                .Row("2", "ML-00419", "HB-MT-1512", "Metallknopf 15 mm altmessing", "1.000", "0,214")
                .Row("3", "ML-00413", "HB-HN-2507", "Hornknopf 25 mm dunkelbraun - STORNIERT", "entfällt", "")
                .Foot("Warenwert netto 984,00 €")
                .Build()),

        (Case("W-630", "pdf-table", "de", "10042", "Bestellung 4500099120 Autowerk Süd AG",
            """
            Sehr geehrte Damen und Herren,

            anbei erhalten Sie unsere Bestellung 4500099120. Bitte bestätigen Sie Preis und Termin innerhalb von 3 Arbeitstagen.

            Diese E-Mail wurde automatisch erzeugt. Antworten an einkauf@autowerk-sued.de
            Autowerk Süd AG · Sitz Stuttgart · Amtsgericht Stuttgart HRB 7712 · Vorstand: Dr. H. Maier
            """, "W-630.pdf", "4500099120",
            [
                new ExpectedLine("HB-9001", 100000, 0.074m, new DateOnly(2027, 1, 11)),
            ]),
            new OrderPdf()
                .Line("Autowerk Süd AG", size: 14, bold: true)
                .Line("Industriestraße 12 · 70565 Stuttgart", size: 8)
                .Line("")
                .Line("Bestellung  4500099120", size: 13, bold: true)
                .Line("Bestelldatum 07.12.2026   Lieferant 880144   Einkäufergruppe K17   Rahmenvertrag RV-2024-017", size: 8)
                .Table(
                [
                    new PdfColumn("Pos", 40, 30),
                    new PdfColumn("Material", 72, 70),
                    new PdfColumn("Kurztext", 145, 135),
                    new PdfColumn("Bestellmenge", 285, 60, true),
                    new PdfColumn("BME", 350, 25),
                    new PdfColumn("Nettopreis", 378, 55, true),
                    new PdfColumn("PE", 437, 35, true),
                    new PdfColumn("Lieferdatum", 480, 70),
                ])
                .Row("00010", "73-4410-200", "Knopf PA 20mm grau", "100.000", "ST", "74,00", "1.000", "11.01.2027")
                .Foot("Gesamtwert netto EUR 7.400,00")
                .Foot("Anlieferung Werk Stuttgart-Vaihingen, Wareneingang Tor 5. Lieferschein mit Bestellnummer und Position.")
                .Build()),

        (Case("W-631", "pdf-table", "de", "10057", "Bestellung 77-20455",
            """
            Guten Tag,

            anbei Bestellung 77-20455.

            Freundliche Grüße
            Sabine Kessler
            Hausgeräte Kessler GmbH · Am Gewerbepark 4 · 33330 Gütersloh · Tel. 05241 50 60-0
            """, "W-631.pdf", "77-20455",
            [
                new ExpectedLine("HB-K200", 5000, 0.38m, new DateOnly(2027, 1, 11)),
                new ExpectedLine("HB-K311", 3000, 0.50m, new DateOnly(2027, 1, 18)),
            ]),
            new OrderPdf()
                .Line("Hausgeräte Kessler GmbH - Einkauf", size: 12, bold: true)
                .Line("")
                .Line("BESTELLUNG Nr. 77-20455", size: 14, bold: true)
                .Line("Datum: 07.12.2026   Lieferant: Happy Buttons GmbH", size: 9)
                .Table(
                [
                    new PdfColumn("Pos.", 40, 30),
                    new PdfColumn("Sachnummer", 72, 75),
                    new PdfColumn("Benennung", 150, 150),
                    new PdfColumn("Menge", 305, 55, true),
                    new PdfColumn("Preis/St.", 365, 55, true),
                    new PdfColumn("Liefer-KW", 430, 60),
                ])
                .Row("1", "KH-BK-0200", "Bedienknopf weiß hochglanz", "5.000", "0,38", "02/2027")
                .Row("2", "KH-TK-0311", "Tastenknopf chrom matt", "3.000", "0,50", "03/2027")
                .Foot("Wert netto 3.400,00 EUR. Es gilt RV-2023-044.")
                .Build()),

        (Case("W-632", "pdf-table", "en", "10063", "Purchase Order 4400-1219",
            """
            Dear Erik,

            Please process the attached purchase order 4400-1219.

            Best regards
            Karin Nilsson
            Nordic Seating Systems AB
            """, "W-632.pdf", "4400-1219",
            [
                new ExpectedLine("HB-9105", 40000, 0.068m, new DateOnly(2027, 1, 25)),
                new ExpectedLine("HB-9106", 20000, 0.075m, new DateOnly(2027, 1, 25)),
            ]),
            new OrderPdf()
                .Line("NORDIC SEATING SYSTEMS AB", size: 14, bold: true)
                .Line("Fabriksgatan 8, 41250 Göteborg, Sweden", size: 8)
                .Line("")
                .Line("Purchase Order 4400-1219", size: 13, bold: true)
                .Line("Order date 2026-12-07 · Framework agreement FA-2025-003 · Delivery terms DAP Göteborg", size: 8)
                .Table(
                [
                    new PdfColumn("Pos", 40, 25),
                    new PdfColumn("Our item", 68, 65),
                    new PdfColumn("Supplier item", 136, 65),
                    new PdfColumn("Description", 204, 125),
                    new PdfColumn("Quantity", 332, 55, true),
                    new PdfColumn("Price EUR", 392, 55, true),
                    new PdfColumn("Delivery", 455, 70),
                ])
                .Row("1", "NSS-10442", "HB-9105", "Rivet button 15 mm black", "40,000", "0.0680", "2027-01-25")
                .Row("2", "NSS-10443", "HB-9106", "Rivet button 18 mm black", "20,000", "0.0750", "2027-01-25")
                .Foot("Total value EUR 4,220.00")
                .Build()),

        (Case("W-633", "pdf-table", "de", "30102", "Bestellung",
            """
            Grüß Gott,

            unsere Bestellung hängt an. Bei Fragen einfach anrufen.

            Alex Huber
            """, "W-633.pdf", null,
            [
                new ExpectedLine("HB-HH-1800", 576),
                new ExpectedLine("HB-HH-2600", 300),
                new ExpectedLine("HB-SK-25", 2),
            ]),
            new OrderPdf()
                .Line("Trachten Huber e.K.", size: 16, bold: true)
                .Line("Ludwigstraße 5 · 83022 Rosenheim · Kd.-Nr. 30102", size: 8)
                .Line("")
                .Line("Bestellung vom 07.12.26", size: 12, bold: true)
                .Table(
                [
                    new PdfColumn("Menge", 50, 50, true),
                    new PdfColumn("Einheit", 110, 50),
                    new PdfColumn("Art.-Nr.", 165, 75),
                    new PdfColumn("Bezeichnung", 245, 250),
                ])
                .Row("4", "Gros", "HB-HH-1800", "Hirschhornknopf 18 mm 2-Loch natur")
                .Row("300", "Stk", "HB-HH-2600", "Hirschhornknopf 26 mm Öse")
                .Row("2", "Stk", "HB-SK-25", "Sortimentskasten Basic")
                .Foot("Bitte Lieferung an Ladengeschäft, Anlieferung ab 9 Uhr.")
                .Build()),

        (Case("W-634", "pdf-table", "en", "30105", "Purchase order BC-2026-0458",
            """
            Hello,

            Please find attached our purchase order BC-2026-0458 (bon de commande).

            Best regards,
            Camille Dupont
            """, "W-634.pdf", "BC-2026-0458",
            [
                new ExpectedLine("HB-PM-1102", 1000, 0.58m, new DateOnly(2027, 1, 11)),
                new ExpectedLine("HB-ZN-1400", 400, 0.64m, new DateOnly(2027, 1, 11)),
            ]),
            new OrderPdf()
                .Line("MAISON DUPONT", size: 16, bold: true)
                .Line("12 Rue du Faubourg Saint-Honoré · 75008 Paris · TVA FR12345678901", size: 8)
                .Line("")
                .Line("Bon de commande / Purchase order N° BC-2026-0458", size: 12, bold: true)
                .Line("Date : 07/12/2026      Date de livraison / Delivery date : 11/01/2027", size: 9)
                .Table(
                [
                    new PdfColumn("Réf.", 50, 75),
                    new PdfColumn("Désignation / Description", 130, 200),
                    new PdfColumn("Qté", 335, 50, true),
                    new PdfColumn("P.U. €", 395, 50, true),
                    new PdfColumn("Montant €", 455, 70, true),
                ])
                .Row("HB-PM-1102", "Bouton nacre 11 mm blanc", "1 000", "0,58", "580,00")
                .Row("HB-ZN-1400", "Bouton étain 14 mm edelweiss", "400", "0,64", "256,00")
                .Foot("Total HT : 836,00 €")
                .Build()),

        (Case("W-635", "pdf-table", "de", "20011", "Bestellung KF-B-26-3402",
            """
            Sehr geehrte Damen und Herren,

            im Anhang die Bestellung KF-B-26-3402. Lieferung in vollen VE.

            Mit freundlichen Grüßen
            Knopf & Faden Großhandel KG, Einkauf
            """, "W-635.pdf", "KF-B-26-3402",
            [
                new ExpectedLine("HB-4711", 60000, 0.036m),
                new ExpectedLine("HB-4H-28L-WHT", 20000),
            ]),
            new OrderPdf()
                .Line("Knopf & Faden Großhandel KG", size: 14, bold: true)
                .Line("Hanseatenweg 21 · 22113 Hamburg", size: 8)
                .Line("")
                .Line("Bestellung KF-B-26-3402 · 07.12.2026", size: 12, bold: true)
                .Table(
                [
                    new PdfColumn("Art.-Nr. KF", 40, 75),
                    new PdfColumn("Art.-Nr. Lief.", 120, 85),
                    new PdfColumn("Bezeichnung", 210, 140),
                    new PdfColumn("Anz. VE", 355, 45, true),
                    new PdfColumn("Stk/VE", 405, 45, true),
                    new PdfColumn("Preis/Tsd.", 455, 60, true),
                ])
                .Row("KF-100-15S", "", "Knopf 4-Loch 15 mm schwarz", "12", "5.000", "36,00")
                .Row("KF-300-28W", "HB-4H-28L-WHT", "Polyesterknopf 4-Loch 28L weiß", "4", "5.000", "")
                .Foot("Preise netto zzgl. MwSt. Lieferung frei Lager Hamburg.")
                .Build()),

        (Case("W-636", "pdf-table", "de", "30103", "Bestellliste",
            """
            Hallo,

            anbei meine Bestellliste als PDF.

            Liebe Grüße
            Rosalie
            """, "W-636.pdf", null,
            [
                new ExpectedLine("HB-PM-1102", 500),
                new ExpectedLine("HB-HN-2507", 500),
            ]),
            new OrderPdf()
                .Line("Atelier Rosalie", size: 18, bold: true)
                .Line("Kastanienallee 77, 10435 Berlin", size: 9)
                .Line("")
                .Line("Bestellliste Dezember", size: 12)
                .Table(
                [
                    new PdfColumn("Was", 50, 200),
                    new PdfColumn("Artikelnummer", 255, 90),
                    new PdfColumn("Wie viele", 350, 80),
                ])
                .Row("Perlmuttknöpfe 11 mm weiß", "HB-PM-1102", "500 Stk")
                .Row("Hornknöpfe 25 mm dunkelbraun", "HB-HN-2507", "500 Stk")
                .Foot("Bitte per DHL, Rechnung gerne per Mail an info@atelier-rosalie.de")
                .Build()),

        (Case("W-637", "free-text", "de", "30103", "Perlmutt",
            """
            Hallo Herr Roth,

            ich bräuchte fünfhundert von den kleinen weißen Perlmuttknöpfen (die 11 mm mit zwei Löchern) und dazu
            zwei von Ihren Mustersortimenten mit Hemdenknöpfen, die möchte ich meinen Kundinnen zeigen.

            Danke und liebe Grüße
            Rosalie Marx
            """, null, null,
            [
                new ExpectedLine("HB-PM-1102", 500),
                new ExpectedLine("HB-MS-01", 2),
            ]), null),

        (Case("W-638", "free-text", "de", "30102", "Knöpfe für die Janker",
            """
            Grüß Gott Herr Roth,

            für unsere Trachtenjanker brauchen wir wieder Hirschhornknöpfe, und zwar die 22er mit zwei Löchern,
            davon 400 Stück. Dazu bitte die Zinnknöpfe mit der Edelweiß-Prägung, sechshundert Stück.
            Lieferung bitte bis zum 15. Januar, vorher haben wir eh keinen Platz im Lager.

            Schöne Grüße aus Rosenheim
            Alex Huber
            """, null, null,
            [
                new ExpectedLine("HB-HH-2200", 400, null, new DateOnly(2027, 1, 15)),
                new ExpectedLine("HB-ZN-1400", 600, null, new DateOnly(2027, 1, 15)),
            ]), null),

        (Case("W-639", "free-text", "en", "30104", "navy blazer buttons",
            """
            Hi Stefan,

            Hope you're well. For the new navy blazer line we'd like two thousand of your plastic blazer buttons
            in navy, 20 mm, and the matching 15 mm sleeve buttons - four thousand of those, please.
            Our reference for this one is BW-PO-55260.

            Many thanks,
            Oliver
            """, null, "BW-PO-55260",
            [
                new ExpectedLine("HB-2030", 2000),
                new ExpectedLine("HB-2031", 4000),
            ]), null),

        (Case("W-640", "free-text", "de", "30107", "Knöpfe Strickjacken Herbst 2027",
            """
            Hallo Frau Yilmaz,

            für die neue Strickjackenkollektion nehmen wir die Holzknebel, 40 mm natur, 250 Stück.
            Außerdem die braunen Knöpfe in Hornoptik, einmal die großen (23 mm) 3.000 Stück und von den kleinen
            (15 mm) ebenfalls dreitausend. Wenn möglich alles zusammen in KW 2 liefern.

            Danke!
            Melanie Stehle
            Strickwaren Becker GmbH
            """, null, null,
            [
                new ExpectedLine("HB-8040", 250, null, new DateOnly(2027, 1, 11)),
                new ExpectedLine("HB-5510", 3000, null, new DateOnly(2027, 1, 11)),
                new ExpectedLine("HB-5511", 3000, null, new DateOnly(2027, 1, 11)),
            ]), null),

        (Case("W-641", "free-text", "en", "30108", "jeans buttons",
            """
            Hello,

            Could you send us ten thousand of the copper jeans buttons (27 lignes) and 5k of the grey 36-line four-hole
            polyester ones? Please put VDT-2026-0915 on the delivery note.

            Thank you,
            Sanne
            """, null, "VDT-2026-0915",
            [
                new ExpectedLine("HB-JN-27L-CU", 10000),
                new ExpectedLine("HB-4H-36L-GRY", 5000),
            ]), null),

        (Case("W-642", "free-text", "de", "30106", "Kochjacken Großauftrag",
            """
            Sehr geehrter Herr Roth,

            wir haben einen Großauftrag für Kochjacken bekommen und bestellen daher die abnehmbaren weißen Knöpfe
            mit Splint, 2.000 Stück zum Preis von 22 Cent je Stück, und die Druckknöpfe aus Edelstahl in 15 mm,
            dreitausend Stück. Unsere Bestellnummer lautet U-5512.

            Mit freundlichen Grüßen
            Petra Schmidt
            Uniform Partner Schmidt GmbH, Tel. 02161 40 77-0
            """, null, "U-5512",
            [
                new ExpectedLine("HB-KJ-12", 2000, 0.22m),
                new ExpectedLine("HB-7710", 3000),
            ]), null),

        (Case("W-643", "free-text", "en", "30105", "staghorn buttons",
            """
            Dear Stefan,

            We would need two gross of the large staghorn buttons with a shank (26 mm), and one hundred and fifty
            of the small staghorn ones, 18 mm with two holes. Delivery to our atelier in Paris as usual.

            Best wishes,
            Camille Dupont
            """, null, null,
            [
                new ExpectedLine("HB-HH-2600", 288),
                new ExpectedLine("HB-HH-1800", 150),
            ]), null),

        (Case("W-644", "free-text", "de", "30101", "Goldknöpfe Herbstkollektion",
            """
            Liebe Frau Yilmaz,

            für die Herbstkollektion bräuchten wir die goldenen Metall-Blazerknöpfe in 20 mm, 2.500 Stück zum
            Rahmenpreis von 0,31 €, und die goldenen Ösenknöpfe mit Wappen, 24 Linien, 1.000 Stück.
            Die silbernen Ösenknöpfe 18 mm hatten wir letztes Mal dabei, diesmal nicht.

            Bestellnummer LIN-26-0940.

            Herzliche Grüße
            Claudia Lindner
            """, null, "LIN-26-0940",
            [
                new ExpectedLine("HB-2220", 2500, 0.31m),
                new ExpectedLine("HB-SH-24L-GLD", 1000),
            ]), null),

        (Case("W-645", "free-text", "en", "10063", "urgent: rivet buttons 18 mm",
            """
            Hi Stefan,

            Erik here. We're running low on the 18 mm black plastic rivet buttons - please ship 20,000 as soon as
            possible, PO number 4400-1231 will follow in SAP today.
            Also, could you quote the 15 mm ones for about 100k for Q2? That's just a request for a quote, no order yet.

            Thanks,
            Erik Lindqvist
            Nordic Seating Systems AB
            """, null, "4400-1231",
            [
                new ExpectedLine("HB-9106", 20000),
            ]), null),

        (Case("W-646", "free-text", "de", "20011", "dringend Druckknöpfe",
            """
            Moin,

            wir brauchen dringend schwarze Druckknöpfe aus brüniertem Messing in 15 mm, viertausend Stück, und
            außerdem fünfhundert von den roten Polyesterknöpfen mit vier Löchern in 20 mm.
            Bitte mit Express, Kosten übernehmen wir.

            Gruß
            Thomas Faden
            """, null, null,
            [
                new ExpectedLine("HB-7711", 4000),
                new ExpectedLine("HB-4720-R", 500),
            ]), null),

        (Case("W-647", "free-text", "de", "10057", "Drehknöpfe anthrazit",
            """
            Liebe Frau Yilmaz,

            für die neue Backofenserie brauchen wir noch die anthrazitfarbenen Drehknöpfe, zweitausend Stück,
            Liefertermin 14.12. Das läuft außerhalb des Rahmenvertrags, bitte normal berechnen.

            Liebe Grüße
            Sabine Kessler
            """, null, null,
            [
                new ExpectedLine("HB-K400", 2000, null, new DateOnly(2026, 12, 14)),
            ]), null),

        (Case("W-648", "free-text", "en", "30104", "shirt buttons and showroom box",
            """
            Hello,

            For the shirt range we need the 11 mm four-hole shirt buttons: 10,000 in white and 6,000 in light blue.
            And could you add one of your Basic button assortment boxes for our showroom?

            Thanks a lot,
            Hannah Price
            Brightwear Ltd
            """, null, null,
            [
                new ExpectedLine("HB-1010", 10000),
                new ExpectedLine("HB-1011", 6000),
                new ExpectedLine("HB-SK-25", 1),
            ]), null),

        (Case("W-649", "call-off", "de", "10042", "Lieferabruf LA-2026-1207-01 zu RV-2024-017",
            """
            Sehr geehrte Damen und Herren,

            zum Rahmenvertrag RV-2024-017 rufen wir wie folgt ab (Lieferabruf LA-2026-1207-01):

            Sachnummer    Benennung                  KW 51/2026   KW 53/2026   KW 02/2027
            73-4410-200   Knopf PA 20 mm grau            20.000       20.000       30.000

            Vorschau (unverbindlich) KW 04-08/2027: ca. 100.000 Stück.
            Anlieferung Werk Stuttgart, Tor 5.

            Mit freundlichen Grüßen
            Dr. Anna Weber
            Autowerk Süd AG, Disposition Kaufteile, Tel. 0711 7890-3300
            """, null, "LA-2026-1207-01",
            [
                new ExpectedLine("HB-9001", 20000, null, new DateOnly(2026, 12, 14)),
                new ExpectedLine("HB-9001", 20000, null, new DateOnly(2026, 12, 28)),
                new ExpectedLine("HB-9001", 30000, null, new DateOnly(2027, 1, 11)),
            ]), null),

        (Case("W-650", "call-off", "de", "10057", "Abruf AB-KES-2026-12 aus RV-2023-044",
            """
            Hallo Herr Roth,

            hiermit unser Abruf AB-KES-2026-12 aus dem Rahmenvertrag RV-2023-044:

            KH-BK-0200  Bedienknopf weiß      4.000 St.   Liefertermin 17.12.2026
            KH-DK-0310  Drehknopf chrom matt  2.000 St.   Liefertermin 17.12.2026
            KH-TK-0311  Tastenknopf chrom     2.000 St.   Liefertermin 07.01.2027

            Preise gemäß Rahmenvertrag.

            Viele Grüße
            Mika Brandt
            Kessler Group - Materialwirtschaft, Tel. 05241 50 60-214
            """, null, "AB-KES-2026-12",
            [
                new ExpectedLine("HB-K200", 4000, null, new DateOnly(2026, 12, 17)),
                new ExpectedLine("HB-K310", 2000, null, new DateOnly(2026, 12, 17)),
                new ExpectedLine("HB-K311", 2000, null, new DateOnly(2027, 1, 7)),
            ]), null),

        (Case("W-651", "call-off", "en", "10063", "Call-off CO-3318 / FA-2025-003",
            """
            Dear Stefan,

            Call-off no. CO-3318 against framework agreement FA-2025-003:

            NSS-10442  rivet button 15 mm   30,000 pcs   CW 51
            NSS-10443  rivet button 18 mm   20,000 pcs   CW 01/2027

            Forecast (not binding): CW 05-10 approx. 40,000 pcs NSS-10442 per month.

            Best regards
            Erik Lindqvist
            Supply Chain, Nordic Seating Systems AB
            """, null, "CO-3318",
            [
                new ExpectedLine("HB-9105", 30000, null, new DateOnly(2026, 12, 14)),
                new ExpectedLine("HB-9106", 20000, null, new DateOnly(2027, 1, 4)),
            ]), null),

        (Case("W-652", "call-off", "de", "20011", "Abruf KF-RA-2026-14",
            """
            Sehr geehrte Damen und Herren,

            Abruf aus Rahmenvereinbarung RV-2022-009, Abruf-Nr. KF-RA-2026-14, Lieferung KW 52:

            KF-100-15S   50.000 Stück   à 0,036 €
            KF-100-18S   10.000 Stück

            Restmenge aus Rahmenvereinbarung nach diesem Abruf laut unserer Rechnung: 340.000 Stück.

            Mit freundlichen Grüßen
            Dipl.-Ing. Thomas Faden
            """, null, "KF-RA-2026-14",
            [
                new ExpectedLine("HB-4711", 50000, 0.036m, new DateOnly(2026, 12, 21)),
                new ExpectedLine("HB-4712", 10000, null, new DateOnly(2026, 12, 21)),
            ]), null),

        (Case("W-653", "call-off", "de", "30101", "Abruf LIN-AB-0017 Blazerknöpfe",
            """
            Liebe Frau Yilmaz,

            Abruf LIN-AB-0017:
            Artikel ML-ZUB-7781 (Blazerknopf gold) - 2.000 Stück, Liefertermin 11.01.2027.

            Danke und viele Grüße
            Claudia Lindner
            """, null, "LIN-AB-0017",
            [
                new ExpectedLine("HB-2220", 2000, null, new DateOnly(2027, 1, 11)),
            ]), null),

        (Case("W-654", "call-off", "de", "10042", "Lieferplaneinteilung 5500012345",
            """
            LIEFERPLANEINTEILUNG
            Lieferplan 5500012345   Rahmenvertrag RV-2024-017   Lieferant 880144
            Material 73-4410-212  Clip-Knopf 12 mm schwarz
            Erstellt 07.12.2026  Letzter Wareneingang 30.11.2026 LS 88412  Eingangs-FZ 410.000

            Datum        Menge ST    Fortschrittszahl
            15.12.2026     10.000         420.000
            22.12.2026     10.000         430.000
            05.01.2027     15.000         445.000

            Fertigungsfreigabe bis 05.01.2027, Materialfreigabe bis 02.02.2027.
            Autowerk Süd AG, Disposition, einkauf@autowerk-sued.de
            """, null, "5500012345",
            [
                new ExpectedLine("HB-9002", 10000, null, new DateOnly(2026, 12, 15)),
                new ExpectedLine("HB-9002", 10000, null, new DateOnly(2026, 12, 22)),
                new ExpectedLine("HB-9002", 15000, null, new DateOnly(2027, 1, 5)),
            ]), null),

        (Case("W-655", "call-off", "de", "10057", "Lieferabruf LAB-2026-0388",
            """
            Guten Tag,

            anbei der Lieferabruf LAB-2026-0388 zum RV-2023-044.

            Mit freundlichen Grüßen
            Sabine Kessler
            """, "W-655.pdf", "LAB-2026-0388",
            [
                new ExpectedLine("HB-K310", 3000, null, new DateOnly(2027, 1, 11)),
                new ExpectedLine("HB-K310", 3000, null, new DateOnly(2027, 1, 25)),
                new ExpectedLine("HB-K311", 1000, null, new DateOnly(2027, 1, 11)),
            ]),
            new OrderPdf()
                .Line("Hausgeräte Kessler GmbH", size: 14, bold: true)
                .Line("Am Gewerbepark 4 · 33330 Gütersloh", size: 8)
                .Line("")
                .Line("LIEFERABRUF LAB-2026-0388", size: 13, bold: true)
                .Line("Rahmenvertrag RV-2023-044 · Datum 07.12.2026 · Werk Gütersloh, Halle 2", size: 8)
                .Table(
                [
                    new PdfColumn("Sachnummer", 40, 75),
                    new PdfColumn("Benennung", 120, 150),
                    new PdfColumn("KW", 275, 55),
                    new PdfColumn("Menge", 335, 55, true),
                    new PdfColumn("Status", 400, 80),
                ])
                .Row("KH-DK-0310", "Drehknopf chrom matt", "02/2027", "3.000", "fest")
                .Row("KH-DK-0310", "Drehknopf chrom matt", "04/2027", "3.000", "fest")
                .Row("KH-TK-0311", "Tastenknopf chrom matt", "02/2027", "1.000", "fest")
                .Foot("Preise gemäß Rahmenvertrag. Lieferschein mit Abrufnummer.")
                .Build()),

        (Case("W-656", "call-off", "en", "10063", "Delivery schedule release 2026-47",
            """
            DELIVERY SCHEDULE
            Scheduling agreement: FA-2025-003
            Release no.: 2026-47      Release date: 2026-12-07
            Supplier: Happy Buttons GmbH

            Part NSS-10442 (rivet button 15 mm black)

            Date         Qty       Type
            2026-12-14   15,000    FIRM
            2026-12-28   15,000    FIRM
            2027-01-25   30,000    FORECAST
            2027-02-22   30,000    FORECAST

            Only FIRM quantities are authorised for delivery. Forecast quantities are for planning only.
            Nordic Seating Systems AB - Materials Planning - +46 31 704 55 30
            """, null, "2026-47",
            [
                new ExpectedLine("HB-9105", 15000, null, new DateOnly(2026, 12, 14)),
                new ExpectedLine("HB-9105", 15000, null, new DateOnly(2026, 12, 28)),
            ]), null),

        (Case("W-657", "call-off", "de", "20011", "Abruf KF-RA-2026-15",
            """
            Moin Herr Roth,

            Abruf KF-RA-2026-15 aus RV-2022-009, Liefertermin KW 1/2027:

            - KF-100-18S: 20.000 Stk
            - dazu bitte 10 Stück Sortimentskasten HB-SK-25 zu 21,50 €

            Gruß Thomas Faden
            """, null, "KF-RA-2026-15",
            [
                new ExpectedLine("HB-4712", 20000, null, new DateOnly(2027, 1, 4)),
                new ExpectedLine("HB-SK-25", 10, 21.50m, new DateOnly(2027, 1, 4)),
            ]), null),

        (Case("W-658", "call-off", "de", "10042", "Abruf 2026-AB-552",
            """
            Hallo Herr Roth,

            Abruf gemäß RV-2024-017, Abruf-Nr. 2026-AB-552:
            73-4410-212 - 30 Tsd. Stück, Anlieferung Werk Sindelfingen KW 52.

            Gruß
            Jonas Keller
            Autowerk Süd AG
            """, null, "2026-AB-552",
            [
                new ExpectedLine("HB-9002", 30000, null, new DateOnly(2026, 12, 21)),
            ]), null),

        (Case("W-659", "call-off", "de", "30101", "Abruf LIN-AB-0018",
            """
            Liebe Frau Yilmaz,

            Abruf LIN-AB-0018 zu unserer Vereinbarung über die Blazerknöpfe:

            ML-ZUB-7781   1.500 Stk   KW 51   0,31 €
            ML-ZUB-7781   1.500 Stk   KW 3    0,31 €

            Herzliche Grüße
            Claudia Lindner
            """, null, "LIN-AB-0018",
            [
                new ExpectedLine("HB-2220", 1500, 0.31m, new DateOnly(2026, 12, 14)),
                new ExpectedLine("HB-2220", 1500, 0.31m, new DateOnly(2027, 1, 18)),
            ]), null),

        (Case("W-660", "call-off", "en", "10063", "Call-off CO-3341",
            """
            Dear Stefan,

            Please find call-off CO-3341 attached.

            Best regards
            Erik Lindqvist
            """, "W-660.pdf", "CO-3341",
            [
                new ExpectedLine("HB-9106", 10000, null, new DateOnly(2027, 1, 11)),
                new ExpectedLine("HB-9105", 20000, null, new DateOnly(2027, 1, 18)),
            ]),
            new OrderPdf()
                .Line("Nordic Seating Systems AB", size: 14, bold: true)
                .Line("Fabriksgatan 8 · 41250 Göteborg · Sweden", size: 8)
                .Line("")
                .Line("CALL-OFF CO-3341", size: 13, bold: true)
                .Line("Framework agreement FA-2025-003 · Date 2026-12-07", size: 8)
                .Table(
                [
                    new PdfColumn("Our part no.", 40, 80),
                    new PdfColumn("Description", 125, 160),
                    new PdfColumn("Qty (pcs)", 290, 60, true),
                    new PdfColumn("Delivery week", 360, 90),
                ])
                .Row("NSS-10443", "Rivet button 18 mm black", "10,000", "Week 2/2027")
                .Row("NSS-10442", "Rivet button 15 mm black", "20,000", "Week 3/2027")
                .Foot("Prices according to framework agreement. Deliver DAP Göteborg.")
                .Build()),
    ];

    private static OrderCase Case(string id, string format, string language, string customer, string subject, string body, string? pdf, string? poNumber,
        IEnumerable<ExpectedLine> lines) =>
        new(id, format, language, customer, subject, body, pdf, new DateOnly(2026, 12, 7), new ExpectedOrder(poNumber, lines.ToList()));
}
