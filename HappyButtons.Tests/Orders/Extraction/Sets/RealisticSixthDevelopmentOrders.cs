namespace HappyButtons.Tests.Orders.Extraction.Sets;

/// <summary>Sixty purchase orders written by hand in the style of real ones, blind (filled in by its author).</summary>
public static class RealisticSixthDevelopmentOrders
{
    public static IReadOnlyList<(OrderCase Case, byte[]? Pdf)> Generate() =>
    [
        (Case("U-401", "text-de", "de", "30102", "Bestellung Knöpfe", """
            Servus Herr Roth,

            für die Wintersaison bräuchten wir wieder:

            - 300 Stk HB-HH-2200 Hirschhorn 22 mm
            - 400 Stk HB-ZN-1400 Zinn Edelweiß
            - 1.000 Stk HB-HN-2007 Horn 20 mm dunkelbraun

            Unsere Bestellnummer: TH-2026-118
            Lieferung bitte bis 18.12., wir haben am 19. unseren Weihnachtsmarkt.

            Pfiat Eahna
            Alex Huber
            Trachten Huber e.K. · Ludwigstraße 5 · 83022 Rosenheim · Tel. 08031 / 3 42 19
            """, null, "TH-2026-118",
            [Line("HB-HH-2200", 300, null, On(2026, 12, 18)), Line("HB-ZN-1400", 400, null, On(2026, 12, 18)), Line("HB-HN-2007", 1000, null, On(2026, 12, 18))]), null),

        (Case("U-402", "text-de", "de", "30101", "Bestellung 4500123987", """
            Modehaus Lindner GmbH - Einkauf
            Maximilianstraße 30, 80539 München

            BESTELLUNG Nr. 4500123987        Datum: 07.12.2026
            Lieferant: 70021 Happy Buttons GmbH
            Liefertermin: 15.01.2027

            Pos  Art.-Nr.      Bezeichnung                         Menge   ME   Preis/ME
            010  HB-HN-2007    Hornknopf 20 mm dunkelbraun        2.000   Stk  0,3850
            020  HB-MT-1512    Metallknopf 15 mm altmessing       3.000   Stk  0,2140
            030  HB-2220       Blazerknopf Metall 20 mm gold      2.500   Stk  0,3100

            Gesamtwert netto: 2.187,00 EUR
            zzgl. 19 % MwSt.:   415,53 EUR

            Bitte Auftragsbestätigung an einkauf@modehaus-lindner.de.
            Es gelten unsere Allgemeinen Einkaufsbedingungen.
            """, null, "4500123987",
            [Line("HB-HN-2007", 2000, 0.385m, On(2027, 1, 15)), Line("HB-MT-1512", 3000, 0.214m, On(2027, 1, 15)), Line("HB-2220", 2500, 0.31m, On(2027, 1, 15))]), null),

        (Case("U-403", "text-de", "de", "30106", "AW: Ihr Angebot AN-26-1177", """
            Guten Tag Herr Roth,

            vielen Dank für das Angebot. Wir bestellen hiermit Pos. 1 und 2 wie angeboten:

            Pos. 1: 1.500 Stk HB-2030 Blazerknopf marine 20 mm
            Pos. 2: 3.000 Stk HB-2031 Ärmelknopf marine 15 mm

            Pos. 3 (die goldenen Metallknöpfe) benötigen wir derzeit nicht.
            Unsere Bestell-Nr.: US-88412

            Mit freundlichen Grüßen
            Petra Schmidt
            Uniform Partner Schmidt GmbH, Industriering 9, 41065 Mönchengladbach
            Tel. +49 2161 55 70-12

            -----Ursprüngliche Nachricht-----
            Von: Stefan Roth <s.roth@happybuttons.de>
            Gesendet: Donnerstag, 3. Dezember 2026 10:14
            Betreff: Ihr Angebot AN-26-1177

            Pos. 1  HB-2030  Blazerknopf Kunststoff 20 mm, marine   1.500 Stk   0,19 EUR
            Pos. 2  HB-2031  Ärmelknopf Kunststoff 15 mm, marine    3.000 Stk   0,14 EUR
            Pos. 3  HB-2220  Blazerknopf Metall 20 mm, gold         1.000 Stk   0,34 EUR
            """, null, "US-88412",
            [Line("HB-2030", 1500, 0.19m), Line("HB-2031", 3000, 0.14m)]), null),

        (Case("U-404", "text-de", "de", "30107", "Bestellung Hornoptik", """
            Hallo zusammen,

            bitte liefern Sie uns in KW 2:

            10 Gros HB-5510 (Hornoptik 23 mm braun)
            15 Gros HB-5511 (Hornoptik 15 mm braun)

            Frage nebenbei: Haben Sie die Holzknebel 40 mm natur aktuell am Lager? Dann würden wir im
            Januar evtl. 500 Stück nehmen, bitte erst mal nur Bescheid geben.

            Gruß
            Jan Becker
            Strickwaren Becker GmbH · Wollweg 3 · 72379 Hechingen
            """, null, null,
            [Line("HB-5510", 1440, null, On(2027, 1, 11)), Line("HB-5511", 2160, null, On(2027, 1, 11))]), null),

        (Case("U-405", "text-de", "de", "30103", "kleine Bestellung", """
            Liebes Happy-Buttons-Team,

            ich hätte gern:
            2x Mustersortiment Hemdenknöpfe (HB-MS-01)
            1x Sortimentskasten Basic HB-SK-25
            500 Perlmuttknöpfe HB-PM-1102

            Rechnung bitte wie immer an Atelier Rosalie, Kastanienallee 77, 10435 Berlin.
            Danke und liebe Grüße
            Rosalie
            """, null, null,
            [Line("HB-MS-01", 2), Line("HB-SK-25", 1), Line("HB-PM-1102", 500)]), null),

        (Case("U-406", "text-de", "de", "20011", "Bestellung B-2026-4471", """
            Sehr geehrte Damen und Herren,

            anbei unsere Bestellung B-2026-4471, Lieferanschrift Hanseatenweg 21, 22113 Hamburg, Rampe 3.

            Pos | Unsere Art.-Nr. | Ihre Art.-Nr. | Menge      | EP EUR  | Gesamt EUR
            1   | KF-100-15S      | HB-4711       | 60.000 Stk | 0,0360  | 2.160,00
            2   | KF-SK-25        | HB-SK-25      | 12 Stk     | 21,50   | 258,00
            3   | KF-HK-11W       | HB-1010       | 20.000 Stk | 0,0300  | 600,00
            4   | KF-HK-11B       | HB-1011       | storniert, siehe Mail vom 01.12.

            Summe netto 3.018,00 EUR, MwSt. 19 % 573,42 EUR, Summe brutto 3.591,42 EUR

            Mit freundlichen Grüßen
            Dipl.-Ing. Thomas Faden
            Knopf & Faden Großhandel KG · Amtsgericht Hamburg HRA 11832
            """, null, "B-2026-4471",
            [Line("HB-4711", 60000, 0.036m), Line("HB-SK-25", 12, 21.5m), Line("HB-1010", 20000, 0.03m)]), null),

        (Case("U-407", "text-de", "de", "10057", "Bestellung 4700033121 Drehknöpfe anthrazit", """
            Liebe Kolleginnen und Kollegen,

            für die Musterserie der neuen Herdreihe bestellen wir außerhalb des Rahmenvertrags:

            Artikel: HB-K400 Drehknopf anthrazit
            Menge: 2.000 Stück
            Preis: 0,95 EUR/Stk laut Preisliste
            Liefertermin: 2027-01-20

            Bestellnummer 4700033121 bitte auf Lieferschein und Rechnung angeben.

            Mit freundlichen Grüßen
            Mika Brandt
            Hausgeräte Kessler GmbH – Strategischer Einkauf
            Am Gewerbepark 4, 33330 Gütersloh, Tel. 05241 9088-231
            """, null, "4700033121",
            [Line("HB-K400", 2000, 0.95m, On(2027, 1, 20))]), null),

        (Case("U-408", "text-de", "de", "30101", "WG: Hirschhornknöpfe für Trachtenlinie", """
            Hallo Herr Roth,

            anbei die Bestellung meiner Kollegin. Korrektur: HB-HH-2600 bitte nur 100 Stück statt 150, der Rest wie unten.

            Viele Grüße
            Claudia Lindner

            ---------- Weitergeleitete Nachricht ----------
            Von: Miriam Sommer <m.sommer@modehaus-lindner.de>
            Datum: Fr., 4. Dez. 2026 um 16:02
            Betreff: Hirschhornknöpfe für Trachtenlinie
            An: Claudia Lindner <claudia@modehaus-lindner.de>

            Claudia, kannst du das bitte bei Happy Buttons bestellen:
            HB-HH-1800 Hirschhorn 18 mm – 200 Stk
            HB-HH-2600 Hirschhorn 26 mm Öse – 150 Stk
            Danke! Miriam
            """, null, null,
            [Line("HB-HH-1800", 200), Line("HB-HH-2600", 100)]), null),

        (Case("U-409", "text-de", "de", "30102", "Nachbestellung", """
            Grüß Gott,

            wir bestellen zu Ihren Listenpreisen:

            HB-1003   Polyesterknopf 4-Loch 15 mm weiß      10 Tsd.   38,00 EUR je 1000 Stk
            HB-4H-18L-BLK  Polyesterknopf 18L schwarz       25 Tsd.   29,00 EUR je 1000 Stk

            Versand bitte mit DHL, Kd.-Nr. bei Ihnen 30102.

            Mit freundlichen Grüßen
            Alex Huber
            """, null, null,
            [Line("HB-1003", 10000, 0.038m), Line("HB-4H-18L-BLK", 25000, 0.029m)]), null),

        (Case("U-410", "text-de", "de", "30106", "Bestellung UPS-2026-1207-01", """
            Sehr geehrte Damen und Herren,

            Bestellung Nr. UPS-2026-1207-01
            Wunschtermin: 22. Dezember 2026

            4 VE à 500 Stk   HB-KJ-12   Kochjackenknopf abnehmbar mit Splint, weiß
            3 Kartons à 1.000 Stk   HB-7710   Druckknopf Edelstahl 15 mm

            Bitte Teillieferungen vorher abstimmen (Tel. 02161 55 70-0, Zentrale).

            Freundliche Grüße
            Petra Schmidt
            Einkauf / Beschaffung
            """, null, "UPS-2026-1207-01",
            [Line("HB-KJ-12", 2000, null, On(2026, 12, 22)), Line("HB-7710", 3000, null, On(2026, 12, 22))]), null),

        (Case("U-411", "text-de", "de", "30107", "Bestellung BE-45981", """
            STRICKWAREN BECKER GMBH                    Bestellung BE-45981
            Wollweg 3, 72379 Hechingen                 Lieferantennr.: 700431
            Tel. 07471 93 22-0, Fax -29                Datum: 07.12.2026

            -------------------------------------------------------------------
            Artikel          Menge     Einheit   Termin
            -------------------------------------------------------------------
            HB-R15            5000     Stk       11.01.2027
            HB-4H-36L-GRY     4000     Stk       11.01.2027
            HB-6020           1000     Stk       25.01.2027
            -------------------------------------------------------------------

            Lieferung frei Haus. Bei Rückfragen: Jan Becker, Durchwahl -14.
            """, null, "BE-45981",
            [Line("HB-R15", 5000, null, On(2027, 1, 11)), Line("HB-4H-36L-GRY", 4000, null, On(2027, 1, 11)), Line("HB-6020", 1000, null, On(2027, 1, 25))]), null),

        (Case("U-412", "text-de", "de", "30101", "Bestellung LI-26-0912 – wie besprochen", """
            Hallo Herr Roth,

            wie heute Morgen telefonisch besprochen, bestellen wir unter LI-26-0912:

            1.500 Stk HB-HN-2507 (Horn 25 mm dunkelbraun) zu Ihrem Preis von 0,492 €

            Zur Info für Ihre Planung: Für Februar rechnen wir mit ca. 3.000 Stk HB-2220, das ist
            nur eine Vorschau und keine Bestellung, die kommt separat.

            Beste Grüße aus München
            Claudia Lindner
            """, null, "LI-26-0912",
            [Line("HB-HN-2507", 1500, 0.492m)]), null),

        (Case("U-413", "text-en", "en", "30104", "PO BW-PO-7719", """
            Hi Stefan,

            Please find our order below — PO BW-PO-7719.

            • HB-2211 silver shank 18mm x 2,000 pcs
            • HB-2215 gold sleeve 15mm x 3,000 pcs
            • HB-SH-24L-GLD crest buttons x 1,000 pcs at EUR 0.29

            We need everything in London by 15 January 2027 at the latest.

            Kind regards,
            Oliver Grant
            Head of Sourcing | Brightwear Ltd | 14 Savile Row, London W1S 3PJ | +44 20 7946 0321
            This e-mail and any attachments are confidential and intended solely for the addressee.
            """, null, "BW-PO-7719",
            [Line("HB-2211", 2000, null, On(2027, 1, 15)), Line("HB-2215", 3000, null, On(2027, 1, 15)), Line("HB-SH-24L-GLD", 1000, 0.29m, On(2027, 1, 15))]), null),

        (Case("U-414", "text-en", "en", "30108", "Order VD-2026-331", """
            Dear Stefan,

            Please supply:

            | Item           | Qty    | Unit price |
            |----------------|--------|------------|
            | HB-4H-28L-WHT  | 10,000 | 0.048      |
            | HB-2H-20L-NAV  | 15,000 | 0.034      |
            | HB-JN-27L-CU   | 6,000  | 0.095      |

            Our order number: VD-2026-331. Delivery to Textielstraat 15, 7511 Enschede.

            Met vriendelijke groet / Kind regards
            Sanne van Dijk
            Van Dijk Textiel B.V. | T +31 53 430 22 10
            """, null, "VD-2026-331",
            [Line("HB-4H-28L-WHT", 10000, 0.048m), Line("HB-2H-20L-NAV", 15000, 0.034m), Line("HB-JN-27L-CU", 6000, 0.095m)]), null),

        (Case("U-415", "text-en", "en", "30105", "Order MD-1207", """
            Hello,

            We would like to order for our atelier:

            HB-PM-1102 mother of pearl 11 mm — 1.000 pcs
            HB-HH-2200 staghorn 22 mm — 200 pcs

            Our reference: MD-1207.
            Best regards,
            Camille Dupont
            Maison Dupont SARL
            12 Rue du Faubourg Saint-Honoré, 75008 Paris
            """, null, "MD-1207",
            [Line("HB-PM-1102", 1000), Line("HB-HH-2200", 200)]), null),

        (Case("U-416", "text-en", "en", "30104", "RE: Horn-look buttons quote", """
            Stefan,

            Thanks — go ahead with 5k of HB-5511 and 2.5k of HB-5510, both at the prices you quoted.
            PO to follow? No: please take this mail as the PO, ref. BW-PO-7731.

            Cheers,
            Oliver

            > From: Stefan Roth
            > Sent: 4 December 2026
            > Subject: Horn-look buttons quote
            >
            > HB-5510  Horn-look 23 mm brown   EUR 0.16 / pc  (MOQ 1,000)
            > HB-5511  Horn-look 15 mm brown   EUR 0.11 / pc  (MOQ 1,000)
            > HB-6020  Corozo 20 mm natural    EUR 0.31 / pc  (MOQ 500)
            """, null, "BW-PO-7731",
            [Line("HB-5511", 5000, 0.11m), Line("HB-5510", 2500, 0.16m)]), null),

        (Case("U-417", "text-en", "en", "30108", "PURCHASE ORDER 45000871", """
            VAN DIJK TEXTIEL B.V.                         PURCHASE ORDER NO. 45000871
            Textielstraat 15, NL-7511 Enschede            Date: 07-12-2026
            VAT NL123456789B01                            Vendor no.: 100388

            ITEM  MATERIAL     DESCRIPTION                      QTY      UOM  NET PRICE  PER
            00010 HB-1001      POLY BUTTON 2H 11MM WHITE        50,000   PC   28.00      1,000
            00020 HB-1002      POLY BUTTON 2H 13MM WHITE        30,000   PC   32.00      1,000

            Delivery date: 2027-01-08
            Incoterms: DAP Enschede
            Total net value: EUR 2,360.00

            Please confirm within 48 hours quoting our PO number.
            """, null, "45000871",
            [Line("HB-1001", 50000, 0.028m, On(2027, 1, 8)), Line("HB-1002", 30000, 0.032m, On(2027, 1, 8))]), null),

        (Case("U-418", "text-en", "en", "30104", "FW: revised button list", """
            Hi Stefan,

            Forwarding our designer's final list. Please drop the navy ones from my earlier mail, we are
            going with gold metal throughout. So the order is:

            HB-2220 gold blazer 20mm – 1,200 pcs
            HB-2215 gold sleeve 15mm – 2,000 pcs

            PO BW-PO-7740.

            Thanks, Oliver

            ---------- Forwarded message ---------
            From: Oliver Grant <o.grant@brightwear.co.uk>
            Date: Wed, 2 Dec 2026
            To: Stefan Roth

            Preliminary list:
            > 1,000 x HB-2030 navy blazer 20mm
            > 2,000 x HB-2031 navy sleeve 15mm
            """, null, "BW-PO-7740",
            [Line("HB-2220", 1200), Line("HB-2215", 2000)]), null),

        (Case("U-419", "text-en", "en", "30105", "Commande / order staghorn + pewter", """
            Bonjour Stefan,

            Please send us:
              3 gross HB-HH-1800 (staghorn 18 mm)
              2 gross HB-ZN-1400 (pewter edelweiss 14 mm)

            Delivery week 51 please, to our Paris address.

            Merci beaucoup,
            Camille
            """, null, null,
            [Line("HB-HH-1800", 432, null, On(2026, 12, 14)), Line("HB-ZN-1400", 288, null, On(2026, 12, 14))]), null),

        (Case("U-420", "text-en", "en", "30108", "shirt buttons", """
            Hi Stefan, please book 20,000 x HB-1010 and 20,000 x HB-1011 at your list price (0.030 each). Our ref: PO 88213. Thanks, Sanne

            Sent from my iPhone
            """, null, "88213",
            [Line("HB-1010", 20000, 0.03m), Line("HB-1011", 20000, 0.03m)]), null),

        (Case("U-421", "text-en", "en", "10063", "Order NSS-PO-26-1190 – samples for design studio", """
            Dear Stefan,

            For our new design studio in Göteborg we would like to order, outside the framework agreement:

            3 pcs  HB-MS-01  Sample assortment shirt buttons
            2 pcs  HB-SK-25  Button assortment box Basic

            Order number NSS-PO-26-1190. Please invoice to Nordic Seating Systems AB, Fabriksgatan 8, 41250 Göteborg.

            Best regards,
            Erik Lindqvist
            Purchasing Manager, Nordic Seating Systems AB
            Phone +46 31 70 44 100
            """, null, "NSS-PO-26-1190",
            [Line("HB-MS-01", 3), Line("HB-SK-25", 2)]), null),

        (Case("U-422", "text-en", "en", "30104", "Press studs order BW-PO-7752", """
            Hello Happy Buttons team,

            Order BW-PO-7752

            Article	Description	Qty	Unit price	Amount
            HB-3305	Press stud brass nickel 12mm	5,000	0.12	600.00
            HB-7711	Press stud 15mm black	4,000	0.15	600.00
            HB-7710	Press stud stainless 15mm	2,000	0.18	360.00
            		Subtotal		1,560.00
            		VAT 0% (reverse charge)		0.00
            		Total EUR		1,560.00

            Ship via UPS Standard, account 7Y4-221.

            Regards,
            Oliver Grant
            """, null, "BW-PO-7752",
            [Line("HB-3305", 5000, 0.12m), Line("HB-7711", 4000, 0.15m), Line("HB-7710", 2000, 0.18m)]), null),

        (Case("U-423", "text-en", "en", "30105", "Order corozo & toggles", """
            Dear Sir or Madam,

            Kindly deliver before Christmas, at the latest 18/12/2026:

            HB-6025-DB  corozo 25mm dark brown   1 500 pcs
            HB-8040     wooden toggle 40mm       400 pcs

            Our order number is BC-26-0451.

            Yours faithfully,
            Camille Dupont
            Maison Dupont SARL – Tél. +33 1 42 65 18 90
            """, null, "BC-26-0451",
            [Line("HB-6025-DB", 1500, null, On(2026, 12, 18)), Line("HB-8040", 400, null, On(2026, 12, 18))]), null),

        (Case("U-424", "text-en", "en", "30108", "Order VD-2026-340 + question", """
            Hi Stefan,

            Order VD-2026-340:
            1) HB-4720-R red 20mm 4-hole – 300 pcs
            2) HB-4H-18L-BLK – 40,000 pcs

            Question: do you also have the 20mm 4-hole in green? If so, please send me a quote for 2,000 pcs.

            Thanks,
            Sanne
            """, null, "VD-2026-340",
            [Line("HB-4720-R", 300), Line("HB-4H-18L-BLK", 40000)]), null),

        (Case("U-425", "pdf-table", "de", "30101", "Bestellung 4500124410", """
            Sehr geehrte Damen und Herren,

            anbei erhalten Sie unsere Bestellung 4500124410 als PDF.

            Mit freundlichen Grüßen
            Modehaus Lindner GmbH – Einkauf
            """, "U-425.pdf", "4500124410",
            [Line("HB-2220", 3000, 0.31m, On(2027, 1, 14)), Line("HB-HN-2507", 1000, 0.492m, On(2027, 1, 14))]),
            new OrderPdf()
                .Line("Modehaus Lindner GmbH", size: 14, bold: true)
                .Line("Maximilianstraße 30 · 80539 München · USt-IdNr. DE814455667", size: 8)
                .Line("")
                .Line("Happy Buttons GmbH, Einkauf Knöpfe, München")
                .Line("")
                .Line("Bestellung 4500124410", size: 12, bold: true)
                .Line("Bestelldatum 07.12.2026    Lieferantennummer 70021    Sachbearbeiterin C. Lindner")
                .Table([
                    new PdfColumn("Pos", 50, 25), new PdfColumn("Material", 78, 62), new PdfColumn("Bezeichnung", 142, 140),
                    new PdfColumn("Menge", 285, 40, true), new PdfColumn("ME", 330, 20), new PdfColumn("Preis", 352, 35, true),
                    new PdfColumn("per", 392, 22, true), new PdfColumn("Liefertermin", 422, 70), new PdfColumn("Wert EUR", 495, 55, true),
                ])
                .Row("10", "HB-2220", "Blazerknopf Metall 20 mm, gold", "3.000", "ST", "31,00", "100", "14.01.2027", "930,00")
                .Row("20", "HB-HN-2507", "Hornknopf 25 mm, 4-Loch, dunkelbraun 07", "1.000", "ST", "49,20", "100", "14.01.2027", "492,00")
                .Foot("Gesamtnettowert: 1.422,00 EUR")
                .Foot("Bitte geben Sie bei allen Rückfragen die Bestellnummer an.")
                .Build()),

        (Case("U-426", "pdf-table", "en", "30104", "Purchase order BW-PO-7760", """
            Hi Stefan,

            Please see attached PO BW-PO-7760.

            Best,
            Oliver
            """, "U-426.pdf", "BW-PO-7760",
            [Line("HB-2211", 1500, 0.26m, On(2027, 1, 11)), Line("HB-SH-24L-GLD", 800, 0.29m, On(2027, 1, 11))]),
            new OrderPdf()
                .Line("BRIGHTWEAR LTD", size: 16, bold: true)
                .Line("14 Savile Row · London W1S 3PJ · United Kingdom", size: 8)
                .Line("")
                .Line("PURCHASE ORDER", size: 13, bold: true)
                .Line("PO number: BW-PO-7760")
                .Line("Date: 7 December 2026")
                .Line("Required by: 11 Jan 2027")
                .Line("Supplier: Happy Buttons GmbH, Munich")
                .Table([
                    new PdfColumn("Item", 50, 80), new PdfColumn("Description", 135, 190), new PdfColumn("Qty", 330, 50, true),
                    new PdfColumn("Unit", 390, 30), new PdfColumn("Price EUR", 425, 55, true), new PdfColumn("Amount EUR", 490, 60, true),
                ])
                .Row("HB-2211", "Metal shank button 18mm, silver", "1,500", "pcs", "0.26", "390.00")
                .Row("HB-SH-24L-GLD", "Shank button metal 24L, gold, crest", "800", "pcs", "0.29", "232.00")
                .Foot("Subtotal EUR 622.00   VAT 0% (export)   Total EUR 622.00")
                .Foot("Deliver to: Brightwear Ltd, Goods In, Unit 4, Park Royal Rd, London NW10 7LQ")
                .Build()),

        (Case("U-427", "pdf-table", "de", "30102", "Bestellung 2026/87", """
            Grüß Gott,
            unsere Bestellung 2026/87 hängt an.
            Alex Huber
            """, "U-427.pdf", "2026/87",
            [Line("HB-HH-2200", 250), Line("HB-HH-2600", 100), Line("HB-ZN-1400", 600)]),
            new OrderPdf()
                .Line("Trachten Huber e.K.", size: 14, bold: true)
                .Line("Ludwigstraße 5, 83022 Rosenheim – Tel. 08031 / 3 42 19")
                .Line("")
                .Line("Bestellung Nr. 2026/87 vom 07.12.2026", bold: true)
                .Table([new PdfColumn("Menge", 50, 50, true), new PdfColumn("Artikel", 115, 80), new PdfColumn("Bezeichnung", 200, 250)])
                .Row("250", "HB-HH-2200", "Hirschhornknopf 22 mm, 2-Loch, natur")
                .Row("100", "HB-HH-2600", "Hirschhornknopf 26 mm, Öse, natur")
                .Row("600", "HB-ZN-1400", "Zinnknopf 14 mm, Edelweiß")
                .Foot("Lieferung so bald wie möglich. Danke!")
                .Build()),

        (Case("U-428", "pdf-table", "de", "20011", "Bestellung B-2026-4490", """
            Sehr geehrte Damen und Herren,

            im Anhang die Bestellung B-2026-4490. Bitte bestätigen Sie Preis und Termin.

            Mit freundlichen Grüßen
            Knopf & Faden Großhandel KG – Disposition
            """, "U-428.pdf", "B-2026-4490",
            [Line("HB-4712", 20000), Line("HB-4711", 50000, 0.036m), Line("HB-SK-25", 10, 21.5m)]),
            new OrderPdf()
                .Line("KNOPF & FADEN GROSSHANDEL KG", size: 13, bold: true)
                .Line("Hanseatenweg 21 · 22113 Hamburg · Tel. 040 73 11 20-0", size: 8)
                .Line("")
                .Line("Bestellung B-2026-4490        Datum 07.12.2026        Lieferant 4410 Happy Buttons")
                .Table([
                    new PdfColumn("Pos", 50, 25), new PdfColumn("Unsere Nr.", 80, 70), new PdfColumn("Ihre Nr.", 155, 65),
                    new PdfColumn("Bezeichnung", 225, 150), new PdfColumn("Menge", 380, 55, true), new PdfColumn("EP EUR", 445, 45, true),
                    new PdfColumn("Betrag", 500, 55, true),
                ])
                .Row("1", "KF-100-18S", "HB-4712", "Knopf 4-Loch 18 mm schwarz", "20.000", "", "")
                .Row("2", "KF-100-15S", "HB-4711", "Knopf 4-Loch 15 mm schwarz", "50.000", "0,0360", "1.800,00")
                .Row("3", "KF-SK-25", "HB-SK-25", "Sortimentskasten Basic", "10", "21,50", "215,00")
                .Foot("Pos. 1 zum gültigen Listenpreis.")
                .Foot("Anlieferung Mo–Fr 7–14 Uhr, Rampe 3.")
                .Build()),

        (Case("U-429", "pdf-table", "en", "30108", "PO VD-2026-352", """
            Dear Stefan, attached our PO VD-2026-352. Kind regards, Sanne van Dijk
            """, "U-429.pdf", "VD-2026-352",
            [Line("HB-1003", 20000, null, On(2027, 1, 4)), Line("HB-R15", 5000, null, On(2027, 1, 4))]),
            new OrderPdf()
                .Line("Van Dijk Textiel B.V.", size: 14, bold: true)
                .Line("Textielstraat 15 · 7511 Enschede · NL", size: 8)
                .Line("")
                .Line("Purchase Order VD-2026-352", size: 12, bold: true)
                .Line("Delivery: week 1/2027")
                .Table([
                    new PdfColumn("Article", 50, 70), new PdfColumn("Description", 125, 170), new PdfColumn("Cartons", 300, 45, true),
                    new PdfColumn("Pcs/carton", 355, 55, true), new PdfColumn("Total pcs", 420, 60, true),
                ])
                .Row("HB-1003", "Polyester 4-hole 15mm white", "4", "5,000", "20,000")
                .Row("HB-R15", "Recycled polyester 15mm navy", "2", "2,500", "5,000")
                .Foot("Prices as per your price list 2026.")
                .Build()),

        (Case("U-430", "pdf-table", "de", "10057", "Bestellung 4700033290", """
            Guten Tag,

            beigefügt die Bestellung 4700033290 (Ersatzteilbedarf Kundendienst).

            Freundliche Grüße
            Sabine Kessler
            Hausgeräte Kessler GmbH
            """, "U-430.pdf", "4700033290",
            [Line("HB-K310", 2000, 0.82m, On(2027, 1, 18)), Line("HB-K311", 3000, 0.5m, On(2027, 1, 25))]),
            new OrderPdf()
                .Line("Hausgeräte Kessler GmbH", size: 14, bold: true)
                .Line("Am Gewerbepark 4 · 33330 Gütersloh", size: 8)
                .Line("")
                .Line("Bestellung 4700033290", size: 12, bold: true)
                .Line("Rahmenvertrag RV-2023-044 · Zahlungsbedingung 30 Tage netto")
                .Table([
                    new PdfColumn("Pos.", 50, 30), new PdfColumn("Sachnummer", 85, 75), new PdfColumn("Benennung", 165, 140),
                    new PdfColumn("Menge", 310, 50, true), new PdfColumn("Preis/Stk", 370, 50, true), new PdfColumn("Liefertermin", 430, 70),
                ])
                .Row("0001", "KH-DK-0310", "Drehknopf chrom matt", "2.000", "0,82", "18.01.2027")
                .Row("0002", "KH-TK-0311", "Tastenknopf chrom matt", "3.000", "0,50", "25.01.2027")
                .Foot("Wareneingang Tor 2. Lieferschein mit Bestell- und Sachnummer.")
                .Build()),

        (Case("U-431", "pdf-table", "de", "30106", "Bestellung US-88460", """
            Sehr geehrte Damen und Herren,

            bitte beachten Sie die angehängte Bestellung US-88460.

            Mit freundlichen Grüßen
            Uniform Partner Schmidt GmbH
            """, "U-431.pdf", "US-88460",
            [Line("HB-2030", 2000), Line("HB-2031", 4000), Line("HB-KJ-12", 1000, 0.22m)]),
            new OrderPdf()
                .Line("Uniform Partner Schmidt GmbH", size: 14, bold: true)
                .Line("Industriering 9, 41065 Mönchengladbach")
                .Line("")
                .Line("BESTELLUNG US-88460", size: 12, bold: true)
                .Line("Datum: 07.12.2026 · Ansprechpartnerin: Petra Schmidt · Tel. 02161 55 70-12")
                .Table([
                    new PdfColumn("Pos", 50, 25), new PdfColumn("Art.-Nr.", 80, 65), new PdfColumn("Beschreibung", 150, 170),
                    new PdfColumn("Menge", 325, 70, true), new PdfColumn("Preis", 405, 45, true),
                ])
                .Row("1", "HB-2030", "Blazerknopf Kunststoff 20 mm, marine, für Dienstsakko Modell 2027 Herren", "2.000 Stk", "")
                .Row("2", "HB-2031", "Ärmelknopf Kunststoff 15 mm, marine, passend zu Pos. 1", "4.000 Stk", "")
                .Row("3", "HB-2220", "Blazerknopf Metall 20 mm, gold – entfällt", "storniert", "")
                .Row("4", "HB-KJ-12", "Kochjackenknopf abnehmbar mit Splint, weiß", "1.000 Stk", "0,22")
                .Foot("Liefertermin: nach Vereinbarung")
                .Build()),

        (Case("U-432", "pdf-table", "en", "30105", "Bon de commande BC-26-0442", """
            Hello Stefan,

            Please find attached our purchase order BC-26-0442.

            Best regards,
            Camille Dupont
            """, "U-432.pdf", "BC-26-0442",
            [Line("HB-PM-1102", 2000, 0.58m), Line("HB-HN-2007", 1000, 0.42m)]),
            new OrderPdf()
                .Line("MAISON DUPONT SARL", size: 14, bold: true)
                .Line("12 Rue du Faubourg Saint-Honoré, 75008 Paris – TVA FR12345678901", size: 8)
                .Line("")
                .Line("Bon de commande / Purchase order n° BC-26-0442", size: 12, bold: true)
                .Line("Date: 07/12/2026")
                .Table([
                    new PdfColumn("Ref.", 50, 75), new PdfColumn("Désignation / Description", 130, 200), new PdfColumn("Qty", 335, 50, true),
                    new PdfColumn("Unit price", 395, 55, true), new PdfColumn("Total", 460, 60, true),
                ])
                .Row("HB-PM-1102", "Bouton nacre 11 mm / mother of pearl 11mm", "2 000", "0,58 €", "1 160,00 €")
                .Row("HB-HN-2007", "Bouton corne 20 mm / horn 20mm dark brown", "1 000", "0,42 €", "420,00 €")
                .Foot("Total HT: 1 580,00 €")
                .Build()),

        (Case("U-433", "pdf-table", "de", "30107", "Bestellung BE-46002", """
            Hallo,
            anbei Bestellung BE-46002.
            Gruß Jan Becker
            """, "U-433.pdf", "BE-46002",
            [Line("HB-4711", 12000, 0.045m), Line("HB-4712", 8000, 0.055m)]),
            new OrderPdf()
                .Line("Strickwaren Becker GmbH", size: 13, bold: true)
                .Line("Wollweg 3 · 72379 Hechingen")
                .Line("")
                .Line("Bestellung BE-46002", bold: true)
                .Table([
                    new PdfColumn("Artikel", 50, 70), new PdfColumn("Text", 125, 160), new PdfColumn("Menge", 290, 40, true),
                    new PdfColumn("ME", 335, 30), new PdfColumn("Preis je ME", 370, 60, true), new PdfColumn("Wert", 440, 60, true),
                ])
                .Row("HB-4711", "Knopf 4-Loch 15 mm schwarz", "12", "Tsd", "45,00", "540,00")
                .Row("HB-4712", "Knopf 4-Loch 18 mm schwarz", "8", "Tsd", "55,00", "440,00")
                .Foot("Summe netto 980,00 EUR")
                .Build()),

        (Case("U-434", "pdf-table", "de", "30103", "Bestellung", """
            Hallo,

            meine Bestellung hängt als PDF dran.

            Liebe Grüße
            Rosalie Marx
            """, "U-434.pdf", null,
            [Line("HB-HH-1800", 100), Line("HB-8040", 200), Line("HB-MS-01", 1)]),
            new OrderPdf()
                .Line("Atelier Rosalie", size: 16, bold: true)
                .Line("Kastanienallee 77 · 10435 Berlin")
                .Line("")
                .Line("Meine Bestellung bei Happy Buttons", bold: true)
                .Table([new PdfColumn("Anzahl", 50, 45, true), new PdfColumn("Was", 110, 200), new PdfColumn("Art.Nr.", 320, 80)])
                .Row("100", "Hirschhornknöpfe 18 mm", "HB-HH-1800")
                .Row("200", "Holzknebel 40 mm natur", "HB-8040")
                .Row("1", "Mustersortiment Hemdenknöpfe", "HB-MS-01")
                .Foot("Danke!")
                .Build()),

        (Case("U-435", "pdf-table", "en", "10063", "Purchase order 4410-2291", """
            Dear Stefan,

            Please find attached purchase order 4410-2291 for the spare parts stock.

            Best regards,
            Erik Lindqvist
            """, "U-435.pdf", "4410-2291",
            [Line("HB-9105", 20000, 0.068m, On(2027, 1, 15)), Line("HB-9106", 10000, 0.075m, On(2027, 1, 15))]),
            new OrderPdf()
                .Line("Nordic Seating Systems AB", size: 14, bold: true)
                .Line("Fabriksgatan 8 · SE-41250 Göteborg · VAT SE556677889901", size: 8)
                .Line("")
                .Line("PURCHASE ORDER 4410-2291", size: 12, bold: true)
                .Line("Order date 2026-12-07 · Payment 60 days net · Incoterms FCA Munich")
                .Table([
                    new PdfColumn("Line", 50, 25), new PdfColumn("Part no.", 80, 70), new PdfColumn("Supplier part", 155, 70),
                    new PdfColumn("Qty", 230, 50, true), new PdfColumn("UoM", 290, 30), new PdfColumn("Price", 325, 45, true),
                    new PdfColumn("Del. date", 380, 60),
                ])
                .Row("1", "NSS-10442", "HB-9105", "20,000", "PCE", "0.068", "2027-01-15")
                .Row("2", "NSS-10443", "HB-9106", "10,000", "PCE", "0.075", "2027-01-15")
                .Foot("All deliveries with packing list and PO number.")
                .Build()),

        (Case("U-436", "pdf-table", "de", "10042", "Bestellung 5500981204", """
            Sehr geehrte Damen und Herren,

            anbei unsere Bestellung. Bitte senden Sie die Auftragsbestätigung an einkauf@autowerk-sued.de.

            Mit freundlichen Grüßen
            Jonas Keller
            Autowerk Süd AG – Einkauf Kleinteile
            """, "U-436.pdf", "5500981204",
            [Line("HB-9001", 50000, 0.074m, On(2027, 1, 18)), Line("HB-9002", 30000, 0.058m, On(2027, 1, 18))]),
            new OrderPdf()
                .Line("Autowerk Süd AG", size: 14, bold: true)
                .Line("Industriestraße 12 · 70565 Stuttgart", size: 8)
                .Line("")
                .Line("Bestellung 5500981204", size: 12, bold: true)
                .Line("Lieferantennr. 880144 · Liefertermin KW 03/2027 · Werk Stuttgart, Tor 5")
                .Table([
                    new PdfColumn("Pos", 50, 25), new PdfColumn("Teilenummer", 80, 80), new PdfColumn("Benennung", 165, 150),
                    new PdfColumn("Menge", 320, 55, true), new PdfColumn("Preis EUR", 385, 50, true), new PdfColumn("Wert EUR", 445, 60, true),
                ])
                .Row("10", "73-4410-200", "Kunststoffknopf PA 20 mm grau", "50.000", "0,0740", "3.700,00")
                .Row("20", "73-4410-212", "Clip-Knopf 12 mm schwarz", "30.000", "0,0580", "1.740,00")
                .Foot("Es gelten die Einkaufsbedingungen der Autowerk Süd AG.")
                .Build()),

        (Case("U-437", "free-text", "de", "30103", "Knöpfe für die Frühjahrskollektion", """
            Hallo liebes Happy-Buttons-Team,

            für die neue Kollektion bräuchte ich 500 von den kleinen weißen Perlmuttknöpfen (11 mm, 2 Loch)
            und zweihundert Holzknebel, die 40er in natur. Schön wäre, wenn alles noch vor Weihnachten kommt,
            ist aber kein Muss.

            Herzliche Grüße aus Prenzlauer Berg
            Rosalie
            """, null, null,
            [Line("HB-PM-1102", 500), Line("HB-8040", 200)]), null),

        (Case("U-438", "free-text", "de", "30102", "Hirschhorn", """
            Servus,

            schicken Sie uns bitte drei Gros von den Hirschhornknöpfen 18 mm und 250 Stück von den großen
            mit Öse (26 mm). Wie immer naturbelassen.

            Danke und schöne Grüße nach München
            Alex Huber
            """, null, null,
            [Line("HB-HH-1800", 432), Line("HB-HH-2600", 250)]), null),

        (Case("U-439", "free-text", "en", "30104", "Shirt buttons for the SS27 line", """
            Hi Stefan,

            We'd like twenty thousand of your white 4-hole shirt buttons, the 11mm ones, plus the same quantity
            again in light blue. Could they be with us by the end of January (29 Jan 2027)?
            Please use PO BW-PO-7768 on the invoice.

            Many thanks,
            Oliver
            """, null, "BW-PO-7768",
            [Line("HB-1010", 20000, null, On(2027, 1, 29)), Line("HB-1011", 20000, null, On(2027, 1, 29))]), null),

        (Case("U-440", "free-text", "de", "30107", "Auftrag schwarze Knöpfe + Steinnuss", """
            Guten Morgen Herr Roth,

            wir brauchen zehntausend schwarze Knöpfe 15 mm mit vier Löchern (Polyester, die Standardware) und
            außerdem fünftausend von den Steinnussknöpfen 25 mm in dunkelbraun.

            Bestellzeichen: BE-46010

            Vielen Dank
            Jan Becker
            """, null, "BE-46010",
            [Line("HB-4711", 10000), Line("HB-6025-DB", 5000)]), null),

        (Case("U-441", "free-text", "de", "30106", "Kochjacken – Nachschub", """
            Hallo Herr Roth,

            für die Kochjacken brauchen wir wieder die abnehmbaren weißen Knöpfe mit Splint, 3.000 Stück, und
            dazu 2.000 Druckknöpfe aus Edelstahl (15 mm). Lieferung bitte Anfang Januar, spätestens am 8.1.

            Unsere Bestellnummer lautet US-88477.

            Viele Grüße
            Petra Schmidt
            """, null, "US-88477",
            [Line("HB-KJ-12", 3000, null, On(2027, 1, 8)), Line("HB-7710", 2000, null, On(2027, 1, 8))]), null),

        (Case("U-442", "free-text", "en", "30108", "polyester buttons", """
            Hi Stefan,

            Could you send us 50 thousand of the navy 2-hole polyester buttons, 20 line, and 6k of the grey
            4-hole 36L ones? Normal prices, normal delivery.

            Thank you!
            Sanne
            Van Dijk Textiel B.V.
            """, null, null,
            [Line("HB-2H-20L-NAV", 50000), Line("HB-4H-36L-GRY", 6000)]), null),

        (Case("U-443", "free-text", "de", "30101", "Hornknöpfe", """
            Liebe Frau Yilmaz, lieber Herr Roth,

            bitte schicken Sie uns 1.000 dunkelbraune Hornknöpfe in 25 mm und nochmal 2 Tausend in 20 mm,
            jeweils die 4-Loch-Ausführung. Die großen 32er brauchen wir nicht mehr, die sind aus dem Sortiment.

            Danke und viele Grüße
            Claudia Lindner
            Modehaus Lindner GmbH
            """, null, null,
            [Line("HB-HN-2507", 1000), Line("HB-HN-2007", 2000)]), null),

        (Case("U-444", "free-text", "en", "30105", "gold buttons for the blazer collection", """
            Dear Stefan,

            For our blazer collection we need 2,000 of your gold metal blazer buttons in 20mm and 3,000 of the
            smaller gold sleeve buttons (15mm). Please ship to our atelier in Paris.

            Our purchase reference: MD-1215.

            Kind regards,
            Camille Dupont
            """, null, "MD-1215",
            [Line("HB-2220", 2000), Line("HB-2215", 3000)]), null),

        (Case("U-445", "free-text", "de", "30107", "Zinn- und Metallknöpfe", """
            Hallo,

            für die Trachtenjanker nehmen wir vierhundert Stück von den Zinnknöpfen mit Edelweiß und dazu
            eintausend Metallknöpfe mit Öse, 18 mm, in Altmessing.

            Grüße
            Jan Becker
            Strickwaren Becker GmbH · Tel. 07471 93 22-14
            """, null, null,
            [Line("HB-ZN-1400", 400), Line("HB-2210", 1000)]), null),

        (Case("U-446", "free-text", "de", "20011", "Bestellung Jeans- und Druckknöpfe", """
            Moin Herr Roth,

            wir bräuchten 10 Tsd. Jeansknöpfe in Kupfer, 500 Stück von den roten 4-Loch-Knöpfen in 20 mm und
            fünf VE à 1.000 von den vernickelten Messing-Druckknöpfen 12 mm.
            Bestellnummer B-2026-4502.

            Mit freundlichen Grüßen
            Thomas Faden
            """, null, "B-2026-4502",
            [Line("HB-JN-27L-CU", 10000), Line("HB-4720-R", 500), Line("HB-3305", 5000)]), null),

        (Case("U-447", "free-text", "en", "30104", "staghorn & pewter", """
            Hi,

            We'd love 150 of the 2-hole staghorn buttons in 22mm please, and 300 of the pewter ones with the
            edelweiss. No rush.

            Oliver Grant
            Brightwear Ltd
            """, null, null,
            [Line("HB-HH-2200", 150), Line("HB-ZN-1400", 300)]), null),

        (Case("U-448", "free-text", "de", "30102", "Hornoptik und Steinnuss", """
            Grüß Gott Herr Roth,

            wir nehmen 2.000 Stück von den braunen Hornoptik-Knöpfen, die großen mit 23 mm, zu 0,16 € das Stück,
            und achthundert Steinnussknöpfe 20 mm natur. Liefertermin wäre ideal der 15. Januar.

            Pfiat di
            Alex Huber
            """, null, null,
            [Line("HB-5510", 2000, 0.16m, On(2027, 1, 15)), Line("HB-6020", 800, null, On(2027, 1, 15))]), null),

        (Case("U-449", "call-off", "de", "10042", "Abruf AW-2026-117 zu RV-2024-017", """
            Sehr geehrte Frau Dr. Weber, sehr geehrter Herr Roth,

            hiermit rufen wir aus dem Rahmenvertrag RV-2024-017 ab:

            Abruf-Nr.: AW-2026-117
            Teilenummer 73-4410-200   Menge 40.000 Stk   Anliefertermin KW 2/2027
            Teilenummer 73-4410-212   Menge 20.000 Stk   Anliefertermin KW 2/2027

            Anlieferung Werk Stuttgart, Tor 5, Mo–Fr 6–13 Uhr.

            Mit freundlichen Grüßen
            Jonas Keller
            Autowerk Süd AG · Disposition Kleinteile · Tel. 0711 78 99-412
            """, null, "AW-2026-117",
            [Line("HB-9001", 40000, null, On(2027, 1, 11)), Line("HB-9002", 20000, null, On(2027, 1, 11))]), null),

        (Case("U-450", "call-off", "de", "10057", "Lieferabruf LA-2026-0912", """
            Guten Tag,

            Lieferabruf LA-2026-0912 gemäß Rahmenvertrag RV-2023-044:

            Sachnummer    KW 51/2026   KW 01/2027
            KH-BK-0200    3.000        3.000
            KH-DK-0310    –            2.000

            Angaben in Stück. Bitte je KW eine Lieferung.

            Freundliche Grüße
            Mika Brandt
            Hausgeräte Kessler GmbH
            """, null, "LA-2026-0912",
            [Line("HB-K200", 3000, null, On(2026, 12, 14)), Line("HB-K200", 3000, null, On(2027, 1, 4)), Line("HB-K310", 2000, null, On(2027, 1, 4))]), null),

        (Case("U-451", "call-off", "en", "10063", "Call-off 26/118 – FA-2025-003", """
            Dear Stefan,

            Please deliver under framework agreement FA-2025-003, call-off no. 26/118:

            NSS-10442   30,000 pcs   delivery week 3
            NSS-10443   20,000 pcs   delivery week 4

            Forecast (not binding, for your capacity planning only):
            NSS-10442   week 6: 30,000   week 8: 30,000
            NSS-10443   week 7: 20,000

            Best regards,
            Erik Lindqvist
            Nordic Seating Systems AB
            """, null, "26/118",
            [Line("HB-9105", 30000, null, On(2027, 1, 18)), Line("HB-9106", 20000, null, On(2027, 1, 25))]), null),

        (Case("U-452", "call-off", "de", "20011", "Abruf 41 aus RV-2022-009", """
            Sehr geehrte Damen und Herren,

            aus unserer Rahmenvereinbarung RV-2022-009 rufen wir ab (Abruf 41):

            KF-100-15S   100.000 Stk   0,036 EUR/Stk
            KF-100-18S    40.000 Stk

            Liefertermin: 04.01.2027

            Mit freundlichen Grüßen
            Dipl.-Ing. Thomas Faden
            Knopf & Faden Großhandel KG
            """, null, "41",
            [Line("HB-4711", 100000, 0.036m, On(2027, 1, 4)), Line("HB-4712", 40000, null, On(2027, 1, 4))]), null),

        (Case("U-453", "call-off", "de", "30101", "Abruf Blazerknöpfe gold ML-A-0077", """
            Hallo Herr Roth,

            aus unserer Jahresvereinbarung rufen wir ab:

            Abruf ML-A-0077
            Ihre Art.: unsere ML-ZUB-7781 (Blazerknopf gold 20 mm)
            2.000 Stk à 0,31 EUR
            Lieferung KW 3

            Danke und Grüße
            Claudia Lindner
            """, null, "ML-A-0077",
            [Line("HB-2220", 2000, 0.31m, On(2027, 1, 18))]), null),

        (Case("U-454", "call-off", "de", "10042", "Lieferabruf Nr. 2026-0388", """
            LIEFERABRUF Nr. 2026-0388           Autowerk Süd AG, Werk Stuttgart
            Rahmenvertrag: RV-2024-017           Lieferant: 880144 Happy Buttons GmbH
            Teilenummer: 73-4410-200 (Kunststoffknopf PA 20 mm grau)

            FEST:
              KW 51/2026    10.000 Stk
              KW 01/2027    15.000 Stk
              KW 02/2027    15.000 Stk

            VORSCHAU (unverbindlich):
              KW 03/2027    20.000 Stk
              KW 04/2027    20.000 Stk
              KW 05/2027    20.000 Stk

            Betriebsferien 24.12.2026 – 01.01.2027, keine Anlieferung in KW 52/53.
            """, null, "2026-0388",
            [Line("HB-9001", 10000, null, On(2026, 12, 14)), Line("HB-9001", 15000, null, On(2027, 1, 4)), Line("HB-9001", 15000, null, On(2027, 1, 11))]), null),

        (Case("U-455", "call-off", "de", "10057", "Lieferabruf LA-2026-0931", """
            Sehr geehrte Damen und Herren,

            anbei unser Lieferabruf LA-2026-0931 zum Rahmenvertrag RV-2023-044.

            Freundliche Grüße
            Sabine Kessler
            """, "U-455.pdf", "LA-2026-0931",
            [Line("HB-K311", 5000, 0.5m, On(2027, 1, 13)), Line("HB-K200", 4000, 0.38m, On(2027, 1, 13))]),
            new OrderPdf()
                .Line("Hausgeräte Kessler GmbH", size: 14, bold: true)
                .Line("Am Gewerbepark 4 · 33330 Gütersloh", size: 8)
                .Line("")
                .Line("Lieferabruf LA-2026-0931", size: 12, bold: true)
                .Line("Rahmenvertrag RV-2023-044 · Abrufdatum 07.12.2026")
                .Table([
                    new PdfColumn("Sachnummer", 50, 80), new PdfColumn("Benennung", 135, 140), new PdfColumn("Abrufmenge", 280, 60, true),
                    new PdfColumn("Preis/Stk", 350, 50, true), new PdfColumn("Eintreffen", 410, 70),
                ])
                .Row("KH-TK-0311", "Tastenknopf chrom matt", "5.000", "0,50", "13.01.2027")
                .Row("KH-BK-0200", "Bedienknopf weiß hochglanz", "4.000", "0,38", "13.01.2027")
                .Foot("Liefermengen unter Vorbehalt der Qualitätsprüfung im Wareneingang.")
                .Build()),

        (Case("U-456", "call-off", "en", "10063", "DELIVERY SCHEDULE 2026-W50 NSS", """
            *** DELIVERY SCHEDULE – generated by NSS ERP, do not reply to this address ***
            Buyer: Nordic Seating Systems AB, Fabriksgatan 8, 41250 Göteborg
            Supplier: Happy Buttons GmbH (supplier no. 20087)
            Agreement: FA-2025-003        Release no.: REL-2026-50-07

            Item: NSS-10442 | Qty: 25000 PCE | Due: 11.01.2027 | Status: FIRM
            Item: NSS-10442 | Qty: 25000 PCE | Due: 08.02.2027 | Status: PLANNED
            Item: NSS-10443 | Qty: 15000 PCE | Due: 11.01.2027 | Status: FIRM

            Questions: erik.lindqvist@nordicseating.se
            """, null, "REL-2026-50-07",
            [Line("HB-9105", 25000, null, On(2027, 1, 11)), Line("HB-9106", 15000, null, On(2027, 1, 11))]), null),

        (Case("U-457", "call-off", "de", "10042", "Abruf 19 (ersetzt Abruf 18)", """
            Sehr geehrter Herr Roth,

            Abruf 19 ersetzt den Abruf 18 vom 30.11.2026 vollständig. Es gilt nur noch:

            73-4410-200   40.000 Stk   Liefertermin 20.01.2027
            73-4410-212   30.000 Stk   Liefertermin 20.01.2027

            Zur Erinnerung, Abruf 18 (ungültig):
            > 73-4410-200   40.000 Stk   13.01.2027
            > 73-4410-212   20.000 Stk   13.01.2027

            Mit freundlichen Grüßen
            Dr. Anna Weber
            Autowerk Süd AG – Einkauf
            """, null, "19",
            [Line("HB-9001", 40000, null, On(2027, 1, 20)), Line("HB-9002", 30000, null, On(2027, 1, 20))]), null),

        (Case("U-458", "call-off", "de", "20011", "Abruf 42 RV-2022-009", """
            Moin,

            Abruf 42 zum Rahmenvertrag RV-2022-009:

            KF-100-18S   25 VE à 1.000 Stk
            KF-100-15S   40 VE à 1.000 Stk = 40.000 Stk zu 0,039 EUR

            Lieferung bis 15.01.27.

            Gruß aus Hamburg
            Thomas Faden
            """, null, "42",
            [Line("HB-4712", 25000, null, On(2027, 1, 15)), Line("HB-4711", 40000, 0.039m, On(2027, 1, 15))]), null),

        (Case("U-459", "call-off", "de", "10057", "Abruf LA-2026-0940", """
            Hallo Herr Roth,

            Lieferabruf LA-2026-0940:

            KH-DK-0310   1.500 Stk   KW 1
            KH-TK-0311   2.500 Stk   KW 2
            KH-BK-0200   kein Bedarf in KW 1/2, Abruf folgt im Januar

            Viele Grüße
            Mika Brandt
            """, null, "LA-2026-0940",
            [Line("HB-K310", 1500, null, On(2027, 1, 4)), Line("HB-K311", 2500, null, On(2027, 1, 11))]), null),

        (Case("U-460", "call-off", "en", "10063", "Call-off release 2026-44", """
            Hi Stefan,

            Call-off release 2026-44 against FA-2025-003:
            NSS-10443, 10,000 pcs, agreed price 0.075, dispatch date 2026-12-21.

            Separately, could you quote us your grey 20mm polyamide button for a new seat project? Around
            30,000 pcs a year. Not an order yet.

            Regards,
            Erik
            """, null, "2026-44",
            [Line("HB-9106", 10000, 0.075m, On(2026, 12, 21))]), null),
    ];

    private static ExpectedLine Line(string sku, decimal pieces, decimal? unitPrice = null, DateOnly? delivery = null) => new(sku, pieces, unitPrice, delivery);

    private static DateOnly On(int year, int month, int day) => new(year, month, day);

    private static OrderCase Case(string id, string format, string language, string customer, string subject, string body, string? pdf, string? poNumber,
        IEnumerable<ExpectedLine> lines) =>
        new(id, format, language, customer, subject, body, pdf, new DateOnly(2026, 12, 7), new ExpectedOrder(poNumber, lines.ToList()));
}
