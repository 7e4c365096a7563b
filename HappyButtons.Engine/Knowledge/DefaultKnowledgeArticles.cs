namespace HappyButtons.Engine.Knowledge;

/// <summary>An article as it is written or seeded, before it is stored.</summary>
public sealed record KnowledgeArticleDraft(string Topic, string Language, string Title, string Body, string Keywords = "", string Intents = "",
    string Products = "", bool Active = true);

/// <summary>
/// The knowledge base a new installation starts with: the twelve questions support answers most (care, washing
/// temperatures, colour fastness, sizes in lignes, delivery times, minimum quantities, samples, returns, complaints,
/// certificates, customs outside the EU, invoices), each in German (formal "Sie") and English.
/// </summary>
public static class DefaultKnowledgeArticles
{
    private const string Technical = "technical_support,general_inquiry";
    private const string General = "general_inquiry,technical_support,quote_request";

    public static IReadOnlyList<KnowledgeArticleDraft> All { get; } =
    [
        new("button-care", "de", "Pflege von Knöpfen",
            "Knöpfe aus Polyester und Metall brauchen keine besondere Pflege. Naturmaterialien wie Horn, Hirschhorn, Perlmutt, Steinnuss " +
            "(Corozo) und Holz sind empfindlicher: Bitte schließen Sie die Knöpfe vor dem Waschen, verwenden Sie ein mildes Feinwaschmittel " +
            "ohne Bleiche und trocknen Sie die Kleidung an der Luft statt im Trockner. Beim Bügeln sollte das Eisen die Knöpfe nicht direkt " +
            "berühren; bügeln Sie um die Knöpfe herum oder von links. Hornknöpfe behalten ihren Glanz, wenn Sie sie gelegentlich mit einem " +
            "Tropfen Pflegeöl einreiben.",
            "Pflege, pflegen, Pflegehinweise, bügeln, Bügeleisen, Trockner, trocknen, Glanz, stumpf, Horn, Perlmutt, Steinnuss, Corozo, Holz, Reinigung, reinigen",
            Technical, "Horn,Hirschhorn,Perlmutt,Steinnuss,Holz"),
        new("button-care", "en", "Caring for buttons",
            "Polyester and metal buttons need no special care. Natural materials such as horn, staghorn, mother-of-pearl, corozo and wood " +
            "are more delicate: please button the garment before washing, use a mild detergent without bleach and let it dry in the air " +
            "rather than in a tumble dryer. When ironing, the iron should not touch the buttons directly; iron around them or from the " +
            "reverse side. Horn buttons keep their lustre if you rub them with a drop of care oil now and then.",
            "care, caring, care instructions, iron, ironing, tumble dryer, drying, lustre, dull, horn, mother-of-pearl, corozo, wood, cleaning, clean",
            Technical, "Horn,Hirschhorn,Perlmutt,Steinnuss,Holz"),

        new("washing-temperatures", "de", "Waschtemperaturen",
            "Unsere Polyester- und Kunststoffknöpfe sind bis 60 °C waschbar, die Ausführungen für Berufs- und Kochbekleidung (z. B. HB-KJ-12) " +
            "bis 95 °C und für die Industriewäsche geeignet. Metallknöpfe vertragen 60 °C, jedoch keine chlorhaltige Bleiche. Knöpfe aus " +
            "Horn, Perlmutt, Steinnuss und Holz empfehlen wir bei höchstens 40 °C im Schonwaschgang. Chemische Reinigung ist für Polyester " +
            "und Metall möglich; Knöpfe aus Naturmaterial sollten vorher abgedeckt oder entfernt werden.",
            "waschen, Wäsche, waschbar, Waschtemperatur, Grad, °C, 30 Grad, 40 Grad, 60 Grad, 95 Grad, Kochwäsche, Industriewäsche, Schonwaschgang, " +
            "Waschmaschine, chemische Reinigung, Bleiche, Chlor",
            Technical, "Polyester,Metall,Horn,Perlmutt,Steinnuss,Holz"),
        new("washing-temperatures", "en", "Washing temperatures",
            "Our polyester and plastic buttons are washable at up to 60 °C; the versions for workwear and chef's jackets (e.g. HB-KJ-12) " +
            "withstand 95 °C and industrial laundering. Metal buttons tolerate 60 °C but no chlorine bleach. For horn, mother-of-pearl, " +
            "corozo and wood buttons we recommend a gentle cycle at no more than 40 °C. Dry cleaning is fine for polyester and metal; " +
            "buttons of natural material should be covered or removed beforehand.",
            "wash, washing, washable, laundry, laundering, temperature, degrees, °C, 40 degrees, 60 degrees, 95 degrees, boil wash, " +
            "industrial laundry, gentle cycle, washing machine, dry cleaning, bleach, chlorine",
            Technical, "Polyester,Metall,Horn,Perlmutt,Steinnuss,Holz"),

        new("colour-fastness", "de", "Farbechtheit",
            "Unsere eingefärbten Polyesterknöpfe erreichen bei Waschechtheit, Reibechtheit und Lichtechtheit mindestens die Note 4 " +
            "(Prüfung nach DIN EN ISO 105). Sie färben also weder beim Waschen noch beim Bügeln auf den Stoff ab. Naturmaterialien wie Horn " +
            "und Steinnuss können sich durch Licht und Waschen leicht verändern; das ist materialtypisch. Für Sonderfarben nach Ihrer " +
            "Vorlage (Pantone oder Stoffmuster) senden wir Ihnen vor der Produktion ein Farbmuster zur Freigabe.",
            "Farbe, Farben, Farbechtheit, farbecht, abfärben, verfärbt, Verfärbung, ausbleichen, verblassen, Lichtechtheit, Reibechtheit, " +
            "Waschechtheit, Pantone, Sonderfarbe, Farbabweichung, Farbton",
            Technical, "Polyester,Horn,Steinnuss"),
        new("colour-fastness", "en", "Colour fastness",
            "Our dyed polyester buttons reach at least grade 4 for fastness to washing, rubbing and light (tested to ISO 105), so they " +
            "do not bleed onto the fabric when washed or ironed. Natural materials such as horn and corozo may change slightly with light " +
            "and washing; that is typical of the material. For custom colours matched to your reference (Pantone or a fabric swatch) we " +
            "send you a colour sample for approval before production.",
            "colour, color, colours, colour fastness, colorfast, colourfast, bleed, bleeding, stain, fading, fade, discolouration, " +
            "light fastness, rubbing, Pantone, custom colour, shade",
            Technical, "Polyester,Horn,Steinnuss"),

        new("sizes-lignes", "de", "Knopfgrößen in Linien",
            "Knopfgrößen werden in Linien (L, englisch lignes) angegeben: 1 Linie = 0,635 mm, 40 Linien sind also ein Zoll (25,4 mm). " +
            "Übliche Größen: 14L = 9 mm, 18L = 11,5 mm (Hemdknopf), 20L = 12,7 mm, 24L = 15 mm, 28L = 18 mm, 32L = 20 mm, 36L = 23 mm " +
            "(Mantel), 40L = 25 mm. Gemessen wird der Durchmesser. Für die Knopflochlänge rechnen Sie mit dem Durchmesser plus der " +
            "Knopfhöhe. Gerne senden wir Ihnen eine Größentabelle oder Muster in den gewünschten Größen.",
            "Größe, Größen, Linie, Linien, Ligne, L, Durchmesser, mm, Millimeter, Zoll, Umrechnung, umrechnen, Knopfloch, Größentabelle, 18L, 24L, 28L",
            Technical),
        new("sizes-lignes", "en", "Button sizes in lignes",
            "Button sizes are given in lignes (L): 1 ligne = 0.635 mm, so 40 lignes are one inch (25.4 mm). Common sizes: 14L = 9 mm, " +
            "18L = 11.5 mm (shirt button), 20L = 12.7 mm, 24L = 15 mm, 28L = 18 mm, 32L = 20 mm, 36L = 23 mm (coat), 40L = 25 mm. The " +
            "diameter is measured. For the buttonhole length allow the diameter plus the button's thickness. We are happy to send you a " +
            "size chart or samples in the sizes you need.",
            "size, sizes, ligne, lignes, line, L, diameter, mm, millimetres, inch, inches, conversion, convert, buttonhole, size chart, 18L, 24L, 28L",
            Technical),

        new("delivery-times", "de", "Lieferzeiten",
            "Lagerartikel versenden wir innerhalb von 2 bis 3 Werktagen nach Auftragseingang; innerhalb Deutschlands ist die Ware dann " +
            "1 bis 2 Tage unterwegs, in der EU 3 bis 5 Tage. Sonderfarben und Sonderanfertigungen fertigen wir in 3 bis 4 Wochen, " +
            "Knöpfe mit Ihrem Logo in 4 bis 6 Wochen nach Freigabe des Musters. Den bestätigten Liefertermin finden Sie in der " +
            "Auftragsbestätigung; sobald die Ware versandt ist, erhalten Sie die Sendungsnummer. Eilaufträge sind nach Absprache möglich.",
            "Lieferzeit, Lieferzeiten, Liefertermin, Lieferung, liefern, wann, wie lange, dauert, Dauer, Versand, versenden, Werktage, Wochen, Eilauftrag, Express, " +
            "schnell, dringend, Sendungsnummer, Produktionszeit",
            General),
        new("delivery-times", "en", "Delivery times",
            "Stock items are dispatched within 2 to 3 working days of your order; within Germany the goods then take 1 to 2 days, within " +
            "the EU 3 to 5 days. Custom colours and special designs are made in 3 to 4 weeks, buttons with your logo in 4 to 6 weeks after " +
            "sample approval. The confirmed delivery date is in the order confirmation; as soon as the goods are shipped you receive the " +
            "tracking number. Rush orders are possible by arrangement.",
            "delivery time, lead time, delivery date, delivery, deliver, when, how long, long, shipping, dispatch, ship, working days, weeks, rush order, " +
            "express, urgent, fast, tracking number, production time",
            General),

        new("minimum-order-quantities", "de", "Mindestbestellmengen",
            "Die Mindestbestellmenge steht bei jedem Artikel im Katalog, bei Polyesterknöpfen meist 1.000 bis 5.000 Stück, bei Horn, " +
            "Hirschhorn und Perlmutt 100 bis 500 Stück. Sonderfarben fertigen wir ab 5.000 Stück, Knöpfe mit Ihrem Logo ab 10.000 Stück " +
            "je Größe. Kleinere Mengen liefern wir aus Lagerbestand gegen einen Mindermengenzuschlag von 15 EUR je Position. " +
            "Rahmenaufträge mit Abrufen sind möglich.",
            "Mindestbestellmenge, Mindestmenge, Mindestabnahme, Menge, Mengen, Stückzahl, kleine Menge, Kleinmenge, Mindermengenzuschlag, " +
            "Zuschlag, Rahmenauftrag, Abruf, wie viele, Stück",
            General),
        new("minimum-order-quantities", "en", "Minimum order quantities",
            "The minimum order quantity is shown for every article in the catalogue: usually 1,000 to 5,000 pieces for polyester buttons, " +
            "100 to 500 pieces for horn, staghorn and mother-of-pearl. Custom colours start at 5,000 pieces, buttons with your logo at " +
            "10,000 pieces per size. Smaller quantities can be supplied from stock with a small-quantity surcharge of EUR 15 per line. " +
            "Blanket orders with call-offs are possible.",
            "minimum order quantity, MOQ, minimum quantity, minimum, quantity, quantities, pieces, small quantity, surcharge, blanket order, " +
            "call-off, how many",
            General),

        new("samples", "de", "Muster",
            "Von Lagerartikeln senden wir Ihnen bis zu 10 Stück je Artikel kostenlos als Muster, dazu auf Wunsch unsere Farbkarte. " +
            "Das Mustersortiment Hemdenknöpfe (HB-MS-01) kostet 9,50 EUR. Muster in Sonderfarben oder mit Ihrem Logo (Vorserie) " +
            "berechnen wir; der Betrag wird Ihnen bei einem Auftrag gutgeschrieben. Bitte nennen Sie uns Artikelnummern, Farben und " +
            "die Lieferanschrift, dann versenden wir die Muster innerhalb von 3 Werktagen.",
            "Muster, Musterknöpfe, Probe, Proben, Probestücke, Farbkarte, Mustersortiment, Vorserie, kostenlos, Musterbestellung, testen, ansehen, zusenden, zuschicken",
            General),
        new("samples", "en", "Samples",
            "For stock items we send you up to 10 pieces per article free of charge as samples, together with our colour card on request. " +
            "The shirt button sample set (HB-MS-01) costs EUR 9.50. Samples in custom colours or with your logo (pre-production) are " +
            "charged; the amount is credited to you with an order. Please give us article numbers, colours and the delivery address, and " +
            "we will ship the samples within 3 working days.",
            "sample, samples, sample buttons, send samples, sample set, swatch, colour card, color card, free, free of charge, pre-production, test, try, trial, see, feel",
            General),

        new("returns-policy", "de", "Rücksendungen",
            "Unbenutzte Lagerware in Originalverpackung nehmen wir innerhalb von 14 Tagen nach Absprache zurück. Bitte senden Sie nichts " +
            "ohne Rücksendenummer (RMA) zurück; diese erhalten Sie von uns per E-Mail zusammen mit dem Rücksendeschein. Sonderanfertigungen " +
            "(Sonderfarben, Logoknöpfe) sind vom Umtausch ausgeschlossen. Die Kosten der Rücksendung trägt der Absender, außer wenn wir " +
            "falsch oder fehlerhaft geliefert haben. Nach Prüfung der Ware erhalten Sie die Gutschrift innerhalb von 5 Werktagen.",
            "Rücksendung, zurücksenden, zurückschicken, Retoure, Rückgabe, zurückgeben, Umtausch, umtauschen, RMA, Rücksendenummer, " +
            "Gutschrift, Erstattung, Geld zurück",
            "return_request,general_inquiry,complaint"),
        new("returns-policy", "en", "Returns policy",
            "We take back unused stock goods in their original packaging within 14 days by prior arrangement. Please do not send anything " +
            "back without a return number (RMA); you receive it from us by email together with the return label. Custom-made items " +
            "(custom colours, logo buttons) cannot be exchanged. The sender pays for the return shipment unless we delivered the wrong or " +
            "faulty goods. After inspecting the goods we issue the credit note within 5 working days.",
            "return, returns, send back, returning, exchange, refund, RMA, return number, return label, credit note, money back",
            "return_request,general_inquiry,complaint"),

        new("complaint-procedure", "de", "Ablauf einer Reklamation",
            "Bitte prüfen Sie die Ware bei Eingang und melden Sie Mängel innerhalb von 8 Tagen. Nennen Sie uns die Auftrags- oder " +
            "Lieferscheinnummer, den Artikel, die betroffene Menge und senden Sie Fotos der Knöpfe und des Etiketts. Bewahren Sie die " +
            "beanstandete Ware bitte auf. Transportschäden vermerken Sie bitte auf dem Lieferschein des Paketdienstes und melden sie uns " +
            "innerhalb von 3 Tagen. Innerhalb von 2 Werktagen erhalten Sie von uns einen Vorschlag für Ersatzlieferung oder Gutschrift.",
            "Reklamation, reklamieren, Mangel, Mängel, mangelhaft, defekt, kaputt, gebrochen, beschädigt, Transportschaden, Beanstandung, " +
            "Fehler, fehlerhaft, Ersatz, Ersatzlieferung, Fotos, Beschwerde",
            "complaint,return_request"),
        new("complaint-procedure", "en", "How to make a complaint",
            "Please inspect the goods on arrival and report defects within 8 days. Give us the order or delivery note number, the article, " +
            "the quantity affected, and send photos of the buttons and the label. Please keep the goods concerned. Note transit damage on " +
            "the carrier's delivery receipt and report it to us within 3 days. Within 2 working days you will receive our proposal for a " +
            "replacement delivery or a credit note.",
            "complaint, complain, defect, defective, faulty, broken, damaged, transit damage, fault, replacement, photos, claim, problem",
            "complaint,return_request"),

        new("certificates", "de", "Zertifikate: OEKO-TEX und REACH",
            "Unsere Polyester-, Kunststoff- und Steinnussknöpfe sind nach OEKO-TEX Standard 100 zertifiziert (Produktklasse I, auch für " +
            "Babyartikel). Alle Knöpfe entsprechen der REACH-Verordnung (EG) Nr. 1907/2006; unsere Metallknöpfe sind nickelfrei im Sinne " +
            "von Anhang XVII (Nickelabgabe unter 0,5 µg/cm² pro Woche) und enthalten keine besonders besorgniserregenden Stoffe (SVHC) " +
            "über 0,1 %. Das gültige OEKO-TEX-Zertifikat und unsere REACH-Erklärung senden wir Ihnen gerne als PDF.",
            "Zertifikat, Zertifikate, Zertifizierung, OEKO-TEX, Oekotex, Standard 100, REACH, SVHC, nickelfrei, Nickel, Schadstoffe, " +
            "Konformitätserklärung, Erklärung, Prüfbericht, Babyartikel",
            Technical),
        new("certificates", "en", "Certificates: OEKO-TEX and REACH",
            "Our polyester, plastic and corozo buttons are certified to OEKO-TEX Standard 100 (product class I, also for baby articles). " +
            "All buttons comply with the REACH Regulation (EC) No 1907/2006; our metal buttons are nickel-free within the meaning of " +
            "Annex XVII (nickel release below 0.5 µg/cm² per week) and contain no substances of very high concern (SVHC) above 0.1 %. " +
            "We are glad to send you the current OEKO-TEX certificate and our REACH declaration as PDF.",
            "certificate, certificates, certification, certified, OEKO-TEX, Oekotex, Standard 100, REACH, SVHC, nickel-free, nickel, " +
            "harmful substances, declaration of conformity, declaration, test report, baby",
            Technical),

        new("customs-non-eu", "de", "Zoll bei Lieferungen außerhalb der EU",
            "Bei Lieferungen in Länder außerhalb der EU (z. B. Schweiz, Vereinigtes Königreich, Norwegen, USA) erstellen wir die " +
            "Ausfuhranmeldung und legen eine Handelsrechnung mit Zolltarifnummer bei: 9606 21 00 für Kunststoffknöpfe, 9606 22 00 für " +
            "Knöpfe aus unedlem Metall, 9606 29 00 für andere Knöpfe. Die Ware hat deutschen Ursprung; die Ursprungserklärung steht auf " +
            "der Rechnung. Einfuhrabgaben und Einfuhrumsatzsteuer trägt der Empfänger (DAP), sofern nichts anderes vereinbart ist.",
            "Zoll, Zölle, verzollen, Verzollung, Zolltarifnummer, HS-Code, Ausfuhr, Export, Einfuhr, Import, Einfuhrumsatzsteuer, " +
            "Ursprung, Ursprungserklärung, Ursprungszeugnis, Handelsrechnung, Schweiz, Vereinigtes Königreich, Norwegen, USA, Drittland, DAP, DDP",
            General),
        new("customs-non-eu", "en", "Customs for deliveries outside the EU",
            "For deliveries to countries outside the EU (e.g. Switzerland, the United Kingdom, Norway, the USA) we file the export " +
            "declaration and enclose a commercial invoice with the tariff code: 9606 21 00 for plastic buttons, 9606 22 00 for base-metal " +
            "buttons, 9606 29 00 for other buttons. The goods are of German origin; the statement on origin is printed on the invoice. " +
            "Import duties and import VAT are paid by the recipient (DAP) unless agreed otherwise.",
            "customs, duty, duties, clearance, tariff code, HS code, commodity code, export, import, import VAT, origin, statement on origin, " +
            "certificate of origin, commercial invoice, Switzerland, UK, United Kingdom, Norway, USA, non-EU, DAP, DDP",
            General),

        new("invoice-questions", "de", "Fragen zur Rechnung",
            "Rechnungen senden wir per E-Mail als PDF, auf Wunsch zusätzlich als XRechnung. Unsere Zahlungsbedingungen: 30 Tage netto, " +
            "2 % Skonto bei Zahlung innerhalb von 10 Tagen. Eine Rechnungskopie senden wir Ihnen gerne erneut; bitte nennen Sie dazu die " +
            "Rechnungs- oder Auftragsnummer. Für steuerfreie Lieferungen in andere EU-Länder benötigen wir Ihre USt-IdNr. Geänderte " +
            "Bankverbindungen teilen wir niemals nur per E-Mail mit; bitte rufen Sie im Zweifel unter der bekannten Nummer zurück.",
            "Rechnung, Rechnungen, Rechnungskopie, Kopie, Duplikat, Zahlungsbedingungen, Zahlungsziel, Skonto, zahlen, Zahlung, XRechnung, " +
            "USt-IdNr, Umsatzsteuer, Mehrwertsteuer, Gutschrift, Bankverbindung, IBAN, Mahnung",
            "invoice_request,general_inquiry,payment_notice"),
        new("invoice-questions", "en", "Invoice questions",
            "We send invoices by email as PDF, on request also as XRechnung. Our payment terms: 30 days net, 2 % discount for payment within " +
            "10 days. We are glad to send you a copy of an invoice again; please give us the invoice or order number. For tax-free " +
            "deliveries to other EU countries we need your VAT ID. We never announce changed bank details by email alone; if in doubt, " +
            "please call us back on the number you know.",
            "invoice, invoices, invoice copy, copy, duplicate, payment terms, terms of payment, discount, pay, payment, XRechnung, VAT ID, " +
            "VAT, credit note, bank details, IBAN, reminder",
            "invoice_request,general_inquiry,payment_notice"),
    ];
}
