using HappyButtons.Engine.Intake.Classification;

namespace HappyButtons.Engine.Intake.Training;

/// <summary>Quote requests: price enquiries, tier prices, samples before an order, tenders (de/en).</summary>
internal static class CorpusQuotes
{
    public static IEnumerable<TrainingExample> Examples =>
        Lines.Select(line => TrainingExample.FromCorpusLine(line, Intent.QuoteRequest, Department.Sales));

    private static readonly string[] Lines =
    [
        "Anfrage Angebot Polyesterknöpfe | Sehr geehrte Damen und Herren, bitte senden Sie uns ein Angebot über 20.000 Polyesterknöpfe 4-Loch 15mm in dunkelblau. Wir benötigen Staffelpreise für 20.000 / 50.000 / 100.000 Stück.",
        "Request for quotation | Dear Sales team, could you please quote 50,000 pcs metal shank buttons 18mm, antique brass finish? Please include lead time and MOQ. Kind regards, Oliver Grant",
        "Preisanfrage Corozo | Hallo, was kosten bei Ihnen Steinnussknöpfe 20mm natur bei einer Abnahme von 3.000 Stück? Gruß Rosalie",
        "Anfrage Trachtenknöpfe | Grüß Gott, wir interessieren uns für Hirschhornknöpfe in 3 Größen. Können Sie uns Preise und Lieferzeiten nennen? Trachten Huber",
        "RFQ 2025-117 control knobs | Please provide your best offer for control knobs HB-K400 type, annual volume 250,000 pcs, 3 colours. Include tooling cost and PPAP effort. Nordic Seating Systems, Strategic Purchasing",
        "Angebotsanfrage Rahmenvertrag 2026 | Sehr geehrte Damen und Herren, für die Verlängerung des Rahmenvertrags bitten wir um ein Angebot für die Jahresmengen 2026 der Bedienknöpfe (ca. 400.000 Stk). Hausgeräte Kessler, Einkauf",
        "Was kostet das? | hi, was würden 500 perlmuttknöpfe 11mm kosten? und wie schnell könnt ihr liefern? danke",
        "Quote for recycled buttons | Hello, do you offer buttons made from recycled polyester? We'd need a price for 30k pcs, 15mm, 4 holes, in 5 colours. Thanks, Sanne",
        "Kostenvoranschlag Sonderanfertigung | Guten Tag, wir benötigen Metallknöpfe mit unserem Logo geprägt, 22mm, ca. 10.000 Stück. Bitte um ein Angebot inkl. Werkzeugkosten.",
        "Preisanfrage Druckknöpfe Edelstahl | Bitte nennen Sie uns Ihren Preis für 100.000 Druckknöpfe Edelstahl 12mm inkl. Setzwerkzeug-Leihgabe. Mit freundlichen Grüßen Van Dijk Textiel",
        "Angebot erbeten | Sehr geehrte Damen und Herren, wir bitten um ein unverbindliches Angebot für folgende Artikel:\n1. Knopf 2-Loch 11mm weiß 50.000 Stk\n2. Knopf 4-Loch 18mm schwarz 30.000 Stk\nLieferung frei Haus Deutschland.",
        "Pricing request | Hi team, can you send me your current price list for shirt buttons and the volume discounts? We are planning our budget for next season. Best, Camille",
        "Anfrage Muster und Preise | Hallo, bevor wir bestellen, hätten wir gern Muster und ein Angebot für Holzknöpfe 25mm in natur und dunkel. Vielen Dank!",
        "Ausschreibung Uniformknöpfe | Sehr geehrte Damen und Herren, im Rahmen einer Ausschreibung bitten wir um Ihr Angebot für 60.000 Uniformknöpfe mit Wappenprägung. Abgabefrist 30.06. Uniform Partner Schmidt",
        "Quotation needed for 2026 volumes | Dear Mr Roth, please send us a quotation for our 2026 forecast: HB-9105 1.2 million pcs, HB-9106 800k pcs. Price validity 12 months. Regards, Erik Lindqvist",
        "Preis für 1 Mio Stück? | Guten Tag, welchen Stückpreis können Sie bei 1 Million Knöpfen HB-4711 anbieten? Zahlungsziel 60 Tage wäre gewünscht.",
        "Anfrage Knopfüberzug | Bieten Sie auch stoffbezogene Knöpfe an? Wir bräuchten ein Angebot über 2.000 Stück mit unserem Stoff bezogen, 20mm.",
        "Price inquiry - horn buttons | Good afternoon, we are looking for genuine horn buttons, 20mm and 25mm. Could you quote 2,000 of each? Many thanks, Brightwear design team",
        "Angebot für Jeansknöpfe | Hallo Herr Roth, können Sie mir für 20.000 Jeansknöpfe 17mm mit Logo ein Angebot machen? Gern auch Alternativen in Messing und Zamak.",
        "Preisanfrage | Sehr geehrte Damen und Herren, bitte teilen Sie uns Ihre aktuellen Preise für Perlmuttknöpfe (Trocas) in 9, 11 und 14mm mit. Mindestabnahme?",
        "RFQ - snap fasteners | Kindly quote: snap fastener 15mm, brass nickel-free, 200,000 pcs per year, call-offs monthly. Please state lead time for first delivery. Purchasing Dept.",
        "Anfrage Staffelpreise | Moin, wir überlegen auf Ihre Knöpfe umzusteigen. Wie sehen Ihre Staffelpreise für Polyesterknöpfe 15mm aus (ab 10.000 Stück)?",
        "Angebot Bedienknopf neue Baureihe | Sehr geehrte Damen und Herren, für unsere neue Geschirrspüler-Baureihe bitten wir um ein Angebot für Bedienknöpfe gemäß beigefügter Zeichnung. Kessler Hausgeräte, Entwicklung/Einkauf",
        "Could you quote us? | Hi, we're a small label from Manchester. Could you quote 1,000 corozo buttons in 3 sizes? What is your minimum order quantity?",
        "Angebotsanfrage Kd-Nr. 30101 | Liebe Frau Roth, bitte senden Sie uns ein Angebot für die Blazerknöpfe der neuen Kollektion, 3.000 Stk je Farbe (gold, silber, schwarz). Claudia Lindner",
        "Anfrage | Was kostet bei Ihnen ein Knopf 4-Loch 15mm schwarz in großen Mengen? Bitte um Rückmeldung mit Preis.",
        "Request for offer - sustainable buttons | Dear Happy Buttons, please send an offer for organic buttons (corozo, wood, coconut) including certificates and prices for 5k pcs each. Regards, Van Dijk Textiel",
        "Angebot Metallknöpfe | Sehr geehrte Frau Yilmaz, könnten Sie uns ein Angebot für 8.000 Metallknöpfe vergoldet 18mm erstellen? Wir vergleichen derzeit drei Lieferanten.",
        "Preise 2026 | Hallo, bitte schicken Sie uns die neue Preisliste 2026 und ein Angebot für unsere Standardartikel HB-1001 bis HB-1003. Knopf & Faden Großhandel",
        "Quote for urgent project | Hello, we have a new project and need a quote for 40k buttons 20mm with laser engraving. Please send price and earliest delivery. Thanks",
        "Anfrage Kunststoffclips | Sehr geehrte Damen und Herren, wir suchen Kunststoffclips für Sitzbezüge. Anbei Zeichnung. Bitte um Angebot für 500.000 Stk/Jahr. Autowerk Süd AG, Einkauf",
        "Angebotsanforderung | Bitte um Angebot: Knopf Perlmutt-Optik Polyester 11mm, 100.000 Stück, Farbe creme. Lieferzeit?",
        "Preisauskunft | Guten Tag, ich bin Schneiderin und bräuchte für einen Auftrag 80 Knöpfe aus Steinnuss. Können Sie mir sagen was die kosten würden?",
        "Quotation request - toggle buttons | Dear Sir/Madam, please quote wooden toggles 40mm and 50mm, 3,000 pcs each, delivered to UK. Kind regards",
        "Angebot Musterkarte | Hallo, können Sie uns ein Angebot für 50 Musterkarten Ihrer Knopfkollektion machen? Wir möchten sie an unsere Kunden verteilen. Knopf & Faden",
        "Preisanfrage Messingknöpfe | Was kosten Messingknöpfe mit Öse 15mm in 5.000 Stück? Bitte auch Preis für 10.000. Danke",
        "Requesting price and lead time | Hi Stefan, what would be price and lead time for 75k pcs HB-7710 in matt black? Thanks, Sanne",
        "Angebotsanfrage Verlängerung Preise | Sehr geehrte Damen und Herren, unsere Preisvereinbarung läuft aus. Bitte senden Sie uns ein neues Angebot für die Artikel aus RV-2024-017 ab Juli.",
        "Anfrage Knöpfe für Kinderkleidung | Wir benötigen speichelechte, schadstoffgeprüfte Knöpfe für Babykleidung. Bitte um Angebot für 20.000 Stk in Pastellfarben.",
        "Angebot bitte | Sehr geehrte Damen und Herren, bitte bieten Sie uns 15.000 Stk Knopf HB-2210 an. Wir benötigen das Angebot für eine Kundenkalkulation.",
        "Quote for 3 colours | Hello, could you please give me a price for 2,000 buttons in each of red, navy and green, 18mm, 2-hole? Thank you, Oliver",
        "Kalkulationsanfrage | Guten Tag, für eine Kalkulation bräuchten wir Ihren Preis für Knöpfe 4-Loch 13mm, Jahresbedarf ca. 2 Mio Stück. Bitte um Angebot mit Staffel.",
        "Anfrage Angebot Ösenknöpfe | Liebes Happy-Buttons-Team, könnt ihr uns ein Angebot für 1.000 Ösenknöpfe Metall silber 12mm machen? Viele Grüße aus Köln",
        "Request for price list | Good morning, please send me your price list and conditions for distributors. We are interested in becoming a reseller in Benelux and need prices.",
        "Angebot Spezialfarbe | Können Sie Polyesterknöpfe nach Pantone einfärben? Bitte um Preisangebot für 10.000 Stk in Pantone 18-1664.",
        "Anfrage Preis für Ersatzteile Knöpfe | Hallo, wir sind ein Möbelhersteller und suchen Polsterknöpfe. Bitte Preis für 5.000 Stk überzogen, 18mm.",
        "Angebot für Knöpfe gesucht | Guten Tag, wir planen eine neue Kollektion Strickjacken und suchen Holzknöpfe. Bitte senden Sie uns Preise für 3.000 bis 10.000 Stück.",
        "Price quote request - 3 items | Hi, please quote the following: HB-1001 50k, HB-2210 20k, HB-6020 10k. We need prices by Friday for our costing. Thanks, Oliver",
        "Angebotsanfrage Bedienknöpfe Kochfeld | Sehr geehrte Damen und Herren, bitte unterbreiten Sie uns ein Angebot für 120.000 Bedienknöpfe Edelstahl-Optik pro Jahr inkl. Werkzeugkosten.",
        "How much for custom colours? | Hello, what would be the surcharge for a custom colour on 20,000 polyester buttons? Please send an offer.",
        "Preisangebot Metallknöpfe mit Gravur | Hallo, was kosten 5.000 Metallknöpfe mit Lasergravur unseres Vereinswappens? Bitte Angebot mit Lieferzeit.",
        "Anfrage Konditionen Großhandel | Sehr geehrte Damen und Herren, als Großhändler interessieren uns Ihre Konditionen und Preise für Abnahmemengen ab 500.000 Stück jährlich.",
        "Quote needed: snap buttons for baby wear | Please send your best price for 100k plastic snaps, tested to EN 71, assorted pastel colours. Delivery to Rotterdam.",
        "Unverbindliche Preisanfrage | Hallo, können Sie mir unverbindlich sagen, was 1.000 Knöpfe Corozo 15mm kosten würden? Danke und Gruß",
        "Angebot Corozo 3 Größen | Sehr geehrte Damen und Herren, bitte erstellen Sie uns ein Angebot für Corozo-Knöpfe in 15, 20 und 25mm, je 5.000 Stück, inklusive Lieferzeit.",
        "What's your price for 10k? | Hi, what's your price for 10,000 metal jeans buttons with our logo? And how long would tooling take?",
        "Angebot für Ersatzbedarf | Wir benötigen ein Angebot für Ersatzteile Bedienknöpfe der Baureihe 2018 (Auslaufmodell), ca. 5.000 Stk pro Jahr für 10 Jahre. Kessler Kundendienst",
        "Preisliste anfordern | Guten Tag, könnten Sie mir Ihre aktuelle Preisliste mit Mengenrabatten für Wiederverkäufer schicken? Vielen Dank.",
        "Quote for wooden buttons | Dear Happy Buttons, please quote 4,000 olive wood buttons 20mm, 2 holes, laser-engraved logo. Thank you, Van Dijk Textiel design",
        "Richtpreis gesucht | Hallo, für eine erste Kalkulation bräuchte ich einen Richtpreis für Druckknöpfe Messing 15mm bei 50.000 Stück.",
    ];
}
