using HappyButtons.Engine.Intake.Classification;

namespace HappyButtons.Engine.Intake.Training;

/// <summary>Orders: ERP purchase orders with item tables, OEM call-offs, short re-orders (de/en).</summary>
internal static class CorpusOrders
{
    public static IEnumerable<TrainingExample> Examples =>
        Lines.Select(line => TrainingExample.FromCorpusLine(line, Intent.Order, Department.Sales));

    private static readonly string[] Lines =
    [
        "Bestellung 4500123871 | Sehr geehrte Damen und Herren, anbei unsere Bestellung:\nPos. 1  Art.-Nr. HB-4711 Knopf 4-Loch 15mm schwarz  5.000 Stk\nPos. 2  Art.-Nr. HB-4712 Knopf 4-Loch 18mm schwarz  2.000 Stk\nLiefertermin KW 14. Mit freundlichen Grüßen, Einkauf",
        "Lieferabruf Nr. 2025-0412 zu Rahmenvertrag RV-2024-017 | Bitte liefern Sie gemäß Lieferplan:\nPos. 10 HB-9001 Kunststoffknopf Polyamid 20mm grau 40.000 Stk Anliefertermin 14.04.\nPos. 20 HB-9002 Clip-Knopf 12mm 25.000 Stk. Werk Ingolstadt, Tor 3.",
        "Bestellung | Hallo zusammen, wir brauchen nochmal 300 Stück von den Perlmuttknöpfen 11mm wie letztes Mal. Lieferung an die bekannte Adresse. Danke, Rosalie",
        "Purchase Order PO-77812 | Dear Sales Team, please find attached our purchase order PO-77812 for 10,000 pcs art. HB-2210 metal shank button 18mm antique brass. Requested delivery date: 30 April. Kind regards, Oliver Grant, Procurement",
        "Auftrag Trachtenknöpfe | Grüß Gott, hiermit bestellen wir verbindlich 1.200 Hirschhornknöpfe 20mm und 800 Stück 15mm für die Herbstkollektion. Bitte um Auftragsbestätigung. Alex Huber",
        "Nachbestellung Art. HB-3305 | Guten Tag, bitte liefern Sie uns erneut 2.500 Stk HB-3305 Druckknopf Messing vernickelt 12mm. Preise laut letzter Auftragsbestätigung. Gruß Petra Schmidt",
        "PO 4400098812 - Call-off order | Please deliver per call-off: item HB-9105 plastic rivet button 15mm, qty 60,000 pcs, delivery week 18 to plant Jönköping. Framework agreement FA-2025-003.",
        "Bestellung Knöpfe für Uniformen | Sehr geehrte Frau Roth, wir bestellen hiermit 4.000 Uniformknöpfe Metall goldfarben mit Prägung 22mm sowie 4.000 Stück 16mm. Bitte mit Lieferschein je Karton. Uniform Partner Schmidt GmbH",
        "Order | Hi, we would like to order 500 corozo buttons 4-hole 20mm natural, art. HB-6020. Ship to our London warehouse please. Thanks, Oliver",
        "Bestellung Nr. 88812 | Pos. Menge Einheit Artikel Bezeichnung\n1 10.000 Stk HB-1001 Polyesterknopf 2-Loch 11mm weiß\n2 10.000 Stk HB-1002 Polyesterknopf 2-Loch 13mm weiß\n3 5.000 Stk HB-1003 Polyesterknopf 4-Loch 15mm weiß\nLieferadresse: Strickwaren Becker GmbH, Lager 2",
        "Feinabruf KW 17 | Sehr geehrte Damen und Herren, anbei der Feinabruf für KW 17 gemäß Lieferplan 5500012: Sachnummer 7L0-867-221 Abdeckknopf schwarz, 18.000 Stk, Anlieferung Just-in-Time. Disposition Autowerk Süd",
        "Bestellung per Mail | Moin, wir nehmen die 3.000 Jeansknöpfe 17mm altmessing aus dem Angebot AN-2025-118 zum genannten Preis. Bitte liefern bis Ende des Monats.",
        "Your quote 2025-221 - we accept | Dear Mr Roth, we are pleased to place the order based on your quotation 2025-221: 25,000 pcs HB-7710 snap fasteners, stainless steel. Please confirm delivery date. Best regards, Sanne van Dijk",
        "Bestellung HB-4711 | bitte 5000 stk HB-4711 schwarz schicken, rechnung wie immer. gruß jan",
        "Auftrag 2025/0457 | Sehr geehrte Damen und Herren,\nwir erteilen Ihnen folgenden Auftrag:\nArtikel: Steinnussknopf 4-Loch 18mm, Farbe natur\nMenge: 6.000 Stück\nPreis: 0,21 EUR/Stk netto\nZahlung: 30 Tage netto. Bitte bestätigen Sie den Auftrag schriftlich.",
        "Bestellung Mustersortiment | Hallo, ich möchte gerne das Mustersortiment Hemdenknöpfe (Art. HB-MS-01) bestellen, 2 Stück. Rechnungsadresse wie im Kundenkonto. Danke!",
        "New order for spring collection | Hello, please book the following order: 8,000 pcs HB-5510 horn look buttons 23mm brown, 8,000 pcs HB-5511 15mm brown. Delivery to our warehouse in Rotterdam, incoterms DAP. Regards, Van Dijk Textiel purchasing",
        "Lieferabruf 0815 | Abruf aus Rahmenvertrag RV-2023-044: 12.000 Stk Bedienknopf HB-K200 weiß hochglanz, Liefertermin 22.05., Anlieferung Werk Kessler Bretten, Rampe 2. Bitte Lieferavis vorab.",
        "Bestellung | Sehr geehrte Damen und Herren, bitte senden Sie uns 150 Stück Perlmuttknöpfe 9mm für Blusen. Kundennummer 30103. Vielen Dank und freundliche Grüße",
        "PO attached | Please see attached PO 2025-3381. 3 line items, total 45,000 pcs. Kindly send order confirmation within 48h. Nordic Seating Systems AB, Purchasing",
        "Bestellung Knöpfe Art. HB-2030 / HB-2031 | Guten Morgen Herr Roth, wie telefonisch besprochen bestellen wir 2.000 Stk HB-2030 und 2.000 Stk HB-2031 jeweils in marine. Liefertermin nach Verfügbarkeit. Danke, Claudia Lindner",
        "Bestellung gemäß Angebot | Wir bestellen gemäß Ihrem Angebot vom 03.03. die Position 2 (Metallknopf mit Öse, 16mm, silber) in einer Menge von 7.500 Stück.",
        "Re: Angebot Druckknöpfe | Passt, dann bestellen wir die 10.000 Stück so. Bitte Lieferung in zwei Teillieferungen à 5.000 Stk.",
        "Order confirmation request - PO 55120 | Dear Happy Buttons team, we hereby order 1,500 wooden toggle buttons 40mm (HB-8040). Please deliver together with the last open order. Thanks, Brightwear Ltd",
        "Bestellung aus Webshop-Anfrage | Hallo, ich möchte 40 Stück Trachtenknöpfe Zinn 18mm bestellen, bitte an Atelier Rosalie liefern. Bezahlung per Rechnung.",
        "Commande / Order | Bonjour, please ship 2,000 buttons HB-1010 white 11mm, same as order 2024-119. Merci, Camille Dupont, Maison Dupont",
        "Lieferplan 5500012 - neue Abrufe | Sehr geehrte Damen und Herren, anbei neue Abrufe im Lieferplan: KW 20 20.000 Stk, KW 21 18.000 Stk, KW 22 22.000 Stk, Sachnummer 7L0-867-221. Disposition",
        "Eilbestellung | Bitte zusätzlich 1.000 Stk HB-4711 schwarz mit der nächsten Lieferung mitschicken. Danke",
        "Bestellung 2025-II | Sehr geehrte Damen und Herren, hiermit bestellen wir:\n- 3.000 x Blazerknopf Metall gold 20mm (HB-2220)\n- 6.000 x Ärmelknopf Metall gold 15mm (HB-2215)\nLieferung frei Haus. Mit freundlichen Grüßen Modehaus Lindner",
        "Order for 12k buttons | hey, go ahead with 12k pcs of the recycled polyester buttons (HB-R15) in navy. ship asap to the usual address. cheers oliver",
        "Auftragserteilung | Sehr geehrte Damen und Herren, wir beauftragen Sie mit der Lieferung von 50.000 Stk Knopf HB-4711 gemäß Rahmenvertrag RV-2022-009, Abruf 3/2025. Lieferung an Knopf & Faden Großhandel, Lager Hamburg.",
        "Bestellung Ersatzknöpfe Kollektion | Hallo Team, wir ordern für die Kollektion Winter 2.400 Knöpfe Steinnuss 25mm dunkelbraun (HB-6025-DB). Liefertermin spätestens KW 30.",
        "Purchase order 4500200015 | Vendor: Happy Buttons GmbH\nItem 00010 Material 100-223 Button 4 hole 15mm black Qty 20,000 PC Price 0.045 EUR Delivery 2025-05-12\nItem 00020 Material 100-224 Button 4 hole 18mm black Qty 10,000 PC\nThis purchase order was generated automatically. Please confirm.",
        "Bestellung | Sehr geehrtes Happy-Buttons-Team, für unsere Kochjackenproduktion bestellen wir 5.000 Stk Kochjackenknöpfe Kugelform weiß abnehmbar. Bitte AB an einkauf@uniform-schmidt.de.",
        "Order 2025-044 | Dear team, kindly process our order: 600 pcs mother-of-pearl buttons 14mm, 600 pcs 11mm. Invoice to Maison Dupont, Paris. Best, Camille",
        "Abruf Bedienknöpfe Waschmaschine | Abruf 17/2025 zu RV-2023-044: Drehknopf HB-K310 chrom matt 9.000 Stk, Tastenknopf HB-K311 9.000 Stk, Liefertermin 05.06. Werk Bretten.",
        "Bestellung | Bitte schicken Sie mir 100 Knöpfe 4-Loch 20mm rot, Artikel HB-4720-R. Ich zahle per Vorkasse. Gruß",
        "Re: Musterfreigabe | Die Muster sind freigegeben. Bitte starten Sie die Serienlieferung mit 30.000 Stk gemäß Bestellung 4500123990.",
        "Order placed via EDI failed - sending by mail | Please process attached order manually: PO 88123, 2 items, 14,000 pcs total, delivery week 21. Thanks, supply chain team",
        "Nachbestellung Kd-Nr. 30106 | Guten Tag, bitte liefern Sie nochmals die Uniformknöpfe aus Auftrag 2024-0877 in gleicher Menge (4.000 Stk). Viele Grüße Petra Schmidt",
        "Bestellung Knopfsortiment für Filialen | Sehr geehrte Damen und Herren, wir bestellen 25 Sortimentskästen Knöpfe Basic (HB-SK-25) zur Auslieferung an unser Zentrallager. Knopf & Faden Großhandel KG",
        "Please book order | Hi Stefan, please book 4,000 pcs HB-7711 snaps in black, delivery as soon as the tools are free. Thanks, Erik",
        "Bestellung Hornknöpfe | Sehr geehrte Damen und Herren, hiermit bestelle ich verbindlich 240 echte Hornknöpfe 22mm für Trachtenjanker. Mit freundlichen Grüßen Alex Huber",
        "Auftrag | Wir bestellen: 2x 5000 Stk Knopf 4L 15mm schwarz matt. Lieferung KW 19. Bitte Auftragsbestätigung mit Preisen.",
        "Order for sample production | We hereby order a pre-series of 2,000 pcs of the new control knob HB-K400 in anthracite for PPAP. Delivery to plant Jönköping. Regards, Nordic Seating Systems",
        "Bestellung aus Messegespräch | Guten Tag, wie auf der Messe besprochen bestellen wir die Kollektion Metallknöpfe antik (HB-MA-Serie) je 500 Stück in allen 6 Größen.",
        "Bestellung | Sehr geehrte Damen und Herren, anbei erhalten Sie unseren Auftrag Nr. 2025-118 über 9.000 Stück Druckknöpfe Edelstahl. Wir bitten um Auftragsbestätigung innerhalb von 2 Tagen.",
        "PO amendment and new order | Please add a new order line to PO-77812: 3,000 pcs HB-2211 18mm silver. Delivery with the rest of the PO.",
        "Bestellung Knöpfe | hallo, ich hätte gern 60 Stk von den Holzknöpfen 25mm natur für meine Strickjacken. schicken Sie bitte Rechnung mit. lg",
        "Wochenabruf KW 23 | Abruf gemäß Lieferplan: Teilenummer HB-9001 38.000 Stk, HB-9002 24.000 Stk. Anlieferung Mo 07:00 Werk Ingolstadt. Autowerk Süd AG, Materialdisposition",
        "Order confirmation needed - new order | Dear Sir or Madam, we would like to order 20,000 buttons type HB-1001 white, 11mm, for shirts. Please send an order confirmation and proforma invoice. Kind regards",
        "Bestellung 4711-2 | Sehr geehrte Frau Yilmaz, anbei unsere Bestellung für die Arbeitskleidung: 8.000 Stk Jeansknöpfe 17mm, 8.000 Nieten 9mm, Liefertermin 15.06.",
        "Bestellung Knöpfe Sommerkollektion | Sehr geehrte Damen und Herren, bitte liefern Sie uns folgende Artikel:\nArt.-Nr. HB-1010 Hemdknopf 11mm weiß 30.000 Stk\nArt.-Nr. HB-1011 Hemdknopf 11mm hellblau 10.000 Stk\nWunschtermin KW 22. Vielen Dank, Einkauf Modehaus Lindner",
        "Order - please process | Hello, please process the attached order for 4 items (total 26,000 pcs). Delivery address and invoice address unchanged. Regards, Brightwear purchasing",
        "Lieferabruf KW 26 Werk Ingolstadt | Sehr geehrte Damen und Herren, hiermit rufen wir gemäß Rahmenvertrag RV-2024-017 ab: HB-9001 30.000 Stk, HB-9002 20.000 Stk. Anlieferung 23.06. 06:00 Uhr.",
        "Bestellung von 200 Knöpfen | Hallo liebes Team, ich würde gern 200 Knöpfe Art. HB-4720-R bestellen. Lieferung bitte an meine Privatadresse. Danke!",
        "Order for replacement stock | Dear Stefan, please ship 5,000 pcs HB-7711 black to replenish our consignment stock. PO number follows by EDI. Sanne",
        "Bestellung Artikel laut Liste | Anbei unsere Bestellliste mit 12 Positionen, bitte liefern Sie komplett bis KW 31. Knopf & Faden Großhandel KG, Einkauf",
        "Auftrag Uniformknöpfe Polizei | Wir erteilen den Auftrag über 15.000 Uniformknöpfe silber mit Landeswappen gemäß Ausschreibungsergebnis. Bitte Auftragsbestätigung.",
        "Call-off week 30 | Please deliver according to our delivery schedule: HB-9105 45,000 pcs, HB-9106 30,000 pcs, arrival plant Jönköping Monday 7:00. Nordic Seating Logistics",
    ];
}
