namespace HappyButtons.Tests.Orders.Extraction.Sets;

/// <summary>Sixty purchase orders written by hand in the style of real ones (filled in by its author).</summary>
public static class RealisticFourthDevelopmentOrders
{
    public static IReadOnlyList<(OrderCase Case, byte[]? Pdf)> Generate() =>
    [
        (Case("R-101", "text-de", "de", "30101", "Bestellung Knöpfe Frühjahr", """
            Hallo Herr Roth,

            wie gestern telefonisch besprochen bestellen wir:

            - 1.500 Stk HB-HN-2007 Hornknopf 20 mm dunkelbraun
            - 800 Stk HB-HN-2507 Hornknopf 25 mm

            Liefertermin bitte bis 18.01.2027, Preise wie vereinbart.
            Unsere Bestellnummer: 4500125530

            Viele Grüße
            Claudia Lindner
            Modehaus Lindner GmbH | Maximilianstraße 30 | 80539 München
            """, null, "4500125530", [new("HB-HN-2007", 1500, null, new DateOnly(2027, 1, 18)), new("HB-HN-2507", 800, null, new DateOnly(2027, 1, 18))]), null),

        (Case("R-102", "text-de", "de", "30102", "Nachbestellung", """
            Servus zusammen,

            bräuchten wieder Hirschhornknöpfe für die Janker:
            HB-HH-2200  300 Stück
            HB-HH-1800  200 Stück

            Und die Zinnknöpfe mit Edelweiß, 4 Gros bitte (HB-ZN-1400).
            Wär super wenn's bis KW 3 da ist.

            Pfiat eich
            Alex Huber
            Trachten Huber e.K., Rosenheim
            """, null, null, [new("HB-HH-2200", 300, null, new DateOnly(2027, 1, 18)), new("HB-HH-1800", 200, null, new DateOnly(2027, 1, 18)), new("HB-ZN-1400", 576, null, new DateOnly(2027, 1, 18))]), null),

        (Case("R-103", "text-de", "de", "30106", "Bestellung BE-26-1187", """
            Sehr geehrte Damen und Herren,

            hiermit bestellen wir gemäß Ihrem Angebot AN-2026-3391:

            Pos. 1: HB-KJ-12 Kochjackenknopf abnehmbar, weiß – 4.000 Stk à 0,21 €
            Pos. 2: HB-3305 Druckknopf 12 mm vernickelt – 10.000 Stk à 0,115 €

            Liefertermin: 15.01.2027
            Bestell-Nr.: BE-26-1187

            Bitte Auftragsbestätigung an p.schmidt@uniform-schmidt.de.

            Mit freundlichen Grüßen
            Petra Schmidt
            Einkauf
            Uniform Partner Schmidt GmbH
            Industriering 9, 41065 Mönchengladbach
            Tel. 02161 55 43-12
            """, null, "BE-26-1187", [new("HB-KJ-12", 4000, 0.21m, new DateOnly(2027, 1, 15)), new("HB-3305", 10000, 0.115m, new DateOnly(2027, 1, 15))]), null),

        (Case("R-104", "text-de", "de", "30107", "Auftrag Knöpfe Strickjacken", """
            Guten Morgen,

            für unsere Herbstkollektion benötigen wir:

            12.000 Stk. Steinnussknopf 20 mm natur (HB-6020)
            5.000 Stk. Steinnussknopf 25 mm dunkelbraun (HB-6025-DB)
            3.000 Stk. Holzknebel 40 mm (HB-8040)

            Die Holzknebel bitte nur, wenn lieferbar bis Ende Januar – sonst kurz Bescheid geben.
            Anlieferung Wollweg 3, Tor 2. Liefertermin 01.02.2027.

            Danke & Gruß
            Jan Becker
            Strickwaren Becker GmbH
            """, null, null, [new("HB-6020", 12000, null, new DateOnly(2027, 2, 1)), new("HB-6025-DB", 5000, null, new DateOnly(2027, 2, 1)), new("HB-8040", 3000, null, new DateOnly(2027, 2, 1))]), null),

        (Case("R-105", "text-de", "de", "30103", "Knöpfe für Atelier", """
            Liebe Happy Buttons,

            ich hätte gern 2 Mustersortimente Hemdenknöpfe und 1 Sortimentskasten Basic. Außerdem 500 Perlmuttknöpfe 11 mm weiß (HB-PM-1102).

            Frage nebenbei: habt ihr die Perlmuttknöpfe auch in 14 mm? Dann würde ich im Januar noch welche nehmen.

            Lieferung gern so bald wie möglich.

            Herzlich
            Rosalie Marx
            Atelier Rosalie – Maßschneiderei
            Kastanienallee 77, 10435 Berlin
            """, null, null, [new("HB-MS-01", 2, null, null), new("HB-SK-25", 1, null, null), new("HB-PM-1102", 500, null, null)]), null),

        (Case("R-106", "text-de", "de", "20011", "Bestellung 2026-4471", """
            Sehr geehrte Damen und Herren,

            bitte liefern Sie zu unserer Bestellung 2026-4471:

            KF-100-15S   60.000 Stück   0,036 EUR
            KF-100-18S   20.000 Stück   0,055 EUR
            HB-SK-25     20 Stück       21,50 EUR

            Liefertermin KW 2/2027.
            Lieferanschrift: Hanseatenweg 21, 22113 Hamburg, Rampe 4.

            Mit freundlichen Grüßen
            i.A. Dipl.-Ing. Thomas Faden
            Knopf & Faden Großhandel KG
            Amtsgericht Hamburg HRA 112233
            """, null, "2026-4471", [new("HB-4711", 60000, 0.036m, new DateOnly(2027, 1, 11)), new("HB-4712", 20000, 0.055m, new DateOnly(2027, 1, 11)), new("HB-SK-25", 20, 21.50m, new DateOnly(2027, 1, 11))]), null),

        (Case("R-107", "text-de", "de", "10057", "Bestellung 4700-88213 Bedienknöpfe", """
            Guten Tag Frau Yilmaz,

            anbei unsere Bestellung 4700-88213 über

            KH-DK-0310 Drehknopf chrom matt      6.000 St.   Liefertermin 11.01.2027
            KH-TK-0311 Tastenknopf chrom matt   12.000 St.   Liefertermin 11.01.2027

            Preise gem. Rahmenvertrag RV-2023-044.

            Die Position KH-BK-0200 aus der Vorwoche bitte stornieren, die wird nicht mehr benötigt.

            Freundliche Grüße
            Mika Brandt
            Strategischer Einkauf
            Hausgeräte Kessler GmbH
            """, null, "4700-88213", [new("HB-K310", 6000, null, new DateOnly(2027, 1, 11)), new("HB-K311", 12000, null, new DateOnly(2027, 1, 11))]), null),

        (Case("R-108", "text-de", "de", "30101", "AW: Angebot Metallknöpfe", """
            Hallo Herr Roth,

            danke für das Angebot. Wir nehmen:

            ML-ZUB-7781 Blazerknopf gold 20 mm  -> 3.000 Stk
            Ärmelknopf Metall 15 mm gold -> 6.000 Stk

            Die silbernen Ösenknöpfe (HB-2211) lassen wir vorerst weg.
            Bestellnummer 4500125611, Liefertermin 25.01.2027.

            LG Claudia Lindner

            -----Ursprüngliche Nachricht-----
            Von: Stefan Roth <s.roth@happybuttons.de>
            Betreff: Angebot Metallknöpfe
            HB-2220 Blazerknopf Metall 20 mm gold – 0,31 €/Stk
            HB-2215 Ärmelknopf Metall 15 mm gold – 0,21 €/Stk
            HB-2211 Metallknopf Öse 18 mm silber – 0,26 €/Stk
            """, null, "4500125611", [new("HB-2220", 3000, null, new DateOnly(2027, 1, 25)), new("HB-2215", 6000, null, new DateOnly(2027, 1, 25))]), null),

        (Case("R-109", "text-de", "de", "30106", "Eilt! Knöpfe Polizeiuniformen", """
            Hallo,

            wir brauchen dringend nochmal 5 Tsd. Metallknopf Öse 18 mm silber (HB-2211) und 2 Tsd. Druckknopf Edelstahl 15 mm.
            Liefertermin spätestens 21.12.2026!!

            Best.-Nr. BE-26-1203

            Gruß P. Schmidt

            Von meinem iPhone gesendet
            """, null, "BE-26-1203", [new("HB-2211", 5000, null, new DateOnly(2026, 12, 21)), new("HB-7710", 2000, null, new DateOnly(2026, 12, 21))]), null),

        (Case("R-110", "text-de", "de", "30107", "Bestellung", """
            Sehr geehrte Damen und Herren,

            wir bestellen 10.000 Stück HB-R15 Recycling-Polyesterknopf marine zum Preis von 6,00 EUR pro 100 Stück.
            Liefertermin: 08.02.2027

            Unsere Auftragsnummer: SB-2026-0917

            Mit freundlichen Grüßen
            Strickwaren Becker GmbH
            Buchhaltung / Einkauf
            """, null, "SB-2026-0917", [new("HB-R15", 10000, 0.06m, new DateOnly(2027, 2, 8))]), null),

        (Case("R-111", "text-de", "de", "10042", "Bestellung 55012877", """
            Sehr geehrte Damen und Herren,

            gemäß Rahmenvertrag RV-2024-017 bestellen wir:

            Materialnr. 73-4410-200, Kunststoffknopf PA 20 mm grau, Menge 80.000 ST, Preis 74,00 EUR/1000 ST, Liefertermin 04.01.2027
            Materialnr. 73-4410-212, Clip-Knopf 12 mm schwarz, Menge 30.000 ST, Preis 58,00 EUR/1000 ST, Liefertermin 04.01.2027

            Bestellnummer: 55012877
            Bitte Bestellnummer auf allen Lieferpapieren angeben.

            Mit freundlichen Grüßen
            Jonas Keller
            Einkauf Verbindungselemente
            Autowerk Süd AG, Industriestraße 12, 70565 Stuttgart
            """, null, "55012877", [new("HB-9001", 80000, 0.074m, new DateOnly(2027, 1, 4)), new("HB-9002", 30000, 0.058m, new DateOnly(2027, 1, 4))]), null),

        (Case("R-112", "text-de", "de", "30102", "Bestellung Trachtenknöpfe", """
            Grüß Gott Herr Roth,

            für die neue Lederhosen-Serie bestelle ich
            - 150 Stk Hirschhornknopf 26 mm mit Öse
            - 2.000 Stk Metallknopf 15 mm Öse altmessing (HB-MT-1512)

            Liefern bitte Anfang Februar, genauer weiß ich's noch nicht.

            Und könnten Sie mir ein Angebot für 500 Hornknöpfe 32 mm machen?

            Mit freundlichen Grüßen
            Alex Huber
            """, null, null, [new("HB-HH-2600", 150, null, null), new("HB-MT-1512", 2000, null, null)]), null),

        (Case("R-113", "text-de", "de", "30103", "Bestellung für Hemdenkollektion", """
            Hallo liebes Team,

            für meine kleine Hemdenkollektion bräuchte ich:

            Hemdknopf 11 mm 4-Loch weiß – 4.000 Stück
            Hemdknopf 11 mm 4-Loch hellblau – 2.000 Stück

            Lieferung bis 15. Januar wäre toll (Messe!).
            Bestellzeichen: AR-12/26

            Liebe Grüße
            Rosalie
            """, null, "AR-12/26", [new("HB-1010", 4000, null, new DateOnly(2027, 1, 15)), new("HB-1011", 2000, null, new DateOnly(2027, 1, 15))]), null),

        (Case("R-114", "text-en", "en", "30104", "Purchase Order BW-PO-2291", """
            Dear Stefan,

            Please find our order below:

            HB-2220 Gold metal blazer button 20mm – 2,500 pcs @ EUR 0.34
            HB-2215 Gold metal sleeve button 15mm – 5,000 pcs @ EUR 0.21

            Required delivery: 11 January 2027
            PO number: BW-PO-2291

            Could you also let me know whether you can do the crest buttons (HB-SH-24L-GLD) with our own logo? Not ordering yet, just asking.

            Kind regards,
            Oliver Grant
            Head of Sourcing
            Brightwear Ltd, 14 Savile Row, London W1S 3PJ
            """, null, "BW-PO-2291", [new("HB-2220", 2500, 0.34m, new DateOnly(2027, 1, 11)), new("HB-2215", 5000, 0.21m, new DateOnly(2027, 1, 11))]), null),

        (Case("R-115", "text-en", "en", "10063", "PO 4410-3382", """
            Hi,

            Please deliver the following against framework agreement FA-2025-003:

            NSS-10442  rivet button 15mm black   qty 50,000
            NSS-10443  rivet button 18mm black   qty 40,000

            Delivery date: 2027-01-18, DAP Göteborg.
            Our PO: 4410-3382

            Best regards
            Erik Lindqvist
            Purchasing, Nordic Seating Systems AB
            Fabriksgatan 8, SE-412 50 Göteborg
            """, null, "4410-3382", [new("HB-9105", 50000, null, new DateOnly(2027, 1, 18)), new("HB-9106", 40000, null, new DateOnly(2027, 1, 18))]), null),

        (Case("R-116", "text-en", "en", "30108", "order buttons", """
            Hello Happy Buttons,

            We would like to order:
            20,000 x HB-4H-18L-BLK
            10,000 x HB-4H-28L-WHT
            10,000 x HB-2H-20L-NAV

            Delivery week 4 please. Reference: VDT-7720

            Met vriendelijke groet / Kind regards,
            Sanne van Dijk
            Van Dijk Textiel B.V. | Textielstraat 15 | 7511 Enschede | NL
            """, null, "VDT-7720", [new("HB-4H-18L-BLK", 20000, null, new DateOnly(2027, 1, 25)), new("HB-4H-28L-WHT", 10000, null, new DateOnly(2027, 1, 25)), new("HB-2H-20L-NAV", 10000, null, new DateOnly(2027, 1, 25))]), null),

        (Case("R-117", "text-en", "en", "30105", "Order corozo buttons", """
            Hello,

            Following our call, please send us:
            - 2 000 corozo buttons 25mm dark brown, 4 holes (HB-6025-DB), price 0,39 € each
            - 3 000 corozo buttons 20mm natural (HB-6020), price 0,31 €

            Delivery before 20/01/2027 please, to our atelier Rue du Faubourg Saint-Honoré.
            Our order number is MD-2026-118.

            Thank you and best regards,
            Camille Dupont
            Maison Dupont SARL – Paris
            """, null, "MD-2026-118", [new("HB-6025-DB", 2000, 0.39m, new DateOnly(2027, 1, 20)), new("HB-6020", 3000, 0.31m, new DateOnly(2027, 1, 20))]), null),

        (Case("R-118", "text-en", "en", "30104", "Re: samples / order", """
            Stefan,

            Thanks for the samples, the team loved the horn-look ones. Go ahead with:

            12k of the 23mm horn-look brown (HB-5510)
            8k of the 15mm horn-look brown (HB-5511)

            We'd need them by mid-February latest. PO to follow from accounts, use BW-PO-2304 for now.

            Cheers,
            Oliver

            Sent from Outlook for iOS
            """, null, "BW-PO-2304", [new("HB-5510", 12000, null, null), new("HB-5511", 8000, null, null)]), null),

        (Case("R-119", "text-en", "en", "10063", "Additional order – seat covers", """
            Dear Sir/Madam,

            In addition to our call-off last week we need one more batch:

            Item: NSS-10443 (plastic rivet button 18 mm black)
            Quantity: 20,000 pcs
            Unit price: EUR 75.00 per 1,000 pcs
            Delivery: CW 6 / 2027

            PO no. 4410-3401

            Also, please confirm the forecast for Q2 (approx. 150,000 pcs NSS-10442) – this is not an order.

            Regards,
            Erik Lindqvist
            """, null, "4410-3401", [new("HB-9106", 20000, 0.075m, new DateOnly(2027, 2, 8))]), null),

        (Case("R-120", "text-en", "en", "30108", "PO 2026-0455", """
            Dear Stefan,

            Please book the following order, PO 2026-0455:

            1) Jeans buttons 27L copper, HB-JN-27L-CU – 30,000 pcs
            2) Snap fastener black 15 mm, HB-7711 – 5,000 pcs
            3) Polyester 4-hole 36L grey, HB-4H-36L-GRY – 4,000 pcs

            Requested delivery: 01/02/2027

            Invoice to: Van Dijk Textiel B.V., accounts payable.

            Kind regards,
            Sanne van Dijk
            """, null, "2026-0455", [new("HB-JN-27L-CU", 30000, null, new DateOnly(2027, 2, 1)), new("HB-7711", 5000, null, new DateOnly(2027, 2, 1)), new("HB-4H-36L-GRY", 4000, null, new DateOnly(2027, 2, 1))]), null),

        (Case("R-121", "text-en", "en", "30104", "Order – pearl buttons", """
            Good afternoon,

            Could you please process an order for 1,000 mother of pearl buttons 11mm white (2 hole) and 10 gross of the white 2-hole polyester 11mm? Wait – minimum is 5,000 for those, so make it 5,000 pcs.

            Delivery by 14 January 2027 if at all possible.
            PO: BW-PO-2310

            Many thanks,
            Oliver Grant
            """, null, "BW-PO-2310", [new("HB-PM-1102", 1000, null, new DateOnly(2027, 1, 14)), new("HB-1001", 5000, null, new DateOnly(2027, 1, 14))]), null),

        (Case("R-122", "text-en", "en", "30105", "Commande / order", """
            Bonjour,

            Sorry for my English. We order for the spring collection:

            Reference HB-SH-24L-GLD (metal shank button gold with crest) : 1.500 pieces
            Reference HB-2030 (navy blazer button 20mm) : 2.000 pieces
            Reference HB-2031 (navy sleeve button 15mm) : 4.000 pieces

            Delivery : week 5.
            Bon de commande n° MD-2026-121

            Cordialement,
            Camille Dupont
            """, null, "MD-2026-121", [new("HB-SH-24L-GLD", 1500, null, new DateOnly(2027, 2, 1)), new("HB-2030", 2000, null, new DateOnly(2027, 2, 1)), new("HB-2031", 4000, null, new DateOnly(2027, 2, 1))]), null),

        (Case("R-123", "text-en", "en", "10063", "PO 4410-3415 / urgent", """
            Erik here – quick one.

            PO 4410-3415: 30,000 pcs NSS-10442, delivery 11.01.2027.

            Price as per agreement (EUR 0.068).

            Thanks!
            Erik Lindqvist | Nordic Seating Systems AB | +46 31 555 12 34
            """, null, "4410-3415", [new("HB-9105", 30000, 0.068m, new DateOnly(2027, 1, 11))]), null),

        (Case("R-124", "text-en", "en", "30108", "New order", """
            Hi team,

            Please supply 15,000 pcs recycled polyester buttons 15mm navy (HB-R15) and 10,000 pcs stainless steel snaps 15mm (HB-7710).
            Prices: 0.06 and 0.18 EUR/pc.
            No rush, sometime in February is fine.

            Our ref: VDT-7744

            Regards,
            Sanne
            """, null, "VDT-7744", [new("HB-R15", 15000, 0.06m, null), new("HB-7710", 10000, 0.18m, null)]), null),

        (Case("R-125", "text-en", "en", "30105", "Re: Re: prices", """
            Hello Stefan,

            OK for the price of the horn buttons. So we confirm our order:

            600 pcs horn button 20 mm dark brown 4 holes – HB-HN-2007
            400 pcs horn button 25 mm dark brown – HB-HN-2507

            The 32 mm ones you said are discontinued, so we don't take them.
            Delivery: 25 January 2027.

            Best regards,
            Camille

            > The horn buttons 20 mm are EUR 0.42, 25 mm EUR 0.54 per piece.
            > The 32 mm (HB-HN-3207) is unfortunately no longer available.
            """, null, null, [new("HB-HN-2007", 600, null, new DateOnly(2027, 1, 25)), new("HB-HN-2507", 400, null, new DateOnly(2027, 1, 25))]), null),

        (Case("R-126", "pdf-table", "de", "10042", "Bestellung 55012901", """
            Sehr geehrte Damen und Herren,

            anbei erhalten Sie unsere Bestellung 55012901.

            Mit freundlichen Grüßen
            Autowerk Süd AG – Einkauf
            """, "R-126.pdf", "55012901", [new("HB-9001", 60000, 0.074m, new DateOnly(2027, 1, 11)), new("HB-9002", 20000, 0.058m, new DateOnly(2027, 1, 18))]),
            new OrderPdf()
                .Line("Autowerk Süd AG", 50, 14, true).Line("Industriestraße 12 · 70565 Stuttgart").Line("")
                .Line("BESTELLUNG", 50, 12, true).Line("Bestellnummer: 55012901      Datum: 07.12.2026").Line("Lieferant: 88120 Happy Buttons GmbH, München")
                .Table([new PdfColumn("Pos", 40, 30), new PdfColumn("Material", 75, 90), new PdfColumn("Bezeichnung", 170, 160), new PdfColumn("Menge", 335, 60, true),
                    new PdfColumn("ME", 400, 30), new PdfColumn("Preis/1000", 435, 60, true), new PdfColumn("Liefertermin", 500, 65)])
                .Row("10", "73-4410-200", "Kunststoffknopf PA 20 grau", "60.000", "ST", "74,00", "11.01.2027")
                .Row("20", "73-4410-212", "Clip-Knopf 12 sw", "20.000", "ST", "58,00", "18.01.2027")
                .Foot("Es gelten unsere Einkaufsbedingungen und Rahmenvertrag RV-2024-017.").Foot("Lieferschein mit Bestellnummer und Materialnummer.").Build()),

        (Case("R-127", "pdf-table", "de", "10057", "Bestellung 4700-88240", """
            Guten Tag,

            im Anhang unsere Bestellung. Bitte bestätigen Sie Termin und Preis.

            Sabine Kessler
            Hausgeräte Kessler GmbH
            """, "R-127.pdf", "4700-88240", [new("HB-K200", 10000, 0.38m, new DateOnly(2027, 1, 25)), new("HB-K310", 4000, 0.82m, new DateOnly(2027, 1, 25)), new("HB-K400", 2000, 0.95m, new DateOnly(2027, 2, 1))]),
            new OrderPdf()
                .Line("Hausgeräte Kessler GmbH", 350, 12, true).Line("Am Gewerbepark 4, 33330 Gütersloh", 350, 9)
                .Line("Bestellung Nr. 4700-88240", 50, 13, true).Line("Bestelldatum 04.12.2026 · Ansprechpartner S. Kessler").Line("")
                .Table([new PdfColumn("Pos.", 40, 30), new PdfColumn("Unsere Art.-Nr.", 72, 85), new PdfColumn("Ihre Art.-Nr.", 160, 70), new PdfColumn("Text", 232, 120),
                    new PdfColumn("Menge", 355, 55, true), new PdfColumn("EP €", 413, 45, true), new PdfColumn("Gesamt €", 460, 50, true), new PdfColumn("Termin", 513, 52)])
                .Row("1", "KH-BK-0200", "HB-K200", "Bedienknopf weiß", "10.000", "0,38", "3.800,00", "KW 04")
                .Row("2", "KH-DK-0310", "HB-K310", "Drehknopf chrom", "4.000", "0,82", "3.280,00", "KW 04")
                .Row("3", "", "HB-K400", "Drehknopf anthrazit", "2.000", "0,95", "1.900,00", "KW 05")
                .Foot("Summe netto: 8.980,00 EUR").Foot("Zahlung 30 Tage netto. Gerichtsstand Gütersloh.").Build()),

        (Case("R-128", "pdf-table", "de", "20011", "Bestellung 2026-4502", """
            Moin,

            Bestellung 2026-4502 im Anhang.

            Gruß aus Hamburg
            T. Faden
            """, "R-128.pdf", "2026-4502", [new("HB-1001", 50000, 0.028m, new DateOnly(2027, 1, 18)), new("HB-1002", 25000, 0.032m, new DateOnly(2027, 1, 18)), new("HB-1003", 25000, 0.038m, new DateOnly(2027, 1, 18)), new("HB-4720-R", 1000, 0.07m, new DateOnly(2027, 1, 18))]),
            new OrderPdf()
                .Line("Knopf & Faden Großhandel KG", 50, 13, true).Line("Hanseatenweg 21 · 22113 Hamburg · Tel. 040 789 00-0", 50, 8)
                .Line("Bestellung 2026-4502", 50, 12, true).Line("Liefertermin für alle Positionen: 18.01.2027").Line("Kreditor-Nr. 70455")
                .Table([new PdfColumn("Artikel", 40, 90), new PdfColumn("Bezeichnung", 135, 200), new PdfColumn("Menge (Stk)", 340, 70, true), new PdfColumn("Preis/100", 415, 65, true), new PdfColumn("Wert", 485, 75, true)])
                .Row("HB-1001", "Polyesterknopf 2-L 11 mm weiß", "50.000", "2,80", "1.400,00")
                .Row("HB-1002", "Polyesterknopf 2-L 13 mm weiß", "25.000", "3,20", "800,00")
                .Row("HB-1003", "Polyesterknopf 4-L 15 mm weiß", "25.000", "3,80", "950,00")
                .Row("HB-4720-R", "Knopf 4-L 20 mm rot", "1.000", "7,00", "70,00")
                .Foot("Gesamtwert netto 3.220,00 EUR").Build()),

        (Case("R-129", "pdf-table", "de", "30101", "Bestellung 4500125702", """
            Hallo Herr Roth,

            anbei Bestellung 4500125702. Danke!

            Claudia Lindner
            """, "R-129.pdf", "4500125702", [new("HB-MT-1512", 3000, 0.214m, new DateOnly(2027, 2, 15)), new("HB-2220", 2000, 0.31m, new DateOnly(2027, 2, 15))]),
            new OrderPdf()
                .Line("MODEHAUS LINDNER", 50, 16, true).Line("Maximilianstraße 30 · 80539 München").Line("")
                .Line("Bestellung 4500125702 vom 07.12.2026", 50, 11, true).Line("Gewünschter Wareneingang: 15.02.2027")
                .Table([new PdfColumn("Nr.", 40, 30), new PdfColumn("Artikel", 75, 100), new PdfColumn("Beschreibung", 180, 190), new PdfColumn("Stück", 375, 60, true), new PdfColumn("Preis/Stk.", 440, 60, true), new PdfColumn("Summe", 505, 60, true)])
                .Row("1", "HB-MT-1512", "Metallknopf 15 mm Öse altmessing", "3.000", "0,214", "642,00")
                .Row("2", "ML-ZUB-7781", "Blazerknopf gold 20 mm", "2.000", "0,31", "620,00")
                .Foot("Bitte Lieferung an Lager Freiham, Rampe B.").Build()),

        (Case("R-130", "pdf-table", "en", "10063", "Purchase order 4410-3430", """
            Hello,

            Please see attached PO 4410-3430.

            Best regards
            Nordic Seating Systems AB – Purchasing
            """, "R-130.pdf", "4410-3430", [new("HB-9105", 40000, 0.068m, new DateOnly(2027, 2, 1)), new("HB-9106", 30000, 0.075m, new DateOnly(2027, 2, 1))]),
            new OrderPdf()
                .Line("Nordic Seating Systems AB", 50, 14, true).Line("Fabriksgatan 8, 412 50 Göteborg, Sweden").Line("")
                .Line("PURCHASE ORDER", 350, 14, true).Line("PO number: 4410-3430", 350).Line("Date: 2026-12-07", 350).Line("Incoterms: DAP Göteborg", 350)
                .Table([new PdfColumn("Line", 40, 35), new PdfColumn("Item", 80, 80), new PdfColumn("Description", 165, 170), new PdfColumn("Qty", 340, 60, true), new PdfColumn("Unit price EUR", 405, 70, true), new PdfColumn("Delivery", 480, 80)])
                .Row("1", "NSS-10442", "Rivet button 15 mm black", "40,000", "0.068", "2027-02-01")
                .Row("2", "NSS-10443", "Rivet button 18 mm black", "30,000", "0.075", "2027-02-01")
                .Foot("Please confirm within 48 hours. Framework agreement FA-2025-003 applies.").Build()),

        (Case("R-131", "pdf-table", "de", "30106", "Bestellung BE-26-1210", """
            Sehr geehrte Damen und Herren,

            bitte beachten Sie die angehängte Bestellung BE-26-1210.

            Mit freundlichen Grüßen
            Petra Schmidt
            """, "R-131.pdf", "BE-26-1210", [new("HB-2030", 3000, 0.19m, new DateOnly(2027, 1, 22)), new("HB-2031", 6000, 0.14m, new DateOnly(2027, 1, 22)), new("HB-KJ-12", 2000, 0.22m, new DateOnly(2027, 1, 22))]),
            new OrderPdf()
                .Line("Uniform Partner Schmidt GmbH", 50, 13, true).Line("Industriering 9 · 41065 Mönchengladbach", 50, 9).Line("")
                .Line("Bestellung BE-26-1210", 50, 12, true).Line("Liefertermin: 22.01.2027 fix").Line("Lieferbedingung: frei Haus")
                .Table([new PdfColumn("Pos", 40, 28), new PdfColumn("Menge", 70, 55, true), new PdfColumn("Einh.", 130, 35), new PdfColumn("Artikel / Bezeichnung", 170, 230), new PdfColumn("E-Preis", 405, 70, true), new PdfColumn("Betrag", 480, 80, true)])
                .Row("1", "3.000", "Stk", "HB-2030 Blazerknopf Kunststoff 20 mm marine", "0,19 €", "570,00 €")
                .Row("2", "6.000", "Stk", "HB-2031 Ärmelknopf Kunststoff 15 mm marine", "0,14 €", "840,00 €")
                .Row("3", "2.000", "Stk", "HB-KJ-12 Kochjackenknopf abnehmbar weiß", "0,22 €", "440,00 €")
                .Foot("Summe: 1.850,00 € zzgl. MwSt.").Build()),

        (Case("R-132", "pdf-table", "en", "30104", "PO BW-PO-2318", """
            Hi Stefan,

            PO attached – please confirm.

            Oliver
            """, "R-132.pdf", "BW-PO-2318", [new("HB-HH-2200", 400, 1.18m, new DateOnly(2027, 1, 29)), new("HB-HH-2600", 200, 1.45m, new DateOnly(2027, 1, 29)), new("HB-PM-1102", 2000, 0.58m, new DateOnly(2027, 1, 29))]),
            new OrderPdf()
                .Line("BRIGHTWEAR LTD", 50, 15, true).Line("14 Savile Row · London W1S 3PJ · United Kingdom", 50, 9).Line("")
                .Line("Purchase Order BW-PO-2318", 50, 12, true).Line("Supplier: Happy Buttons GmbH").Line("Ship by: 29 Jan 2027")
                .Table([new PdfColumn("SKU", 40, 80), new PdfColumn("Description", 125, 210), new PdfColumn("Qty", 340, 55, true), new PdfColumn("Unit (EUR)", 400, 70, true), new PdfColumn("Total (EUR)", 475, 85, true)])
                .Row("HB-HH-2200", "Staghorn button 22mm 2-hole natural", "400", "1.18", "472.00")
                .Row("HB-HH-2600", "Staghorn button 26mm shank natural", "200", "1.45", "290.00")
                .Row("HB-PM-1102", "Mother of pearl 11mm 2-hole white", "2,000", "0.58", "1,160.00")
                .Foot("Total EUR 1,922.00").Foot("VAT reg. GB123456789").Build()),

        (Case("R-133", "pdf-table", "de", "30107", "Bestellung SB-2026-0931", """
            Hallo,

            im Anhang unsere Bestellung.

            Gruß
            Strickwaren Becker
            """, "R-133.pdf", "SB-2026-0931", [new("HB-5510", 5000, null, new DateOnly(2027, 3, 1)), new("HB-5511", 10000, null, new DateOnly(2027, 3, 1)), new("HB-8040", 600, null, new DateOnly(2027, 3, 1))]),
            new OrderPdf()
                .Line("Strickwaren Becker GmbH · Wollweg 3 · 72379 Hechingen", 50, 8).Line("")
                .Line("Happy Buttons GmbH", 50).Line("München").Line("")
                .Line("Bestellung SB-2026-0931", 50, 12, true).Line("Liefertermin: KW 09/2027")
                .Table([new PdfColumn("Artikelnummer", 40, 95), new PdfColumn("Artikel", 140, 230), new PdfColumn("Anzahl", 375, 70, true), new PdfColumn("Bemerkung", 450, 110)])
                .Row("HB-5510", "Knopf Hornoptik 23 mm braun", "5.000", "")
                .Row("HB-5511", "Knopf Hornoptik 15 mm braun", "10.000", "")
                .Row("HB-8040", "Holzknebel 40 mm natur", "600", "lose, nicht auf Karte")
                .Foot("Preise lt. aktueller Preisliste.").Build()),

        (Case("R-134", "pdf-table", "en", "30108", "PO 2026-0471", """
            Dear Happy Buttons,

            Attached our purchase order 2026-0471.

            Kind regards,
            Sanne van Dijk
            """, "R-134.pdf", "2026-0471", [new("HB-JN-27L-CU", 40000, 0.095m, new DateOnly(2027, 1, 25)), new("HB-3305", 8000, 0.12m, new DateOnly(2027, 1, 25))]),
            new OrderPdf()
                .Line("Van Dijk Textiel B.V.", 50, 14, true).Line("Textielstraat 15, 7511 Enschede, Nederland").Line("")
                .Line("INKOOPORDER / PURCHASE ORDER", 50, 12, true).Line("Order no.: 2026-0471").Line("Date: 07-12-2026")
                .Table([new PdfColumn("Art.nr.", 40, 90), new PdfColumn("Omschrijving / Description", 135, 190), new PdfColumn("Aantal", 330, 60, true), new PdfColumn("Prijs/1000", 395, 65, true), new PdfColumn("Leverdatum", 465, 95)])
                .Row("HB-JN-27L-CU", "Jeans button 27L copper", "40.000", "95,00", "25-01-2027")
                .Row("HB-3305", "Snap button brass nickel 12mm", "8.000", "120,00", "25-01-2027")
                .Foot("Prices in EUR. Delivery DAP Enschede.").Build()),

        (Case("R-135", "pdf-table", "de", "30102", "Bestellung", """
            Grüß Gott,

            Bestellung als PDF anbei.

            Alex Huber
            Trachten Huber e.K.
            """, "R-135.pdf", "TH-2026-088", [new("HB-ZN-1400", 1000, 0.64m, new DateOnly(2027, 1, 15)), new("HB-HH-1800", 300, 0.92m, new DateOnly(2027, 1, 15))]),
            new OrderPdf()
                .Line("Trachten Huber e.K.", 50, 14, true).Line("Ludwigstraße 5 · 83022 Rosenheim").Line("")
                .Line("Bestellung Nr. TH-2026-088", 50, 11, true).Line("Liefertermin: 15.01.2027")
                .Table([new PdfColumn("Menge", 40, 60, true), new PdfColumn("Artikel-Nr.", 110, 90), new PdfColumn("Bezeichnung", 205, 200), new PdfColumn("Einzelpreis", 410, 70, true), new PdfColumn("Gesamt", 485, 75, true)])
                .Row("1.000", "HB-ZN-1400", "Zinnknopf 14 mm Edelweiß", "0,64", "640,00")
                .Row("300", "HB-HH-1800", "Hirschhornknopf 18 mm natur", "0,92", "276,00")
                .Foot("Alle Preise in EUR netto.").Build()),

        (Case("R-136", "pdf-table", "de", "10057", "Bestellung 4700-88262", """
            Sehr geehrte Damen und Herren,

            beigefügt erhalten Sie unsere Bestellung 4700-88262. Die Bestellung 4700-88213 bleibt unverändert bestehen.

            Mit freundlichen Grüßen
            Mika Brandt
            """, "R-136.pdf", "4700-88262", [new("HB-K311", 8000, 0.50m, new DateOnly(2027, 2, 8))]),
            new OrderPdf()
                .Line("kessler group", 50, 16, true).Line("Hausgeräte Kessler GmbH · Am Gewerbepark 4 · 33330 Gütersloh", 50, 8).Line("")
                .Line("Bestellung / Purchase Order", 50, 12, true).Line("Nummer: 4700-88262").Line("Rahmenvertrag: RV-2023-044")
                .Table([new PdfColumn("Pos", 40, 30), new PdfColumn("Material", 75, 90), new PdfColumn("Kurztext", 170, 170), new PdfColumn("Bestellmenge", 345, 70, true), new PdfColumn("Nettopreis", 420, 60, true), new PdfColumn("Lieferdatum", 485, 75)])
                .Row("00010", "KH-TK-0311", "Tastenknopf chrom matt", "8.000 ST", "0,50", "08.02.2027")
                .Foot("Bitte Materialnummer auf Lieferschein angeben.").Build()),

        (Case("R-137", "pdf-table", "en", "30105", "Purchase order MD-2026-130", """
            Bonjour Stefan,

            Please find attached our order.

            Camille
            """, "R-137.pdf", "MD-2026-130", [new("HB-2210", 2000, 0.26m, new DateOnly(2027, 2, 10)), new("HB-2211", 2000, 0.26m, new DateOnly(2027, 2, 10)), new("HB-7711", 1000, 0.15m, new DateOnly(2027, 2, 10))]),
            new OrderPdf()
                .Line("MAISON DUPONT", 50, 16, true).Line("12 Rue du Faubourg Saint-Honoré · 75008 Paris").Line("")
                .Line("BON DE COMMANDE / PURCHASE ORDER  N° MD-2026-130", 50, 11, true).Line("Date de livraison / Delivery date: 10/02/2027")
                .Table([new PdfColumn("Réf.", 40, 80), new PdfColumn("Désignation", 125, 200), new PdfColumn("Qté", 330, 60, true), new PdfColumn("P.U. €", 395, 60, true), new PdfColumn("Montant €", 460, 100, true)])
                .Row("HB-2210", "Bouton métal queue 18 mm laiton vieilli", "2 000", "0,26", "520,00")
                .Row("HB-2211", "Bouton métal queue 18 mm argent", "2 000", "0,26", "520,00")
                .Row("HB-7711", "Bouton pression 15 mm noir", "1 000", "0,15", "150,00")
                .Foot("Total HT : 1 190,00 €").Build()),

        (Case("R-138", "pdf-table", "de", "20011", "Bestellung 2026-4519", """
            Sehr geehrte Damen und Herren,

            anbei Bestellung 2026-4519. Bitte Lieferung in einem Rutsch.

            Freundliche Grüße
            Knopf & Faden Großhandel KG
            """, "R-138.pdf", "2026-4519", [new("HB-4711", 100000, 0.036m, new DateOnly(2027, 2, 1)), new("HB-MS-01", 40, 9.50m, new DateOnly(2027, 2, 1)), new("HB-1010", 20000, 0.03m, new DateOnly(2027, 2, 1))]),
            new OrderPdf()
                .Line("Knopf & Faden Großhandel KG", 50, 13, true).Line("Hanseatenweg 21 · 22113 Hamburg").Line("")
                .Line("Bestellung 2026-4519", 50, 12, true).Line("Datum: 07.12.2026")
                .Table([new PdfColumn("Pos", 40, 30), new PdfColumn("Unsere Nr.", 75, 75), new PdfColumn("Bezeichnung", 155, 170), new PdfColumn("Menge", 330, 60, true), new PdfColumn("Preis", 395, 60, true), new PdfColumn("Termin", 460, 100)])
                .Row("1", "KF-100-15S", "Knopf 4-Loch 15 mm schwarz", "100.000", "0,036", "01.02.2027")
                .Row("2", "KF-900-01", "HB-MS-01 Mustersortiment Hemdenknöpfe", "40", "9,50", "01.02.2027")
                .Row("3", "KF-200-11W", "HB-1010 Hemdknopf 11 mm weiß", "20.000", "0,030", "01.02.2027")
                .Foot("Preise in EUR je Stück.").Build()),

        (Case("R-139", "pdf-table", "de", "30103", "Bestellung Atelier Rosalie", """
            Hallo,

            meine Bestellung hängt an.

            Liebe Grüße
            Rosalie Marx
            """, "R-139.pdf", null, [new("HB-HH-1800", 100, null, new DateOnly(2027, 1, 11)), new("HB-4720-R", 200, null, new DateOnly(2027, 1, 11))]),
            new OrderPdf()
                .Line("Atelier Rosalie", 50, 18, true).Line("Maßschneiderei · Kastanienallee 77 · 10435 Berlin", 50, 9).Line("")
                .Line("Bestellung vom 6. Dezember 2026", 50, 11, true).Line("Lieferung bis: 11.01.2027")
                .Table([new PdfColumn("Was", 40, 250), new PdfColumn("Art.-Nr.", 300, 90), new PdfColumn("Stück", 400, 60, true)])
                .Row("Hirschhornknöpfe 18 mm natur", "HB-HH-1800", "100")
                .Row("rote Knöpfe 4-Loch 20 mm", "HB-4720-R", "200")
                .Foot("Danke! Bezahlung per Überweisung nach Rechnung.").Build()),

        (Case("R-140", "pdf-table", "en", "10063", "PO 4410-3447", """
            Dear supplier,

            Attached PO 4410-3447. Note: line 2 is a forecast only and not to be delivered.

            Regards,
            Erik Lindqvist
            """, "R-140.pdf", "4410-3447", [new("HB-9105", 20000, 0.068m, new DateOnly(2027, 2, 15))]),
            new OrderPdf()
                .Line("Nordic Seating Systems AB", 50, 14, true).Line("Fabriksgatan 8, 412 50 Göteborg").Line("")
                .Line("PURCHASE ORDER 4410-3447", 50, 12, true)
                .Table([new PdfColumn("Line", 40, 35), new PdfColumn("Item", 80, 80), new PdfColumn("Description", 165, 150), new PdfColumn("Qty", 320, 60, true), new PdfColumn("Price EUR", 385, 55, true), new PdfColumn("Date", 445, 60), new PdfColumn("Status", 510, 55)])
                .Row("1", "NSS-10442", "Rivet button 15 mm black", "20,000", "0.068", "2027-02-15", "Firm")
                .Row("2", "NSS-10443", "Rivet button 18 mm black", "60,000", "0.075", "2027-04-12", "Forecast")
                .Foot("Forecast lines are for planning only.").Build()),

        (Case("R-141", "free-text", "de", "30102", "Knöpfe", """
            Hallo Herr Roth,

            ich bräuchte für die Dirndlblusen wieder die kleinen Perlmuttknöpfe, 11 mm weiß, davon tausend Stück, und von den Zinnknöpfen mit dem Edelweiß nochmal fünfhundert. Wenn das bis zum 20. Januar klappt, wär ich froh.

            Schöne Grüße aus Rosenheim
            Alex Huber
            """, null, null, [new("HB-PM-1102", 1000, null, new DateOnly(2027, 1, 20)), new("HB-ZN-1400", 500, null, new DateOnly(2027, 1, 20))]), null),

        (Case("R-142", "free-text", "de", "30101", "Bestellung", """
            Lieber Herr Roth,

            nach Rücksprache mit unserer Designabteilung möchten wir gern die Hirschhornknöpfe 22 mm in natur bestellen, und zwar 250 Stück zum Listenpreis von 1,18 Euro. Die Lieferung sollte spätestens am 22. Januar 2027 bei uns sein, da die Fertigung danach startet. Bitte vermerken Sie unsere Bestellnummer 4500125733 auf dem Lieferschein.

            Wegen der Hornknöpfe 25 mm melde ich mich nächste Woche noch separat.

            Herzliche Grüße
            Claudia Lindner
            """, null, "4500125733", [new("HB-HH-2200", 250, 1.18m, new DateOnly(2027, 1, 22))]), null),

        (Case("R-143", "free-text", "de", "30107", "Knöpfe für Trachtenstrick", """
            Sehr geehrte Damen und Herren,

            wir möchten bei Ihnen zweitausend Hirschhornknöpfe 18 mm bestellen sowie 800 Hornknöpfe 20 mm in dunkelbraun. Geliefert werden soll in KW 7. Bitte schicken Sie uns eine Auftragsbestätigung mit Ihren aktuellen Preisen.

            Unser Zeichen: SB-2026-0944

            Mit freundlichen Grüßen
            Strickwaren Becker GmbH
            """, null, "SB-2026-0944", [new("HB-HH-1800", 2000, null, new DateOnly(2027, 2, 15)), new("HB-HN-2007", 800, null, new DateOnly(2027, 2, 15))]), null),

        (Case("R-144", "free-text", "de", "30106", "Nachbestellung Kochjacken", """
            Hallo Frau Yilmaz,

            unsere Kochjacken-Produktion läuft besser als gedacht, deshalb brauchen wir nochmal die abnehmbaren Kochjackenknöpfe mit Splint – diesmal bitte 6.000 Stück. Preis wie beim letzten Mal (0,21 €). Wenn möglich Lieferung noch vor Weihnachten, spätestens aber am 18.12.

            Bestellnummer von uns: BE-26-1222

            Danke und Gruß
            Petra Schmidt
            """, null, "BE-26-1222", [new("HB-KJ-12", 6000, 0.21m, new DateOnly(2026, 12, 18))]), null),

        (Case("R-145", "free-text", "de", "30103", "kleine Bestellung", """
            Hi ihr Lieben,

            ich nehme von den Holzknebeln 40 mm 200 Stück für die Dufflecoats, und dazu noch einen Sortimentskasten Basic für die Werkstatt. Eilt nicht, irgendwann im Januar reicht völlig.

            Liebe Grüße aus Berlin
            Rosalie
            """, null, null, [new("HB-8040", 200, null, null), new("HB-SK-25", 1, null, null)]), null),

        (Case("R-146", "free-text", "de", "20011", "Zusatzbestellung", """
            Sehr geehrte Damen und Herren,

            zusätzlich zu unserer Bestellung 2026-4519 benötigen wir kurzfristig noch 30.000 Stück von unserem KF-100-18S. Bitte liefern Sie diese mit separatem Lieferschein bis zum 08.01.2027. Als Bestellnummer gilt 2026-4533.

            Die Hemdknöpfe aus 2026-4519 bleiben wie bestellt.

            Mit freundlichen Grüßen
            Thomas Faden
            """, null, "2026-4533", [new("HB-4712", 30000, null, new DateOnly(2027, 1, 8))]), null),

        (Case("R-147", "free-text", "de", "10057", "Muster + Bestellung Drehknopf", """
            Hallo Herr Roth,

            wie am Telefon besprochen, bestellen wir hiermit die anthrazitfarbenen Drehknöpfe in einer Menge von dreitausend Stück zu je 0,95 €, Liefertermin 01.03.2027. Bestellnummer 4700-88290.

            Für die neue Geschirrspüler-Serie hätten wir außerdem gern ein Angebot über ca. 50.000 Bedienknöpfe weiß – bitte noch nicht liefern.

            Viele Grüße
            Sabine Kessler
            """, null, "4700-88290", [new("HB-K400", 3000, 0.95m, new DateOnly(2027, 3, 1))]), null),

        (Case("R-148", "free-text", "de", "30101", "Nachtrag", """
            Hallo,

            kleiner Nachtrag zu unserer Bestellung 4500125702 von heute früh: Wir hätten zusätzlich gern noch 1.000 Stück der dunkelbraunen Hornknöpfe in 25 mm, gleiche Lieferung, also zum 15.02.2027. Bitte unter derselben Bestellnummer führen.

            Danke!
            Claudia Lindner
            """, null, "4500125702", [new("HB-HN-2507", 1000, null, new DateOnly(2027, 2, 15))]), null),

        (Case("R-149", "free-text", "en", "30104", "buttons for the new coats", """
            Hi Stefan,

            Hope you're well. We've signed off the coat range, so please put through an order for the 40mm wooden toggles – 1,200 of them – and 2,000 of the dark brown 25mm corozo buttons. Happy with list prices. Ideally these land with us by 5 February.

            PO reference BW-PO-2325.

            Thanks a lot,
            Oliver
            """, null, "BW-PO-2325", [new("HB-8040", 1200, null, new DateOnly(2027, 2, 5)), new("HB-6025-DB", 2000, null, new DateOnly(2027, 2, 5))]), null),

        (Case("R-150", "free-text", "en", "30108", "order", """
            Dear Stefan,

            We'd like to order five thousand of the navy 15mm recycled buttons and another twenty thousand of the white 28L four-hole polyester buttons. Delivery in week 3 would be perfect. Our order number is VDT-7761.

            By the way, could you send us your 2027 price list?

            Kind regards,
            Sanne van Dijk
            """, null, "VDT-7761", [new("HB-R15", 5000, null, new DateOnly(2027, 1, 18)), new("HB-4H-28L-WHT", 20000, null, new DateOnly(2027, 1, 18))]), null),

        (Case("R-151", "call-off", "de", "10042", "Lieferabruf Nr. 0087 zu RV-2024-017", """
            LIEFERABRUF

            Abruf-Nr.: LA-2026-0087
            Rahmenvertrag: RV-2024-017
            Lieferant: Happy Buttons GmbH, Lief.-Nr. 88120

            Sachnummer      Bezeichnung               Abrufmenge   Termin
            73-4410-200     Kunststoffknopf PA 20 gr   40.000 ST   14.12.2026
            73-4410-200     Kunststoffknopf PA 20 gr   40.000 ST   11.01.2027
            73-4410-212     Clip-Knopf 12 sw           20.000 ST   11.01.2027

            Vorschau (unverbindlich): 73-4410-200  120.000 ST  Februar 2027

            Autowerk Süd AG · Disposition · einkauf@autowerk-sued.de
            """, null, "LA-2026-0087", [new("HB-9001", 40000, null, new DateOnly(2026, 12, 14)), new("HB-9001", 40000, null, new DateOnly(2027, 1, 11)), new("HB-9002", 20000, null, new DateOnly(2027, 1, 11))]), null),

        (Case("R-152", "call-off", "de", "10057", "Abruf 12/2026 aus RV-2023-044", """
            Guten Tag,

            aus unserem Rahmenvertrag RV-2023-044 rufen wir ab:

            Abruf-Nr. AB-4471
            KH-BK-0200   15.000 St.   KW 51
            KH-DK-0310    5.000 St.   KW 51

            Preise gem. Rahmenvertrag. Anlieferung Werk Gütersloh, Tor 3, Mo–Fr 6–14 Uhr.

            Mit freundlichen Grüßen
            Mika Brandt
            Disposition Hausgeräte Kessler GmbH
            """, null, "AB-4471", [new("HB-K200", 15000, null, new DateOnly(2026, 12, 14)), new("HB-K310", 5000, null, new DateOnly(2026, 12, 14))]), null),

        (Case("R-153", "call-off", "en", "10063", "Call-off 17 / FA-2025-003", """
            Call-off no. CO-2026-17
            Framework agreement FA-2025-003

            Part no.    Qty       Requested date
            NSS-10442   25,000    2027-01-04
            NSS-10443   25,000    2027-01-04
            NSS-10442   25,000    2027-01-25

            Please confirm by return.
            Erik Lindqvist, Nordic Seating Systems AB
            """, null, "CO-2026-17", [new("HB-9105", 25000, null, new DateOnly(2027, 1, 4)), new("HB-9106", 25000, null, new DateOnly(2027, 1, 4)), new("HB-9105", 25000, null, new DateOnly(2027, 1, 25))]), null),

        (Case("R-154", "call-off", "de", "20011", "Abruf zur Jahresvereinbarung", """
            Sehr geehrte Damen und Herren,

            aus der Jahresvereinbarung RV-2022-009 rufen wir folgende Mengen ab (Abruf 2026-A-23):

            KF-100-15S  50 VE à 1.000 Stk  – Liefertermin 04.01.2027
            HB-SK-25    10 Stk             – Liefertermin 04.01.2027

            Mit freundlichen Grüßen
            T. Faden
            Knopf & Faden Großhandel KG
            """, null, "2026-A-23", [new("HB-4711", 50000, null, new DateOnly(2027, 1, 4)), new("HB-SK-25", 10, null, new DateOnly(2027, 1, 4))]), null),

        (Case("R-155", "call-off", "de", "10042", "Abruf LA-2026-0091", """
            Sehr geehrte Frau Roth, sehr geehrter Herr Roth,

            bitte folgenden Abruf einplanen:

            Abruf: LA-2026-0091
            Sachnr. 73-4410-212  Menge 30.000  Liefertermin KW 2/27
            Sachnr. 73-4410-200  Menge 50.000  Liefertermin KW 3/27   Preis 74,00 €/1000

            Der Abruf LA-2026-0087 Pos. 2 (40.000 St., 11.01.) wird hiermit storniert und durch diesen ersetzt.

            Freundliche Grüße
            Dr. Anna Weber
            Autowerk Süd AG
            """, null, "LA-2026-0091", [new("HB-9002", 30000, null, new DateOnly(2027, 1, 11)), new("HB-9001", 50000, 0.074m, new DateOnly(2027, 1, 18))]), null),

        (Case("R-156", "call-off", "de", "10057", "Lieferabruf AB-4490", """
            Hallo Frau Yilmaz,

            Abruf AB-4490 aus RV-2023-044:
            - 10 Tsd. Tastenknöpfe chrom matt (KH-TK-0311) zum 11.01.2027
            - 10 Tsd. Tastenknöpfe chrom matt (KH-TK-0311) zum 08.02.2027

            Bitte wie immer auf Euro-Paletten.

            Gruß
            Sabine Kessler
            """, null, "AB-4490", [new("HB-K311", 10000, null, new DateOnly(2027, 1, 11)), new("HB-K311", 10000, null, new DateOnly(2027, 2, 8))]), null),

        (Case("R-157", "call-off", "de", "20011", "Abruf 2026-A-24", """
            Moin Herr Roth,

            Abruf 2026-A-24:
            KF-100-18S – 15.000 Stk – KW 4
            KF-100-15S – 20.000 Stk – KW 4

            Die Menge für KF-100-15S im März (ca. 80.000) ist nur als Info für Ihre Planung.

            Gruß
            Thomas Faden
            """, null, "2026-A-24", [new("HB-4712", 15000, null, new DateOnly(2027, 1, 25)), new("HB-4711", 20000, null, new DateOnly(2027, 1, 25))]), null),

        (Case("R-158", "call-off", "de", "10063", "Abruf CO-2026-18", """
            Hej Stefan,

            sorry, ich schreibe mal auf Deutsch, unser neuer Disponent spricht es besser :)

            Abruf CO-2026-18 aus FA-2025-003:
            NSS-10443 – 30.000 Stück – Liefertermin 22.02.2027

            Mit freundlichen Grüßen
            Erik Lindqvist
            Nordic Seating Systems AB
            """, null, "CO-2026-18", [new("HB-9106", 30000, null, new DateOnly(2027, 2, 22))]), null),

        (Case("R-159", "call-off", "de", "10042", "Lieferabruf", """
            ---------------------------------------------
            AUTOWERK SÜD AG – LIEFERABRUF (EDI-Ersatz)
            ---------------------------------------------
            Abrufnummer ........ LA-2026-0094
            Werk ............... Stuttgart-Vaihingen
            Abladestelle ....... Halle 7

            Pos  Sachnummer    Menge      Termin
            001  73-4410-200   60000 ST   25.01.2027
            002  73-4410-200   60000 ST   22.02.2027

            Dieser Abruf wurde maschinell erstellt und ist ohne Unterschrift gültig.
            """, null, "LA-2026-0094", [new("HB-9001", 60000, null, new DateOnly(2027, 1, 25)), new("HB-9001", 60000, null, new DateOnly(2027, 2, 22))]), null),

        (Case("R-160", "call-off", "de", "10057", "Abruf AB-4502 / Rahmenvertrag", """
            Sehr geehrte Damen und Herren,

            im Rahmen des Vertrags RV-2023-044 rufen wir ab:

            Abruf AB-4502
            Bedienknopf weiß hochglanz (KH-BK-0200): 20.000 St. zum Vertragspreis 0,38 €, Liefertermin 15.02.2027
            Drehknopf chrom matt (KH-DK-0310): 3.000 St., Liefertermin 15.02.2027

            Liefertermin für die Tastenknöpfe folgt separat.

            Mit freundlichen Grüßen
            Mika Brandt
            """, null, "AB-4502", [new("HB-K200", 20000, 0.38m, new DateOnly(2027, 2, 15)), new("HB-K310", 3000, null, new DateOnly(2027, 2, 15))]), null),
    ];

    private static OrderCase Case(string id, string format, string language, string customer, string subject, string body, string? pdf, string? poNumber,
        IEnumerable<ExpectedLine> lines) =>
        new(id, format, language, customer, subject, body, pdf, new DateOnly(2026, 12, 7), new ExpectedOrder(poNumber, lines.ToList()));
}
