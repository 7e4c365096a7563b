using HappyButtons.Engine.Intake.Classification;

namespace HappyButtons.Engine.Intake.Training;

/// <summary>General inquiries for triage: contacts, jobs, visits, press, suppliers, catalogues (de/en).</summary>
internal static class CorpusGeneral
{
    public static IEnumerable<TrainingExample> Examples =>
        Lines.Select(line => TrainingExample.FromCorpusLine(line, Intent.GeneralInquiry, Department.Info));

    private static readonly string[] Lines =
    [
        "Öffnungszeiten Werksverkauf | Hallo, haben Sie einen Werksverkauf und wann ist der geöffnet? Kann man dort auch einzelne Knöpfe kaufen?",
        "Bewerbung als Industriemechaniker | Sehr geehrte Damen und Herren, hiermit bewerbe ich mich um eine Ausbildungsstelle als Industriemechaniker. Meine Unterlagen finden Sie im Anhang.",
        "Werksbesichtigung | Guten Tag, wir sind eine Berufsschulklasse (Textiltechnik) und würden gern Ihre Knopfproduktion besichtigen. Wäre das im Mai möglich?",
        "Press inquiry | Hello, I'm a journalist writing about sustainable fashion suppliers in Germany. Could I interview someone about your corozo buttons?",
        "Ansprechpartner Einkauf | Guten Tag, wer ist bei Ihnen für den Einkauf von Verpackungsmaterial zuständig? Wir würden uns gern als Lieferant vorstellen.",
        "Partnership | Hi, we are a design studio in Berlin and would love to collaborate on a limited button collection. Who can we talk to?",
        "Praktikum | Hallo, ich studiere Textilmanagement und suche ein Praktikum ab September. Bieten Sie Praktikumsplätze an?",
        "Katalog | Können Sie mir einen gedruckten Katalog Ihres Sortiments zuschicken? Adresse: Gartenstraße 4, 50667 Köln.",
        "Adresse für Briefpost | Wie lautet Ihre korrekte Postanschrift für Briefsendungen? Wir haben zwei verschiedene Adressen gefunden.",
        "Supplier self-assessment questionnaire | Dear supplier, please complete the attached self-assessment questionnaire on sustainability and social standards by end of month.",
        "Lieferantenselbstauskunft | Sehr geehrte Damen und Herren, im Rahmen unserer Lieferantenbewertung bitten wir um Ausfüllen der beigefügten Lieferantenselbstauskunft.",
        "Question about your company | Hi, how many employees do you have and where are your buttons produced? It's for a school project.",
        "Kontaktanfrage | Guten Tag, bitte rufen Sie mich zurück, ich habe eine allgemeine Frage zu Ihrem Unternehmen. Tel. 0171 2345678.",
        "Sponsoring Anfrage | Sehr geehrte Damen und Herren, unser Trachtenverein feiert 100-jähriges Jubiläum. Hätten Sie Interesse an einem Sponsoring?",
        "Visit at trade fair | Dear Happy Buttons team, will you be exhibiting at Première Vision in Paris this year? We'd like to meet at your booth.",
        "Messeeinladung | Besuchen Sie uns auf der Heimtextil? Wir würden gern einen Termin mit Ihrem Vertrieb am Stand vereinbaren.",
        "Verwendung Ihres Logos | Dürfen wir Ihr Logo auf unserer Website als Referenz zeigen? Wir verwenden Ihre Knöpfe in unserer Kollektion.",
        "Nachhaltigkeitsbericht | Hallo, veröffentlichen Sie einen Nachhaltigkeitsbericht oder CO2-Bilanz? Wir brauchen die Info für unsere Lieferkettenanalyse.",
        "Job application - sales | Dear HR, I'd like to apply for the sales position advertised on LinkedIn. Please find my CV attached.",
        "Frage zur Firmengeschichte | Seit wann gibt es Happy Buttons eigentlich? Mein Opa hat früher bei Ihnen gearbeitet und erzählt oft davon.",
        "Who handles marketing? | Hello, could you tell me who is responsible for marketing at Happy Buttons? I'd like to send some material.",
        "Terminanfrage | Sehr geehrte Damen und Herren, ich würde gern einen Gesprächstermin mit Ihrer Geschäftsleitung vereinbaren. Wann passt es Ihnen?",
        "Hallo | Hallo, ich habe eine Frage. Bitte melden Sie sich.",
        "General question | Hi there, just a quick question: do you also sell to private persons or only to businesses?",
        "Umzug unseres Büros | Zur Info: Unser Büro ist umgezogen. Die neue Adresse lautet Industriestraße 8, 76646 Bruchsal. Telefonnummern bleiben gleich.",
        "Änderung Ansprechpartner | Bitte beachten Sie, dass Frau Keller nicht mehr bei uns tätig ist. Neuer Ansprechpartner für alle Themen ist Herr Brandt.",
        "Change of contact person | Please note that Erik Lindqvist is on parental leave until October. Please contact our purchasing team mailbox in the meantime.",
        "Datenschutzauskunft | Sehr geehrte Damen und Herren, gemäß Art. 15 DSGVO bitte ich um Auskunft über die zu meiner Person gespeicherten Daten.",
        "Unsubscribe from mailings | Hi, please remove me from your postal mailing list. Thank you.",
        "Frage zu Ihrer Website | Auf Ihrer Website funktioniert das Kontaktformular nicht. Wollte nur Bescheid geben.",
        "Studentische Umfrage | Liebe Firma Happy Buttons, im Rahmen meiner Bachelorarbeit über Zulieferer der Modeindustrie würde ich mich über die Teilnahme an einer kurzen Umfrage freuen.",
        "Introducing our logistics services | Dear team, we are a freight forwarder specialised in textile accessories and would like to introduce our services in a short call. Who is responsible?",
        "Feedback | Ich wollte nur sagen: Ihre Knöpfe sind toll, ich nähe seit Jahren damit. Weiter so!",
        "Weihnachtsgrüße | Liebes Team von Happy Buttons, wir wünschen Ihnen frohe Weihnachten und bedanken uns für die gute Zusammenarbeit.",
        "Thank you | Thanks a lot for the nice meeting yesterday. Looking forward to working together. Best, Sanne",
        "Zertifizierung ISO 9001 | Sind Sie nach ISO 9001 zertifiziert? Bitte senden Sie uns eine Kopie des Zertifikats für unsere Lieferantenakte.",
        "Code of conduct | Dear supplier, please sign and return our supplier code of conduct. This is required for all suppliers by end of quarter.",
        "Anfrage Ausbildung | Bilden Sie auch Verfahrensmechaniker für Kunststofftechnik aus? Ich würde mich gern bewerben.",
        "Wo finde ich Sie? | Wie komme ich mit dem Auto zu Ihrem Werk? Gibt es Besucherparkplätze?",
        "Insolvency rumours? | Hi, we heard rumours that Happy Buttons is being sold. Can you comment on that? Regards",
        "Kooperationsanfrage Hochschule | Sehr geehrte Damen und Herren, die Hochschule Niederrhein sucht Industriepartner für ein Forschungsprojekt zu biobasierten Kunststoffen. Hätten Sie Interesse?",
        "Urlaub Ansprechpartner | Hallo, wer vertritt Herrn Roth während seines Urlaubs? Ich habe eine allgemeine Frage.",
        "Information request | Good morning, could you send me some general information about your company and product range?",
        "Spende Kindergarten | Hallo, unser Kindergarten bastelt gern mit Knöpfen. Haben Sie vielleicht Restposten, die Sie spenden würden?",
        "Ihre Meinung ist gefragt | Sehr geehrte Damen und Herren, wir sind ein Verband der Textilzulieferer und laden Sie zu unserer Mitgliederversammlung ein.",
        "Allgemeine Anfrage | Guten Tag, ich hätte eine allgemeine Frage zu Ihrem Unternehmen. An wen kann ich mich wenden?",
        "Visit request | Hello, we will be in Germany next month and would like to visit your factory. Is that possible?",
        "Neue Anschrift | Bitte beachten Sie unsere neue Firmenanschrift ab 01.07.: Hafenstraße 20, 20457 Hamburg. Alle anderen Daten bleiben gleich.",
        "Interview request | Hi, I'm writing my master thesis on the button industry. Would someone from your company be available for a 30 minute interview?",
        "Frage zu Karriere | Hallo, haben Sie aktuell offene Stellen im Vertrieb oder in der Verwaltung? Ich würde mich gern initiativ bewerben.",
        "Supplier registration | Dear supplier, please register in our supplier portal and upload your company documents (ISO, trade register extract) by the end of the month.",
        "Anfrage Firmenbroschüre | Sehr geehrte Damen und Herren, könnten Sie uns Informationsmaterial über Ihr Unternehmen zusenden? Vielen Dank.",
        "Anfrage Ansprechpartner Qualität | Guten Tag, wer ist bei Ihnen Ansprechpartner für Lieferantenaudits? Wir planen ein Audit im Herbst.",
        "Newsletter subscription | Hi, I'd like to subscribe to your newsletter about new collections. How can I sign up?",
        "Besuch auf der Messe | Hallo, sind Sie dieses Jahr auf der Munich Fabric Start? Wir würden Sie gern am Stand besuchen.",
        "Question about your opening hours | Hello, what are your office hours? I tried calling but nobody answered.",
        "Mitteilung Firmenumfirmierung | Zur Information: Unsere Firma firmiert ab 01.07. als Trachten Huber GmbH. Ansprechpartner und Adresse bleiben unverändert.",
        "Anfrage Kooperation Upcycling | Hallo, wir sind ein Upcycling-Projekt und sammeln Knopfreste. Hätten Sie Interesse an einer Kooperation?",
        "Kurze Frage | Guten Tag, an wen kann ich mich mit einer Frage zu Ihrem Unternehmen wenden? Vielen Dank.",
    ];
}
