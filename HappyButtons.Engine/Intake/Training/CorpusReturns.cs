using HappyButtons.Engine.Intake.Classification;

namespace HappyButtons.Engine.Intake.Training;

/// <summary>Return requests: RMA, return labels, sending back surplus or wrong goods (de/en).</summary>
internal static class CorpusReturns
{
    public static IEnumerable<TrainingExample> Examples =>
        Lines.Select(line => TrainingExample.FromCorpusLine(line, Intent.ReturnRequest, Department.Support));

    private static readonly string[] Lines =
    [
        "Retoure Bestellung 88812 | Sehr geehrte Damen und Herren, wir möchten 2.000 Stk HB-1002 zurücksenden, da wir sie doch nicht benötigen. Bitte senden Sie uns ein Retourenlabel.",
        "RMA request | Hello, please issue an RMA number for 3 cartons of HB-7711 which we would like to return. Thanks, Sanne",
        "Rücksendung falscher Farbe | Guten Tag, wir haben versehentlich die falsche Farbe bestellt. Können wir die 500 Knöpfe zurückschicken und gegen marine tauschen?",
        "Return of unused buttons | Hi, we have 1,200 unused corozo buttons left from our order. Is it possible to return them for a credit note? Oliver",
        "RMA-Nummer benötigt | Hallo, für die Rücksendung der reklamierten Clips aus Lieferung 2025-0412 benötigen wir eine RMA-Nummer. Autowerk Süd, Wareneingang",
        "Umtausch | hallo, kann ich die holzknöpfe in 25mm gegen 20mm umtauschen? ich schicke sie gern zurück. lg",
        "Retourenschein | Sehr geehrte Damen und Herren, bitte senden Sie uns einen Retourenschein für die fehlerhaften Knöpfe, damit wir sie zurücksenden können.",
        "Return label please | Dear Happy Buttons, please send us a prepaid return label for the wrong items we received in order 2025-044. Camille",
        "Rückgabe Überbestand | Wir haben von HB-4711 ca. 20.000 Stück Überbestand. Nehmen Sie die Ware gegen Gutschrift zurück? Knopf & Faden Großhandel",
        "Warenrücksendung angekündigt | Hiermit kündigen wir die Rücksendung von 4 Kartons (Lieferschein 2025-0331) an. Grund: Farbabweichung. Bitte bestätigen Sie die Annahme.",
        "Can we send these back? | Hey, the toggles are too big for our coats. Can we send them back and get a refund? Thx",
        "Rücksendung Muster | Guten Tag, anbei senden wir die nicht benötigten Muster zurück. Bitte bestätigen Sie den Eingang.",
        "Retoure anmelden | Hallo Frau Yilmaz, ich möchte eine Retoure anmelden: 300 Perlmuttknöpfe 11mm, noch originalverpackt. Wie gehe ich vor? Rosalie",
        "Return authorisation for batch 25-118 | Please authorise the return of 8,000 control knobs from batch 25-118 (quality issue). Provide RMA and pick-up date. Nordic Seating Logistics",
        "Abholung Rückware | Bitte organisieren Sie die Abholung der reklamierten Ware (2 Paletten) bei uns in Bretten. Kessler Hausgeräte, Wareneingang",
        "Rücksendung und Gutschrift | Sehr geehrte Damen und Herren, wir senden die 1.000 falsch gelieferten Druckknöpfe zurück und bitten um Gutschrift.",
        "Returning wrong size | Hello, you sent 14mm instead of 15mm. We will return them. Please send replacements and a return label.",
        "Rückgaberecht? | Guten Tag, ich habe privat 50 Knöpfe bestellt, gefallen mir aber farblich nicht. Kann ich sie zurückgeben?",
        "Retoure RMA 2025-117 | Die Ware zur RMA 2025-117 ist heute per DHL an Sie rausgegangen, Sendungsnummer 00340434. Bitte Gutschrift erstellen.",
        "Return process | Hi Lea, what's your return process? We have some buttons from the autumn collection we'd like to send back.",
        "Umtausch Größe | Sehr geehrte Damen und Herren, wir möchten 1.000 Stk 18mm gegen 20mm umtauschen. Ist das möglich? Modehaus Lindner",
        "Rücknahme Restposten | Nehmen Sie auch Restposten zurück? Wir lösen die Kollektion auf und hätten noch 5.000 Stk HB-2220.",
        "Return shipment notification | Please be informed that we shipped back 3 cartons (RMA 25-044) today via UPS. Tracking 1Z999. Kindly issue credit note.",
        "Retoure wegen Doppellieferung | Sie haben uns die Bestellung versehentlich doppelt geliefert. Wir schicken die zweite Lieferung zurück, bitte Abholung veranlassen.",
        "Zurückschicken | hallo, wohin muss ich die knöpfe zurückschicken? habe keine adresse gefunden. gruß",
        "RMA form | Dear Sir/Madam, could you send me the RMA form? We need to return defective snaps. Regards, Van Dijk Textiel",
        "Rücksendung beschädigter Ware | Guten Tag, die beschädigte Lieferung möchten wir zurückschicken. Bitte senden Sie einen Rücksendeschein und schicken neue Ware.",
        "Return and exchange | Hello, can we exchange the gold buttons for silver ones? We will send the gold ones back unused.",
        "Retoure Kd-Nr. 30102 | Grüß Gott, 120 Hornknöpfe passen nicht zur Jacke, wir möchten sie zurückgeben. Wie läuft das bei Ihnen? Trachten Huber",
        "Retourennummer fehlt | Unsere Rücksendung wurde bei Ihnen abgelehnt, weil die Retourennummer fehlte. Bitte geben Sie uns eine RMA-Nummer, wir schicken erneut.",
        "Return of samples and excess stock | Hi, we'd like to return excess stock of 2 items and the sample cards. Could you arrange pickup from our London warehouse?",
        "Rücksendung ankündigen | Sehr geehrte Frau Yilmaz, wir senden Ihnen die 600 Knöpfe mit Farbfehler zurück. Bitte bestätigen Sie die Rücknahme.",
        "Refund for returned buttons | We returned the buttons two weeks ago (RMA 2025-090). When will we receive the refund or credit note?",
        "Rückgabe | Ich möchte meine Bestellung zurückgeben, die Knöpfe passen nicht zu meinem Stoff. Bitte um Info zum Ablauf.",
        "Rücksendung Leihwerkzeug | Anbei die Info: das Setzwerkzeug für die Druckknöpfe schicken wir diese Woche zurück. Bitte Rückgabe bestätigen.",
        "Return request - order 2025-3381 | Dear team, we would like to return line 3 of order 2025-3381 (2,000 pcs) because the project was cancelled. Is that possible?",
        "Knöpfe zurück gegen Gutschrift | Können wir die 3.000 Jeansknöpfe zurückgeben? Der Kunde hat storniert. Ware ist unbenutzt und originalverpackt.",
        "Retourenlabel | hi, bitte schickt mir ein retourenlabel, die falsche lieferung geht zurück. danke alex",
        "Rückholung Fehlteile | Bitte holen Sie die gesperrten Fehlteile (HB-9002, 12 Gitterboxen) bei uns ab. Autowerk Süd, Werk Ingolstadt",
        "Sending back damaged goods | Hello, the damaged buttons from our last order will be sent back today. Please confirm you will replace them. Brightwear",
        "Return policy question | Hi, what is your return policy for custom-made buttons? We have 400 pcs we'd like to return.",
        "Retoure beantragen | Hallo, wir möchten die Lieferung vom 04.06. zurückschicken, die Farbe stimmt nicht. Bitte senden Sie uns eine RMA-Nummer.",
        "Return of goods - RMA needed | Dear Lea, please provide an RMA for 2 cartons of corozo buttons we need to return. Pickup possible from Monday. Oliver",
        "Rücksendung Überlieferung | Sie haben 2.000 Stück zu viel geliefert. Wir senden die Überlieferung zurück, bitte Abholung veranlassen oder Retourenlabel senden.",
        "Return request for unused stock | Hi, we would like to return 3,000 unused buttons HB-2211. Could you tell us how to proceed and send a return label?",
        "Retoure und Umtausch | Guten Tag, bitte tauschen Sie die 500 Knöpfe in 15mm gegen 18mm um. Die 15mm schicke ich Ihnen zurück. Viele Grüße",
        "Rücksendeadresse | Hallo, an welche Adresse schicken wir die Retoure zu RMA 2025-140? Bitte auch Rücksendeschein mitschicken.",
        "Send back wrong delivery | Hello, we received someone else's order. We will send the parcel back, please send us a return label and our own goods.",
        "Rücksendung genehmigen | Sehr geehrte Damen und Herren, bitte genehmigen Sie die Rücksendung von 2.000 Stk HB-2220, die wir irrtümlich bestellt haben. Wir bitten um RMA-Nummer.",
        "Return of defective lot | Dear Lea, we will send back the defective lot 25-071 (6 cartons). Please issue an RMA and arrange the credit note once received.",
        "Umtausch gegen andere Farbe | Hallo, kann ich die 200 Knöpfe in rot gegen blau umtauschen? Ich schicke die roten ungeöffnet zurück. Gruß Rosalie",
        "Retoure angekommen? | Guten Tag, ist unsere Retoure mit RMA 2025-140 bei Ihnen angekommen? Wann erfolgt die Gutschrift für die zurückgesandte Ware?",
        "Return label for 2 parcels | Hi, we need return labels for 2 parcels with wrong items from order 2025-044. Please email them. Camille",
        "Rücknahme nicht benötigter Ware | Sehr geehrte Damen und Herren, wir möchten nicht benötigte Ware aus der Überlieferung zurückgeben. Wie ist der Ablauf für die Rücksendung?",
    ];
}
