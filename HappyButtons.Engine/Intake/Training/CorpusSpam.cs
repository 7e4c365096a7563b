using HappyButtons.Engine.Intake.Classification;

namespace HappyButtons.Engine.Intake.Training;

/// <summary>Spam and bulk: SEO and lead offers, newsletters, phishing, scams (de/en).</summary>
internal static class CorpusSpam
{
    public static IEnumerable<TrainingExample> Examples =>
        Lines.Select(line => TrainingExample.FromCorpusLine(line, Intent.Spam, Department.Info));

    private static readonly string[] Lines =
    [
        "Mehr Kunden durch SEO | Sehr geehrte Damen und Herren, Ihre Website rankt nicht auf Seite 1 bei Google. Wir bringen Sie garantiert nach oben. Jetzt kostenloses Erstgespräch buchen!",
        "Increase your sales by 300% | Hi, I noticed your website could use some improvement. Our agency can boost your traffic. Reply YES for a free audit.",
        "Ihr Postfach ist voll | Ihr E-Mail-Postfach hat das Speicherlimit erreicht. Klicken Sie hier, um Ihr Konto zu verifizieren, sonst wird es in 24 Stunden gesperrt.",
        "Newsletter April: Trends der Textilbranche | Liebe Leserinnen und Leser, in unserem April-Newsletter: die wichtigsten Trends, Messen und Webinare. Zum Abmelden klicken Sie hier.",
        "You have won! | Congratulations! Your email address was selected in our annual lottery. Claim your prize of 1,000,000 USD by sending your details.",
        "Kryptowährung Investment | Verdienen Sie täglich 5.000 EUR mit unserem Bitcoin-Trading-Bot. Melden Sie sich jetzt an, nur noch 3 Plätze frei!",
        "Verified B2B leads for your business | Dear business owner, we provide verified email lists of 50,000 fashion buyers in Europe. Special price this week only.",
        "Webinar: Digitalisierung im Mittelstand | Einladung zu unserem kostenlosen Webinar. Melden Sie sich jetzt an und sichern Sie sich Ihr Zertifikat! Abmelden",
        "Your DHL package could not be delivered | Your parcel is waiting. Pay the customs fee of 1.99 EUR via the link below to release your package.",
        "Günstige Kredite für Unternehmen | Sofortkredit ohne Schufa bis 250.000 EUR. Jetzt unverbindlich anfragen!",
        "Re: Invoice overdue - click to view | Please view the attached invoice document by clicking the secure link and logging in with your email password.",
        "Exclusive offer: LED lighting for your warehouse | Save up to 70% energy costs with our LED solutions. Book a free consultation now.",
        "Google My Business Eintrag | Ihr Google-Eintrag ist unvollständig. Wir optimieren ihn für nur 99 EUR pro Monat. Antworten Sie mit JA.",
        "Dear friend, business proposal | I am a banker and I have a confidential business proposal worth 12.5 million USD. Kindly reply for details.",
        "Newsletter | Unsere Angebote der Woche: Druckerpatronen, Büropapier und Toner zu Tiefstpreisen. Newsletter abbestellen",
        "Your Microsoft 365 password expires today | Keep your current password by clicking here. IT Support Team",
        "Backlinks and guest posts | Hello webmaster, we offer high quality backlinks from DA 50+ sites. Cheap prices, fast delivery.",
        "Amazon Gutschein gewonnen | Herzlichen Glückwunsch! Sie haben einen 500 EUR Amazon-Gutschein gewonnen. Jetzt Daten eingeben und Gutschein einlösen.",
        "App development at low cost | We are a team of developers from overseas offering mobile app development at 15 USD/hour. Let's connect.",
        "Steuerrückerstattung | Sie haben Anspruch auf eine Steuerrückerstattung von 846,20 EUR. Bitte füllen Sie das Formular aus, um die Rückerstattung zu erhalten.",
        "Wholesale Chinese buttons factory price | Dear purchasing manager, we are a button factory in China with 20 years experience, best price, free samples, MOQ 1000.",
        "Messe-Aussteller-Verzeichnis | Ihr Eintrag im Aussteller-Verzeichnis 2025 ist noch nicht bestätigt. Kosten 1.290 EUR zzgl. MwSt. Bitte unterschreiben Sie das Formular.",
        "Unlock your business potential with AI | Discover how our AI platform transforms businesses. Start your free trial today. Unsubscribe anytime.",
        "Ihr Paket wartet | Ihre Sendung konnte nicht zugestellt werden. Bitte bestätigen Sie Ihre Adresse über den folgenden Link.",
        "Weekly digest: industry news | Your weekly digest from TextileNews: 10 articles you might have missed. Manage preferences | Unsubscribe",
        "Meeting request | Hi, I'd love 15 minutes of your time to show how we helped companies like yours cut costs by 40%. How about Thursday?",
        "Sonderangebot Werbeartikel | Kugelschreiber mit Ihrem Logo ab 0,19 EUR! Jetzt bestellen und 10 % Rabatt sichern.",
        "Account suspended | Your PayPal account has been limited. Log in to restore access immediately.",
        "Photovoltaik für Ihr Firmendach | Nutzen Sie Ihre Dachfläche! Wir finanzieren Ihre PV-Anlage komplett. Kostenlose Potenzialanalyse anfordern.",
        "Hot singles in your area | Meet attractive people near you tonight. Click here.",
        "Newsletter Mai - Knopfwelt | Die Knopfwelt Zeitschrift: Abonnieren Sie jetzt zum Vorzugspreis. Dieses Angebot gilt nur für kurze Zeit.",
        "Cheap flights and hotels for business travel | Book now and save up to 60% on business travel. Limited time offer.",
        "Ihre Domain läuft ab | Ihre Domain happybuttons.de läuft in 3 Tagen ab. Verlängern Sie jetzt für 49 EUR, um den Verlust zu vermeiden.",
        "Personalvermittlung | Fachkräftemangel? Wir vermitteln Ihnen qualifizierte Mitarbeiter aus dem Ausland. Erfolgsbasiert, keine Vorkosten.",
        "URGENT: CEO request | Are you at your desk? I need you to buy gift cards for a client today. Keep it confidential. Reply asap.",
        "Invitation: Global Fashion Supplier Summit 2025 | You are invited to exhibit at our summit in Dubai. Early bird booth price 4,900 USD. Register now.",
        "Gratis Muster Verpackungen | Testen Sie unsere Versandkartons kostenlos! Einfach Formular ausfüllen, Lieferung in 24h.",
        "Your website has been hacked | We found vulnerabilities on your site. Pay 0.05 BTC or we publish your data.",
        "Abmahnung wegen Bildrechten | Sie verwenden auf Ihrer Website ein geschütztes Bild. Zahlen Sie 890 EUR innerhalb von 3 Tagen, Details im ZIP-Anhang.",
        "Save on shipping costs now | We offer discounted courier rates for SMEs. Get a quote in 60 seconds.",
        "Neue Funktionen in Ihrem Konto | Entdecken Sie die neuen Funktionen unseres Tools. Zum Abbestellen des Newsletters klicken Sie hier.",
        "Re: your inquiry (we never wrote) | Hello dear, as discussed please check our catalogue in the attachment and open the macro-enabled document.",
        "Jetzt Umsatz steigern! | Sehr geehrter Geschäftsführer, mit unserem Online-Marketing verdoppeln Sie Ihren Umsatz. Buchen Sie jetzt Ihre kostenlose Beratung!",
        "Special offer just for you | Limited time: 80% off premium office supplies. Click here to shop now. Unsubscribe.",
        "Ihr Konto wurde gesperrt | Sehr geehrter Kunde, Ihr Bankkonto wurde aus Sicherheitsgründen gesperrt. Bitte melden Sie sich über den Link an, um es zu entsperren.",
        "Free trial of our CRM | Hi, try our CRM free for 30 days. Thousands of companies trust us. Sign up now!",
        "Einladung zum Gewinnspiel | Nehmen Sie jetzt teil und gewinnen Sie ein iPhone! Nur heute. Klicken Sie hier.",
        "Business loan approved | Congratulations, your business loan of 50,000 USD has been pre-approved. Click to accept the offer.",
        "Newsletter Juni | Unsere Top-Angebote im Juni: Verpackungsmaterial, Etiketten und Bürobedarf. Zum Abbestellen hier klicken.",
        "Cheap Rolex watches | Best replica watches at lowest prices. Free shipping worldwide.",
        "SEO proposal for happybuttons.de | Dear owner, your website happybuttons.de has 37 SEO errors. We can fix them for 199 USD. Reply for the report.",
        "Exklusives Angebot für Geschäftskunden | Jetzt 50 % Rabatt auf Büromöbel! Nur diese Woche. Klicken Sie hier für den Katalog. Abmelden",
        "Your invoice is ready - view online | Dear user, your invoice is ready. Sign in with your Office 365 credentials to view the document.",
        "Wir kaufen Ihre Firma | Sehr geehrter Inhaber, unser Investor sucht Unternehmen zum Kauf. Kostenlose Bewertung Ihres Unternehmens in 24 Stunden!",
        "Grow your Instagram | Get 10,000 real followers for your brand for only 49 USD. Order today!",
        "Datenschutz-Hinweis: Ihr Konto | Ihr Konto wird gelöscht, wenn Sie Ihre Daten nicht innerhalb von 48 Stunden bestätigen. Jetzt bestätigen.",
        "Press release distribution | We can distribute your press releases to 5,000 journalists worldwide. Packages from 299 USD.",
    ];
}
