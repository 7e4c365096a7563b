using HappyButtons.Engine.Intake.Classification;

namespace HappyButtons.Engine.Intake.Training;

/// <summary>Complaints: broken buttons, colour deviation, wrong quantities, OEM line problems (de/en).</summary>
internal static class CorpusComplaints
{
    public static IEnumerable<TrainingExample> Examples =>
        Lines.Select(line => TrainingExample.FromCorpusLine(line, Intent.Complaint, Department.Support));

    private static readonly string[] Lines =
    [
        "Reklamation Lieferung 2025-0331 | Sehr geehrte Damen und Herren, bei der Lieferung vom 12.03. sind ca. 10 % der Knöpfe gebrochen. Wir bitten um Ersatz und Stellungnahme.",
        "Farbabweichung Charge 2411 | Guten Tag, die gelieferten Knöpfe HB-4711 weichen deutlich vom freigegebenen Farbmuster ab (zu grau statt tiefschwarz). So können wir sie nicht verarbeiten.",
        "Complaint - broken buttons | Dear team, a large number of the corozo buttons in our last delivery are cracked. Our customer is very unhappy. Please advise how you will resolve this. Oliver",
        "Bandstillstand wegen fehlerhafter Clips | Dringend: Die Clips HB-9002 aus der letzten Lieferung brechen beim Einclipsen, unser Band steht seit 06:00. Wir brauchen sofort Ersatzware und einen 8D-Report. Autowerk Süd, Qualitätssicherung",
        "Mangelhafte Ware | Die Knöpfe haben scharfe Grate an den Löchern, der Faden reißt beim Annähen. Das ist nicht akzeptabel. Bitte um Rückruf.",
        "Wrong colour delivered | Hi, we ordered navy and received black. Please send the correct colour asap. Sanne",
        "Reklamation Mengenabweichung | Sehr geehrte Damen und Herren, statt der bestellten 5.000 Stück haben wir nur 4.200 Stück erhalten. Der Lieferschein weist 5.000 aus. Bitte klären.",
        "Qualitätsmangel Perlmuttknöpfe | Hallo, viele der Perlmuttknöpfe haben Risse und die Oberfläche ist stumpf. Ich bin sehr enttäuscht. Rosalie",
        "Line down - defective knobs | URGENT: control knobs HB-K400 from batch 25-118 do not fit on the shaft, our line is down. We need a containment action and replacement parts today. Nordic Seating Quality",
        "Knöpfe lösen sich nach der Wäsche | Unsere Kunden reklamieren, dass sich die Beschichtung der Metallknöpfe nach wenigen Wäschen ablöst. Bitte prüfen Sie die Charge und melden Sie sich.",
        "Beschwerde | Sehr geehrte Damen und Herren, ich beschwere mich hiermit über die wiederholt verspätete und fehlerhafte Lieferung. Das ist jetzt das dritte Mal.",
        "Quality complaint 8D requested | Dear Happy Buttons, we found deviations in the dimensions of HB-9105 (diameter 15.4mm instead of 15.0 +/- 0.1). Please provide an 8D report within 48h.",
        "Falsche Artikel geliefert | Wir haben Druckknöpfe erhalten, bestellt waren aber Jeansknöpfe. Bitte schnellstens die richtige Ware schicken und die falsche abholen.",
        "Beschädigte Lieferung | Guten Tag, der Karton kam völlig zerdrückt an, viele Knöpfe sind zerbrochen. Fotos anbei. Bitte um Ersatzlieferung.",
        "Discoloured buttons | Hello, the white polyester buttons have turned yellow after storage in our warehouse for 2 months. Is this a known issue? We want a replacement. Camille",
        "Reklamation Farbton Bedienknöpfe | Die Bedienknöpfe HB-K200 weiß hochglanz zeigen einen Gelbstich gegenüber dem Grenzmuster. Wir haben die Ware gesperrt. Kessler QS",
        "Not happy with the quality | Honestly the last batch was poor: uneven holes, some buttons without holes at all. We expect better. Oliver",
        "Reklamation Druckknöpfe | Die Druckknöpfe halten nicht, sie gehen beim leichten Ziehen auf. Unsere Kinderkleidung muss den Zugtest bestehen. Bitte dringend prüfen.",
        "Lochabstand falsch | Sehr geehrte Damen und Herren, der Lochabstand der Knöpfe HB-1003 passt nicht zu unseren Knopfannähautomaten. Das war bei früheren Lieferungen anders.",
        "Complaint regarding damaged packaging and scratches | Dear sir or madam, the metal buttons arrived with heavy scratches on the surface. Not usable for our blazers. Please replace them.",
        "Beanstandung Charge 25-07 | Bei der Wareneingangsprüfung wurde festgestellt, dass 30 % der Knöpfe Lufteinschlüsse aufweisen. Wir erwarten Nachlieferung einwandfreier Ware.",
        "Mängelrüge | Hiermit rügen wir die Lieferung vom 02.05. wegen Farbabweichung und falscher Größe fristgerecht als mangelhaft. Uniform Partner Schmidt GmbH",
        "Buttons break on sewing machine | Hi, your 11mm buttons keep breaking on our automatic sewing machines. We never had this problem with previous batches. Please investigate.",
        "Fehlende Prägung | Bei 500 der Uniformknöpfe fehlt die Prägung bzw. ist sie kaum sichtbar. Das ist für unseren Kunden nicht akzeptabel.",
        "Ärger mit der letzten Lieferung | hallo, die knöpfe sind total verkratzt und teilweise verbogen, so kann ich die nicht verwenden. was machen wir jetzt?",
        "Rust on snap fasteners | Dear team, we noticed rust on the stainless steel snaps after the salt spray test. This is a serious quality issue. Please send your analysis. Van Dijk Textiel QA",
        "Produktionsstillstand durch Fehlteile | Aufgrund fehlerhafter Bedienknöpfe (Rastnase abgebrochen) steht unsere Montagelinie. Wir fordern sofortige Sortierung und Ersatz. Hausgeräte Kessler, Werk Bretten",
        "Farbunterschied innerhalb der Lieferung | Die Knöpfe in Karton 1 und Karton 3 haben unterschiedliche Brauntöne. Das fällt an den Jacken sofort auf. Bitte um Lösung.",
        "Unacceptable delay and wrong items | This is the second time you sent wrong items. We are seriously considering changing supplier. Please call me. Brightwear Ltd, Head of Sourcing",
        "Reklamation Steinnussknöpfe | Die Steinnussknöpfe riechen stark und haben Flecken. Bitte prüfen und Ersatz liefern. Mit freundlichen Grüßen Trachten Huber",
        "Qualitätsproblem Öse | Die Ösen der Metallknöpfe brechen beim Annähen ab. Wir haben bereits 200 Jacken nacharbeiten müssen und behalten uns Schadenersatz vor.",
        "Colour deviation batch 2411 | Hello, the buttons of batch 2411 are not the same shade as approved sample. We have put the goods on hold. Please advise. Regards, QA",
        "Knöpfe zu klein | Sehr geehrte Damen und Herren, die gelieferten Knöpfe sind 14mm statt 15mm, sie rutschen durch unsere Knopflöcher. Reklamation!",
        "Lack platzt ab | Bei den lackierten Holzknöpfen platzt der Lack schon beim Annähen ab. Fotos im Anhang. Bitte um Rückmeldung wie wir verfahren.",
        "Complaint: buttons melted during ironing | Our customer reports that the buttons deformed when ironing at normal temperature. Please explain and compensate.",
        "Fehllieferung Kd-Nr. 20011 | Die Lieferung enthielt falsche Farben in 3 von 10 Kartons. Bitte umgehend Ersatz, unsere Filialen warten. Knopf & Faden",
        "Sehr unzufrieden | Guten Tag, die Qualität Ihrer Knöpfe hat in letzter Zeit stark nachgelassen. Viele Reklamationen unserer Endkunden. Wir erwarten eine Erklärung.",
        "Defective batch | Dear Lea, about 5% of batch 25-071 have flash on the edges. Please send a replacement and a corrective action plan. Erik",
        "Reklamation Nr. R-2025-044 | Bezugnehmend auf unsere Reklamation R-2025-044: Die Ersatzlieferung hat leider denselben Fehler (Risse). Bitte eskalieren.",
        "Knöpfe verfärben Stoff | Die roten Knöpfe haben beim Waschen abgefärbt und den weißen Stoff verfärbt. Das ist ein Schaden von mehreren tausend Euro.",
        "Missing parts in delivery | We received 8 cartons instead of 10. Two cartons of HB-7711 are missing. Please check and send the missing quantity.",
        "Schlechte Verpackung und Bruch | Leider waren die Knöpfe lose im Karton und sind beim Transport gebrochen. Ca. 800 Stück unbrauchbar.",
        "Quality issue - inconsistent thickness | Hi, the thickness of the 20mm buttons varies from 2.8 to 3.6mm. Our machines jam. Please fix this for the next deliveries.",
        "Beschwerde über Kundenservice und Ware | Ich warte seit einer Woche auf Antwort zu meiner Reklamation wegen gebrochener Knöpfe. So geht das nicht.",
        "Reklamation: Knöpfe gebrochen | Guten Tag, beim Annähen sind zahlreiche Knöpfe aus der letzten Lieferung gebrochen. Bitte senden Sie Ersatz und prüfen Sie die Charge.",
        "Complaint about colour | Hi, the brown buttons are much lighter than the approved sample. This is not acceptable for our coats. Please advise on replacement.",
        "Qualitätsreklamation Charge 25-201 | Sehr geehrte Damen und Herren, die Knöpfe der Charge 25-201 haben Farbflecken und ungleichmäßige Oberflächen. Wir reklamieren die gesamte Lieferung.",
        "Poor quality again | Dear team, once more the delivered buttons have defects: cracks and chipped edges. We need a solution and compensation.",
        "Beschwerde Lieferqualität | Hallo, die letzten drei Lieferungen waren fehlerhaft (Bruch, Verfärbung). Wir erwarten eine Stellungnahme Ihrer Qualitätssicherung.",
        "Defective snaps - customer returns | Our customers return garments because the snaps open by themselves. Please investigate the batch and send a report.",
        "Reklamation Kratzer Metallknöpfe | Die Metallknöpfe sind an der Oberfläche zerkratzt und teils angelaufen. Bitte Ersatzlieferung und Prüfung.",
        "Reklamation Öse abgerissen | Guten Tag, bei vielen Metallknöpfen reißt die Öse beim ersten Tragen ab. Unsere Kunden beschweren sich. Bitte prüfen und Ersatz schicken.",
        "Bad batch of snaps | Hi, the last batch of snaps doesn't close properly, about 20% are faulty. Please replace them and tell us what went wrong. Oliver",
        "Reklamation Verfärbung Perlmutt | Die Perlmuttknöpfe haben sich nach dem Färben des Kleidungsstücks grau verfärbt. Das ist ein Qualitätsmangel, wir erwarten Ersatz.",
        "Complaint - wrong packaging and mixed sizes | The cartons contained mixed sizes (15mm and 18mm) although labelled 15mm. Sorting cost us two days. We claim compensation.",
        "Mangel an Bedienknöpfen | Sehr geehrte Damen und Herren, die Bedienknöpfe zeigen Einfallstellen und Schlieren. Die Charge ist gesperrt, bitte 8D-Bericht und Ersatzlieferung.",
        "Kaputte Knöpfe | hallo, die hälfte der knöpfe war kaputt als das paket ankam. bitte neue schicken. danke",
    ];
}
