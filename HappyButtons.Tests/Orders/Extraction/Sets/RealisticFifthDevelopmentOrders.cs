namespace HappyButtons.Tests.Orders.Extraction.Sets;

/// <summary>Sixty purchase orders written by hand in the style of real ones, blind (filled in by its author).</summary>
public static class RealisticFifthDevelopmentOrders
{
    public static IReadOnlyList<(OrderCase Case, byte[]? Pdf)> Generate() =>
    [
        (Case("T-301", "text-de", "de", "30101", "Bestellung Knöpfe Frühjahrskollektion", """
            Hallo Herr Roth,

            für die Frühjahrskollektion bestellen wir wie besprochen:

            - 3.000 Stk HB-HN-2007 Hornknopf 20 mm dunkelbraun
            - 1.500 Stk HB-HN-2507 Hornknopf 25 mm dunkelbraun
            - 2.000 Stk HB-2220 Blazerknopf Metall gold

            Preise wie vereinbart. Liefertermin bitte bis 15.01.2027.
            Unsere Bestellnummer: ML-B-26-1187

            Viele Grüße
            Claudia Lindner
            Modehaus Lindner GmbH | Maximilianstraße 30 | 80539 München
            Tel. 089 2291 340
            """, null, "ML-B-26-1187",
            [
                new ExpectedLine("HB-HN-2007", 3000, null, On(1, 15, 2027)),
                new ExpectedLine("HB-HN-2507", 1500, null, On(1, 15, 2027)),
                new ExpectedLine("HB-2220", 2000, null, On(1, 15, 2027)),
            ]), null),
        (Case("T-302", "text-de", "de", "30102", "Nachbestellung", """
            Servus,

            bitte schickts uns nochmal:

            HB-HH-1800    400 Stück
            HB-HH-2200    250 Stück
            HB-ZN-1400    600 Stück

            Die Hirschhornknöpfe 26 mm mit Öse brauchen wir diesmal nicht, haben noch genug am Lager.

            Lieferung an Ludwigstraße 5, 83022 Rosenheim, wie immer.
            Pfiat eich
            Alex Huber
            Trachten Huber e.K., Tel. 08031 / 12 34 5
            """, null, null,
            [
                new ExpectedLine("HB-HH-1800", 400),
                new ExpectedLine("HB-HH-2200", 250),
                new ExpectedLine("HB-ZN-1400", 600),
            ]), null),
        (Case("T-303", "text-de", "de", "30106", "Bestellung 4500231876", """
            Sehr geehrte Damen und Herren,

            hiermit bestellen wir zu den Bedingungen Ihres Angebots AN-2026-3310 vom 20.11.2026:

            Pos. | Artikel    | Bezeichnung                         | Menge     | Preis/100 St. | Termin
            10   | HB-2030    | Blazerknopf Kunststoff 20 mm marine | 5.000 St. | 19,00 €       | KW 2/2027
            20   | HB-2031    | Ärmelknopf Kunststoff 15 mm marine  | 8.000 St. | 14,00 €       | KW 2/2027
            30   | HB-2211    | Metallknopf Öse 18 mm silber        | 4.000 St. | 26,00 €       | KW 4/2027

            Gesamtwert netto: 3.110,00 EUR zzgl. 19 % MwSt.
            Bitte Bestellnummer 4500231876 auf Lieferschein und Rechnung angeben.

            Mit freundlichen Grüßen
            i. A. Petra Schmidt
            Einkauf
            Uniform Partner Schmidt GmbH, Industriering 9, 41065 Mönchengladbach
            Tel. +49 2161 55 43-21, Fax -29
            Geschäftsführer: H. Schmidt, Amtsgericht Mönchengladbach HRB 12345
            """, null, "4500231876",
            [
                new ExpectedLine("HB-2030", 5000, 0.19m, On(1, 11, 2027)),
                new ExpectedLine("HB-2031", 8000, 0.14m, On(1, 11, 2027)),
                new ExpectedLine("HB-2211", 4000, 0.26m, On(1, 25, 2027)),
            ]), null),
        (Case("T-304", "text-de", "de", "30107", "AW: Angebot Steinnussknöpfe", """
            Hallo Herr Roth,

            danke für das Angebot. Wir nehmen:
            Steinnuss 20 mm natur (HB-6020): 2.500 Stk
            Steinnuss 25 mm dunkelbraun (HB-6025-DB): 1.000 Stk
            Die Holzknebel lassen wir erst mal weg.

            Liefertermin so schnell wie möglich, spätestens 18.12.

            Gruß Jan Becker
            Strickwaren Becker GmbH

            -----Ursprüngliche Nachricht-----
            Von: Stefan Roth <s.roth@happybuttons.de>
            Gesendet: Donnerstag, 3. Dezember 2026 14:12
            Betreff: Angebot Steinnussknöpfe

            Sehr geehrter Herr Becker,
            gerne bieten wir an:
            HB-6020 Steinnussknopf 20 mm, 4-Loch, natur – 0,31 €/Stk, ab 500 Stk
            HB-6025-DB Steinnussknopf 25 mm, 4-Loch, dunkelbraun – 0,39 €/Stk, ab 500 Stk
            HB-8040 Holzknebel 40 mm, natur – 0,65 €/Stk, ab 200 Stk
            Mit freundlichen Grüßen, Stefan Roth
            """, null, null,
            [
                new ExpectedLine("HB-6020", 2500, null, On(12, 18)),
                new ExpectedLine("HB-6025-DB", 1000, null, On(12, 18)),
            ]), null),
        (Case("T-305", "text-de", "de", "20011", "Bestellung KF-26-04471", """
            Bestellung Nr. KF-26-04471 vom 07.12.2026
            Lieferant: 70012 Happy Buttons GmbH

            Art.-Nr. Lief.   Art.-Nr. KF    Menge   ME    EP       Rabatt
            HB-4711          KF-100-15S     60      Tsd   36,00/T  -
            HB-4712          KF-100-18S     20      Tsd   55,00/T  -
            HB-SK-25         -              12      Stk   21,50    -

            Lieferbedingung: frei Haus Hamburg, Anlieferung Mo-Fr 7-14 Uhr, Rampe 3
            Zahlungsbedingung: 30 Tage netto

            Knopf & Faden Großhandel KG · Hanseatenweg 21 · 22113 Hamburg
            Dipl.-Ing. Thomas Faden, Disposition, t.faden@knopf-faden.de
            """, null, "KF-26-04471",
            [
                new ExpectedLine("HB-4711", 60000, 0.036m),
                new ExpectedLine("HB-4712", 20000, 0.055m),
                new ExpectedLine("HB-SK-25", 12, 21.50m),
            ]), null),
        (Case("T-306", "text-de", "de", "30103", "Knöpfe für Wintermäntel", """
            Liebes Happy-Buttons-Team,

            ich brauche für die neue Mantel-Serie:

            * 8 Gros HB-5510 (Hornoptik 23 mm braun)
            * 10 Gros HB-5511 (Hornoptik 15 mm braun)
            * 1 Mustersortiment Hemdenknöpfe HB-MS-01

            Kann ich die Sachen bis Freitag, 18. Dezember haben? Das wäre toll!
            Rechnung bitte an Atelier Rosalie, Kastanienallee 77, 10435 Berlin.

            Herzlich
            Rosalie Marx
            Atelier Rosalie – Maßschneiderei
            """, null, null,
            [
                new ExpectedLine("HB-5510", 1152, null, On(12, 18)),
                new ExpectedLine("HB-5511", 1440, null, On(12, 18)),
                new ExpectedLine("HB-MS-01", 1, null, On(12, 18)),
            ]), null),
        (Case("T-307", "text-de", "de", "30101", "Bestellung ML-B-26-1202 / Perlmutt + Metall", """
            Guten Morgen,

            anbei unsere Bestellung ML-B-26-1202:

            1) Perlmuttknopf 11 mm weiß, HB-PM-1102 ........ 1.000 Stk à 0,58 €
            2) Metallknopf 15 mm altmessing, HB-MT-1512 ...... 5.000 Stk à 0,214 €
            3) Ösenknopf Wappen gold, HB-SH-24L-GLD .......... 800 Stk à 0,29 €

            Zwischensumme: 1.882,00 €
            Lieferung: 2 Wochen nach Auftragsbestätigung, spätestens 11.01.2027
            Ansprechpartnerin bei Rückfragen: Claudia Lindner, 089 2291 340

            Freundliche Grüße aus München
            """, null, "ML-B-26-1202",
            [
                new ExpectedLine("HB-PM-1102", 1000, 0.58m, On(1, 11, 2027)),
                new ExpectedLine("HB-MT-1512", 5000, 0.214m, On(1, 11, 2027)),
                new ExpectedLine("HB-SH-24L-GLD", 800, 0.29m, On(1, 11, 2027)),
            ]), null),
        (Case("T-308", "text-de", "de", "30106", "WG: Bestellung Kochjacken-Knöpfe", """
            Hallo Frau Yilmaz,

            leite Ihnen die Bestellung von unserer Produktion weiter, bitte bearbeiten.

            Gruß P. Schmidt

            ---------- Weitergeleitete Nachricht ----------
            Von: Produktion Halle 2 <produktion@uniform-schmidt.de>
            Datum: Fr., 4. Dez. 2026 um 16:40
            Betreff: Bestellung Kochjacken-Knöpfe

            Brauchen für Auftrag 2026-887 (Hotelkette, 1.200 Kochjacken):
            Kochjackenknopf abnehmbar mit Splint weiß HB-KJ-12 – 12.000 Stück
            Druckknopf Edelstahl 15 mm HB-7710 – 2.400 Stück
            Liefertermin: 22.12.2026

            Bestellnummer Einkauf: 4500232011
            """, null, "4500232011",
            [
                new ExpectedLine("HB-KJ-12", 12000, null, On(12, 22)),
                new ExpectedLine("HB-7710", 2400, null, On(12, 22)),
            ]), null),
        (Case("T-309", "text-de", "de", "30107", "Bestellung Strickjacken-Knöpfe", """
            Sehr geehrte Damen und Herren,

            bitte liefern Sie uns:

            Menge      Art.-Nr.        Bezeichnung
            6 VE       HB-4H-36L-GRY   Polyesterknopf 4-Loch 36 Linien grau (VE = 500 Stk)
            15 Tsd.    HB-2H-20L-NAV   Polyesterknopf 2-Loch 20 Linien marine
            1.000      HB-R15          Recycling-Polyesterknopf 15 mm marine

            Pos. "Holzknebel 40 mm" aus unserer Anfrage vom 30.11. entfällt.
            Wunschtermin: KW 1/2027

            Mit freundlichen Grüßen
            Jan Becker
            Strickwaren Becker GmbH, Wollweg 3, 72379 Hechingen
            Telefon 07471 9330-0
            """, null, null,
            [
                new ExpectedLine("HB-4H-36L-GRY", 3000, null, On(1, 4, 2027)),
                new ExpectedLine("HB-2H-20L-NAV", 15000, null, On(1, 4, 2027)),
                new ExpectedLine("HB-R15", 1000, null, On(1, 4, 2027)),
            ]), null),
        (Case("T-310", "text-de", "de", "30102", "Bestellung Trachtenknöpfe Nr. 2026-118", """
            Grüß Gott Herr Roth,

            unsere Bestellung Nr. 2026-118:

            Hirschhornknopf 26 mm Öse natur     HB-HH-2600   300 Stk   1,45 €/Stk
            Zinnknopf 14 mm Edelweiß            HB-ZN-1400   1.200 Stk 0,64 €/Stk
            Holzknebel 40 mm natur              HB-8040      400 Stk   0,65 €/Stk

            Gesamt netto 1.463,00 €, zzgl. MwSt. 277,97 €, brutto 1.740,97 €

            Liefern bitte am 14.12.2026, wir haben Dienstag Ruhetag.

            Mit besten Grüßen
            Alex Huber
            """, null, "2026-118",
            [
                new ExpectedLine("HB-HH-2600", 300, 1.45m, On(12, 14)),
                new ExpectedLine("HB-ZN-1400", 1200, 0.64m, On(12, 14)),
                new ExpectedLine("HB-8040", 400, 0.65m, On(12, 14)),
            ]), null),
        (Case("T-311", "text-de", "de", "20011", "Eilbestellung KF-26-04480", """
            Moin,

            eilt! Kunde wartet:
            KF-100-15S ... 25.000
            HB-1010 Hemdknopf weiß ... 40.000
            HB-1011 Hemdknopf hellblau ... 20.000

            Bestell-Nr. KF-26-04480. Versand per Spedition bis spätestens 10.12.2026.
            Tel. für Rückfragen 040 7311 88-0 (Zentrale) oder 040 7311 88-14 (Faden).

            Gruß
            T. Faden
            """, null, "KF-26-04480",
            [
                new ExpectedLine("HB-4711", 25000, null, On(12, 10)),
                new ExpectedLine("HB-1010", 40000, null, On(12, 10)),
                new ExpectedLine("HB-1011", 20000, null, On(12, 10)),
            ]), null),
        (Case("T-312", "text-de", "de", "30103", "Bestellung", """
            Hallo,

            ich hätte gern 150 rote Knöpfe HB-4720-R (4-Loch 20 mm) und 200 Stück HB-HH-1800.

            Falls die roten gerade nicht lieferbar sind, bitte kurz melden.
            Für die Hirschhornknöpfe 22 mm hätte ich gern erst ein Angebot über 500 Stück.

            Danke und liebe Grüße
            Rosalie Marx
            """, null, null,
            [
                new ExpectedLine("HB-4720-R", 150),
                new ExpectedLine("HB-HH-1800", 200),
            ]), null),
        (Case("T-313", "text-en", "en", "30104", "Purchase Order BW-PO-08812", """
            Dear Stefan,

            Please accept our purchase order BW-PO-08812 as follows:

            Qty      Item          Description                              Unit price
            2,000    HB-2220       Blazer button metal 20mm gold            EUR 0.34
            1,000    HB-2215       Sleeve button metal 15mm gold            EUR 0.21
            3,000    HB-PM-1102    Mother of pearl 11mm 2-hole white        EUR 0.58

            Total: EUR 2,630.00 (EXW Munich, we arrange collection via DHL Freight, account 4471-220)
            Required delivery date: 8 January 2027

            Kind regards,
            Oliver Grant
            Buyer | Brightwear Ltd | 14 Savile Row, London W1S 3PJ
            T +44 20 7946 0321
            This e-mail and any attachments are confidential and intended solely for the addressee.
            """, null, "BW-PO-08812",
            [
                new ExpectedLine("HB-2220", 2000, 0.34m, On(1, 8, 2027)),
                new ExpectedLine("HB-2215", 1000, 0.21m, On(1, 8, 2027)),
                new ExpectedLine("HB-PM-1102", 3000, 0.58m, On(1, 8, 2027)),
            ]), null),
        (Case("T-314", "text-en", "en", "30108", "order december", """
            Hi Stefan,

            Here is our December order, PO number VDT-2026-0419:

            HB-1001 - 50,000 pcs
            HB-1002 - 30,000 pcs
            HB-1003 - 25,000 pcs
            HB-4H-28L-WHT - 10,000 pcs

            Please deliver to our warehouse, Textielstraat 15, 7511 Enschede, before 23/12/2026.
            Our forecast for Q1 2027 is roughly 200,000 pcs HB-1001, we will send the order in January.

            Met vriendelijke groet / Best regards,
            Sanne van Dijk
            Van Dijk Textiel B.V. | +31 53 480 1122
            """, null, "VDT-2026-0419",
            [
                new ExpectedLine("HB-1001", 50000, null, On(12, 23)),
                new ExpectedLine("HB-1002", 30000, null, On(12, 23)),
                new ExpectedLine("HB-1003", 25000, null, On(12, 23)),
                new ExpectedLine("HB-4H-28L-WHT", 10000, null, On(12, 23)),
            ]), null),
        (Case("T-315", "text-en", "en", "10063", "PO 4400018823 - spare buttons service", """
            Hello,

            For our after-sales service stock, please supply under PO 4400018823:

            Line 1: HB-9105, rivet button 15 mm black, 20,000 pcs, price 0.068 EUR/pc
            Line 2: HB-9106, rivet button 18 mm black, 10,000 pcs, price 0.075 EUR/pc

            Delivery address: Nordic Seating Systems AB, Goods receiving gate 2, Fabriksgatan 8, 41250 Göteborg, Sweden
            Incoterms: FCA Munich. Delivery week 2, 2027.

            Best regards
            Erik Lindqvist
            Purchasing, Nordic Seating Systems AB
            Phone +46 31 700 45 10
            """, null, "4400018823",
            [
                new ExpectedLine("HB-9105", 20000, 0.068m, On(1, 11, 2027)),
                new ExpectedLine("HB-9106", 10000, 0.075m, On(1, 11, 2027)),
            ]), null),
        (Case("T-316", "text-en", "en", "30105", "Commande / Order MD-1207", """
            Bonjour / Hello,

            Please find our order MD-1207:

            • Horn button 25 mm dark brown (HB-HN-2507) x 600
            • Staghorn button 22mm natural (HB-HH-2200) x 300
            • Pewter button Edelweiss 14mm (HB-ZN-1400) x 400

            Delivery to: Maison Dupont SARL, 12 Rue du Faubourg Saint-Honoré, 75008 Paris
            We would like the goods by 15th January 2027 at the latest.

            Merci beaucoup,
            Camille Dupont
            Maison Dupont — Haute couture depuis 1962
            +33 1 42 65 00 00
            """, null, "MD-1207",
            [
                new ExpectedLine("HB-HN-2507", 600, null, On(1, 15, 2027)),
                new ExpectedLine("HB-HH-2200", 300, null, On(1, 15, 2027)),
                new ExpectedLine("HB-ZN-1400", 400, null, On(1, 15, 2027)),
            ]), null),
        (Case("T-317", "text-en", "en", "30104", "RE: Quote Q-26-1188 jeans buttons", """
            Stefan,

            Thanks - go ahead with the jeans buttons, 24k pcs HB-JN-27L-CU at your quoted 0.095.
            Also add 5k of the press studs black 15mm (HB-7711) at list price.
            Leave the stainless ones out for now.

            PO ref BW-PO-08830. Need them in London w/c 11 Jan 2027.

            Cheers,
            Oliver

            > From: Stefan Roth
            > Sent: 2 December 2026 09:31
            > Subject: Quote Q-26-1188 jeans buttons
            > HB-JN-27L-CU Jeans button 27L copper 0.095 EUR/pc, MOQ 2,000
            > HB-7710 Press stud stainless 15mm 0.18 EUR/pc, MOQ 1,000
            > HB-7711 Press stud 15mm black 0.15 EUR/pc, MOQ 1,000
            """, null, "BW-PO-08830",
            [
                new ExpectedLine("HB-JN-27L-CU", 24000, 0.095m, On(1, 11, 2027)),
                new ExpectedLine("HB-7711", 5000, null, On(1, 11, 2027)),
            ]), null),
        (Case("T-318", "text-en", "en", "30108", "Purchase order 0420", """
            Dear Happy Buttons team,

            PO: VDT-2026-0420
            Date: 07-12-2026

            ITEM                QTY (pcs)   PRICE/1000
            HB-4H-18L-BLK       100.000     29,00
            HB-2H-20L-NAV        40.000     34,00
            HB-1010              60.000     30,00

            Please note: 100.000 means one hundred thousand (we use the Dutch notation).
            Delivery: week 1 / 2027.

            Regards,
            Sanne van Dijk
            """, null, "VDT-2026-0420",
            [
                new ExpectedLine("HB-4H-18L-BLK", 100000, 0.029m, On(1, 4, 2027)),
                new ExpectedLine("HB-2H-20L-NAV", 40000, 0.034m, On(1, 4, 2027)),
                new ExpectedLine("HB-1010", 60000, 0.030m, On(1, 4, 2027)),
            ]), null),
        (Case("T-319", "text-en", "en", "10063", "Order - knob samples & assortment", """
            Hi Stefan,

            Could you please send us the following for our design department (PO 4400018840):

            5 x HB-SK-25 button assortment box Basic
            3 x HB-MS-01 sample assortment shirt buttons

            Ship by courier please, account UPS 8F27A1. No rush.

            Also, do you have the Drehknopf anthrazit (HB-K400) in stock? We might need 2,000 pcs in February - just asking, no order yet.

            Thanks,
            Erik
            """, null, "4400018840",
            [
                new ExpectedLine("HB-SK-25", 5),
                new ExpectedLine("HB-MS-01", 3),
            ]), null),
        (Case("T-320", "text-en", "en", "30104", "Order", """
            Hello,

            we would like to order

            1 gross HB-4720-R red 4-hole 20mm
            6 gross HB-2031 sleeve button navy
            1,500 HB-2030 blazer button navy

            Order number BW-PO-08841, delivery 18.12.26 if possible.

            Best,
            Oliver Grant
            Brightwear Ltd
            """, null, "BW-PO-08841",
            [
                new ExpectedLine("HB-4720-R", 144, null, On(12, 18)),
                new ExpectedLine("HB-2031", 864, null, On(12, 18)),
                new ExpectedLine("HB-2030", 1500, null, On(12, 18)),
            ]), null),
        (Case("T-321", "text-en", "en", "30108", "FW: PO VDT-2026-0425", """
            Stefan, see below from our production planner. Please confirm. Sanne

            -------- Forwarded message --------
            From: Pieter Jansen <planning@vandijk-textiel.nl>
            To: Sanne van Dijk
            Subject: PO VDT-2026-0425

            Sanne, please order at Happy Buttons:
              - 15 cartons HB-1003 (carton = 5,000 pcs)
              - 4 cartons HB-4712 (carton = 2,500 pcs)
            Needed 04.01.2027 at the latest.
            Cancelled from yesterday's list: HB-4711, we still have stock.
            Pieter
            """, null, "VDT-2026-0425",
            [
                new ExpectedLine("HB-1003", 75000, null, On(1, 4, 2027)),
                new ExpectedLine("HB-4712", 10000, null, On(1, 4, 2027)),
            ]), null),
        (Case("T-322", "text-en", "en", "30105", "Order for spring collection", """
            Dear Sir or Madam,

            Maison Dupont hereby orders:

            Ref. HB-6025-DB, corozo button 25 mm, 4 holes, dark brown — quantity: 1 200 pieces — unit price 0,39 €
            Ref. HB-6020, corozo button 20 mm, 4 holes, natural — quantity: 2 400 pieces — unit price 0,31 €

            Our order reference: MD-1214. Requested delivery date: 2027-01-20.

            Sincerely,
            Camille Dupont
            """, null, "MD-1214",
            [
                new ExpectedLine("HB-6025-DB", 1200, 0.39m, On(1, 20, 2027)),
                new ExpectedLine("HB-6020", 2400, 0.31m, On(1, 20, 2027)),
            ]), null),
        (Case("T-323", "text-en", "en", "30104", "PO BW-PO-08850 horn buttons", """
            Good morning,

            PO BW-PO-08850

            HB-HN-2007 Horn button 20mm dark brown 07 ........ 1000
            HB-HN-2507 Horn button 25mm dark brown 07 ........ 500
            HB-HH-2600 Staghorn button 26mm shank ............ 150

            Delivery 14/01/2027. Invoice to accounts@brightwear.co.uk, quoting the PO number.
            VAT no. GB123456789.

            Many thanks,
            Oliver
            """, null, "BW-PO-08850",
            [
                new ExpectedLine("HB-HN-2007", 1000, null, On(1, 14, 2027)),
                new ExpectedLine("HB-HN-2507", 500, null, On(1, 14, 2027)),
                new ExpectedLine("HB-HH-2600", 150, null, On(1, 14, 2027)),
            ]), null),
        (Case("T-324", "text-en", "en", "30108", "Order press studs", """
            Hi,

            please supply:
            HB-3305  brass press stud nickel plated 12mm   12 k   @ 0.12
            HB-7710  stainless press stud 15mm             8 k    @ 0.18

            Our ref: VDT-2026-0431 - we need it by Monday 21 December.

            Thanks
            Sanne
            """, null, "VDT-2026-0431",
            [
                new ExpectedLine("HB-3305", 12000, 0.12m, On(12, 21)),
                new ExpectedLine("HB-7710", 8000, 0.18m, On(12, 21)),
            ]), null),
        (Case("T-325", "pdf-table", "de", "30106", "Bestellung 4500232040", """
            Sehr geehrte Damen und Herren,

            anbei erhalten Sie unsere Bestellung 4500232040 als PDF.

            Mit freundlichen Grüßen
            Petra Schmidt
            Uniform Partner Schmidt GmbH
            """, "T-325.pdf", "4500232040",
            [
                new ExpectedLine("HB-2210", 6000, 0.26m, On(1, 18, 2027)),
                new ExpectedLine("HB-2211", 6000, 0.26m, On(1, 18, 2027)),
                new ExpectedLine("HB-3305", 10000, 0.12m, On(1, 18, 2027)),
            ]),
            new OrderPdf()
                .Line("Uniform Partner Schmidt GmbH", size: 14, bold: true)
                .Line("Industriering 9 · 41065 Mönchengladbach · Tel. 02161 5543-21", size: 8)
                .Line("")
                .Line("Happy Buttons GmbH")
                .Line("Knopfstraße 1")
                .Line("80331 München")
                .Line("")
                .Line("BESTELLUNG", size: 13, bold: true)
                .Line("Bestellnummer: 4500232040        Datum: 07.12.2026        Lieferantennr.: 700815")
                .Line("Ansprechpartner: Petra Schmidt, Durchwahl -21")
                .Table(
                [
                    new PdfColumn("Pos", 50, 25),
                    new PdfColumn("Material", 80, 70),
                    new PdfColumn("Bezeichnung", 155, 170),
                    new PdfColumn("Menge", 330, 50, true),
                    new PdfColumn("ME", 385, 25),
                    new PdfColumn("Preis", 415, 45, true),
                    new PdfColumn("pro", 465, 30),
                    new PdfColumn("Liefertermin", 500, 60),
                ])
                .Row("00010", "HB-2210", "Metallknopf Öse 18 mm, altmessing", "6.000", "ST", "26,00", "100 ST", "18.01.2027")
                .Row("00020", "HB-2211", "Metallknopf Öse 18 mm, silber", "6.000", "ST", "26,00", "100 ST", "18.01.2027")
                .Row("00030", "HB-3305", "Druckknopf Messing vernickelt 12 mm", "10.000", "ST", "120,00", "1000 ST", "18.01.2027")
                .Foot("Gesamtnettowert ohne MwSt. EUR 4.320,00")
                .Foot("Es gelten unsere Allgemeinen Einkaufsbedingungen. Bitte Bestellnummer auf allen Dokumenten angeben.")
                .Build()),
        (Case("T-326", "pdf-table", "en", "30104", "PO BW-PO-08862", """
            Hi Stefan,

            Please see attached PO. Any questions let me know.

            Oliver
            """, "T-326.pdf", "BW-PO-08862",
            [
                new ExpectedLine("HB-5510", 2000, 0.16m, On(1, 22, 2027)),
                new ExpectedLine("HB-5511", 3000, 0.11m, On(1, 22, 2027)),
                new ExpectedLine("HB-HN-2007", 1000, 0.42m, On(1, 22, 2027)),
            ]),
            new OrderPdf()
                .Line("BRIGHTWEAR LTD", size: 16, bold: true)
                .Line("14 Savile Row, London W1S 3PJ, United Kingdom", size: 8)
                .Line("VAT GB123456789 · Company no. 08812345", size: 8)
                .Line("")
                .Line("PURCHASE ORDER", size: 13, bold: true)
                .Line("PO Number: BW-PO-08862")
                .Line("PO Date: 7 Dec 2026")
                .Line("Supplier: Happy Buttons GmbH, Munich")
                .Line("Deliver by: 22 Jan 2027")
                .Table(
                [
                    new PdfColumn("Line", 50, 30),
                    new PdfColumn("Supplier Code", 85, 80),
                    new PdfColumn("Description", 170, 180),
                    new PdfColumn("Qty", 355, 50, true),
                    new PdfColumn("Unit Cost", 410, 55, true),
                    new PdfColumn("Line Total", 475, 70, true),
                ])
                .Row("1", "HB-5510", "Horn-look button 23mm brown", "2,000", "€0.16", "€320.00")
                .Row("2", "HB-5511", "Horn-look button 15mm brown", "3,000", "€0.11", "€330.00")
                .Row("3", "HB-HN-2007", "Genuine horn button 20mm 4-hole dark brown 07", "1,000", "€0.42", "€420.00")
                .Foot("Subtotal €1,070.00    VAT 0% (export)    Total €1,070.00")
                .Foot("Please send order acknowledgement within 48 hours to purchasing@brightwear.co.uk")
                .Build()),
        (Case("T-327", "pdf-table", "de", "20011", "Bestellung KF-26-04495", """
            Guten Tag,

            im Anhang unsere Bestellung KF-26-04495.
            Bitte Auftragsbestätigung an t.faden@knopf-faden.de.

            Knopf & Faden Großhandel KG
            """, "T-327.pdf", "KF-26-04495",
            [
                new ExpectedLine("HB-4711", 100000, 0.036m),
                new ExpectedLine("HB-1001", 50000, null),
                new ExpectedLine("HB-1002", 50000, null),
                new ExpectedLine("HB-SK-25", 20, 21.50m),
            ]),
            new OrderPdf()
                .Line("Knopf & Faden Großhandel KG", size: 14, bold: true)
                .Line("Hanseatenweg 21, 22113 Hamburg", size: 8)
                .Line("")
                .Line("Bestellung KF-26-04495", size: 12, bold: true)
                .Line("Datum 07.12.2026 · Lieferant 70012 · Sachbearbeiter T. Faden")
                .Table(
                [
                    new PdfColumn("Unsere Nr.", 50, 70),
                    new PdfColumn("Ihre Nr.", 125, 65),
                    new PdfColumn("Text", 195, 160),
                    new PdfColumn("Menge", 360, 55, true),
                    new PdfColumn("Einh.", 420, 30),
                    new PdfColumn("EP EUR", 455, 50, true),
                    new PdfColumn("je", 510, 40),
                ])
                .Row("KF-100-15S", "HB-4711", "Knopf 4-Loch 15 mm schwarz", "100", "Tsd", "36,00", "1000")
                .Row("KF-200-11W", "HB-1001", "Polyesterknopf 2-Loch 11 mm weiß", "50", "Tsd", "", "")
                .Row("KF-200-13W", "HB-1002", "Polyesterknopf 2-Loch 13 mm weiß", "50", "Tsd", "", "")
                .Row("KF-900-SK", "HB-SK-25", "Sortimentskasten Basic", "20", "Stk", "21,50", "1")
                .Foot("Preise ohne Angabe: gemäß gültiger Preisliste.")
                .Foot("Lieferung frei Haus. Warenannahme Mo–Fr 7–14 Uhr.")
                .Build()),
        (Case("T-328", "pdf-table", "de", "30101", "Bestellung ML-B-26-1215", """
            Hallo Herr Roth,

            unsere Bestellung ML-B-26-1215 finden Sie im Anhang.

            Viele Grüße
            Claudia Lindner
            """, "T-328.pdf", "ML-B-26-1215",
            [
                new ExpectedLine("HB-2220", 3000, 0.31m, On(12, 21)),
                new ExpectedLine("HB-MT-1512", 2000, 0.214m, On(12, 21)),
                new ExpectedLine("HB-PM-1102", 500, null, On(12, 21)),
            ]),
            new OrderPdf()
                .Line("MODEHAUS LINDNER", size: 18, bold: true)
                .Line("seit 1928 · Maximilianstraße 30 · 80539 München", size: 8)
                .Line("")
                .Line("Bestellung", size: 13, bold: true)
                .Line("Nr. ML-B-26-1215 vom 7. Dezember 2026")
                .Line("Liefertermin: 21.12.2026 (Anlieferung Hintereingang Marstallstraße)")
                .Table(
                [
                    new PdfColumn("Anzahl", 50, 50, true),
                    new PdfColumn("Artikel", 110, 80),
                    new PdfColumn("Beschreibung", 195, 200),
                    new PdfColumn("Einzelpreis", 400, 60, true),
                    new PdfColumn("Summe", 470, 70, true),
                ])
                .Row("3.000", "HB-2220", "Blazerknopf Metall 20 mm, gold (Ihre Art. ML-ZUB-7781)", "0,31 €", "930,00 €")
                .Row("2.000", "HB-MT-1512", "Metallknopf 15 mm, Öse, altmessing", "0,214 €", "428,00 €")
                .Row("500", "HB-PM-1102", "Perlmuttknopf 11 mm, 2-Loch, weiß", "lt. Liste", "")
                .Foot("Summe (ohne Perlmutt) 1.358,00 € netto")
                .Foot("Modehaus Lindner GmbH · USt-IdNr. DE814455667 · Geschäftsführerin Claudia Lindner")
                .Build()),
        (Case("T-329", "pdf-table", "en", "30108", "PO VDT-2026-0440", """
            Dear Stefan,

            Attached our purchase order VDT-2026-0440.

            Kind regards,
            Sanne van Dijk
            """, "T-329.pdf", "VDT-2026-0440",
            [
                new ExpectedLine("HB-4H-28L-WHT", 20000, 0.048m, On(1, 11, 2027)),
                new ExpectedLine("HB-4H-36L-GRY", 4000, 0.072m, On(1, 11, 2027)),
                new ExpectedLine("HB-JN-27L-CU", 10000, 0.095m, On(1, 18, 2027)),
            ]),
            new OrderPdf()
                .Line("Van Dijk Textiel B.V.", size: 14, bold: true)
                .Line("Textielstraat 15 · 7511 Enschede · The Netherlands · KvK 06012345", size: 8)
                .Line("")
                .Line("PURCHASE ORDER VDT-2026-0440", size: 12, bold: true)
                .Line("Order date 07-12-2026 · Currency EUR · Payment 60 days")
                .Table(
                [
                    new PdfColumn("Article", 50, 90),
                    new PdfColumn("Description", 145, 170),
                    new PdfColumn("Quantity", 320, 60, true),
                    new PdfColumn("Price/1000", 385, 60, true),
                    new PdfColumn("Amount", 450, 50, true),
                    new PdfColumn("Delivery", 510, 60),
                ])
                .Row("HB-4H-28L-WHT", "Polyester 4-hole 28L white", "20.000", "48,00", "960,00", "wk 02-2027")
                .Row("HB-4H-36L-GRY", "Polyester 4-hole 36L grey", "4.000", "72,00", "288,00", "wk 02-2027")
                .Row("HB-JN-27L-CU", "Jeans button 27L copper", "10.000", "95,00", "950,00", "wk 03-2027")
                .Foot("Total excl. VAT EUR 2.198,00 · Intra-community supply, VAT reverse charge")
                .Build()),
        (Case("T-330", "pdf-table", "de", "30102", "Bestellung Trachtenknöpfe", """
            Grüß Gott,

            Bestellung anbei.

            Alex Huber
            Trachten Huber e.K.
            """, "T-330.pdf", null,
            [
                new ExpectedLine("HB-HH-1800", 500),
                new ExpectedLine("HB-HH-2600", 200),
                new ExpectedLine("HB-ZN-1400", 1000),
                new ExpectedLine("HB-8040", 300),
            ]),
            new OrderPdf()
                .Line("Trachten Huber", size: 16, bold: true)
                .Line("Ludwigstraße 5, 83022 Rosenheim · Tel. 08031 12345")
                .Line("")
                .Line("Bestellschein", size: 12, bold: true)
                .Line("An: Happy Buttons GmbH, München        Datum: 7.12.26")
                .Table(
                [
                    new PdfColumn("Stück", 50, 50, true),
                    new PdfColumn("Artikel", 115, 90),
                    new PdfColumn("Was", 210, 250),
                ])
                .Row("500", "HB-HH-1800", "Hirschhorn 18 mm 2-Loch natur")
                .Row("200", "HB-HH-2600", "Hirschhorn 26 mm mit Öse")
                .Row("1000", "HB-ZN-1400", "Zinn Edelweiß 14 mm")
                .Row("300", "HB-8040", "Holzknebel 40 mm")
                .Foot("Lieferung sobald möglich. Danke!")
                .Build()),
        (Case("T-331", "pdf-table", "de", "30107", "Bestellung 26-B-0912", """
            Sehr geehrte Damen und Herren,

            bitte beachten Sie die angehängte Bestellung Nr. 26-B-0912.

            Mit freundlichen Grüßen
            Strickwaren Becker GmbH – Einkauf
            """, "T-331.pdf", "26-B-0912",
            [
                new ExpectedLine("HB-1011", 10000, 0.030m, On(12, 28)),
                new ExpectedLine("HB-R15", 5000, 0.060m, On(12, 28)),
            ]),
            new OrderPdf()
                .Line("Strickwaren Becker GmbH", size: 14, bold: true)
                .Line("Wollweg 3 · 72379 Hechingen", size: 8)
                .Line("")
                .Line("Bestellung Nr. 26-B-0912", size: 12, bold: true)
                .Line("Bestelldatum: 07.12.2026   Lieferdatum: 28.12.2026   Kostenstelle 4410")
                .Table(
                [
                    new PdfColumn("Pos.", 50, 30),
                    new PdfColumn("Artikelnummer / Bezeichnung", 85, 230),
                    new PdfColumn("Menge", 320, 60, true),
                    new PdfColumn("Preis je 100", 390, 65, true),
                    new PdfColumn("Gesamt", 465, 70, true),
                ])
                .Row("1", "HB-1011\nHemdknopf 11 mm, 4-Loch, hellblau", "10.000 Stk", "3,00", "300,00")
                .Row("2", "HB-HN-2507\nHornknopf 25 mm – STORNIERT, nicht liefern", "0 Stk", "", "")
                .Row("3", "HB-R15\nRecycling-Polyesterknopf 15 mm, marine", "5.000 Stk", "6,00", "300,00")
                .Foot("Gesamtbetrag netto 600,00 EUR   MwSt. 19 % 114,00 EUR   Brutto 714,00 EUR")
                .Build()),
        (Case("T-332", "pdf-table", "en", "10063", "Purchase Order 4400018877", """
            Dear supplier,

            Please find attached purchase order 4400018877. This is a system-generated message.

            Nordic Seating Systems AB
            """, "T-332.pdf", "4400018877",
            [
                new ExpectedLine("HB-K400", 2000, null, On(2, 1, 2027)),
                new ExpectedLine("HB-SK-25", 2, null, On(2, 1, 2027)),
            ]),
            new OrderPdf()
                .Line("Nordic Seating Systems AB", size: 14, bold: true)
                .Line("Fabriksgatan 8, SE-412 50 Göteborg · Org.nr 556677-8899", size: 8)
                .Line("")
                .Line("Purchase Order 4400018877", size: 12, bold: true)
                .Line("Order date 2026-12-07 · Buyer E. Lindqvist · Supplier no. 201144")
                .Line("Requested delivery date 2027-02-01, Incoterms FCA")
                .Table(
                [
                    new PdfColumn("Item", 50, 35),
                    new PdfColumn("Supplier part", 90, 80),
                    new PdfColumn("Description", 175, 210),
                    new PdfColumn("Order qty", 390, 60, true),
                    new PdfColumn("UoM", 460, 40),
                ])
                .Row("10", "HB-K400", "Rotary knob anthracite (prototype line)", "2,000", "PCE")
                .Row("20", "HB-SK-25", "Button assortment box Basic", "2", "PCE")
                .Foot("Prices according to current agreement. Deviations must be confirmed in writing.")
                .Build()),
        (Case("T-333", "pdf-table", "de", "30103", "Bestellung Knöpfe", """
            Hallo zusammen,

            meine Bestellung hängt an (PDF). Danke!

            Rosalie
            """, "T-333.pdf", "AR-2026-31",
            [
                new ExpectedLine("HB-2H-20L-NAV", 5000, null),
                new ExpectedLine("HB-PM-1102", 500, null),
                new ExpectedLine("HB-MS-01", 2, 9.50m),
            ]),
            new OrderPdf()
                .Line("Atelier Rosalie", size: 18, bold: true)
                .Line("Maßschneiderei · Kastanienallee 77 · 10435 Berlin")
                .Line("")
                .Line("Bestellung AR-2026-31 — 7. Dezember 2026")
                .Table(
                [
                    new PdfColumn("Artikel", 50, 100),
                    new PdfColumn("Beschreibung", 155, 200),
                    new PdfColumn("Menge", 360, 70, true),
                    new PdfColumn("Preis", 440, 60, true),
                ])
                .Row("HB-2H-20L-NAV", "Polyesterknopf 2-Loch 20 L marine", "5 Tsd.", "")
                .Row("HB-PM-1102", "Perlmutt 11 mm weiß", "500", "")
                .Row("HB-MS-01", "Mustersortiment Hemdenknöpfe", "2", "9,50 €")
                .Foot("Versand bitte mit DHL. Rechnung per Mail an info@atelier-rosalie.de")
                .Build()),
        (Case("T-334", "pdf-table", "de", "10042", "Bestellung 4700551203 Ersatzteile", """
            Sehr geehrte Damen und Herren,

            anbei Bestellung 4700551203 (Ersatzteilgeschäft, nicht Rahmenvertrag).

            Mit freundlichen Grüßen
            Jonas Keller
            Einkauf Autowerk Süd AG
            """, "T-334.pdf", "4700551203",
            [
                new ExpectedLine("HB-9001", 30000, 0.079m, On(12, 16)),
                new ExpectedLine("HB-9002", 20000, 0.058m, On(12, 16)),
                new ExpectedLine("HB-3305", 5000, 0.12m, On(12, 16)),
            ]),
            new OrderPdf()
                .Line("Autowerk Süd AG", size: 14, bold: true)
                .Line("Industriestraße 12 · 70565 Stuttgart", size: 8)
                .Line("")
                .Line("Bestellung", size: 12, bold: true)
                .Line("Bestell-Nr.: 4700551203   Datum: 07.12.2026   Lieferant: 300417")
                .Line("Werk: 1000 Stuttgart, Tor 4, Warenannahme Halle 7")
                .Table(
                [
                    new PdfColumn("Pos", 50, 25),
                    new PdfColumn("Sachnummer", 80, 75),
                    new PdfColumn("Ihre Art.-Nr.", 160, 65),
                    new PdfColumn("Kurztext", 230, 130),
                    new PdfColumn("Menge", 365, 50, true),
                    new PdfColumn("Preis/1000", 420, 55, true),
                    new PdfColumn("Lieferdatum", 485, 65),
                ])
                .Row("10", "73-4410-200", "HB-9001", "Knopf PA 20 grau", "30.000", "79,00", "16.12.2026")
                .Row("20", "73-4410-212", "HB-9002", "Clip-Knopf 12 sw", "20.000", "58,00", "16.12.2026")
                .Row("30", "73-9900-310", "HB-3305", "Druckknopf 12 vern.", "5.000", "120,00", "16.12.2026")
                .Foot("Gesamtwert netto: 4.130,00 EUR")
                .Foot("Bitte Sachnummer und Bestellnummer auf Lieferschein angeben. VDA-Warenanhänger erforderlich.")
                .Build()),
        (Case("T-335", "pdf-table", "en", "30105", "Purchase order MD-1220", """
            Bonjour,

            Please find attached our purchase order MD-1220.

            Cordialement,
            Camille Dupont
            """, "T-335.pdf", "MD-1220",
            [
                new ExpectedLine("HB-SH-24L-GLD", 1000, 0.29m, On(1, 15, 2027)),
                new ExpectedLine("HB-HH-2200", 200, 1.18m, On(1, 15, 2027)),
            ]),
            new OrderPdf()
                .Line("MAISON DUPONT", size: 16, bold: true)
                .Line("12 Rue du Faubourg Saint-Honoré · 75008 Paris · TVA FR12345678901", size: 8)
                .Line("")
                .Line("PURCHASE ORDER / BON DE COMMANDE", size: 12, bold: true)
                .Line("No. MD-1220 · Date 07/12/2026 · Delivery / Livraison 15/01/2027")
                .Table(
                [
                    new PdfColumn("Reference", 50, 90),
                    new PdfColumn("Designation", 145, 200),
                    new PdfColumn("Qty", 350, 50, true),
                    new PdfColumn("Unit price", 405, 60, true),
                    new PdfColumn("Total", 470, 70, true),
                ])
                .Row("HB-SH-24L-GLD", "Shank button metal 24L gold, crest", "1 000", "0,29 €", "290,00 €")
                .Row("HB-HH-2200", "Staghorn button 22 mm 2-hole natural", "200", "1,18 €", "236,00 €")
                .Foot("Total HT 526,00 €")
                .Build()),
        (Case("T-336", "pdf-table", "de", "30106", "Bestellung 4500232077 Nachtrag", """
            Hallo Herr Roth,

            anbei die Bestellung 4500232077 für die Ausstattung der neuen Filiale.

            Gruß Petra Schmidt
            """, "T-336.pdf", "4500232077",
            [
                new ExpectedLine("HB-2215", 3000, null, On(1, 25, 2027)),
                new ExpectedLine("HB-2220", 1500, null, On(1, 25, 2027)),
                new ExpectedLine("HB-4711", 5000, null, On(1, 25, 2027)),
                new ExpectedLine("HB-4712", 5000, null, On(1, 25, 2027)),
                new ExpectedLine("HB-7711", 2000, null, On(1, 25, 2027)),
                new ExpectedLine("HB-KJ-12", 1000, null, On(1, 25, 2027)),
            ]),
            new OrderPdf()
                .Line("Uniform Partner Schmidt GmbH", size: 14, bold: true)
                .Line("Industriering 9 · 41065 Mönchengladbach", size: 8)
                .Line("")
                .Line("BESTELLUNG 4500232077", size: 13, bold: true)
                .Line("Datum 07.12.2026 · Liefertermin für alle Positionen: KW 04/2027")
                .Table(
                [
                    new PdfColumn("Pos", 50, 30),
                    new PdfColumn("Material", 85, 70),
                    new PdfColumn("Bezeichnung", 160, 240),
                    new PdfColumn("Menge", 405, 60, true),
                    new PdfColumn("ME", 470, 30),
                ])
                .Row("10", "HB-2215", "Ärmelknopf Metall 15 mm, gold", "3.000", "ST")
                .Row("20", "HB-2220", "Blazerknopf Metall 20 mm, gold", "1.500", "ST")
                .Row("30", "HB-4711", "Knopf 4-Loch 15 mm, schwarz", "5.000", "ST")
                .Row("40", "HB-4712", "Knopf 4-Loch 18 mm, schwarz", "5.000", "ST")
                .Row("50", "HB-7711", "Druckknopf 15 mm, schwarz, Messing brüniert", "2.000", "ST")
                .Row("60", "HB-KJ-12", "Kochjackenknopf abnehmbar mit Splint, weiß", "1.000", "ST")
                .Foot("Preise gemäß Rahmenpreisliste 2026.")
                .Build()),
        (Case("T-337", "free-text", "de", "30103", "Knöpfe für die Trachtenjacke", """
            Hallo liebes Team,

            ich arbeite gerade an einer Trachtenjacke für eine Kundin und bräuchte dafür zweihundert Hirschhornknöpfe, und zwar die kleinen mit 18 mm und zwei Löchern.
            Außerdem hätte ich gern dreihundert von den Zinnknöpfen mit dem Edelweiß drauf.

            Wenn es geht, schicken Sie mir die Knöpfe bitte bis zum 16.12., dann schaffe ich die Jacke noch vor Weihnachten.

            Herzliche Grüße aus Berlin
            Rosalie Marx
            """, null, null,
            [
                new ExpectedLine("HB-HH-1800", 200, null, On(12, 16)),
                new ExpectedLine("HB-ZN-1400", 300, null, On(12, 16)),
            ]), null),
        (Case("T-338", "free-text", "de", "30102", "Holzknebel und Hirschhorn", """
            Servus Herr Roth,

            mir fehlen für die Janker noch Knöpfe. Schickts mir bitte ein halbes Tausend von den Holzknebeln (die 40er in natur) und zwei Gros von den Hirschhornknöpfen 22 mm.
            Die 26er mit Öse hab ich noch, die brauch ich nicht.

            Wär super, wenn's bis zum 19. Dezember da ist.

            Pfiat Ihna
            Alex Huber
            Trachten Huber, Rosenheim
            """, null, null,
            [
                new ExpectedLine("HB-8040", 500, null, On(12, 19)),
                new ExpectedLine("HB-HH-2200", 288, null, On(12, 19)),
            ]), null),
        (Case("T-339", "free-text", "de", "30101", "Sakko-Knöpfe – Bestellung ML-B-26-1231", """
            Lieber Herr Roth,

            für unsere Sakko-Eigenmarke benötigen wir diesmal viertausend von den goldenen Blazerknöpfen aus Metall (20 mm)
            und passend dazu sechstausend goldene Ärmelknöpfe aus Metall in 15 mm.

            Bitte unter unserer Bestellnummer ML-B-26-1231 führen. Die Lieferung sollte spätestens am 8. Januar bei uns sein,
            da am 11. die Schneiderei loslegt.

            Das Angebot für die Perlmuttknöpfe schaue ich mir noch an und melde mich dann.

            Beste Grüße
            Claudia Lindner
            """, null, "ML-B-26-1231",
            [
                new ExpectedLine("HB-2220", 4000, null, On(1, 8, 2027)),
                new ExpectedLine("HB-2215", 6000, null, On(1, 8, 2027)),
            ]), null),
        (Case("T-340", "free-text", "de", "30107", "Hemdknöpfe", """
            Guten Tag Herr Roth,

            wir würden gern zehntausend von Ihren hellblauen Hemdknöpfen (11 mm, 4-Loch) bestellen
            und zwanzigtausend von genau denselben in Weiß.

            Liefertermin wäre uns der 4. Januar 2027 recht, vorher ist bei uns Betriebsurlaub.

            Mit freundlichem Gruß
            Jan Becker
            Strickwaren Becker GmbH
            """, null, null,
            [
                new ExpectedLine("HB-1011", 10000, null, On(1, 4, 2027)),
                new ExpectedLine("HB-1010", 20000, null, On(1, 4, 2027)),
            ]), null),
        (Case("T-341", "free-text", "de", "30106", "Kochjacken – Knöpfe", """
            Hallo Herr Roth,

            für die neue Kochjackenserie brauchen wir dreitausend von den abnehmbaren weißen Knöpfen mit Splint
            und fünfzehnhundert Druckknöpfe aus Edelstahl, 15 mm.

            Bestellnummer bei uns: 4500232101. Liefertermin 12. Januar 2027.

            Mit freundlichen Grüßen
            Petra Schmidt
            Einkauf · Uniform Partner Schmidt GmbH · Tel. 02161 5543-21
            """, null, "4500232101",
            [
                new ExpectedLine("HB-KJ-12", 3000, null, On(1, 12, 2027)),
                new ExpectedLine("HB-7710", 1500, null, On(1, 12, 2027)),
            ]), null),
        (Case("T-342", "free-text", "de", "20011", "Bestellung KF-26-04502", """
            Guten Tag Herr Roth,

            bitte liefern Sie uns fünfzig Sortimentskästen Basic zum vereinbarten Preis von 21,50 € je Kasten
            sowie 30 Mille von den schwarzen 4-Loch-Knöpfen in 18 mm.

            Unsere Bestellnummer lautet KF-26-04502. Anlieferung wie immer Rampe 3.

            Freundliche Grüße
            Dipl.-Ing. Thomas Faden
            Knopf & Faden Großhandel KG
            """, null, "KF-26-04502",
            [
                new ExpectedLine("HB-SK-25", 50, 21.50m),
                new ExpectedLine("HB-4712", 30000),
            ]), null),
        (Case("T-343", "free-text", "de", "30103", "Rote Knöpfe", """
            Hallo,

            ich bräuchte zweihundertfünfzig rote Knöpfe mit vier Löchern, 20 mm, und einen von Ihren Sortimentskästen (Basic).

            Die Perlmuttknöpfe von letztem Mal waren übrigens super – die brauche ich aber erst wieder im Frühjahr.

            Liebe Grüße
            Rosalie Marx, Atelier Rosalie
            """, null, null,
            [
                new ExpectedLine("HB-4720-R", 250),
                new ExpectedLine("HB-SK-25", 1),
            ]), null),
        (Case("T-344", "free-text", "de", "30102", "Bestellung Nr. 2026-124", """
            Grüß Gott,

            hiermit bestelle ich (unsere Nr. 2026-124) achthundert Steinnussknöpfe, 25 mm, dunkelbraun,
            und tausend echte Hornknöpfe in 20 mm, ebenfalls dunkelbraun.
            Für die Hornknöpfe hatten Sie mir 0,42 € das Stück genannt, das passt.

            Lieferung Anfang KW 2, also am Montag, 11. Januar.

            Mit freundlichen Grüßen
            Alex Huber
            """, null, "2026-124",
            [
                new ExpectedLine("HB-6025-DB", 800, null, On(1, 11, 2027)),
                new ExpectedLine("HB-HN-2007", 1000, 0.42m, On(1, 11, 2027)),
            ]), null),
        (Case("T-345", "free-text", "en", "30104", "Order for the AW27 outerwear range", """
            Hi Stefan,

            We'd like five thousand of your navy recycled polyester buttons (15mm, 4-hole) for the outerwear range,
            plus two thousand of the brown horn-look ones in 23 mm.

            Please treat this as PO BW-PO-08870. Delivery to Savile Row in the week of 18 January 2027, please.

            Many thanks,
            Oliver Grant
            Brightwear Ltd
            """, null, "BW-PO-08870",
            [
                new ExpectedLine("HB-R15", 5000, null, On(1, 18, 2027)),
                new ExpectedLine("HB-5510", 2000, null, On(1, 18, 2027)),
            ]), null),
        (Case("T-346", "free-text", "en", "30108", "denim buttons", """
            Hello Stefan,

            For our new denim line we need twelve thousand of the copper jeans buttons (27 lignes),
            and fifteen thousand white polyester buttons, 4-hole, 28 lignes.

            Our PO number is VDT-2026-0452. Delivery on 5 January 2027 would be ideal.

            Best regards,
            Sanne van Dijk
            Van Dijk Textiel B.V.
            """, null, "VDT-2026-0452",
            [
                new ExpectedLine("HB-JN-27L-CU", 12000, null, On(1, 5, 2027)),
                new ExpectedLine("HB-4H-28L-WHT", 15000, null, On(1, 5, 2027)),
            ]), null),
        (Case("T-347", "free-text", "en", "30105", "Our order MD-1228", """
            Dear Mr Roth,

            Following our phone call, we order one thousand mother-of-pearl buttons, 11 mm, white, at 0.58 € each,
            and five hundred genuine horn buttons, 25 mm, dark brown, at 0.54 € each.

            Order reference MD-1228. Please deliver by 22 January 2027.

            With kind regards,
            Camille Dupont
            Maison Dupont SARL, Paris
            """, null, "MD-1228",
            [
                new ExpectedLine("HB-PM-1102", 1000, 0.58m, On(1, 22, 2027)),
                new ExpectedLine("HB-HN-2507", 500, 0.54m, On(1, 22, 2027)),
            ]), null),
        (Case("T-348", "free-text", "en", "10063", "Spare parts order 4400018890", """
            Hi Stefan,

            Our service department needs spare rivet buttons: ten thousand of the black 18 mm ones
            and another ten thousand of the black 15 mm ones.

            Please book it under PO 4400018890, delivery in week 3 of 2027.

            Thanks and regards,
            Erik Lindqvist
            Nordic Seating Systems AB
            """, null, "4400018890",
            [
                new ExpectedLine("HB-9106", 10000, null, On(1, 18, 2027)),
                new ExpectedLine("HB-9105", 10000, null, On(1, 18, 2027)),
            ]), null),
        (Case("T-349", "call-off", "de", "10042", "Lieferabruf LAB-2026-1207-01 zu RV-2024-017", """
            Sehr geehrte Damen und Herren,

            zum Rahmenvertrag RV-2024-017 rufen wir hiermit verbindlich ab:

            Abruf-Nr.: LAB-2026-1207-01
            Werk: Stuttgart, Tor 4

            Sachnummer      Benennung                 Menge        Liefertermin
            73-4410-200     Knopf PA 20 grau          40.000 Stk   KW 51/2026
            73-4410-200     Knopf PA 20 grau          40.000 Stk   KW 02/2027
            73-4410-212     Clip-Knopf 12 schwarz     20.000 Stk   KW 51/2026

            Vorschau (unverbindlich, nur zur Kapazitätsplanung):
            73-4410-200     KW 04–08/2027 ca. 160.000 Stk

            Mit freundlichen Grüßen
            Dr. Anna Weber
            Strategischer Einkauf, Autowerk Süd AG
            Tel. +49 711 4400-312
            """, null, "LAB-2026-1207-01",
            [
                new ExpectedLine("HB-9001", 40000, null, On(12, 14)),
                new ExpectedLine("HB-9001", 40000, null, On(1, 11, 2027)),
                new ExpectedLine("HB-9002", 20000, null, On(12, 14)),
            ]), null),
        (Case("T-350", "call-off", "de", "10042", "Abruf 0087 / RV-2024-017", """
            Guten Tag,

            Abruf Nr. 0087 zum Rahmenvertrag RV-2024-017:

            Sachnr. 73-4410-212 (Clip-Knopf 12 mm) – 30.000 Stück zum 04.01.2027
            Preis gemäß Rahmenvertrag 0,058 €/Stk.

            Bitte Lieferschein mit Abrufnummer und Sachnummer versehen.

            Freundliche Grüße
            Jonas Keller
            Einkauf / Disposition
            Autowerk Süd AG · Industriestraße 12 · 70565 Stuttgart
            """, null, "0087",
            [
                new ExpectedLine("HB-9002", 30000, 0.058m, On(1, 4, 2027)),
            ]), null),
        (Case("T-351", "call-off", "de", "10042", "Lieferplanabruf 1102-26", """
            LIEFERPLANABRUF
            Abrufnummer: 1102-26 (ersetzt Abruf 1101-26 vollständig)
            Rahmenvertrag: RV-2024-017
            Lieferant: 300417 Happy Buttons GmbH
            Teil: 73-4410-200  Kunststoffknopf PA 20 mm grau

            Fest:
              14.12.2026     25.000
              28.12.2026     25.000
              11.01.2027     50.000
            Prognose:
              ab 01.02.2027  100.000 / Monat

            Fortschrittszahl Lieferungen bis 04.12.2026: 1.240.000
            Ansprechpartner: J. Keller, einkauf@autowerk-sued.de
            """, null, "1102-26",
            [
                new ExpectedLine("HB-9001", 25000, null, On(12, 14)),
                new ExpectedLine("HB-9001", 25000, null, On(12, 28)),
                new ExpectedLine("HB-9001", 50000, null, On(1, 11, 2027)),
            ]), null),
        (Case("T-352", "call-off", "de", "10042", "WG: Abruf Knöpfe KW 1", """
            Herr Keller, bitte an Happy Buttons als Abruf weitergeben. Danke, A. Weber

            Hallo Herr Roth,

            wie oben von Frau Dr. Weber angewiesen: bitte aus RV-2024-017 abrufen (Abruf-Nr. 4700551240):

            - 73-4410-200: 60 Tsd. Stk, Anlieferung KW 1/2027
            - 73-4410-212: 10 Tsd. Stk, Anlieferung KW 1/2027

            Gruß
            Jonas Keller
            """, null, "4700551240",
            [
                new ExpectedLine("HB-9001", 60000, null, On(1, 4, 2027)),
                new ExpectedLine("HB-9002", 10000, null, On(1, 4, 2027)),
            ]), null),
        (Case("T-353", "call-off", "de", "10057", "Abruf 26-AB-0412 aus RV-2023-044", """
            Liebe Kolleginnen und Kollegen bei Happy Buttons,

            aus dem Rahmenvertrag RV-2023-044 rufen wir ab (Abruf 26-AB-0412):

            KH-BK-0200  Bedienknopf weiß hochglanz   5.000 St.  à 0,38 €   KW 51
            KH-DK-0310  Drehknopf chrom matt         3.000 St.  à 0,82 €   KW 51
            KH-TK-0311  Tastenknopf chrom matt       3.000 St.  à 0,50 €   KW 51

            Anlieferung Werk Gütersloh, Am Gewerbepark 4, Tor B.

            Mit freundlichen Grüßen
            Sabine Kessler
            Hausgeräte Kessler GmbH – Materialwirtschaft
            """, null, "26-AB-0412",
            [
                new ExpectedLine("HB-K200", 5000, 0.38m, On(12, 14)),
                new ExpectedLine("HB-K310", 3000, 0.82m, On(12, 14)),
                new ExpectedLine("HB-K311", 3000, 0.50m, On(12, 14)),
            ]), null),
        (Case("T-354", "call-off", "de", "10057", "Lieferplan Werk Gütersloh 26-AB-0415", """
            Hallo Herr Roth,

            anbei der Lieferplan für die nächsten Wochen, Abruf 26-AB-0415 (RV-2023-044). Mengen in Stück, Liefertag jeweils Montag:

            Artikel       | KW 51  | KW 52  | KW 53  | KW 1/27
            KH-DK-0310    | 2.000  |   –    | 2.000  |   –
            KH-TK-0311    | 1.000  | 1.000  |   –    | 2.000

            Gruß
            Mika Brandt
            Disposition, Kessler Group
            """, null, "26-AB-0415",
            [
                new ExpectedLine("HB-K310", 2000, null, On(12, 14)),
                new ExpectedLine("HB-K310", 2000, null, On(12, 28)),
                new ExpectedLine("HB-K311", 1000, null, On(12, 14)),
                new ExpectedLine("HB-K311", 1000, null, On(12, 21)),
                new ExpectedLine("HB-K311", 2000, null, On(1, 4, 2027)),
            ]), null),
        (Case("T-355", "call-off", "de", "10057", "Abruf 26-AB-0419", """
            Guten Tag,

            bitte liefern Sie im Rahmen von RV-2023-044 (Abruf 26-AB-0419):
            4.000 Stk unserer KH-BK-0200 (Bedienknopf weiß) zum 12.01.2027.

            Der Abruf für KH-TK-0311 folgt separat nächste Woche.

            Mit freundlichen Grüßen
            Mika Brandt
            m.brandt@kessler-group.com · +49 5241 9080-44
            """, null, "26-AB-0419",
            [
                new ExpectedLine("HB-K200", 4000, null, On(1, 12, 2027)),
            ]), null),
        (Case("T-356", "call-off", "de", "10057", "Abruf KW 2 – Drehknöpfe", """
            Liebe Frau Yilmaz, lieber Herr Roth,

            Abruf 26-AB-0425 zum Rahmenvertrag: KH-DK-0310 Drehknopf chrom matt, 6 VE à 500 Stk, Liefertermin KW 2/2027.

            Herzliche Grüße
            Sabine Kessler
            """, null, "26-AB-0425",
            [
                new ExpectedLine("HB-K310", 3000, null, On(1, 11, 2027)),
            ]), null),
        (Case("T-357", "call-off", "de", "10057", "EILT: Abruf 26-AB-0430", """
            Hallo,

            wegen eines Bandstillstands brauchen wir dringend zum Montag, 14.12.:

            KH-TK-0311 ... 2.000 Stk
            KH-BK-0200 ... 2.000 Stk

            Abrufnummer 26-AB-0430, Rahmenvertrag RV-2023-044. Bitte Express, Mehrkosten übernehmen wir.
            Rückruf bitte unter 05241 9080-12.

            Danke!
            Sabine Kessler
            """, null, "26-AB-0430",
            [
                new ExpectedLine("HB-K311", 2000, null, On(12, 14)),
                new ExpectedLine("HB-K200", 2000, null, On(12, 14)),
            ]), null),
        (Case("T-358", "call-off", "en", "10063", "Call-off 5500012345 / FA-2025-003", """
            Dear Stefan,

            Under framework agreement FA-2025-003 we hereby call off:

            Call-off no.: 5500012345
            Part no.     Description               Qty (pcs)   Delivery
            NSS-10442    Rivet button 15mm black   30,000      CW 52/2026
            NSS-10443    Rivet button 18mm black   20,000      CW 52/2026

            Forecast (not binding): CW 2-8/2027 approx. 25,000 pcs per week NSS-10442.

            Best regards,
            Erik Lindqvist
            Nordic Seating Systems AB
            """, null, "5500012345",
            [
                new ExpectedLine("HB-9105", 30000, null, On(12, 21)),
                new ExpectedLine("HB-9106", 20000, null, On(12, 21)),
            ]), null),
        (Case("T-359", "call-off", "en", "10063", "Delivery schedule NSS-10443, call-off 5500012360", """
            DELIVERY SCHEDULE
            Call-off no. 5500012360 (release 14, schedule agreement FA-2025-003)
            Customer: Nordic Seating Systems AB, Göteborg
            Part: NSS-10443 Rivet button 18 mm black
            Unit: PCE

            FIRM
            2027-01-04    15,000
            2027-01-18    15,000

            FORECAST
            2027-02-01    20,000
            2027-03-01    20,000

            Cumulative received (as of 2026-12-04): 410,000
            """, null, "5500012360",
            [
                new ExpectedLine("HB-9106", 15000, null, On(1, 4, 2027)),
                new ExpectedLine("HB-9106", 15000, null, On(1, 18, 2027)),
            ]), null),
        (Case("T-360", "call-off", "en", "10063", "URGENT call-off 5500012371", """
            Stefan,

            Erik here - please ship 10,000 NSS-10442 ASAP, we are at risk of a line stop!
            Call-off ref 5500012371, price per frame agreement 0.068 EUR.
            NSS-10443 stays as per the last call-off, no change.

            Thanks a lot
            Erik
            Sent from my phone
            """, null, "5500012371",
            [
                new ExpectedLine("HB-9105", 10000, 0.068m),
            ]), null),
    ];

    private static DateOnly On(int month, int day, int year = 2026) => new(year, month, day);

    private static OrderCase Case(string id, string format, string language, string customer, string subject, string body, string? pdf, string? poNumber,
        IEnumerable<ExpectedLine> lines) =>
        new(id, format, language, customer, subject, body, pdf, new DateOnly(2026, 12, 7), new ExpectedOrder(poNumber, lines.ToList()));
}
