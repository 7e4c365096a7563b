namespace HappyButtons.Tests.Orders.Extraction.Sets;

/// <summary>Sixty purchase orders written by hand in the style of real ones, blind (filled in by its author).</summary>
public static class RealisticNinthDevelopmentOrders
{
    private const string FreeText = "free-text";

    public static IReadOnlyList<(OrderCase Case, byte[]? Pdf)> Generate() =>
    [
        (Case("X-701", FreeText, "de", "30102", "Knöpfe für die Janker",
"""
Grüß Gott Herr Roth,

bitte schicken's uns wieder Hirschhornknöpfe, und zwar die mit 22 mm und zwei Löchern, zweihundertfünfzig Stück, und von den kleinen 18ern auch nochmal hundertfünfzig.
Die Zinnknöpfe mit Edelweiß brauchen wir diesmal nicht, da haben wir noch genug im Lager.

Lieferung bitte bis 18. Dezember, weil wir vor Weihnachten noch die Janker fertig machen müssen.

Vergelt's Gott und schöne Grüße aus Rosenheim
Resi Obermaier
Trachten Huber e.K. · Ludwigstraße 5 · 83022 Rosenheim · Tel. 08031 / 38 52 17
""", null, null,
            [L("HB-HH-2200", 250, null, D(2026, 12, 18)), L("HB-HH-1800", 150, null, D(2026, 12, 18))]), null),

        (Case("X-702", FreeText, "de", "20011", "Bestellung wie telefonisch besprochen",
"""
Moin Herr Roth,

wie eben telefonisch besprochen bestellen wir 60.000 Stück von den schwarzen 15er Vierlochknöpfen (Ihre 4711, bei uns KF-100-15S) zum vereinbarten Staffelpreis von 0,036 € und dazu zwölf Sortimentskästen Basic.

Bestellnummer: KF-B-26-1187
Anlieferung wie immer Hanseatenweg 21, Tor 2, Mo–Fr 7–15 Uhr.

Mit freundlichen Grüßen
Dipl.-Ing. Thomas Faden
Knopf & Faden Großhandel KG
Tel. +49 40 731 22 90 – Fax +49 40 731 22 99
""", null, "KF-B-26-1187",
            [L("HB-4711", 60_000, 0.036m), L("HB-SK-25", 12)]), null),

        (Case("X-703", FreeText, "en", "30104", "Blazer buttons for the winter run",
"""
Hi Stefan,

Hope you're well and surviving the Christmas rush!

Could we get 3,000 of the gold metal blazer buttons, the 20mm ones, and the matching gold sleeve buttons (15mm metal) – 4,500 of those. That's for the winter navy blazer run, so the sooner the better.

Oh and before I forget: do you do the crest shank buttons in silver as well? Just asking, we're not ordering those yet.

Our PO ref is BW-PO-88213.

Cheers,
Oliver

Oliver Grant | Buying Manager | Brightwear Ltd
14 Savile Row, London W1S 3PJ | +44 20 7946 0321
""", null, "BW-PO-88213",
            [L("HB-2220", 3_000), L("HB-2215", 4_500)]), null),

        (Case("X-704", FreeText, "de", "30103", "Perlmutt-Nachschub :)",
"""
Hallo liebes Happy-Buttons-Team,

ich bin's wieder, Rosalie aus Berlin :) Die Perlmuttknöpfe vom letzten Mal waren ein Traum, meine Kundinnen lieben sie!
Ich hätte gerne nochmal 600 Stück davon (die kleinen weißen, 11 mm, 2 Löcher).

Außerdem bräuchte ich ein Mustersortiment Hemdenknöpfe für meine neue Praktikantin, und zwei von den Holzknebeln ... nein Quatsch, von denen brauche ich 200, weniger geht bei euch ja eh nicht.

Ganz liebe Grüße und einen schönen Advent
Rosalie

Atelier Rosalie – Maßschneiderei & Änderungen
Kastanienallee 77, 10435 Berlin
""", null, null,
            [L("HB-PM-1102", 600), L("HB-MS-01", 1), L("HB-8040", 200)]), null),

        (Case("X-705", FreeText, "de", "30101", "AW: Angebot AN-2026-4471",
"""
Sehr geehrter Herr Roth,

vielen Dank für Ihr Angebot AN-2026-4471 vom 30.11. Wir bestellen daraus die Positionen 1 und 3 zu den angebotenen Preisen. Position 2 (Steinnuss) lassen wir vorerst weg, das entscheiden wir erst im Januar.
Unsere Bestellnummer hierzu: ML-4500-2291.

Mit freundlichen Grüßen
Claudia Lindner
Einkauf Zubehör
Modehaus Lindner GmbH, Maximilianstraße 30, 80539 München

-----Ursprüngliche Nachricht-----
Von: Stefan Roth <s.roth@happybuttons.de>
Gesendet: Montag, 30. November 2026 10:14
Betreff: Angebot AN-2026-4471

Sehr geehrte Frau Lindner,

gerne bieten wir Ihnen an:
Pos. 1: Hornknopf 20 mm, 4-Loch, dunkelbraun 07 – 2.000 Stk à 0,385 €
Pos. 2: Steinnussknopf 25 mm, 4-Loch, dunkelbraun – 1.000 Stk à 0,39 €
Pos. 3: Blazerknopf Metall 20 mm, gold – 2.500 Stk à 0,31 €
Lieferzeit ca. 2 Wochen nach Auftragseingang.

Mit freundlichen Grüßen
Stefan Roth, Vertrieb
""", null, "ML-4500-2291",
            [L("HB-HN-2007", 2_000, 0.385m), L("HB-2220", 2_500, 0.31m)]), null),

        (Case("X-706", FreeText, "en", "30108", "Repeat order - but in silver",
"""
Hello Stefan,

Sanne here. We would like the same as our October order (your confirmation AB-26-3310, quoted below), but this time in silver instead of antique brass. Same quantity.
Delivery in week 2/2027 please, our warehouse is closed between Christmas and New Year.
Our reference: VDT-2026-1399

Kind regards,
Sanne van Dijk
Van Dijk Textiel B.V. | Textielstraat 15 | 7511 Enschede | +31 53 430 1177

> Order confirmation AB-26-3310 – 14 Oct 2026
> Metal button shank 18 mm, antique brass – 8,000 pcs
> Delivery: 28 Oct 2026
""", null, "VDT-2026-1399",
            [L("HB-2211", 8_000, null, D(2027, 1, 11))]), null),

        (Case("X-707", FreeText, "de", "10057", "Nachbestellung Bedienknöpfe",
"""
[Diktiert, nicht gelesen]

Sehr geehrte Damen und Herren Komma
wir benötigen kurzfristig Komma bis zum 21.12.2026 Komma zusätzlich fünftausend Stück Bedienknöpfe weiß hochglanz sowie zweitausend Stück Drehknöpfe chrom matt Punkt
Die Tastenknöpfe laufen weiter über den normalen Abruf Punkt
Bestellnummer 4500871234 Punkt

Mit freundlichen Grüßen
Mika Brandt
Strategischer Einkauf | Hausgeräte Kessler GmbH | Am Gewerbepark 4 | 33330 Gütersloh
""", null, "4500871234",
            [L("HB-K200", 5_000, null, D(2026, 12, 21)), L("HB-K310", 2_000, null, D(2026, 12, 21))]), null),

        (Case("X-708", FreeText, "de", "30106", "Bestätigung unseres Telefonats",
"""
Guten Tag Frau Yilmaz,

zur Bestätigung unseres Telefonats von heute Vormittag: Wie besprochen bestellen wir die abnehmbaren weißen Kochjackenknöpfe mit Splint, 6.000 Stück, und Druckknöpfe aus Edelstahl in 15 mm, 10 Tsd. Stück.

Sie hatten außerdem nach unserem Bedarf für 2027 gefragt: voraussichtlich 40.000 Kochjackenknöpfe über das Jahr verteilt – das ist aber nur eine grobe Vorschau und noch keine Bestellung.

Bestell-Nr.: US-2026-0912

Freundliche Grüße
Petra Schmidt
Uniform Partner Schmidt GmbH · Industriering 9 · 41065 Mönchengladbach
Telefon 02161 / 90 44 30
""", null, "US-2026-0912",
            [L("HB-KJ-12", 6_000), L("HB-7710", 10_000)]), null),

        (Case("X-709", FreeText, "en", "10063", "Extra batch outside schedule",
"""
Dear Sir or Madam,

Outside of our framework delivery schedule we need an extra batch for our trim line: twenty thousand of the 18 mm black plastic rivet buttons and ten thousand of the 15 mm ones.
Please ship no later than 15 January 2027.

Purchase order: 7700-31455

Best regards
Karin Sjöberg
Purchasing | Nordic Seating Systems AB | Fabriksgatan 8, 412 50 Göteborg, Sweden
Phone +46 31 702 44 18

This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.
""", null, "7700-31455",
            [L("HB-9106", 20_000, null, D(2027, 1, 15)), L("HB-9105", 10_000, null, D(2027, 1, 15))]), null),

        (Case("X-710", FreeText, "de", "30107", "Knöpfe für Strickjacken",
"""
Hallo zusammen,

für unsere Strickjacken bräuchten wir Knöpfe in Hornoptik, braun, und zwar von den großen (23 mm) 3.000 Stück und von den kleinen (15 mm) ebenfalls dreitausend.
Preise laut Liste, also 0,16 bzw. 0,11 € pro Stück.
Lieferung bitte in KW 3/2027.

Danke und Gruß
Kathrin Wolf
Strickwaren Becker GmbH, Wollweg 3, 72379 Hechingen
""", null, null,
            [L("HB-5510", 3_000, 0.16m, D(2027, 1, 18)), L("HB-5511", 3_000, 0.11m, D(2027, 1, 18))]), null),

        (Case("X-711", FreeText, "de", "10042", "Engpass Polyamidknöpfe grau",
"""
Hallo Herr Roth,

wir haben einen Engpass bei den grauen Polyamidknöpfen 20 mm (unsere Sachnummer 73-4410-200). Könnten Sie uns zusätzlich zum laufenden Abruf 50 Tsd. Stück liefern, möglichst bis Mittwoch, 16.12.?
Preis gemäß Rahmenvertrag RV-2024-017: 0,074 €.

Bestellreferenz: SE-NB-2026-118

Viele Grüße
Jonas Keller
Einkauf Interieur · Autowerk Süd AG · Industriestraße 12 · 70565 Stuttgart
""", null, "SE-NB-2026-118",
            [L("HB-9001", 50_000, 0.074m, D(2026, 12, 16))]), null),

        (Case("X-712", FreeText, "en", "30105", "Order for spring collection",
"""
Bonjour Stefan,

Sorry for my English. We like to order for our spring collection the corozo buttons natural, 20 mm, 4 holes – 1500 pieces, and the dark brown corozo 25 mm – 800 pieces.
Also please one box of the sample assortment of shirt buttons.

Merci beaucoup,
Camille

Maison Dupont SARL
12 Rue du Faubourg Saint-Honoré, 75008 Paris
Tél. +33 1 42 65 18 90
""", null, null,
            [L("HB-6020", 1_500), L("HB-6025-DB", 800), L("HB-MS-01", 1)]), null),

        (Case("X-713", FreeText, "de", "30102", "Zinn und Hirschhorn",
"""
Servus,

i bräucht wieder a paar Gros von de Zinnknöpf mit dem Edelweiß, so drei Gros, und vom Hirschhorn mit Öse, de 26er, zwoa Gros.
Zahlung wie immer.

Sepp Huber
""", null, null,
            [L("HB-ZN-1400", 432), L("HB-HH-2600", 288)]), null),

        (Case("X-714", FreeText, "en", "30104", "CORRECTION: PO BW-PO-88240",
"""
Hi,

Please amend my email from this morning – the quantity of the navy plastic blazer buttons should be 2,000, not 1,200 (typo on my side, sorry!). Everything else stays as it was.

For clarity, the full order is now:
navy plastic blazer buttons 20mm – 2,000
navy plastic sleeve buttons 15mm – 3,000

PO BW-PO-88240

Thanks,
Priya Shah
Production Coordinator, Brightwear Ltd

From: Priya Shah
Sent: 07 December 2026 08:02
Subject: PO BW-PO-88240
Hi, please send 1,200 navy plastic blazer buttons 20mm and 3,000 navy plastic sleeve buttons 15mm. PO BW-PO-88240. Thanks, Priya
""", null, "BW-PO-88240",
            [L("HB-2030", 2_000), L("HB-2031", 3_000)]), null),

        (Case("X-715", FreeText, "de", "30101", "Hornknöpfe Trachtenkollektion",
"""
Liebe Frau Yilmaz,

für die Trachtenkollektion brauchen wir noch dunkelbraune Hornknöpfe in 25 mm, vierlöchrig – 1.500 Stück zu unserem Sonderpreis von 0,492 €. Die 20er haben wir noch ausreichend da.
Außerdem bitte 1000 Stk. der altmessingfarbenen Metallknöpfe mit Öse in 15 mm (eure MT-1512).

Liefertermin: 8. Januar 2027

Herzliche Grüße
Jana Vogt
Modehaus Lindner GmbH – Einkauf
""", null, null,
            [L("HB-HN-2507", 1_500, 0.492m, D(2027, 1, 8)), L("HB-MT-1512", 1_000, null, D(2027, 1, 8))]), null),

        (Case("X-716", FreeText, "de", "30103", "rote Knöpfe",
"""
Hi,

Rosalie lässt ausrichten: bitte 100 rote Knöpfe, 20mm, 4 Loch. Sie wollte erst 500, aber die Hälfte vom Stoff ist zurückgegangen, also wirklich nur die hundert.

Danke!
Marie (Aushilfe im Atelier Rosalie)
""", null, null,
            [L("HB-4720-R", 100)]), null),

        (Case("X-717", FreeText, "en", "30108", "Order grey and navy polyester buttons",
"""
Good morning,

We would like to place the following order: grey polyester 4-hole buttons, 36 lignes, 6,000 pcs, and the 2-hole navy polyester buttons in 20 line, 15,000 pcs.
Prices as per your price list (EUR 72.00 per thousand and EUR 34.00 per thousand respectively).
Requested delivery date: 4 January 2027, to our warehouse in Enschede.

Our order number is VDT-2026-1408.

With kind regards,
Pieter Bakker
Inkoop / Purchasing
Van Dijk Textiel B.V.
""", null, "VDT-2026-1408",
            [L("HB-4H-36L-GRY", 6_000, 0.072m, D(2027, 1, 4)), L("HB-2H-20L-NAV", 15_000, 0.034m, D(2027, 1, 4))]), null),

        (Case("X-718", FreeText, "de", "30106", "Bestellung Sicherheitsuniformen",
"""
Sehr geehrte Damen und Herren,

für die Uniformen eines Sicherheitsdienstes benötigen wir 5.000 silberne Metallknöpfe mit Öse in 18 mm, 5.000 schwarze (brünierte) Druckknöpfe 15 mm und 5.000 der vernickelten Messing-Druckknöpfe in 12 mm.
Wir bitten um Verpackung in Kartons à 1.000 Stück.

Unsere Bestellnummer: 2026/4711

Mit freundlichen Grüßen
i. A. Heike Brandl
Uniform Partner Schmidt GmbH
""", null, "2026/4711",
            [L("HB-2211", 5_000), L("HB-7711", 5_000), L("HB-3305", 5_000)]), null),

        (Case("X-719", FreeText, "de", "30107", "Recycling-Knöpfe marine",
"""
Guten Tag,

ich schreibe heute ausnahmsweise für unsere Einkäuferin, die krank ist.
Wir brauchen die Recycling-Knöpfe in Marine, 15 mm, zehn Kartons zu je 1.000 Stück. Der Preis war 6 Cent das Stück.
Bitte an Wollweg 3 liefern, Rampe 2.

Mit freundlichen Grüßen
Jan Becker
Buchhaltung, Strickwaren Becker GmbH
""", null, null,
            [L("HB-R15", 10_000, 0.06m)]), null),

        (Case("X-720", FreeText, "en", "10063", "RE: Stock HB-9105",
"""
Dear Stefan,

Thanks for your question regarding the stock. Yes, please go ahead with the 30k of NSS-10442 at the framework price of 0.068 EUR. The NSS-10443 are not needed this month.
Purchase order NSS-PO-55871.

Best regards
Erik Lindqvist
Nordic Seating Systems AB

From: Stefan Roth
Sent: Friday, 4 December 2026 16:40
Subject: Stock HB-9105
Dear Erik, we currently have 150,000 pcs of the 15 mm rivet buttons (your NSS-10442) in stock. Would you like an additional 30,000 pcs before the holidays? We could also ship 20,000 pcs NSS-10443. Kind regards, Stefan
""", null, "NSS-PO-55871",
            [L("HB-9105", 30_000, 0.068m)]), null),

        (Case("X-721", FreeText, "de", "20011", "Bestellung Lager Hamburg",
"""
Hallo Frau Yilmaz,

hier unsere Bestellung für das Lager Hamburg: Wir nehmen die weißen Hemdknöpfe 11 mm mit vier Löchern, 20.000 Stück, dieselben noch einmal in hellblau, 10.000 Stück, und von den zweilöchrigen weißen Polyesterknöpfen in 13 mm 25.000 Stück.

Bestellzeichen: KF-B-26-1203

Viele Grüße aus Hamburg
Birte Hansen
Disposition · Knopf & Faden Großhandel KG
""", null, "KF-B-26-1203",
            [L("HB-1010", 20_000), L("HB-1011", 10_000), L("HB-1002", 25_000)]), null),

        (Case("X-722", FreeText, "de", "30101", "Nochmal das Gleiche – in Schwarz",
"""
Hallo Herr Roth,

bitte nochmal genau das Gleiche wie in unserer Bestellung ML-4500-2240 vom 12. November, nur diesmal in Schwarz statt Edelstahl. Gleiche Menge.
Neue Bestellnummer: ML-4500-2302

Danke und viele Grüße
Claudia Lindner

> Bestellung ML-4500-2240 vom 12.11.2026
> 3.000 Stück Druckknopf Edelstahl 15 mm
""", null, "ML-4500-2302",
            [L("HB-7711", 3_000)]), null),

        (Case("X-723", FreeText, "en", "30104", "Jeans buttons – as discussed",
"""
Stefan –

as discussed on the phone just now, confirming: 2 cartons of the copper jeans buttons (27L). Cartons are 5,000 each I believe you said, so 10,000 in total.
And 2 of the basic button assortment boxes for the design studio.
Need them by Friday 18 December.

Cheers
Oliver

Sent from my iPad
""", null, null,
            [L("HB-JN-27L-CU", 10_000, null, D(2026, 12, 18)), L("HB-SK-25", 2, null, D(2026, 12, 18))]), null),

        (Case("X-724", FreeText, "de", "30102", "Frühjahrsbestellung",
"""
Hallo,

hier die Bestellung fürs Frühjahr:
Steinnussknöpfe 20 mm in natur – 1.000 Stk
Holzknebel 40 mm – 300 Stk
Hirschhorn 18 mm – 200 Stk

Die Hirschhornknöpfe in 22 mm aus meiner letzten Mail bitte streichen, die hat der Kollege schon bestellt.

Gruß
Alex Huber
Trachten Huber e.K.
""", null, null,
            [L("HB-6020", 1_000), L("HB-8040", 300), L("HB-HH-1800", 200)]), null),

        (Case("X-725", FreeText, "de", "10042", "Musterbau Clip-Knöpfe",
"""
Sehr geehrter Herr Roth,

wie in der heutigen Telefonkonferenz vereinbart, bestellen wir für den Musterbau 10.000 Clip-Knöpfe 12 mm schwarz (Sachnummer 73-4410-212) zum Rahmenvertragspreis von 5,80 € je 100 Stück. Liefertermin KW 51.
Bestellnummer 4500998812

Den Forecast für Q1 2027 (ca. 400.000 Stk 73-4410-200) sendet Ihnen Herr Keller separat.

Mit freundlichen Grüßen
Dr. Anna Weber
Leitung Einkauf Interieur
Autowerk Süd AG | Industriestraße 12 | 70565 Stuttgart | Tel. 0711 4470-2210
Sitz der Gesellschaft: Stuttgart, Amtsgericht Stuttgart HRB 731104
""", null, "4500998812",
            [L("HB-9002", 10_000, 0.058m, D(2026, 12, 14))]), null),

        (Case("X-726", FreeText, "en", "30105", "Edelweiss buttons",
"""
Hello,

Please send us the pewter buttons with the Edelweiss, 14 mm: 400 pieces. And 250 pieces of the staghorn buttons 26 mm with shank. It is for a client in Kitzbühel.
Delivery date: 18/12/2026

Regards,
Camille Dupont
Maison Dupont SARL
""", null, null,
            [L("HB-ZN-1400", 400, null, D(2026, 12, 18)), L("HB-HH-2600", 250, null, D(2026, 12, 18))]), null),

        (Case("X-727", FreeText, "de", "30103", "Frage + Bestellung",
"""
Hallo Herr Roth,

eine kurze Frage und eine Bestellung:
Gibt es die Perlmuttknöpfe auch in 15 mm? Ich hätte da eine Kundin für ein Brautkleid.

Unabhängig davon bestelle ich schon mal 500 Stück von den marineblauen Ärmelknöpfen aus Kunststoff (15 mm) und 500 Blazerknöpfe passend dazu, ebenfalls Kunststoff in Marine, 20 mm.

Viele Grüße
Rosalie Marx
""", null, null,
            [L("HB-2031", 500), L("HB-2030", 500)]), null),

        (Case("X-728", FreeText, "de", "30106", "Neue Bestellung Kochjacken und Hosen",
"""
Liebe Frau Yilmaz,

erst einmal vielen Dank für die schnelle Lieferung letzte Woche, das hat uns wirklich gerettet! Der Kunde war sehr zufrieden.

Nun zur neuen Bestellung: Wir brauchen für die Kochjacken weitere 2.500 von den weißen abnehmbaren Kochjackenknöpfen und für die Arbeitshosen 12.000 Jeansknöpfe in Kupfer. Preis für die Jeansknöpfe wie angeboten 9,50 € pro 100 Stück.
Liefertermin spätestens 22.01.2027.

Unsere Bestellnummer: US-2026-0930

Herzliche Grüße
Petra Schmidt
""", null, "US-2026-0930",
            [L("HB-KJ-12", 2_500, null, D(2027, 1, 22)), L("HB-JN-27L-CU", 12_000, 0.095m, D(2027, 1, 22))]), null),

        (Case("X-729", FreeText, "en", "30108", "Quick order black & white",
"""
Hi Stefan,

Quick one: we need the black 4-hole polyester buttons in 18 ligne, 50.000 pieces (fifty thousand), and the white ones in 28 ligne, 20.000 pieces (twenty thousand).
Price 2,90 per 100 and 4,80 per 100 as last time.

Thanks!
Sanne
""", null, null,
            [L("HB-4H-18L-BLK", 50_000, 0.029m), L("HB-4H-28L-WHT", 20_000, 0.048m)]), null),

        (Case("X-730", FreeText, "de", "30107", "Bestellung SB-26-0412",
"""
Sehr geehrte Damen und Herren,

hiermit bestellen wir vierlöchrige graue Polyesterknöpfe in 36 Linien, 4000 Stück, sowie weiße vierlöchrige Polyesterknöpfe in 15 mm, 5000 Stück.
Bitte bestätigen Sie uns den Liefertermin.

Unsere Bestellnummer lautet SB-26-0412.

Mit freundlichen Grüßen
Ulrike Maier
Einkauf
Strickwaren Becker GmbH · Wollweg 3 · 72379 Hechingen · Tel. 07471 / 93 12-0
""", null, "SB-26-0412",
            [L("HB-4H-36L-GRY", 4_000), L("HB-1003", 5_000)]), null),

        (Case("X-731", FreeText, "de", "20011", "Rechnung + Bestellung",
"""
Hallo Stefan,

zwei Sachen:
1) Die Rechnung 2026-11873 ist noch offen, die Zahlung läuft diese Woche raus.
2) Bestellung: von den schwarzen 18er Vierlochknöpfen (KF-100-18S) brauchen wir 30 Tsd., und dazu 3 Tsd. Perlmuttknöpfe weiß. Die Nietknöpfe, nach denen du gefragt hattest, brauchen wir nicht.

Bestellzeichen KF-B-26-1211

Gruß
Thomas
""", null, "KF-B-26-1211",
            [L("HB-4712", 30_000), L("HB-PM-1102", 3_000)]), null),

        (Case("X-732", FreeText, "en", "30104", "Shirt sampling",
"""
Hello Happy Buttons,

We are sampling a new shirt. Please send 2,000 light blue shirt buttons (11 mm, 4-hole) and 2,000 of the same in white.
Also, three sample assortments of shirt buttons, please.

Invoice to Brightwear Ltd, 14 Savile Row, London W1S 3PJ.

Thanks!
Hannah Lee
Product Development
""", null, null,
            [L("HB-1011", 2_000), L("HB-1010", 2_000), L("HB-MS-01", 3)]), null),

        (Case("X-733", FreeText, "de", "10057", "Neues Modell Linea",
"""
Liebe Frau Yilmaz,

wie eben am Telefon besprochen: Für das neue Backofenmodell „Linea“ benötigen wir Drehknöpfe in Anthrazit, 2.000 Stück, sowie 1.000 Tastenknöpfe chrom matt (KH-TK-0311) zum Preis von 0,50 €.
Liefertermin 11.01.2027.

Bestellung Nr. 4500872001

Herzliche Grüße
Sabine Kessler
Hausgeräte Kessler GmbH
""", null, "4500872001",
            [L("HB-K400", 2_000, null, D(2027, 1, 11)), L("HB-K311", 1_000, 0.50m, D(2027, 1, 11))]), null),

        (Case("X-734", FreeText, "en", "10063", "Order on behalf of Erik",
"""
Hi,

I'm covering for Erik this week. He asked me to order the following before he left on holiday:
10 000 pcs NSS-10443 and 10 000 pcs NSS-10442, prices according to FA-2025-003.
Delivery CW 2/2027.
PO 7700-31502

Thanks,
Lars Eklund
Logistics, Nordic Seating Systems AB
+46 31 702 44 30
""", null, "7700-31502",
            [L("HB-9106", 10_000, null, D(2027, 1, 11)), L("HB-9105", 10_000, null, D(2027, 1, 11))]), null),

        (Case("X-735", FreeText, "de", "30101", "Blazerknöpfe",
"""
Hallo Stefan,

bitte nochmal 2.000 Blazerknöpfe gold (ML-ZUB-7781) zu 0,31.

Danke, Claudia

Von meinem iPhone gesendet
""", null, null,
            [L("HB-2220", 2_000, 0.31m)]), null),

        (Case("X-736", FreeText, "de", "30102", "WG: Perlmutt und Hirschhorn",
"""
Hallo,

anbei die Bestellung von meinem Chef, bitte wie unten. Lieferung bis 22.12.

Danke, Resi

---------- Weitergeleitete Nachricht ----------
Von: Alex Huber <alex@trachten-huber.de>
Datum: Fr., 4. Dez. 2026 um 18:12
Betreff: Perlmutt und Hirschhorn
An: Resi Obermaier

Resi, bestell bitte bei Happy Buttons noch die Perlmuttknöpfe für die Blusen, 1.000 Stk, und die großen Hirschhornknöpfe, die 22er mit zwei Löchern, 300 Stück.
Alex
""", null, null,
            [L("HB-PM-1102", 1_000, null, D(2026, 12, 22)), L("HB-HH-2200", 300, null, D(2026, 12, 22))]), null),

        (Case("X-737", FreeText, "en", "30108", "Re: Your offer Q-26-1187",
"""
Dear Mr Roth,

Following your offer Q-26-1187 dated 2 December we confirm the order for:
– 2.500 pcs metal shank buttons 18 mm antique brass at EUR 0,26
– 1.500 pcs staghorn buttons 22 mm, 2-hole at EUR 1,18
We decline item 3 (stainless steel snap fasteners) for now.

Our PO number: VDT-2026-1422

Met vriendelijke groet / Kind regards
Joost de Vries
Van Dijk Textiel B.V.
""", null, "VDT-2026-1422",
            [L("HB-2210", 2_500, 0.26m), L("HB-HH-2200", 1_500, 1.18m)]), null),

        (Case("X-738", FreeText, "de", "30106", "Auftrag Feuerwehr-Uniformen",
"""
Hallo,

mit Bezug auf unsere Anfrage von letzter Woche: Der Auftrag für die Feuerwehr-Uniformen (Projekt FW-118) ist reingekommen.
Wir bestellen daher die goldenen Ösenknöpfe mit Wappen in 24 Linien, 6.000 Stück, zum angefragten Preis von 29 Cent, und 4.000 goldene Ärmelknöpfe aus Metall, 15 mm.

Unsere Bestellnummer: US-2026-0944

Mit freundlichen Grüßen
Frank Otto
Einkauf, Uniform Partner Schmidt GmbH
""", null, "US-2026-0944",
            [L("HB-SH-24L-GLD", 6_000, 0.29m), L("HB-2215", 4_000)]), null),

        (Case("X-739", FreeText, "de", "30107", "Trachtenstrickjacken",
"""
Moin,

ich brauche für die Trachtenstrickjacken Hirschhornknöpfe, die kleinen 18er, zweihundert Stück, und die Zinnknöpfe mit Edelweiß, auch zweihundert.
Und dann noch was ganz anderes: Habt ihr auch Lederknöpfe? Falls ja, schickt mir bitte mal ein Angebot.

Grüße
Kathrin
""", null, null,
            [L("HB-HH-1800", 200), L("HB-ZN-1400", 200)]), null),

        (Case("X-740", FreeText, "en", "30105", "Couture line",
"""
Good afternoon,

For the couture line we would like 1 000 pieces of the white mother of pearl buttons, 11 mm, and 500 pieces of the wooden toggles 40 mm natural. Please ship by express.

Our order reference: MD-CMD-2026-77

Bien cordialement,
Élodie Martin
Atelier – Maison Dupont SARL
""", null, "MD-CMD-2026-77",
            [L("HB-PM-1102", 1_000), L("HB-8040", 500)]), null),

        (Case("X-741", FreeText, "de", "30103", "Kleinigkeiten für den Laden",
"""
Hallihallo!

Kleine Bestellung für den Laden: einen Sortimentskasten Basic und zwei Mustersortimente Hemdenknöpfe.
Ach, und 150 von den Hirschhornknöpfen mit Öse (26 mm), bitte.

Tausend Dank,
Rosalie

PS: Meine Telefonnummer hat sich geändert, neu ist 030 / 44 05 19 23.
""", null, null,
            [L("HB-SK-25", 1), L("HB-MS-01", 2), L("HB-HH-2600", 150)]), null),

        (Case("X-742", FreeText, "de", "20011", "Bestellung wie angekündigt",
"""
Hallo Frau Yilmaz,

wie telefonisch vorab angekündigt, hier die Bestellung per Mail:
vier Kartons à 25.000 Stück weiße 2-Loch-Polyesterknöpfe 11 mm (also 100.000 Stück) und zwei Kartons à 10 Tsd. graue Polyamidknöpfe 20 mm.

Bestellzeichen: KF-B-26-1220

Gruß
Birte Hansen
Knopf & Faden Großhandel KG
""", null, "KF-B-26-1220",
            [L("HB-1001", 100_000), L("HB-9001", 20_000)]), null),

        (Case("X-743", FreeText, "en", "30104", "Corozo – go ahead",
"""
Hi Stefan,

Following up on our call: we'd like to go ahead with the corozo. 1,000 of the natural 20mm at 31 cents each, and the dark brown 25mm as well, 600 pieces at 39 cents.

PO to follow in our system as BW-PO-88277 – please use that reference on the delivery note.

Best,
Oliver
""", null, "BW-PO-88277",
            [L("HB-6020", 1_000, 0.31m), L("HB-6025-DB", 600, 0.39m)]), null),

        (Case("X-744", FreeText, "de", "30101", "Korrektur Bestellung ML-4500-2298",
"""
Hallo Frau Yilmaz,

die Bestellung von gestern (ML-4500-2298) bitte wie folgt korrigieren: statt 1.000 Stück Metallknöpfe mit Öse 18 mm altmessing bitte 1.500 Stück. Die Hornknöpfe 20 mm dunkelbraun bleiben bei 800 Stück.

Die gesamte Bestellung lautet damit:
1.500 Metallknöpfe Öse 18 mm altmessing
800 Hornknöpfe 20 mm, 4-Loch, dunkelbraun

Vielen Dank und viele Grüße
Jana Vogt
Modehaus Lindner GmbH
""", null, "ML-4500-2298",
            [L("HB-2210", 1_500), L("HB-HN-2007", 800)]), null),

        (Case("X-745", FreeText, "de", "10057", "Zusatzmenge Drehknöpfe",
"""
Hallo Herr Roth,

bitte liefern Sie zusätzlich zum laufenden Abruf folgende Menge: Drehknopf chrom matt, zweitausendfünfhundert Stück, à 0,82 €.
Liefertermin: Montag, 14.12.2026, Anlieferung Tor 4.

Bestell-Nr. 4500872019

Mit freundlichen Grüßen
Mika Brandt
Hausgeräte Kessler GmbH | kessler-group.com
""", null, "4500872019",
            [L("HB-K310", 2_500, 0.82m, D(2026, 12, 14))]), null),

        (Case("X-746", FreeText, "en", "30108", "small order",
"""
Hi,

please send 100 red buttons, 20 mm 4-hole, and 5 k of the navy recycled polyester ones in 15mm.

Thanks, Sanne
""", null, null,
            [L("HB-4720-R", 100), L("HB-R15", 5_000)]), null),

        (Case("X-747", FreeText, "de", "30102", "Wiesn 2027",
"""
Hallo Herr Roth,

wie jedes Jahr zur Wiesn-Vorbereitung bestellen wir 1.000 dunkelbraune Hornknöpfe in 20 mm, 500 dunkelbraune Hornknöpfe in 25 mm und 1.000 Metallknöpfe altmessing mit Öse in 15 mm.
Das 32er Horn brauchen wir nicht mehr, das haben wir aus dem Programm genommen.
Liefertermin KW 6 2027.

Beste Grüße
Alex Huber
Trachten Huber e.K. | Ludwigstraße 5 | 83022 Rosenheim
""", null, null,
            [L("HB-HN-2007", 1_000, null, D(2027, 2, 8)), L("HB-HN-2507", 500, null, D(2027, 2, 8)), L("HB-MT-1512", 1_000, null, D(2027, 2, 8))]), null),

        (Case("X-748", FreeText, "en", "10063", "URGENT – rivet buttons 15 mm",
"""
Dear Happy Buttons team,

We have an urgent need: forty thousand of the 15 mm black plastic rivet buttons at the agreed price of EUR 68.00 per 1000.
Delivery by 21 December 2026 to our plant in Göteborg, Fabriksgatan 8.
PO 7700-31520

Please note our new invoicing address from 1 January 2027: Nordic Seating Systems AB, Box 1120, 402 24 Göteborg.

Best regards
Karin Sjöberg
Purchasing
""", null, "7700-31520",
            [L("HB-9105", 40_000, 0.068m, D(2026, 12, 21))]), null),

        (Case("X-749", FreeText, "de", "30106", "Nachbestellung Kochjacken",
"""
Hallo zusammen,

Nachbestellung für die Kochjacken: weiße Kochjackenknöpfe mit Splint, 1.000 Stück, und 2.000 vernickelte Druckknöpfe 12 mm.
Die Edelstahl-Druckknöpfe aus unserer letzten Bestellung hatten wir ja telefonisch storniert – bitte die auch wirklich nicht mehr liefern.

Danke und Gruß
Heike Brandl
Uniform Partner Schmidt GmbH
""", null, null,
            [L("HB-KJ-12", 1_000), L("HB-3305", 2_000)]), null),

        (Case("X-750", FreeText, "de", "30107", "AW: Ihr Angebot 26-A-0915",
"""
Sehr geehrter Herr Roth,

danke für das Angebot. Wir nehmen die braunen Hornoptikknöpfe in 23 mm, 2.000 Stück zu 0,16 €. Die Steinnussknöpfe sind uns leider zu teuer.
Unsere Bestellnummer: SB-26-0431

Mit freundlichen Grüßen
Ulrike Maier
Strickwaren Becker GmbH

-----Ursprüngliche Nachricht-----
Von: Stefan Roth
Betreff: Ihr Angebot 26-A-0915
1) Knopf Hornoptik 23 mm, braun – 2.000 Stk – 0,16 €/Stk
2) Steinnussknopf 20 mm, 4-Loch, natur – 2.000 Stk – 0,31 €/Stk
""", null, "SB-26-0431",
            [L("HB-5510", 2_000, 0.16m)]), null),

        (Case("X-751", FreeText, "en", "30108", "Same red buttons again, double",
"""
Hello,

Last week we ordered 200 of your red 4-hole buttons, 20 mm – they arrived fine and the customer loves them. Could you send the same again, but twice as many this time?

Kind regards,
Pieter Bakker
Van Dijk Textiel B.V. – Inkoop
""", null, null,
            [L("HB-4720-R", 400)]), null),

        (Case("X-752", FreeText, "en", "30104", "Order BW-PO-88291",
"""
Hello,

Please find our order below:
- navy recycled polyester buttons, 4 hole, 15mm: 8,000
- grey 4 hole polyester buttons, 36L: 2,000

Also, could you send a quote for 10,000 of the silver metal shank buttons 18mm? We're not ordering those yet.

PO BW-PO-88291

Thank you,
Priya Shah
Brightwear Ltd
""", null, "BW-PO-88291",
            [L("HB-R15", 8_000), L("HB-4H-36L-GRY", 2_000)]), null),

        (Case("X-753", FreeText, "de", "10042", "Bestellung Vorserie",
"""
Sehr geehrte Damen und Herren,

für die Vorserie bestellen wir einmalig zwanzigtausend Stück Kunststoff-Nietknöpfe 18 mm, schwarz (Ihre Artikelnr. HB-9106), zum Listenpreis von 0,079 €/Stk.
Lieferung frei Werk Stuttgart, Tor 3, bis 11.01.2027.

Bestellnummer 4500998850

Mit freundlichen Grüßen
Jonas Keller
Autowerk Süd AG
""", null, "4500998850",
            [L("HB-9106", 20_000, 0.079m, D(2027, 1, 11))]), null),

        (Case("X-754", FreeText, "de", "20011", "Sortimentskästen und Jeansknöpfe",
"""
Hallo Herr Roth,

bitte liefern Sie uns wie gehabt Sortimentskästen Basic – diesmal 20 Stück zu 21,50 € – und dazu zehntausend Jeansknöpfe in Kupfer.

Bestellzeichen KF-B-26-1230

Beste Grüße
Thomas Faden
""", null, "KF-B-26-1230",
            [L("HB-SK-25", 20, 21.50m), L("HB-JN-27L-CU", 10_000)]), null),

        (Case("X-755", FreeText, "en", "30105", "After our visit at your booth",
"""
Dear Mr Roth,

It was a pleasure to meet you at your booth in Munich. Following our visit, we order 1,000 silver metal shank buttons 18 mm and 2,000 stainless steel snap fasteners 15 mm.
The catalogue you gave us was very nice, could you send two more copies?

Best regards,
Camille Dupont
""", null, null,
            [L("HB-2211", 1_000), L("HB-7710", 2_000)]), null),

        (Case("X-756", FreeText, "de", "30101", "Wie am Telefon",
"""
Hallo Stefan,

wie am Telefon besprochen: Hornknöpfe 25 mm dunkelbraun, gleiche Menge wie letzten Monat, also 1.200 Stk., und dazu 2.000 Stk. Jeansknöpfe in Kupfer.

Lieben Gruß
Claudia
""", null, null,
            [L("HB-HN-2507", 1_200), L("HB-JN-27L-CU", 2_000)]), null),

        (Case("X-757", FreeText, "en", "30108", "Staghorn and pewter by the gross",
"""
Hi Stefan,

Can you deliver five gross of the staghorn 18 mm two-hole buttons? And three gross of the pewter Edelweiss buttons, please.

Thanks,
Pieter
""", null, null,
            [L("HB-HH-1800", 720), L("HB-ZN-1400", 432)]), null),

        (Case("X-758", FreeText, "de", "30102", "Bestellung TH-2026-58",
"""
Hallo,

mit dieser Mail bestellen wir (Bestellung Nr. TH-2026-58) 500 Steinnussknöpfe in 25 mm, dunkelbraun, und 100 Hirschhornknöpfe mit Öse, 26 mm.

Schöne Grüße
Resi Obermaier
Trachten Huber e.K., Tel. 08031 / 38 52 17
""", null, "TH-2026-58",
            [L("HB-6025-DB", 500), L("HB-HH-2600", 100)]), null),

        (Case("X-759", FreeText, "de", "30106", "Sprachnachricht Bestellung",
"""
Hallo Frau Yilmaz Punkt bitte liefern Sie uns dreitausend Stück goldene Blazerknöpfe aus Metall 20 Millimeter und äh zweitausend silberne Ösenknöpfe Metall 18 Millimeter Punkt danke Punkt Petra Schmidt

(Diese Nachricht wurde per Spracheingabe erstellt.)
""", null, null,
            [L("HB-2220", 3_000), L("HB-2211", 2_000)]), null),

        (Case("X-760", FreeText, "en", "10063", "Extra quantity NSS-10443",
"""
Hi Stefan,

In addition to our schedule, please add one extra quantity: 10,000 pcs NSS-10443 at EUR 0.075, for delivery on 4 January 2027.
We are also reviewing next year's volumes and will send you a forecast before Christmas.

PO 7700-31540

Best regards
Erik Lindqvist
Nordic Seating Systems AB
""", null, "7700-31540",
            [L("HB-9106", 10_000, 0.075m, D(2027, 1, 4))]), null),
    ];

    private static ExpectedLine L(string sku, decimal quantity, decimal? unitPrice = null, DateOnly? deliveryDate = null) =>
        new(sku, quantity, unitPrice, deliveryDate);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static OrderCase Case(string id, string format, string language, string customer, string subject, string body, string? pdf, string? poNumber,
        IEnumerable<ExpectedLine> lines) =>
        new(id, format, language, customer, subject, body, pdf, new DateOnly(2026, 12, 7), new ExpectedOrder(poNumber, lines.ToList()));
}
