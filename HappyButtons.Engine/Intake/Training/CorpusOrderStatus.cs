using HappyButtons.Engine.Intake.Classification;

namespace HappyButtons.Engine.Intake.Training;

/// <summary>Order status: delivery date, tracking, missing order confirmation (de/en).</summary>
internal static class CorpusOrderStatus
{
    public static IEnumerable<TrainingExample> Examples =>
        Lines.Select(line => TrainingExample.FromCorpusLine(line, Intent.OrderStatus, Department.Sales));

    private static readonly string[] Lines =
    [
        "Liefertermin Bestellung 4500123871 | Sehr geehrte Damen und Herren, wann können wir mit der Lieferung unserer Bestellung 4500123871 rechnen? Mit freundlichen Grüßen",
        "Where is our order? | Hi, our PO-77812 was due last week and we haven't received anything yet. Can you please check the status? Thanks, Oliver",
        "Status Auftrag 2025/0457 | Guten Tag, können Sie mir bitte den aktuellen Stand zu unserem Auftrag 2025/0457 mitteilen? Ist die Ware schon versendet?",
        "Sendungsverfolgung | Hallo, könnten Sie mir die Trackingnummer für meine Bestellung schicken? Danke, Rosalie",
        "Wo bleibt die Ware? | Wir warten seit zwei Wochen auf die Knöpfe aus Bestellung 88812. Bitte um Info zum Liefertermin.",
        "Delivery date PO 4400098812 | Dear Happy Buttons, please confirm the delivery date for call-off 4400098812. Our line needs the parts in week 18. Regards, Erik",
        "Auftragsbestätigung fehlt | Sehr geehrte Frau Roth, zu unserer Bestellung vom 03.04. haben wir noch keine Auftragsbestätigung erhalten. Können Sie diese bitte senden?",
        "Order status request | Hello, could you give me an update on order 2025-044? Has it shipped? Best, Camille",
        "Lieferstatus Abruf 17/2025 | Bitte bestätigen Sie den Anliefertermin für Abruf 17/2025 zu RV-2023-044. Hausgeräte Kessler, Disposition",
        "Nachfrage Lieferung | Hallo Herr Roth, ist unsere Lieferung schon unterwegs? Wir bräuchten die Knöpfe für die Produktion nächste Woche. Gruß Claudia",
        "Tracking number please | Hi, can you send the tracking number and carrier for our last order? Thanks, Sanne",
        "Lieferverzug? | Sehr geehrte Damen und Herren, laut Auftragsbestätigung sollte die Ware in KW 14 kommen. Bisher ist nichts angekommen. Bitte prüfen Sie den Versandstatus.",
        "Teillieferung offen | Guten Tag, von Auftrag 2024-0877 haben wir erst 2.000 von 4.000 Stück erhalten. Wann kommt der Rest?",
        "ETA for our shipment | Dear Sales, could you let us know the ETA of the shipment for PO 55120? Our warehouse needs to plan the slot. Regards, Brightwear Ltd",
        "Status Bestellung | hallo, wie ist der stand bei meiner bestellung von letzter woche? lg alex",
        "Bestätigung Liefertermin | Sehr geehrte Damen und Herren, bitte bestätigen Sie uns verbindlich den Liefertermin für Position 2 unserer Bestellung 2025-118.",
        "Has the order been dispatched? | Hello, just checking whether our order from 12 March has been dispatched yet. Thank you.",
        "Versandbestätigung | Können Sie mir bitte bestätigen, dass die Sendung heute rausgeht? Kunde wartet. Danke",
        "Lieferschein / Versand | Guten Tag, wurde unser Auftrag 2025-0331 bereits versendet? Bitte schicken Sie uns den Lieferschein vorab per Mail.",
        "Update on delivery schedule | Dear Mr Roth, please send an updated delivery schedule for our open orders. We need to align with our production plan. Erik Lindqvist",
        "Offene Aufträge | Sehr geehrte Damen und Herren, bitte senden Sie uns eine Liste unserer offenen Aufträge mit voraussichtlichen Lieferterminen. Knopf & Faden Großhandel",
        "When will we receive the buttons? | Hi, the corozo buttons we ordered haven't arrived. When can we expect them? Thanks",
        "Rückfrage Liefertermin KW 20 | Hallo, steht der Liefertermin KW 20 für die Blazerknöpfe noch? Wir planen die Näherei danach.",
        "Lieferung angekommen? | Laut DHL wurde die Sendung zugestellt, bei uns ist aber nichts angekommen. Können Sie bitte beim Versand nachfragen, wo das Paket ist?",
        "Order confirmation missing | Dear team, we sent PO 88123 last week but still have no order confirmation. Could you confirm receipt and delivery date?",
        "Stand der Produktion | Guten Tag Frau Yilmaz, in welchem Produktionsschritt befindet sich unser Sonderauftrag mit den Prägeknöpfen? Viele Grüße",
        "Liefertermin verschieben möglich? | Hallo, ist es möglich, den Liefertermin unseres Auftrags 2025-0457 um eine Woche vorzuziehen? Wie ist der aktuelle Stand?",
        "Shipment status | Hi, could you check where shipment 2025-SH-4411 is? Tracking hasn't updated since Monday.",
        "Auftragsstatus Kd-Nr. 30107 | Sehr geehrte Damen und Herren, bitte teilen Sie uns den Status unserer Bestellungen 88812 und 88813 mit. Strickwaren Becker",
        "Anfrage Lieferfortschritt Lieferplan | Bitte melden Sie uns den Lieferfortschritt zu Lieferplan 5500012. Wir haben eine Differenz zwischen Abruf und Wareneingang. Autowerk Süd Disposition",
        "Is my order on its way? | hello, i ordered 60 wooden buttons on your site 10 days ago, is it on its way? thx",
        "Verfügbarkeit und Liefertermin | Sehr geehrte Damen und Herren, wann ist Artikel HB-6025-DB wieder verfügbar und wann wird unsere offene Bestellung geliefert?",
        "Confirm ship date | Please confirm ship date for PO-77812 line 2. Our forwarder needs it for booking. Thanks",
        "Wann kommt meine Bestellung? | Guten Tag, ich habe vor drei Wochen bestellt und noch keine Versandnachricht bekommen. Können Sie nachsehen?",
        "Anlieferung morgen bestätigt? | Hallo, können Sie bitte bestätigen, dass die Anlieferung für Abruf 0815 wie geplant stattfindet? Gruß Disposition Kessler",
        "Status of sample shipment | Dear Stefan, did you already send the samples of HB-K400? We haven't received a tracking number yet. Erik",
        "Frage zum Versand | Hallo, mit welchem Spediteur kommt unsere Lieferung und wann ungefähr? Wir müssen die Rampe planen.",
        "Lieferrückstand | Sehr geehrte Damen und Herren, laut unserer Aufstellung sind noch 3 Positionen im Rückstand. Bitte teilen Sie uns die neuen Liefertermine mit.",
        "Any update? | Hi again, any update on our order status? We need to inform our customer. Regards, Oliver",
        "Bestellung noch nicht angekommen | Servus, unsere Hornknöpfe sind immer noch nicht da. Wann wurden die verschickt? Alex",
        "Request for delivery confirmation | Dear Sir or Madam, please confirm that our order PO 2025-3381 will be delivered on the agreed date.",
        "Auslieferung Auftrag 2025-0502 | Guten Tag, wurde die Auslieferung für Auftrag 2025-0502 bereits geplant? Bitte um kurze Rückmeldung.",
        "Lieferavis | Bitte senden Sie uns das Lieferavis für die nächste Lieferung zu RV-2024-017 mit Anzahl Paletten und Ankunftszeit.",
        "Order backlog | Hello, what's the current backlog on your side? Our order 2025-221 was promised for May. Is that still realistic? Sanne",
        "Wann wird geliefert? | Guten Tag, können Sie mir sagen, wann die Bestellung 2025-0612 geliefert wird? Unsere Näherei wartet darauf.",
        "Status update PO 4400098990 | Dear Sales, please provide a status update for PO 4400098990, the confirmed date has passed. Regards, Nordic Seating Purchasing",
        "Versandinformationen | Hallo, ist die Ware schon verschickt worden? Wenn ja, bitte Sendungsnummer. Gruß Petra Schmidt",
        "Delivery confirmation for next week | Hi, can you confirm that our order will be delivered next week as planned? Thanks, Sanne",
        "Rückstandsliste | Sehr geehrte Damen und Herren, anbei unsere Rückstandsliste. Bitte teilen Sie uns zu jeder Position den neuen Liefertermin mit. Hausgeräte Kessler Disposition",
        "Where's my parcel? | hi, tracking shows delivered but i have nothing. can you check with the courier please? thanks",
        "Lieferzeit aktueller Auftrag | Hallo Herr Roth, wie lange dauert die Lieferung unseres aktuellen Auftrags noch? Wir müssen unserem Kunden einen Termin nennen.",
        "Stand unserer Bestellung | Guten Tag, können Sie mir mitteilen, ob unsere Bestellung 4500123990 schon in Produktion ist und wann sie versendet wird?",
        "Shipping update please | Hello, please send us a shipping update for PO 2025-3381 including the number of pallets. Thanks, Nordic Seating logistics",
        "Liefertermin noch aktuell? | Hallo Frau Roth, ist der bestätigte Liefertermin 28.05. für unseren Auftrag noch aktuell? Viele Grüße Claudia",
        "Has our order shipped yet? | Hi, has order 2025-221 left your warehouse yet? We need the AWB number for customs.",
        "Nachfrage Auftragsbestätigung | Sehr geehrte Damen und Herren, wir vermissen die Auftragsbestätigung zu unserer Bestellung 2025-118 vom letzten Montag. Ist die Bestellung angekommen?",
        "Rückmeldung Liefertermin Lieferplan | Bitte bestätigen Sie die Liefertermine für die Abrufe KW 20 bis 22 im Lieferplan 5500012. Autowerk Süd, Disposition",
    ];
}
