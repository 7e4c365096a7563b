using HappyButtons.Engine.Intake.Classification;

namespace HappyButtons.Engine.Intake.Training;

/// <summary>Technical support: materials, washing and ironing, certificates, tools, drawings (de/en).</summary>
internal static class CorpusTechnical
{
    public static IEnumerable<TrainingExample> Examples =>
        Lines.Select(line => TrainingExample.FromCorpusLine(line, Intent.TechnicalSupport, Department.Support));

    private static readonly string[] Lines =
    [
        "Frage zu Polyesterknöpfen | Guten Tag, bis zu welcher Temperatur sind Ihre Polyesterknöpfe waschbeständig? Unsere Hemden werden bei 60 Grad gewaschen.",
        "Corozo - Eigenschaften | Hallo, sind Steinnussknöpfe (Corozo) für Chemischreinigung geeignet? Und verändern sie die Farbe unter UV-Licht?",
        "Technical data sheet | Dear support, could you send us the technical data sheet for HB-7710 snap fasteners, including pull-off force and material composition? Regards, Sanne",
        "Oeko-Tex Zertifikat | Sehr geehrte Damen und Herren, können Sie uns das aktuelle Oeko-Tex Standard 100 Zertifikat für Ihre Polyesterknöpfe zusenden?",
        "REACH compliance | Hello, please confirm that your metal buttons are REACH compliant and nickel-free. We need a declaration for our customer. Oliver",
        "Perlmutt bügeln? | Kann man Perlmuttknöpfe bügeln oder werden sie dabei beschädigt? Welche Pflegehinweise gibt es?",
        "Setzwerkzeug Druckknöpfe | Hallo, mit welchem Werkzeug werden die Druckknöpfe HB-7711 gesetzt? Passt unsere Presse von Prym? Welche Matrize brauchen wir?",
        "Material question - metal buttons | Hi, are your metal buttons made of brass or zinc alloy (zamak)? How is the antique finish applied? Thanks",
        "Zugfestigkeit Knopf | Welche Abreißkraft halten Ihre Knöpfe für Babykleidung aus? Wir müssen die EN 71-3 und die 90N Prüfung nachweisen.",
        "Maßzeichnung benötigt | Sehr geehrte Damen und Herren, bitte senden Sie uns eine Maßzeichnung (PDF, DXF) des Bedienknopfs HB-K310 für unsere Konstruktion. Kessler Entwicklung",
        "Dyeing corozo | Can corozo buttons be dyed to a custom colour? How colourfast is the result after 30 washes?",
        "Temperaturbeständigkeit Kunststoffclips | Welche Temperaturbereiche halten die Clips HB-9002 aus? Im Fahrzeug können bis zu 85 Grad auftreten. Autowerk Süd, Entwicklung",
        "Welche Knopfgröße? | Hallo, welche Knopfgröße (Linien) passt zu einem Knopfloch von 22mm? Ich bin mir bei der Umrechnung Ligne zu mm unsicher.",
        "Nickel free? | Hi, are the snaps nickel-free? Some of our customers have allergies. Do you have a test report?",
        "Materialdatenblatt Polyamid | Für die PPAP-Dokumentation benötigen wir das Materialdatenblatt und die IMDS-Einträge für HB-9105. Nordic Seating Quality",
        "Knopf für Outdoorjacke | Welcher Ihrer Knöpfe eignet sich für Outdoorjacken, die Salzwasser und UV ausgesetzt sind? Metall oder Kunststoff?",
        "Laser engraving possible? | Hello, is it technically possible to laser engrave our logo onto corozo buttons of 15mm? What is the minimum line width?",
        "Pflegehinweise Holzknöpfe | Guten Tag, dürfen Holzknöpfe in die Waschmaschine? Was empfehlen Sie für die Pflegeetiketten?",
        "Question about shank buttons | Hi, what's the difference between your shank buttons with metal loop and plastic loop? Which is better for heavy coats?",
        "Prüfbericht Schadstoffe | Bitte senden Sie uns die Prüfberichte zu PAK, Phthalaten und Schwermetallen für die Kinderknöpfe. Strickwaren Becker, Qualitätsmanagement",
        "Knöpfe für Maschinenannähen | Sind Ihre 4-Loch Knöpfe 11mm für Knopfannähautomaten von Dürkopp geeignet? Welche Toleranz hat die Knopfdicke?",
        "Compatibility with sewing machines | Our factory uses Juki button sewing machines. Which button thickness and hole distance do you recommend?",
        "Perlmutt vs. Polyester Optik | Worin unterscheiden sich echte Perlmuttknöpfe von Polyester-Perlmuttoptik bei Haltbarkeit und Pflege?",
        "Certificate of origin and materials | Dear team, we need the material composition and country of origin of HB-6020 for customs. Could you provide a supplier declaration?",
        "Galvanik Beschichtung | Welche Beschichtung haben die vergoldeten Metallknöpfe? Ist die Beschichtung abriebfest nach Martindale getestet?",
        "How to attach snap fasteners? | Hello, I'm a small designer. Can I attach your snap fasteners with a hand press, or do I need an industrial machine? Which dies?",
        "Dichte und Gewicht | Wie schwer ist ein Steinnussknopf 25mm im Vergleich zum Polyesterknopf? Wir berechnen das Gewicht für Versandetiketten.",
        "Farbechtheit | Sind die eingefärbten Polyesterknöpfe lichtecht und schweißecht? Gibt es Prüfwerte nach ISO 105?",
        "Glow in the dark buttons | Do you make buttons with luminescent pigment? What is the material and how long do they glow?",
        "Bedienknopf Rastung | Die Rastkraft des Drehknopfs HB-K310 soll erhöht werden. Welche konstruktiven Möglichkeiten sehen Sie? Kessler Entwicklung",
        "Is horn a natural material? | Hi, are your horn buttons real horn and how should they be cared for? Do they need oiling?",
        "Ösenknopf abnehmbar | Wie funktionieren die abnehmbaren Kochjackenknöpfe mit Splint? Gibt es dazu eine Anleitung für unsere Näherei?",
        "Vegan materials | Which of your buttons are vegan (no horn, no shell, no bone)? We need to label our collection accordingly.",
        "Knopf für Flammschutz | Haben Sie Knöpfe, die für flammhemmende Arbeitskleidung nach EN ISO 11612 geeignet sind? Welches Material?",
        "Frage Materialmix | Sind Ihre Recyclingknöpfe aus 100 % recyceltem Polyester? Wie wird das nachgewiesen (GRS Zertifikat)?",
        "Drawing tolerance question | Dear Stefan, regarding the drawing of HB-K400: is the tolerance +/-0.05 on the bore achievable with your injection moulding process? Erik",
        "Knopf springt auf | Unsere Näherinnen berichten, dass sich die Druckknöpfe schwer schließen lassen. Liegt das an der Stoffstärke? Was empfehlen Sie?",
        "Magnetic buttons for medical wear | Hello, do you offer magnetic closures suitable for medical garments? Are they safe for people with pacemakers?",
        "Knopfloch Empfehlung | Welche Knopflochlänge empfehlen Sie für Ihre 18mm Knöpfe mit 3mm Stärke?",
        "Ultraschall Reinigung | Können die Perlmuttknöpfe im Ultraschallbad gereinigt werden, ohne dass der Glanz leidet?",
        "Autoclave resistance | Are your polyester buttons autoclavable at 134 degrees for hospital laundry?",
        "Zertifikat Corozo Herkunft | Woher stammt die Steinnuss für Ihre Corozo-Knöpfe und gibt es ein Nachhaltigkeitszertifikat (FSC o.ä.)?",
        "Electroplating and nickel release | Please send the test report for nickel release according to EN 1811 for HB-2210. Thanks, Van Dijk QA",
        "Frage zur Waschbarkeit | Hallo, sind die Holzknöpfe waschmaschinenfest oder müssen sie vor dem Waschen entfernt werden? Welche Temperatur ist zulässig?",
        "Technical question about materials | Hi, what is the difference between polyester and acrylic buttons regarding durability and heat resistance? Which do you recommend for uniforms?",
        "Zeichnung und Toleranzen | Sehr geehrte Damen und Herren, bitte teilen Sie uns die Toleranzen für Durchmesser und Dicke der Knöpfe HB-1003 mit. Wir passen unsere Automaten an.",
        "Can we iron over the buttons? | Hello, can your corozo buttons withstand ironing at 150 degrees or should we cover them? Thanks",
        "Datenblatt Perlmuttknöpfe | Hallo, haben Sie ein technisches Datenblatt zu Ihren Perlmuttknöpfen (Material, Dicke, Pflege, Bruchfestigkeit)?",
        "Snap fastener setting force | Dear support, what setting force and which dies do we need for HB-7710 on 2mm denim? Our machine settings produce loose snaps.",
        "Material Hirschhorn Pflege | Grüß Gott, wie pflegt man echte Hirschhornknöpfe richtig und vertragen sie die chemische Reinigung?",
        "Frage Knopfmaterial für Kinder | Welches Material empfehlen Sie für Knöpfe an Kinderkleidung, die oft gewaschen wird und speichelecht sein muss?",
        "Spec sheet request | Hi, could you send the specification sheet for HB-9105 with material grade, shrinkage and colour tolerance? Erik, Nordic Seating engineering",
        "Polyester oder Polyamid? | Hallo, worin liegt der Unterschied zwischen Polyester- und Polyamidknöpfen bei Bruchfestigkeit und Hitzebeständigkeit in der Industriewäsche?",
        "Question on corozo care | Hello, how should customers care for corozo buttons? Can they go in the tumble dryer?",
        "Konformitätserklärung | Bitte senden Sie uns eine Konformitätserklärung zu REACH und RoHS sowie die Materialangaben für die Bedienknöpfe HB-K310. Kessler Qualitätsmanagement",
        "Schaftknopf Anleitung | Wie nähe ich Schaftknöpfe mit dem Knopfannähautomaten an, benötige ich einen speziellen Klemmer? Danke für Ihre Hilfe.",
    ];
}
