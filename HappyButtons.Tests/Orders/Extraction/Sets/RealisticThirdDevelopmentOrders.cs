namespace HappyButtons.Tests.Orders.Extraction.Sets;

/// <summary>Sixty purchase orders written by hand in the style of real ones (filled in by its author).</summary>
public static class RealisticThirdDevelopmentOrders
{
    public static IReadOnlyList<(OrderCase Case, byte[]? Pdf)> Generate() =>
    [
        (Case("Q-001", "text-de", "de", "30101", "Bestellung Knöpfe Frühjahr", """
            Hallo Herr Roth,

            anbei unsere Bestellung für die Frühjahrskollektion, Bestell-Nr. ML-2026-1187:

            1.440 Stk  HB-HN-2007  Hornknopf 20 mm dunkelbraun
            2.000 Stk  ML-ZUB-7781 (Blazerknopf gold)
            1.000 Stk  HB-MT-1512

            Liefertermin bitte 18.01.2027, alles zusammen.
            Preise wie vereinbart.

            Viele Grüße
            Claudia Lindner
            Modehaus Lindner GmbH | Maximilianstraße 30 | 80539 München
            """, null, "ML-2026-1187", [new("HB-HN-2007", 1440, null, D(1, 18)), new("HB-2220", 2000, null, D(1, 18)), new("HB-MT-1512", 1000, null, D(1, 18))]), null),
        Pdf(Case("Q-002", "pdf-table", "de", "10042", "Bestellung 4500871203", """
            Sehr geehrte Damen und Herren,

            im Anhang erhalten Sie unsere Bestellung 4500871203. Bitte bestätigen Sie Preis und Termin innerhalb von 48 Stunden.

            Mit freundlichen Grüßen
            Jonas Keller
            Einkauf Produktionsmaterial
            Autowerk Süd AG
            """, "Q-002.pdf", "4500871203", [new("HB-9001", 60000, 0.0740m, D(1, 11)), new("HB-9002", 20000, 0.0580m, D(1, 11))]),
            new OrderPdf()
                .Line("Autowerk Süd AG", 50, 14, true)
                .Line("Industriestraße 12 · 70565 Stuttgart")
                .Line("")
                .Line("BESTELLUNG", 50, 13, true)
                .Line("Bestellnummer: 4500871203          Datum: 04.12.2026          Lieferant: 700412")
                .Line("Rahmenvertrag: RV-2024-017          Einkäufer: J. Keller          Werk: 1100 Stuttgart")
                .Line("")
                .Table([new PdfColumn("Pos", 40, 30), new PdfColumn("Material", 72, 80), new PdfColumn("Bezeichnung", 155, 150),
                    new PdfColumn("Menge", 308, 60, true), new PdfColumn("ME", 372, 25), new PdfColumn("Preis/100", 400, 55, true),
                    new PdfColumn("Liefertag", 460, 60), new PdfColumn("Wert EUR", 520, 45, true)])
                .Row("00010", "73-4410-200", "Knopf PA 20mm grau", "60.000", "ST", "7,40", "11.01.2027", "4.440,00")
                .Row("00020", "73-4410-212", "Clipknopf 12mm sw", "20.000", "ST", "5,80", "11.01.2027", "1.160,00")
                .Foot("Gesamtnettowert: 5.600,00 EUR")
                .Foot("Es gelten unsere Allgemeinen Einkaufsbedingungen. Lieferung frei Werk, DDP Incoterms 2020.")
                .Foot("Bitte Bestellnummer und Materialnummer auf allen Lieferpapieren angeben.")
                .Build()),
        (Case("Q-003", "call-off", "de", "10042", "Lieferabruf Nr. 0127 zu RV-2024-017", """
            Lieferabruf Nr. 0127
            Rahmenvertrag RV-2024-017 / Lieferant 700412 Happy Buttons GmbH
            Abladestelle: Werk Stuttgart, Tor 3

            Sachnummer 73-4410-200  (Knopf PA 20 mm grau)
              KW 02/2027   30.000 ST
              KW 04/2027   30.000 ST
              KW 06/2027   20.000 ST   (Vorschau, nicht verbindlich)
            Sachnummer 73-4410-212  (Clipknopf 12 mm)
              KW 03/2027   10.000 ST

            Fortschrittszahl Eingang bis 04.12.2026: 410.000
            Vorschauwerte ab KW 06 dienen nur Ihrer Planung.

            Autowerk Süd AG – Disposition
            einkauf@autowerk-sued.de
            """, null, "0127", [new("HB-9001", 30000, null, D(1, 11)), new("HB-9001", 30000, null, D(1, 25)), new("HB-9002", 10000, null, D(1, 18))]), null),
        (Case("Q-004", "text-en", "en", "30104", "PO BW-40417", """
            Hi Stefan,

            Hope you're well. Please find our order below - PO BW-40417.

            HB-2220 Metal blazer button gold 20mm  x 1,500 pcs
            HB-2215 gold sleeve button 15mm       x 3,000 pcs

            Could you also quote for the 32mm horn (HB-HN-3207)? Not ordering yet, just pricing for AW27.

            Delivery to our London studio by 15 January please.

            Cheers,
            Oliver

            Oliver Grant | Head of Production
            Brightwear Ltd, 14 Savile Row, London W1S 3PJ
            This email and any attachments are confidential.
            """, null, "BW-40417", [new("HB-2220", 1500, null, D(1, 15)), new("HB-2215", 3000, null, D(1, 15))]), null),
        (Case("Q-005", "free-text", "de", "30103", "Knöpfe für den Mantel", """
            Hallo ihr Lieben,

            ich brauche für eine Mantel-Kleinserie wieder die schönen dunkelbraunen Steinnussknöpfe in 25 mm (die mit vier Löchern), davon 600 Stück. Und dazu noch 200 von den Hirschhornknöpfen mit Öse, 26 mm.

            Wäre toll, wenn das bis Mitte Januar bei mir ist, sonst wird's knapp mit der Anprobe.

            Liebe Grüße aus Berlin
            Rosalie

            Atelier Rosalie
            Kastanienallee 77, 10435 Berlin
            """, null, null, [new("HB-6025-DB", 600), new("HB-HH-2600", 200)]), null),
        (Case("Q-006", "text-de", "de", "30102", "Bestellung", """
            Servus,

            bitte liefern:

            - 5 Gros Zinnknöpfe 14mm Edelweiß (HB-ZN-1400)
            - 300 Stk HB-HH-1800
            - 300 Stk HB-HH-2200

            Bestellnr. bei uns: 26-311
            Lieferung KW 2.

            Danke & Gruß
            Alex Huber
            Trachten Huber e.K., Ludwigstraße 5, 83022 Rosenheim

            Von meinem iPhone gesendet
            """, null, "26-311", [new("HB-ZN-1400", 720, null, D(1, 11)), new("HB-HH-1800", 300, null, D(1, 11)), new("HB-HH-2200", 300, null, D(1, 11))]), null),
        Pdf(Case("Q-007", "pdf-table", "en", "30108", "Purchase order PO-NL-26-0892", """
            Dear Happy Buttons team,

            Attached our purchase order PO-NL-26-0892. Please confirm.

            Met vriendelijke groet / Kind regards,
            Sanne van Dijk
            Van Dijk Textiel B.V.
            """, "Q-007.pdf", "PO-NL-26-0892", [new("HB-4H-18L-BLK", 50000, 0.0290m, D(1, 20)), new("HB-4H-28L-WHT", 25000, 0.0480m, D(1, 20)), new("HB-2H-20L-NAV", 15000, 0.0340m, D(1, 20))]),
            new OrderPdf()
                .Line("VAN DIJK TEXTIEL B.V.", 50, 14, true)
                .Line("Textielstraat 15 · 7511 Enschede · Nederland · BTW NL123456789B01", 50, 8)
                .Line("")
                .Line("PURCHASE ORDER", 50, 12, true)
                .Line("PO number: PO-NL-26-0892", 50)
                .Line("Order date: 03-12-2026      Requested delivery: 20-01-2027      Terms: 30 days net", 50, 9)
                .Line("Supplier: Happy Buttons GmbH, München", 50, 9)
                .Line("")
                .Table([new PdfColumn("Line", 40, 30), new PdfColumn("Your ref.", 72, 90), new PdfColumn("Description", 165, 180),
                    new PdfColumn("Qty", 350, 60, true), new PdfColumn("Price EUR", 415, 60, true), new PdfColumn("Amount EUR", 480, 80, true)])
                .Row("1", "HB-4H-18L-BLK", "Polyester 4-hole 18L black", "50.000", "0,0290", "1.450,00")
                .Row("2", "HB-4H-28L-WHT", "Polyester 4-hole 28L white", "25.000", "0,0480", "1.200,00")
                .Row("3", "HB-2H-20L-NAV", "Polyester 2-hole 20L navy", "15.000", "0,0340", "510,00")
                .Foot("Total excl. VAT: EUR 3.160,00")
                .Foot("Deliver to: Van Dijk Textiel B.V., Warehouse 2, Textielstraat 15, Enschede. Packing list in each carton.")
                .Build()),
        (Case("Q-008", "call-off", "de", "10057", "Abruf 3/2027 RV-2023-044", """
            Liebe Frau Yilmaz,

            zum Rahmenvertrag RV-2023-044 rufen wir wie folgt ab (Abruf-Nr. AB-2027-003):

            KH-BK-0200 Bedienknopf weiß
                4.000 Stk zum 11.01.2027
                4.000 Stk zum 25.01.2027
            KH-DK-0310 Drehknopf chrom
                2.500 Stk zum 18.01.2027

            Die Position KH-TK-0311 aus dem Dezemberabruf entfällt ersatzlos, bitte stornieren.

            Freundliche Grüße
            Mika Brandt
            Materialdisposition
            Kessler Group · Hausgeräte Kessler GmbH · Am Gewerbepark 4 · 33330 Gütersloh
            """, null, "AB-2027-003", [new("HB-K200", 4000, null, D(1, 11)), new("HB-K200", 4000, null, D(1, 25)), new("HB-K310", 2500, null, D(1, 18))]), null),
        (Case("Q-009", "text-en", "en", "10063", "Order NSS PO 7702315", """
            Hello,

            Please accept our order 7702315 for Göteborg plant:

            NSS-10442   rivet button 15mm black    40 000 pcs   EUR 0.068   wk 3
            NSS-10443   rivet button 18mm black    20 000 pcs   EUR 0.075   wk 3

            Ship via DSV as usual, DAP Göteborg. Please send order confirmation to erik.lindqvist@nordicseating.se.

            Best regards
            Erik Lindqvist
            Purchasing, Nordic Seating Systems AB
            """, null, "7702315", [new("HB-9105", 40000, 0.068m, D(1, 18)), new("HB-9106", 20000, 0.075m, D(1, 18))]), null),
        (Case("Q-010", "free-text", "en", "30105", "Commande boutons / button order", """
            Bonjour Stefan,

            For our new jacket we would like to order the mother of pearl buttons, the small white ones 11 mm with two holes - 1 000 pieces please. We also need wooden toggles, the natural 40 mm ones, 250 pieces.

            And could you send me your sample box of shirt buttons? Only to look, we decide later.

            Delivery before Christmas would be perfect, but not later than 22 December.

            Merci beaucoup,
            Camille Dupont
            Maison Dupont SARL – 12 Rue du Faubourg Saint-Honoré, 75008 Paris
            """, null, null, [new("HB-PM-1102", 1000, null, D(12, 22, 2026)), new("HB-8040", 250, null, D(12, 22, 2026))]), null),
        (Case("Q-011", "text-de", "de", "30106", "Bestellung 2026-4471 Kochjacken Knöpfe", """
            Guten Tag,

            hiermit bestellen wir zu unserer Bestellnummer 2026-4471:

            Pos. 1: HB-KJ-12, Kochjackenknopf abnehmbar mit Splint, weiß – 4.000 Stück à 0,22 €
            Pos. 2: HB-7710, Druckknopf Edelstahl 15 mm – 6.000 Stück

            Wunschtermin: 14.01.2027
            Lieferanschrift: Uniform Partner Schmidt GmbH, Wareneingang Halle B, Industriering 9, 41065 Mönchengladbach

            Bitte AB an p.schmidt@uniform-schmidt.de

            Mit freundlichen Grüßen

            Petra Schmidt
            Einkauf
            Uniform Partner Schmidt GmbH
            Geschäftsführer: H. Schmidt · HRB 12345 Mönchengladbach
            """, null, "2026-4471", [new("HB-KJ-12", 4000, 0.22m, D(1, 14)), new("HB-7710", 6000, null, D(1, 14))]), null),
        Pdf(Case("Q-012", "pdf-table", "de", "20011", "Bestellung B-118422", """
            Moin,

            anbei Bestellung B-118422 als PDF.

            Gruß
            T. Faden
            Knopf & Faden Großhandel KG
            """, "Q-012.pdf", "B-118422", [new("HB-4711", 60000, 0.036m, D(12, 17, 2026)), new("HB-4712", 20000, null, D(12, 17, 2026)), new("HB-SK-25", 20, 21.50m, D(12, 17, 2026))]),
            new OrderPdf()
                .Line("Knopf & Faden Großhandel KG", 50, 13, true)
                .Line("Hanseatenweg 21 · 22113 Hamburg · Tel. 040 7311-0", 50, 8)
                .Line("")
                .Line("Bestellung B-118422", 50, 12, true)
                .Line("Lieferant: Happy Buttons GmbH, München          Kd.-Nr. bei Lieferant: 20011", 50, 9)
                .Line("Bestelldatum: 07.12.2026          Liefertermin: 17.12.2026", 50, 9)
                .Line("")
                .Table([new PdfColumn("Unsere Art.", 40, 75), new PdfColumn("Ihre Art.", 118, 70), new PdfColumn("Text", 192, 170),
                    new PdfColumn("Menge", 365, 55, true), new PdfColumn("Einh.", 425, 30), new PdfColumn("EP", 460, 45, true), new PdfColumn("GP", 510, 55, true)])
                .Row("KF-100-15S", "HB-4711", "Knopf 4L 15mm schwarz", "60", "Tsd.", "36,00", "2.160,00")
                .Row("KF-100-18S", "HB-4712", "Knopf 4L 18mm schwarz", "20", "Tsd.", "", "")
                .Row("KF-900-SK", "HB-SK-25", "Sortimentskasten Basic", "20", "Stk", "21,50", "430,00")
                .Foot("EP = Einzelpreis je Einheit. Preise netto zzgl. MwSt.")
                .Foot("Lieferung frei Haus Hamburg. Teillieferungen nur nach Absprache.")
                .Build()),
        (Case("Q-013", "call-off", "en", "10063", "Delivery schedule release 2027-01 / FA-2025-003", """
            Dear Happy Buttons team,

            Schedule release no. DS-2027-01 against frame agreement FA-2025-003.

            Part no.    Description                 Week    Qty (pcs)   Status
            NSS-10442   Rivet button 15mm black     W02     20,000      firm
            NSS-10442   Rivet button 15mm black     W05     20,000      firm
            NSS-10443   Rivet button 18mm black     W03     10,000      firm
            NSS-10443   Rivet button 18mm black     W08     10,000      forecast
            NSS-10442   Rivet button 15mm black     W09     30,000      forecast

            Only firm quantities are released for delivery; forecast is for your material planning.
            Cum. received to date: NSS-10442 380,000 / NSS-10443 195,000.

            Regards,
            Erik Lindqvist
            Supply Chain – Nordic Seating Systems AB, Göteborg
            """, null, "DS-2027-01", [new("HB-9105", 20000, null, D(1, 11)), new("HB-9105", 20000, null, D(2, 1)), new("HB-9106", 10000, null, D(1, 18))]), null),
        (Case("Q-014", "text-de", "de", "30107", "AW: Angebot 2026-311 / Bestellung", """
            Hallo Herr Roth,

            danke für das Angebot. Wir bestellen daraus:

            HB-R15 Recycling-Knopf marine 15mm   3.000 Stk
            HB-2H-20L-NAV                        10.000 Stk

            Die Steinnussknöpfe (Pos. 3 im Angebot) nehmen wir vorerst nicht.
            Liefertermin: 08.01.2027
            Unsere Bestellnummer: SB-0912

            Gruß
            Jan Becker
            Strickwaren Becker GmbH

            -----Ursprüngliche Nachricht-----
            Von: Stefan Roth <s.roth@happybuttons.de>
            Betreff: Angebot 2026-311
            Pos. 1 HB-R15 ab 1.000 Stk 0,060 €
            Pos. 2 HB-2H-20L-NAV ab 5.000 Stk 0,034 €
            Pos. 3 HB-6020 ab 500 Stk 0,31 €
            """, null, "SB-0912", [new("HB-R15", 3000, null, D(1, 8)), new("HB-2H-20L-NAV", 10000, null, D(1, 8))]), null),
        (Case("Q-015", "text-en", "en", "30108", "order", """
            Hi Stefan,

            Quick one: can you send 20k of the navy 2-hole 20L (HB-2H-20L-NAV) and 10k HB-4H-36L-GRY? Our ref 26-0911. Delivery wk 2 2027 to Enschede.

            thx
            Sanne

            Sent from Outlook for Android
            """, null, "26-0911", [new("HB-2H-20L-NAV", 20000, null, D(1, 11)), new("HB-4H-36L-GRY", 10000, null, D(1, 11))]), null),
        Pdf(Case("Q-016", "pdf-table", "de", "30101", "Bestellung ML-2026-1203", """
            Hallo zusammen,

            bitte die angehängte Bestellung bearbeiten. Die Hornknöpfe bitte unbedingt zum Termin, die Rest kann auch später kommen.

            Danke!
            Claudia Lindner
            """, "Q-016.pdf", "ML-2026-1203", [new("HB-HN-2507", 1000, 0.492m, D(1, 11)), new("HB-PM-1102", 2000, null, D(1, 29)), new("HB-2211", 1000, null, D(1, 29))]),
            new OrderPdf()
                .Line("Modehaus Lindner GmbH", 50, 14, true)
                .Line("Maximilianstraße 30 · 80539 München", 50, 9)
                .Line("")
                .Line("Bestellung Nr. ML-2026-1203", 50, 12, true)
                .Line("Datum: 06.12.2026   Sachbearbeiterin: C. Lindner   Lieferantennr.: 4411", 50, 9)
                .Line("")
                .Table([new PdfColumn("Pos.", 40, 30), new PdfColumn("Artikel", 72, 80), new PdfColumn("Beschreibung", 155, 170),
                    new PdfColumn("Stück", 330, 55, true), new PdfColumn("Preis €", 390, 55, true), new PdfColumn("Termin", 455, 70)])
                .Row("1", "HB-HN-2507", "Hornknopf 25mm dkl.braun", "1.000", "0,492", "11.01.2027")
                .Row("2", "HB-PM-1102", "Perlmutt 11mm weiß 2L", "2.000", "", "29.01.2027")
                .Row("3", "HB-2211", "Metallknopf Öse 18mm silber", "1.000", "", "29.01.2027")
                .Foot("Bitte Lieferschein mit Bestellnummer. Rechnung an buchhaltung@modehaus-lindner.de")
                .Build()),
        (Case("Q-017", "free-text", "de", "30102", "Knöpf für d'Lederhosn", """
            Grüß Gott Frau Yilmaz,

            wir bräuchten wieder Hirschhornknöpfe für die Lederhosen, und zwar die naturfarbenen mit zwei Löchern in 18 mm, 800 Stück. Von den größeren in 22 mm hätten wir gern 400 Stück.

            Außerdem, falls vorrätig, 1.000 Zinnknöpfe mit dem Edelweiß.

            Liefern bitte so bald wie möglich, wir haben schon Aufträge drauf.

            Pfiat Eana
            Alex Huber
            Trachten Huber
            """, null, null, [new("HB-HH-1800", 800), new("HB-HH-2200", 400), new("HB-ZN-1400", 1000)]), null),
        (Case("Q-018", "call-off", "de", "10042", "LAB 0128 Autowerk Süd – Änderung", """
            Sehr geehrte Damen und Herren,

            hiermit ersetzt Lieferabruf 0128 den Abruf 0127 vollständig.

            Rahmenvertrag: RV-2024-017
            Materialnummer 73-4410-200
            Termin        Menge
            13.01.2027    25.000
            27.01.2027    35.000
            10.02.2027    25.000

            Materialnummer 73-4410-212
            20.01.2027    15.000

            Bei Abweichungen bitte umgehend Rückmeldung an die Disposition.

            Mit freundlichen Grüßen
            Dr. Anna Weber
            Autowerk Süd AG · Materialwirtschaft
            """, null, "0128", [new("HB-9001", 25000, null, D(1, 13)), new("HB-9001", 35000, null, D(1, 27)), new("HB-9001", 25000, null, D(2, 10)), new("HB-9002", 15000, null, D(1, 20))]), null),
        (Case("Q-019", "text-en", "en", "30105", "Order MD-1204", """
            Dear Sir or Madam,

            Please find below our order no. MD-1204:

            - 2 000 x HB-2220 (gold metal blazer button 20 mm) at 0,34 EUR
            - 2 000 x HB-2215 (gold sleeve button 15 mm) at 0,21 EUR
            - 500 x HB-SH-24L-GLD

            Delivery date: 11/01/2027.
            Delivery address: Maison Dupont, atelier, 3 Rue de Turbigo, 75001 Paris.

            Best regards / Cordialement
            Camille Dupont
            """, null, "MD-1204", [new("HB-2220", 2000, 0.34m, D(1, 11)), new("HB-2215", 2000, 0.21m, D(1, 11)), new("HB-SH-24L-GLD", 500, null, D(1, 11))]), null),
        Pdf(Case("Q-020", "pdf-table", "de", "30106", "Bestellung 2026-4502", """
            Guten Tag Frau Yilmaz,

            beigefügt unsere Bestellung 2026-4502 für die Polizei-Ausschreibung. Bitte Termin bestätigen.

            Freundliche Grüße
            Petra Schmidt
            """, "Q-020.pdf", "2026-4502", [new("HB-SH-24L-GLD", 3000, 0.29m, D(2, 1)), new("HB-2211", 5000, 0.26m, D(2, 1))]),
            new OrderPdf()
                .Line("Uniform Partner Schmidt GmbH", 50, 13, true)
                .Line("Industriering 9, 41065 Mönchengladbach", 50, 9)
                .Line("")
                .Line("Bestellung", 50, 12, true)
                .Line("Bestell-Nr.: 2026-4502", 50, 10)
                .Line("Datum: 07.12.2026", 50, 9)
                .Line("Liefertermin: KW 05/2027", 50, 9)
                .Line("")
                .Table([new PdfColumn("Pos", 40, 25), new PdfColumn("Artikel-Nr.", 68, 95), new PdfColumn("Bezeichnung", 166, 180),
                    new PdfColumn("Menge", 350, 50, true), new PdfColumn("ME", 404, 25), new PdfColumn("Preis", 432, 50, true), new PdfColumn("Betrag", 490, 70, true)])
                .Row("1", "HB-SH-24L-GLD", "Ösenknopf Metall gold mit Wappen, 24 Lin.", "3.000", "Stk", "0,29", "870,00")
                .Row("2", "HB-2211", "Metallknopf Öse 18 mm silber", "5.000", "Stk", "0,26", "1.300,00")
                .Foot("Summe netto: 2.170,00 EUR")
                .Foot("Zahlung 14 Tage 2 % Skonto, 30 Tage netto.")
                .Build()),
        (Case("Q-021", "text-de", "de", "20011", "Nachbestellung Lager HH", """
            Hallo Happy-Buttons-Team,

            Lagernachschub, Bestellung B-118460:

            KF-100-15S     100 Tsd.
            KF-100-18S      50 Tsd.
            HB-1003         25.000 Stk
            HB-1010         3 Kartons à 10.000 Stk

            Preise lt. Rahmenvertrag RV-2022-009. Liefertermin 21.12.2026, spätestens aber vor Betriebsferien.
            Bitte die HB-1010 einzeln etikettiert, wie letztes Mal.

            Mit freundlichen Grüßen
            Dipl.-Ing. Thomas Faden
            Knopf & Faden Großhandel KG
            Hanseatenweg 21, 22113 Hamburg
            """, null, "B-118460", [new("HB-4711", 100000, null, D(12, 21, 2026)), new("HB-4712", 50000, null, D(12, 21, 2026)), new("HB-1003", 25000, null, D(12, 21, 2026)), new("HB-1010", 30000, null, D(12, 21, 2026))]), null),
        (Case("Q-022", "free-text", "en", "30104", "Buttons for the navy blazer run", """
            Hi Stefan,

            We're doing another run of the navy blazer. Could you send us the plastic navy blazer buttons, 20mm, we need 1,200, plus the matching 15mm sleeve buttons, 2,400 of them. Use our PO BW-40452.

            Also, the horn-look 23mm brown ones you sent as samples last month - we're still deciding, so hold off on those.

            Need everything here on the 12th of January latest.

            Thanks,
            Oliver
            """, null, "BW-40452", [new("HB-2030", 1200, null, D(1, 12)), new("HB-2031", 2400, null, D(1, 12))]), null),
        (Case("Q-023", "call-off", "de", "10057", "Lieferabruf Kessler Werk Gütersloh KW 02-04", """
            Guten Tag,

            Abruf Nr. AB-2027-004 gemäß RV-2023-044

            Teil          KW 02     KW 03     KW 04
            KH-BK-0200    3.000     -         3.000
            KH-TK-0311    -         5.000     -
            KH-DK-0310    2.000     2.000     -

            Lieferung jeweils Montag der KW an Wareneingang Tor 2.

            Gruß
            Sabine Kessler
            Einkauf
            Hausgeräte Kessler GmbH
            """, null, "AB-2027-004", [new("HB-K200", 3000, null, D(1, 11)), new("HB-K200", 3000, null, D(1, 25)), new("HB-K311", 5000, null, D(1, 18)), new("HB-K310", 2000, null, D(1, 11)), new("HB-K310", 2000, null, D(1, 18))]), null),
        Pdf(Case("Q-024", "pdf-table", "en", "10063", "NSS Purchase Order 7702341", """
            Hello,

            Please see attached purchase order 7702341. Confirmation within 2 working days please.

            Best regards
            Erik Lindqvist
            Nordic Seating Systems AB
            """, "Q-024.pdf", "7702341", [new("HB-9106", 30000, 0.075m, D(1, 25)), new("HB-7711", 5000, 0.15m, D(1, 25))]),
            new OrderPdf()
                .Line("Nordic Seating Systems AB", 50, 14, true)
                .Line("Fabriksgatan 8, SE-41250 Göteborg, Sweden", 50, 9)
                .Line("")
                .Line("PURCHASE ORDER 7702341", 50, 12, true)
                .Line("Date: 2026-12-04   Supplier no: 88120   Buyer: Erik Lindqvist   Incoterms: DAP Göteborg", 50, 9)
                .Line("")
                .Table([new PdfColumn("Item", 40, 30), new PdfColumn("Part no.", 72, 75), new PdfColumn("Supplier part", 150, 80),
                    new PdfColumn("Description", 233, 130), new PdfColumn("Qty", 366, 55, true), new PdfColumn("Unit price", 425, 55, true),
                    new PdfColumn("Due date", 485, 75)])
                .Row("10", "NSS-10443", "HB-9106", "Rivet button 18 black", "30 000", "0.0750", "2027-01-25")
                .Row("20", "NSS-20918", "HB-7711", "Snap button 15 black", "5 000", "0.1500", "2027-01-25")
                .Foot("All prices in EUR. Delivery note must state PO number and part number.")
                .Foot("Nordic Seating Systems AB – General Terms of Purchase apply.")
                .Build()),
        (Case("Q-025", "text-de", "de", "30103", "Bestellung", """
            Hallo,

            ich möchte bestellen:
            500x HB-6020
            300 x HB-HH-1800
            1x HB-SK-25

            Und habt ihr die Hornknöpfe 32 mm noch? Die stehen nicht mehr im Shop. Falls ja bitte Angebot für 200 Stück.

            Lieferung gern bis zum 20.12.

            Danke und liebe Grüße
            Rosalie Marx
            Atelier Rosalie · Kastanienallee 77 · Berlin
            """, null, null, [new("HB-6020", 500, null, D(12, 20, 2026)), new("HB-HH-1800", 300, null, D(12, 20, 2026)), new("HB-SK-25", 1, null, D(12, 20, 2026))]), null),
        (Case("Q-026", "text-en", "en", "30104", "RE: PO BW-40417 - amendment + new order", """
            Stefan,

            Sorry, one more: new PO BW-40461 for the shirting line:

            * HB-1011 light blue shirt button 11mm - 10,000
            * HB-1010 white shirt button 11mm - 20,000

            Please deliver w/c 11 January.

            PO BW-40417 stays as it is.

            Ta,
            Oliver

            > On 3 Dec 2026, at 09:12, Stefan Roth wrote:
            > Thanks Oliver, confirmed BW-40417 for 15 Jan.
            """, null, "BW-40461", [new("HB-1011", 10000, null, D(1, 11)), new("HB-1010", 20000, null, D(1, 11))]), null),
        Pdf(Case("Q-027", "pdf-table", "de", "30107", "Bestellung SB-0931", """
            Guten Tag,

            anbei die Bestellung SB-0931 für die Strickjacken-Kollektion.

            Mit freundlichen Grüßen
            Jan Becker
            Strickwaren Becker GmbH · Wollweg 3 · 72379 Hechingen
            """, "Q-027.pdf", "SB-0931", [new("HB-5511", 4000, 0.11m, D(1, 18)), new("HB-5510", 2000, 0.16m, D(1, 18)), new("HB-8040", 400, 0.65m, D(1, 18))]),
            new OrderPdf()
                .Line("Strickwaren Becker GmbH", 50, 13, true)
                .Line("Wollweg 3 · 72379 Hechingen", 50, 9)
                .Line("")
                .Line("B E S T E L L U N G   SB-0931", 50, 12, true)
                .Line("Hechingen, den 04.12.2026", 50, 9)
                .Line("Anlieferung: KW 3 / 2027", 50, 9)
                .Line("")
                .Table([new PdfColumn("Menge", 40, 55, true), new PdfColumn("Artikel", 100, 75), new PdfColumn("Bezeichnung", 180, 200),
                    new PdfColumn("je 100 €", 385, 55, true), new PdfColumn("Gesamt €", 450, 70, true)])
                .Row("4.000", "HB-5511", "Knopf Hornoptik 15 mm braun", "11,00", "440,00")
                .Row("2.000", "HB-5510", "Knopf Hornoptik 23 mm braun", "16,00", "320,00")
                .Row("400", "HB-8040", "Holzknebel 40 mm natur", "65,00", "260,00")
                .Foot("Gesamt netto 1.020,00 €")
                .Foot("Bitte keine Teillieferungen.")
                .Build()),
        (Case("Q-028", "call-off", "en", "10063", "Call-off CO-2027-02 NSS", """
            Hello Lea,

            Call-off CO-2027-02 under FA-2025-003:

            NSS-10442: 15,000 pcs – delivery 2027-01-18
                       15,000 pcs – delivery 2027-02-15
            NSS-10443: 10,000 pcs – delivery 2027-02-01

            Please note our plant is closed 24.12.–03.01.; no deliveries in that period.
            Forecast Q2 will follow separately.

            Kind regards
            Erik Lindqvist
            Nordic Seating Systems AB
            """, null, "CO-2027-02", [new("HB-9105", 15000, null, D(1, 18)), new("HB-9105", 15000, null, D(2, 15)), new("HB-9106", 10000, null, D(2, 1))]), null),
        (Case("Q-029", "free-text", "de", "30106", "Knöpfe für Arbeitsjacken", """
            Guten Tag Frau Yilmaz,

            für unsere neuen Arbeitsjacken benötigen wir die schwarzen Druckknöpfe (Messing brüniert, 15 mm), insgesamt 8.000 Stück, sowie die vernickelten Druckknöpfe 12 mm, 10.000 Stück.

            Bitte liefern Sie zum 25. Januar 2027. Unsere Bestellnummer lautet 2026-4519.

            Ein Muster der Edelstahl-Variante hätten wir gern zusätzlich zur Ansicht, aber das ist keine Bestellung.

            Mit freundlichen Grüßen
            Petra Schmidt
            Uniform Partner Schmidt GmbH
            """, null, "2026-4519", [new("HB-7711", 8000, null, D(1, 25)), new("HB-3305", 10000, null, D(1, 25))]), null),
        (Case("Q-030", "text-de", "de", "10057", "Bestellung Ersatzteilgeschäft 4711-ET-88", """
            Liebe Frau Yilmaz,

            außerhalb des Rahmenvertrags bestellen wir für unser Ersatzteillager:

            Drehknopf anthrazit HB-K400 – 1.500 Stk
            KH-TK-0311 Tastenknopf chrom – 1.000 Stk

            Bestellnummer: 4711-ET-88
            Termin: 15.01.2027

            Viele Grüße
            Sabine Kessler
            Hausgeräte Kessler GmbH
            Am Gewerbepark 4 | 33330 Gütersloh
            """, null, "4711-ET-88", [new("HB-K400", 1500, null, D(1, 15)), new("HB-K311", 1000, null, D(1, 15))]), null),
        (Case("Q-031", "text-en", "en", "30108", "PO-NL-26-0915 buttons", """
            Goedemorgen Stefan,

            Please book the following under PO-NL-26-0915:

            Qty        Article           Price
            40.000     HB-4H-18L-BLK     € 2,90 / 1000... sorry, € 29,00 per 1000
            8.000      HB-4H-36L-GRY     € 72,00 per 1000

            Delivery: 25-01-2027, Enschede.

            Grtz,
            Sanne van Dijk
            Van Dijk Textiel B.V. | Textielstraat 15 | 7511 Enschede | NL
            """, null, "PO-NL-26-0915", [new("HB-4H-18L-BLK", 40000, 0.029m, D(1, 25)), new("HB-4H-36L-GRY", 8000, 0.072m, D(1, 25))]), null),
        Pdf(Case("Q-032", "pdf-table", "de", "10057", "Bestellung 4500-KH-77120", """
            Sehr geehrte Damen und Herren,

            anbei erhalten Sie unsere Bestellung. Diese E-Mail wurde automatisch erzeugt.

            Hausgeräte Kessler GmbH – SAP Einkauf
            """, "Q-032.pdf", "4500-KH-77120", [new("HB-K310", 5000, 0.82m, D(2, 8)), new("HB-K311", 5000, 0.50m, D(2, 8)), new("HB-K200", 10000, 0.38m, D(2, 8))]),
            new OrderPdf()
                .Line("Hausgeräte Kessler GmbH", 50, 14, true)
                .Line("Am Gewerbepark 4 · 33330 Gütersloh · www.kessler-hausgeraete.de", 50, 8)
                .Line("")
                .Line("Bestellung 4500-KH-77120", 50, 12, true)
                .Line("Lieferantennummer 30815          Bestelldatum 07.12.2026          Einkäufergruppe K12", 50, 9)
                .Line("Rahmenvertrag RV-2023-044          Ansprechpartner: M. Brandt", 50, 9)
                .Line("")
                .Table([new PdfColumn("Pos.", 40, 30), new PdfColumn("Material", 72, 80), new PdfColumn("Kurztext", 155, 140),
                    new PdfColumn("Menge", 298, 65, true), new PdfColumn("Nettopreis", 368, 55, true), new PdfColumn("pro", 428, 30),
                    new PdfColumn("Liefertermin", 462, 65)])
                .Row("10", "KH-DK-0310", "Drehknopf chrom matt", "5.000 ST", "820,00", "1.000", "T 08.02.2027")
                .Row("20", "KH-TK-0311", "Tastenknopf chrom matt", "5.000 ST", "500,00", "1.000", "T 08.02.2027")
                .Row("30", "KH-BK-0200", "Bedienknopf weiß HG", "10.000 ST", "380,00", "1.000", "T 08.02.2027")
                .Foot("Es gelten die Einkaufsbedingungen der Kessler Group, Stand 01/2025.")
                .Foot("Lieferung an Werk Gütersloh, Wareneingang Tor 2, Mo–Fr 6:00–14:00 Uhr.")
                .Build()),
        (Case("Q-033", "call-off", "de", "20011", "Abruf aus Rahmenvertrag RV-2022-009", """
            Moin zusammen,

            aus dem Rahmenvertrag RV-2022-009 rufen wir ab (Abruf 09/14):

            KF-100-15S:  50.000 Stk zum 14.12.2026
                         50.000 Stk zum 11.01.2027
            KF-100-18S:  30.000 Stk zum 11.01.2027

            Restmenge Rahmen KF-100-15S nach diesem Abruf: 200.000 Stk.

            Gruß aus Hamburg
            Thomas Faden
            """, null, "09/14", [new("HB-4711", 50000, null, D(12, 14, 2026)), new("HB-4711", 50000, null, D(1, 11)), new("HB-4712", 30000, null, D(1, 11))]), null),
        (Case("Q-034", "text-de", "de", "30101", "Nachbestellung Hornknöpfe", """
            Liebe Frau Yilmaz,

            wir sind mit den Hornknöpfen fast durch. Bitte schicken Sie uns:

            3 Gros HB-HN-2007
            2 Gros HB-HN-2507

            Unsere Best.-Nr. ML-2026-1219. Liefertermin 05.01.2027.

            Herzliche Grüße
            Claudia Lindner
            Modehaus Lindner – seit 1923 in München
            """, null, "ML-2026-1219", [new("HB-HN-2007", 432, null, D(1, 5)), new("HB-HN-2507", 288, null, D(1, 5))]), null),
        (Case("Q-035", "free-text", "de", "30107", "Knöpfe Strickjacken Herbst", """
            Hallo Herr Roth,

            wir bräuchten für die Herbststrickjacken zweierlei: die Holzknebel in natur, 40 mm, 600 Stück, und die Steinnussknöpfe natur 20 mm mit vier Löchern, 1.500 Stück.

            Geliefert werden soll in KW 4. Bitte geben Sie auf der Rechnung unsere Bestellnummer SB-0947 an.

            Die Recycling-Knöpfe, über die wir telefoniert hatten, überlegen wir uns noch.

            Danke und Grüße
            Jan Becker
            """, null, "SB-0947", [new("HB-8040", 600, null, D(1, 25)), new("HB-6020", 1500, null, D(1, 25))]), null),
        Pdf(Case("Q-036", "pdf-table", "en", "30104", "Brightwear PO BW-40470", """
            Hi team,

            PO attached. Please confirm delivery date.

            Oliver
            """, "Q-036.pdf", "BW-40470", [new("HB-HN-2007", 2000, null, D(1, 22)), new("HB-HH-2600", 300, null, D(1, 22)), new("HB-6025-DB", 1000, null, D(1, 22))]),
            new OrderPdf()
                .Line("BRIGHTWEAR", 50, 16, true)
                .Line("Brightwear Ltd · 14 Savile Row · London W1S 3PJ · VAT GB123456789", 50, 8)
                .Line("")
                .Line("Purchase Order: BW-40470", 50, 12, true)
                .Line("Raised: 07/12/2026      Required by: 22/01/2027      Currency: EUR", 50, 9)
                .Line("Supplier: Happy Buttons GmbH", 50, 9)
                .Line("")
                .Table([new PdfColumn("Style", 40, 60), new PdfColumn("Supplier code", 103, 85), new PdfColumn("Description", 192, 200),
                    new PdfColumn("Units", 395, 55, true), new PdfColumn("Notes", 455, 105)])
                .Row("OVC-114", "HB-HN-2007", "Horn button 20mm dark brown 4 hole", "2,000", "front")
                .Row("OVC-114", "HB-HH-2600", "Staghorn shank button 26mm", "300", "collar")
                .Row("JKT-208", "HB-6025-DB", "Corozo 25mm dark brown", "1,000", "")
                .Foot("Prices as per your price list 2026. Please quote PO number on all paperwork.")
                .Build()),
        (Case("Q-037", "text-en", "en", "30105", "Order / Commande MD-1217", """
            Hello,

            Our order MD-1217:

            HB-PM-1102 mother-of-pearl 11 mm, 3 000 pcs, 0,58 € each
            HB-HH-1800 staghorn 18 mm, 200 pcs

            For the staghorn please check you have stock, otherwise send only the pearl buttons and tell me.
            Delivery week 3.

            Thank you,
            Camille
            """, null, "MD-1217", [new("HB-PM-1102", 3000, 0.58m, D(1, 18)), new("HB-HH-1800", 200, null, D(1, 18))]), null),
        (Case("Q-038", "call-off", "de", "10042", "Feinabruf 0129 / JIT Werk Stuttgart", """
            Feinabruf Nr. 0129
            Lieferant 700412 / RV-2024-017
            Erstellt: 07.12.2026 06:14

            Sachnr.        Bezeichnung          Liefertag     Menge  ME
            73-4410-200    KNOPF PA 20 GR       14.12.2026    10.000 ST
            73-4410-200    KNOPF PA 20 GR       16.12.2026    10.000 ST
            73-4410-212    CLIPKNOPF 12 SW      14.12.2026     5.000 ST

            Dieser Feinabruf konkretisiert den Lieferabruf 0128 für die KW 51.
            Automatisch erzeugt – bitte nicht antworten. Rückfragen: einkauf@autowerk-sued.de
            """, null, "0129", [new("HB-9001", 10000, null, D(12, 14, 2026)), new("HB-9001", 10000, null, D(12, 16, 2026)), new("HB-9002", 5000, null, D(12, 14, 2026))]), null),
        (Case("Q-039", "text-de", "de", "30102", "Bstellung", """
            Hallo Frau Yilmaz

            bitte nochmal
            200 HB-HH-2600
            1000 HB-PM-1102
            und 400 Stk HB-8040

            die Holzknebel eilen, die anderen gehen auch Ende Januar.

            Bestellnr 26-329

            Gruß Alex
            """, null, "26-329", [new("HB-HH-2600", 200), new("HB-PM-1102", 1000), new("HB-8040", 400)]), null),
        Pdf(Case("Q-040", "pdf-table", "de", "30102", "Bestellung 26-334", """
            Servus Frau Yilmaz,

            die Bestellung 26-334 hängt an. Bitte alles zusammen liefern.

            Alex Huber
            Trachten Huber e.K.
            """, "Q-040.pdf", "26-334", [new("HB-ZN-1400", 1440, null, D(1, 11)), new("HB-HH-2200", 200, 1.18m, D(1, 11)), new("HB-2210", 2000, null, D(1, 11))]),
            new OrderPdf()
                .Line("Trachten Huber e.K.", 50, 14, true)
                .Line("Ludwigstraße 5 · 83022 Rosenheim", 50, 9)
                .Line("")
                .Line("Bestellung Nr. 26-334 vom 05.12.2026", 50, 11, true)
                .Line("Gewünschter Liefertermin: 11.01.2027", 50, 9)
                .Line("")
                .Table([new PdfColumn("Art.-Nr.", 40, 80), new PdfColumn("Bezeichnung", 123, 190), new PdfColumn("Menge", 316, 50, true),
                    new PdfColumn("Einheit", 370, 40), new PdfColumn("Preis", 415, 55, true), new PdfColumn("Bemerkung", 475, 90)])
                .Row("HB-ZN-1400", "Zinnknopf 14mm Edelweiß", "10", "Gros", "", "")
                .Row("HB-HH-2200", "Hirschhornknopf 22mm 2-Loch natur", "200", "Stk", "1,18", "")
                .Row("HB-2210", "Metallknopf Öse 18mm altmessing", "2.000", "Stk", "", "für Janker")
                .Foot("Zahlung: 10 Tage 2 % Skonto")
                .Build()),
        (Case("Q-041", "free-text", "en", "30108", "Jeans buttons + rivets", """
            Hi Stefan,

            For our denim customer we need the copper jeans buttons (27L), 30,000 pieces, and black 4-hole polyester buttons in 28 line... no wait, sorry, it's the 18 line black ones, 20,000 pieces.

            Our reference is PO-NL-26-0933. We'd like them by 1 February 2027.

            Also - do you do copper rivets? If yes, send me a price for 50k, we're not ordering those yet.

            Kind regards,
            Sanne
            Van Dijk Textiel B.V.
            """, null, "PO-NL-26-0933", [new("HB-JN-27L-CU", 30000, null, D(2, 1)), new("HB-4H-18L-BLK", 20000, null, D(2, 1))]), null),
        (Case("Q-042", "text-en", "en", "10063", "Spot order 7702377 - snap buttons", """
            Hi Lea,

            Spot order outside the schedule, PO 7702377:

            1) HB-7710 stainless snap button 15 mm – 12,000 pcs
            2) HB-7711 black snap button 15 mm – 8,000 pcs @ EUR 0.15

            Required on site Göteborg: 2027-01-20.
            Please ship together with the next NSS-10442 delivery if possible.

            BR
            Erik
            """, null, "7702377", [new("HB-7710", 12000, null, D(1, 20)), new("HB-7711", 8000, 0.15m, D(1, 20))]), null),
        (Case("Q-043", "text-de", "de", "10042", "Bestellung 4500871255 – Musterbau", """
            Sehr geehrte Damen und Herren,

            für den Musterbau (Projekt E-Klasse Facelift) bestellen wir mit Bestellnummer 4500871255:

            - 12.000 Stk Kunststoff-Nietknopf 18 mm schwarz, HB-9106
            - 10.000 Stk HB-9105

            Anlieferung bitte bis spätestens 08.01.2027 an Werk Stuttgart, Gebäude 7, z. Hd. Hr. Keller.
            Preise gemäß Ihrer Preisliste.

            Mit freundlichen Grüßen
            i. A. Jonas Keller
            Autowerk Süd AG
            Einkauf Produktionsmaterial

            Autowerk Süd AG · Sitz Stuttgart · Amtsgericht Stuttgart HRB 99887
            Vorstand: Dr. M. Sommer (Vors.), K. Fink
            """, null, "4500871255", [new("HB-9106", 12000, null, D(1, 8)), new("HB-9105", 10000, null, D(1, 8))]), null),
        Pdf(Case("Q-044", "pdf-table", "en", "30105", "Purchase order MD-1225", """
            Bonjour,

            Please find attached our purchase order MD-1225 (bon de commande).

            Cordialement,
            Camille Dupont
            Maison Dupont SARL
            """, "Q-044.pdf", "MD-1225", [new("HB-2210", 1500, 0.26m, D(1, 15)), new("HB-HN-2507", 800, 0.54m, D(1, 15))]),
            new OrderPdf()
                .Line("MAISON DUPONT", 50, 15, true)
                .Line("12 Rue du Faubourg Saint-Honoré · 75008 Paris · TVA FR12345678901", 50, 8)
                .Line("")
                .Line("BON DE COMMANDE / PURCHASE ORDER  N° MD-1225", 50, 12, true)
                .Line("Date : 07/12/2026      Livraison / Delivery : 15/01/2027", 50, 9)
                .Line("")
                .Table([new PdfColumn("Réf. fournisseur", 40, 90), new PdfColumn("Désignation / Description", 133, 200),
                    new PdfColumn("Qté / Qty", 336, 60, true), new PdfColumn("P.U. € HT", 400, 65, true), new PdfColumn("Total € HT", 470, 90, true)])
                .Row("HB-2210", "Bouton métal œillet 18 mm laiton vieilli", "1 500", "0,26", "390,00")
                .Row("HB-HN-2507", "Bouton corne 25 mm brun foncé", "800", "0,54", "432,00")
                .Foot("Total HT : 822,00 €")
                .Foot("Merci d'indiquer le numéro de commande sur la facture.")
                .Build()),
        (Case("Q-045", "call-off", "de", "10057", "Lieferplan-Einteilung LP 5500017 / Januar", """
            Guten Tag,

            Lieferplan 5500017, Einteilung 2027-01, gemäß RV-2023-044:

            Material KH-TK-0311 (Tastenknopf chrom matt)
              fix:       4.000 ST   Liefertermin 12.01.2027
              fix:       4.000 ST   Liefertermin 26.01.2027
              Prognose:  8.000 ST   Februar 2027

            Material KH-BK-0200 (Bedienknopf weiß hochglanz)
              fix:       6.000 ST   Liefertermin 19.01.2027

            Fixe Einteilungen sind verbindlich, Prognosemengen zur Kapazitätsplanung.

            Mit freundlichen Grüßen
            Mika Brandt, Materialdisposition
            Hausgeräte Kessler GmbH
            """, null, "5500017", [new("HB-K311", 4000, null, D(1, 12)), new("HB-K311", 4000, null, D(1, 26)), new("HB-K200", 6000, null, D(1, 19))]), null),
        (Case("Q-046", "free-text", "de", "30101", "Knöpfe für die Trachtenjanker", """
            Liebe Frau Yilmaz,

            für unsere Trachtenjanker bräuchten wir die Metallknöpfe mit Öse in Altmessing, die großen mit 18 mm, insgesamt 2.500 Stück. Dazu die kleinen Altmessing-Knöpfe in 15 mm, 3.000 Stück.

            Liefertermin wäre der 20. Januar. Bestellnummer von uns: ML-2026-1231.

            Die Zinnknöpfe vom letzten Mal brauchen wir diesmal nicht.

            Herzliche Grüße
            Claudia Lindner
            """, null, "ML-2026-1231", [new("HB-2210", 2500, null, D(1, 20)), new("HB-MT-1512", 3000, null, D(1, 20))]), null),
        (Case("Q-047", "text-en", "en", "30104", "Order - BW-40488", """
            Morning Stefan,

            Could you please process PO BW-40488:

            Item                                   Qty     Del.
            HB-HH-2200 staghorn 22mm natural        500    18/01/27
            HB-HH-1800 staghorn 18mm natural        500    18/01/27
            HB-ZN-1400 pewter edelweiss             400    01/02/27

            We had 200 of the HB-HH-2200 on backorder from BW-40417 - please cancel that backorder, this PO replaces it.

            Many thanks
            Oliver Grant
            Brightwear Ltd
            """, null, "BW-40488", [new("HB-HH-2200", 500, null, D(1, 18)), new("HB-HH-1800", 500, null, D(1, 18)), new("HB-ZN-1400", 400, null, D(2, 1))]), null),
        (Case("Q-048", "text-de", "de", "30106", "Bestellung 2026-4533", """
            Hallo Frau Yilmaz,

            bitte notieren Sie unsere Bestellung 2026-4533:

            HB-KJ-12        10 VE à 500 Stk
            HB-R15          5.000 Stk
            HB-2031         1.000 Stk

            Liefertermin KW 3/2027.
            Die Preise bitte wie im letzten Auftrag (2026-4471).

            Freundliche Grüße
            Petra Schmidt
            """, null, "2026-4533", [new("HB-KJ-12", 5000, null, D(1, 18)), new("HB-R15", 5000, null, D(1, 18)), new("HB-2031", 1000, null, D(1, 18))]), null),
        Pdf(Case("Q-049", "pdf-table", "de", "30103", "Bestellung Atelier Rosalie", """
            Hallo ihr,

            diesmal als PDF aus meinem neuen Rechnungsprogramm :)

            LG Rosalie
            """, "Q-049.pdf", "AR-2026-017", [new("HB-HN-2007", 500, 0.42m, D(1, 4)), new("HB-HH-1800", 100, 0.92m, D(1, 4)), new("HB-MS-01", 1, 9.50m, D(1, 4))]),
            new OrderPdf()
                .Line("Atelier Rosalie", 50, 16, true)
                .Line("Maßschneiderei · Kastanienallee 77 · 10435 Berlin", 50, 9)
                .Line("")
                .Line("Bestellung AR-2026-017", 50, 12, true)
                .Line("Datum: 07.12.2026", 50, 9)
                .Line("Lieferung bis: 04.01.2027", 50, 9)
                .Line("")
                .Table([new PdfColumn("Nr.", 40, 25), new PdfColumn("Artikel", 68, 220), new PdfColumn("Anzahl", 292, 50, true),
                    new PdfColumn("Einzelpreis", 350, 70, true), new PdfColumn("Summe", 430, 70, true)])
                .Row("1", "Hornknopf 20 mm, 4-Loch, dunkelbraun (HB-HN-2007)", "500", "0,42 €", "210,00 €")
                .Row("2", "Hirschhornknopf 18 mm natur (HB-HH-1800)", "100", "0,92 €", "92,00 €")
                .Row("3", "Mustersortiment Hemdenknöpfe (HB-MS-01)", "1", "9,50 €", "9,50 €")
                .Foot("Gesamt: 311,50 € zzgl. MwSt.")
                .Foot("Kleinunternehmerin – bitte an die Adresse oben liefern.")
                .Build()),
        (Case("Q-050", "text-en", "en", "30105", "urgent - order MD-1231", """
            Stefan bonjour,

            Urgent order MD-1231 please:

            HB-6020 corozo natural 20mm .......... 1 200 pcs
            HB-SH-24L-GLD ....................... 600 pcs

            We need it latest 18 December, our atelier closes after that.

            Also I attach nothing, sorry, the PDF did not work – this email is the order.

            Merci !
            Camille
            """, null, "MD-1231", [new("HB-6020", 1200, null, D(12, 18, 2026)), new("HB-SH-24L-GLD", 600, null, D(12, 18, 2026))]), null),
        (Case("Q-051", "free-text", "de", "20011", "Ware für Kunden Schneiderei Petersen", """
            Hallo Frau Yilmaz,

            für einen unserer Kunden brauchen wir kurzfristig weiße Polyesterknöpfe mit zwei Löchern, 13 mm, 10.000 Stück, und die roten 4-Loch-Knöpfe in 20 mm, 500 Stück.

            Bitte direkt an uns nach Hamburg, Liefertermin 16.12.2026. Bestellnummer B-118479.

            Die schwarzen 15er bestellen wir nächste Woche separat über den Rahmenvertrag.

            Danke und Gruß
            Thomas Faden
            Knopf & Faden Großhandel KG
            """, null, "B-118479", [new("HB-1002", 10000, null, D(12, 16, 2026)), new("HB-4720-R", 500, null, D(12, 16, 2026))]), null),
        (Case("Q-052", "text-de", "de", "30107", "Bestellung SB-0955 / dringend", """
            Hallo,

            Bestellung SB-0955

            Pos 1  HB-4H-28L-WHT   15.000 Stk   Preis 48,00 €/Tsd.
            Pos 2  HB-2H-20L-NAV    5.000 Stk
            Pos 3  HB-6020            ~~500 Stk~~  entfällt

            Termin: 22.12.2026 - bitte unbedingt einhalten, sonst steht die Konfektion.

            Jan Becker
            Strickwaren Becker GmbH · Tel. 07471 1234-0
            buchhaltung@strickwaren-becker.de
            """, null, "SB-0955", [new("HB-4H-28L-WHT", 15000, 0.048m, D(12, 22, 2026)), new("HB-2H-20L-NAV", 5000, null, D(12, 22, 2026))]), null),
        Pdf(Case("Q-053", "pdf-table", "de", "30106", "Bestellung 2026-4540 Kochbekleidung", """
            Guten Tag,

            anbei Bestellung 2026-4540. Die Positionen haben unterschiedliche Termine, bitte beachten.

            Mit freundlichen Grüßen
            Petra Schmidt
            Uniform Partner Schmidt GmbH
            """, "Q-053.pdf", "2026-4540", [new("HB-KJ-12", 6000, 0.22m, D(1, 11)), new("HB-1010", 20000, null, D(1, 25)), new("HB-3305", 5000, 0.12m, D(2, 8))]),
            new OrderPdf()
                .Line("Uniform Partner Schmidt GmbH", 50, 13, true)
                .Line("Berufsbekleidung · Industriering 9 · 41065 Mönchengladbach", 50, 9)
                .Line("")
                .Line("Bestellung 2026-4540", 50, 12, true)
                .Line("Bestelldatum 07.12.2026   Kunden-Nr. bei Ihnen 30106   Lieferbedingung frei Haus", 50, 9)
                .Line("")
                .Table([new PdfColumn("Pos", 40, 25), new PdfColumn("Artikel", 68, 85), new PdfColumn("Bezeichnung", 156, 170),
                    new PdfColumn("Menge", 330, 55, true), new PdfColumn("EK/Stk", 390, 50, true), new PdfColumn("Termin", 447, 55),
                    new PdfColumn("Kst.", 507, 50)])
                .Row("1", "HB-KJ-12", "Kochjackenknopf abnehmbar weiß", "6.000", "0,22", "KW 02/27", "420")
                .Row("2", "HB-1010", "Hemdknopf 11mm 4-Loch weiß", "20.000", "", "KW 04/27", "420")
                .Row("3", "HB-3305", "Druckknopf Messing vern. 12mm", "5.000", "0,12", "KW 06/27", "430")
                .Foot("Bitte Kostenstelle auf dem Lieferschein angeben.")
                .Build()),
        (Case("Q-054", "call-off", "en", "10063", "Schedule release DS-2027-02 (replaces DS-2027-01)", """
            Dear Lea,

            Updated schedule release DS-2027-02 under FA-2025-003. This replaces DS-2027-01 in full.

            NSS-10442 rivet button 15mm black
              week 2 / 2027   firm     25,000
              week 4 / 2027   firm     20,000
              week 7 / 2027   forecast 20,000
            NSS-10443 rivet button 18mm black
              week 3 / 2027   firm     15,000

            Please confirm by return.

            Regards,
            Erik Lindqvist
            Nordic Seating Systems AB
            """, null, "DS-2027-02", [new("HB-9105", 25000, null, D(1, 11)), new("HB-9105", 20000, null, D(1, 25)), new("HB-9106", 15000, null, D(1, 18))]), null),
        (Case("Q-055", "text-en", "en", "30108", "New order PO-NL-26-0941", """
            Hello Stefan,

            New order PO-NL-26-0941, delivery KW 5:

            - HB-4H-28L-WHT: 4 cartons x 5,000 pcs
            - HB-JN-27L-CU: 10,000 pcs

            Prices as agreed. Invoice to accounts@vandijk-textiel.nl please, not to me.

            Groeten,
            Sanne van Dijk
            """, null, "PO-NL-26-0941", [new("HB-4H-28L-WHT", 20000, null, D(2, 1)), new("HB-JN-27L-CU", 10000, null, D(2, 1))]), null),
        Pdf(Case("Q-056", "pdf-table", "de", "10042", "Bestellung 4500871290", """
            Sehr geehrte Damen und Herren,

            im Anhang die Bestellung 4500871290.

            Mit freundlichen Grüßen
            Dr. Anna Weber
            Autowerk Süd AG
            """, "Q-056.pdf", "4500871290", [new("HB-9001", 50000, 0.074m, D(2, 15)), new("HB-3305", 4000, null, D(2, 15))]),
            new OrderPdf()
                .Line("Autowerk Süd AG", 50, 14, true)
                .Line("Einkauf · Industriestraße 12 · 70565 Stuttgart", 50, 9)
                .Line("")
                .Line("Bestellung 4500871290", 50, 12, true)
                .Line("Lieferant 700412   Datum 07.12.2026   Zahlungsbedingung: 60 Tage netto", 50, 9)
                .Line("")
                .Table([new PdfColumn("Pos", 40, 30), new PdfColumn("Sachnummer", 72, 80), new PdfColumn("Ihre Nr.", 155, 70),
                    new PdfColumn("Text", 228, 130), new PdfColumn("Menge", 360, 55, true), new PdfColumn("Preis/1000", 420, 60, true),
                    new PdfColumn("Termin", 485, 75)])
                .Row("00010", "73-4410-200", "", "Knopf PA 20mm grau", "50.000", "74,00", "15.02.2027")
                .Row("00020", "73-5520-012", "HB-3305", "Druckknopf vern. 12", "4.000", "", "15.02.2027")
                .Foot("Lieferung frei Werk Stuttgart, Tor 3. Bitte Bestell- und Sachnummer auf dem Lieferschein.")
                .Build()),
        (Case("Q-057", "free-text", "de", "30103", "Hochzeitskleid – Knöpfe", """
            Hallo Frau Yilmaz,

            ich nähe gerade ein Hochzeitskleid und brauche dafür die kleinen weißen Perlmuttknöpfe (11 mm), 500 Stück. Außerdem für den Anzug des Bräutigams 150 Hirschhornknöpfe in 22 mm.

            Die Hochzeit ist am 30. Januar, ich bräuchte die Knöpfe also spätestens am 8. Januar.

            Vielen Dank!
            Rosalie Marx
            Atelier Rosalie
            """, null, null, [new("HB-PM-1102", 500, null, D(1, 8)), new("HB-HH-2200", 150, null, D(1, 8))]), null),
        (Case("Q-058", "text-de", "de", "30103", "Re: Ihre Auftragsbestätigung 2026-0877", """
            Hallo Herr Roth,

            danke für die AB. Bitte noch dazu bestellen (neue Bestellung, meine Nr. AR-2026-019):

            HB-HN-2507   300 Stück
            HB-6025-DB   500 Stück

            Lieferung zusammen mit der anderen Sendung wäre super.

            Liebe Grüße
            Rosalie

            Am 04.12.2026 schrieb Stefan Roth:
            > Auftragsbestätigung 2026-0877: HB-6020 500 Stk, Liefertermin 18.12.2026
            """, null, "AR-2026-019", [new("HB-HN-2507", 300), new("HB-6025-DB", 500)]), null),
        Pdf(Case("Q-059", "pdf-table", "de", "20011", "Bestellung B-118488", """
            Moin Frau Yilmaz,

            anbei B-118488, bitte um AB.

            Gruß
            Thomas Faden
            """, "Q-059.pdf", "B-118488", [new("HB-1001", 50000, null, D(1, 11)), new("HB-1003", 20000, null, D(1, 11)), new("HB-5511", 5000, null, D(1, 11)), new("HB-2215", 2000, null, D(1, 11))]),
            new OrderPdf()
                .Line("Knopf & Faden Großhandel KG", 50, 13, true)
                .Line("Hanseatenweg 21 · 22113 Hamburg", 50, 8)
                .Line("")
                .Line("Bestellung B-118488", 50, 12, true)
                .Line("Bestelldatum: 07.12.2026          Liefertermin: 11.01.2027", 50, 9)
                .Line("")
                .Table([new PdfColumn("Unsere Art.", 40, 75), new PdfColumn("Ihre Art.", 118, 75), new PdfColumn("Text", 196, 170),
                    new PdfColumn("Menge", 370, 55, true), new PdfColumn("Einh.", 430, 35), new PdfColumn("Lager", 470, 60)])
                .Row("KF-200-11W", "HB-1001", "Polyesterknopf 2L 11mm weiß", "50", "Tsd.", "HH-01")
                .Row("KF-200-15W", "HB-1003", "Polyesterknopf 4L 15mm weiß", "20", "Tsd.", "HH-01")
                .Row("KF-510-15B", "HB-5511", "Knopf Hornoptik 15mm braun", "5.000", "Stk", "HH-03")
                .Row("KF-610-15G", "HB-2215", "Ärmelknopf Metall 15mm gold", "2.000", "Stk", "HH-03")
                .Foot("Preise gemäß Rahmenvertrag RV-2022-009 bzw. Ihrer Händlerpreisliste.")
                .Build()),
        (Case("Q-060", "text-en", "en", "30105", "Order MD-1240 + question", """
            Hello Stefan,

            Two things:

            1. Order MD-1240: 1 000 x HB-HH-2200 and 500 x HB-HN-2007, delivery 25/01/2027.
            2. Question: do you have the horn buttons also in 32 mm? I think you had them before (HB-HN-3207?). If yes please send an offer for 300.

            Thank you and have a nice week,
            Camille Dupont
            Maison Dupont SARL
            """, null, "MD-1240", [new("HB-HH-2200", 1000, null, D(1, 25)), new("HB-HN-2007", 500, null, D(1, 25))]), null),
    ];

    private static (OrderCase Case, byte[]? Pdf) Pdf(OrderCase order, byte[] pdf) => (order, pdf);

    private static DateOnly D(int month, int day, int year = 2027) => new(year, month, day);

    private static OrderCase Case(string id, string format, string language, string customer, string subject, string body, string? pdfName,
        string? poNumber, IEnumerable<ExpectedLine> lines) =>
        new(id, format, language, customer, subject, body, pdfName, new DateOnly(2026, 12, 7), new ExpectedOrder(poNumber, lines.ToList()));
}
