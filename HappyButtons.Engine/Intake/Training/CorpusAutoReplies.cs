using HappyButtons.Engine.Intake.Classification;

namespace HappyButtons.Engine.Intake.Training;

/// <summary>Auto replies: out-of-office, bounces, ticket confirmations, read receipts (de/en).</summary>
internal static class CorpusAutoReplies
{
    public static IEnumerable<TrainingExample> Examples =>
        Lines.Select(line => TrainingExample.FromCorpusLine(line, Intent.AutoReply, Department.Info));

    private static readonly string[] Lines =
    [
        "Abwesenheitsnotiz: Bestellung 4500123871 | Vielen Dank für Ihre Nachricht. Bis einschließlich 21.04. bin ich nicht im Büro. In dringenden Fällen wenden Sie sich bitte an einkauf@autowerk-sued.de.",
        "Automatic reply: PO-77812 | Thank you for your email. I am currently out of the office with limited access to email and will return on Monday. For urgent matters please contact our office.",
        "Out of Office | I'm out of office until 3 May. Your message will not be forwarded. Kind regards, Oliver Grant",
        "Automatische Antwort: Rechnungskopie | Ich befinde mich im Urlaub und bin ab dem 12.08. wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet.",
        "Undelivered Mail Returned to Sender | This is the mail system at host mail.happybuttons.de. I'm sorry to have to inform you that your message could not be delivered to one or more recipients. <info@kunde-alt.de>: host not found",
        "Unzustellbar: Angebot AN-2025-118 | Ihre Nachricht hat einige oder alle Empfänger nicht erreicht. Betreff: Angebot AN-2025-118. Die E-Mail-Adresse wurde nicht gefunden.",
        "Delivery Status Notification (Failure) | Delivery to the following recipient failed permanently: s.kessler@kessler-hausgeraete.de. Technical details of permanent failure: 550 5.1.1 user unknown",
        "Ihre Anfrage ist bei uns eingegangen | Vielen Dank für Ihre Nachricht. Dies ist eine automatisch erstellte Eingangsbestätigung. Ihre Ticketnummer lautet 2025-88712. Bitte antworten Sie nicht auf diese E-Mail.",
        "We have received your request [Ticket #44812] | This is an automated message to confirm that we have received your request. A member of our team will get back to you within 2 business days.",
        "Abwesend | Hallo, ich bin bis zum 02.01. nicht im Hause. Ab dem 03.01. bin ich wieder für Sie da. Viele Grüße, Claudia Lindner",
        "Automatic reply: Invoice 2025-1188 | I am on annual leave until 14 April. For accounts payable queries please email ap@brightwear.co.uk.",
        "Mail delivery failed: returning message to sender | This message was created automatically by mail delivery software. A message that you sent could not be delivered to one or more of its recipients. mailbox full",
        "Abwesenheitsnotiz | Aufgrund einer Dienstreise bin ich bis Freitag nur eingeschränkt erreichbar. Ihre Nachricht wird nach meiner Rückkehr bearbeitet.",
        "Auto: Thank you for contacting Nordic Seating | Thank you for your message. This mailbox is monitored during office hours (CET). This is an automatically generated response.",
        "Lesebestätigung: Bestellung 88812 | Ihre Nachricht wurde gelesen am 12.03.2025 10:14.",
        "Read: PO 55120 | Your message was read on Tuesday, 15 April 2025 09:32.",
        "Out of office: Re: order status | Hi, I'm travelling to our plant in Sweden this week with limited access to email. I'll reply when I'm back. Erik",
        "Automatische Antwort: Zahlungsavis | Sehr geehrte Damen und Herren, vielen Dank für Ihre E-Mail. Unsere Buchhaltung ist wegen Inventur bis Montag geschlossen. Dies ist eine automatische Antwort.",
        "Nicht zustellbar: Re: Reklamation | Die Nachricht konnte nicht an den Empfänger zugestellt werden, da das Postfach voll ist. Diagnoseinformationen für Administratoren: 552 5.2.2",
        "Returned mail: see transcript for details | The original message was received from localhost. ----- The following addresses had permanent fatal errors ----- (reason: 550 Requested action not taken: mailbox unavailable)",
        "Abwesenheit | Ich bin in Elternzeit. Bitte wenden Sie sich an meinen Kollegen Herrn Brandt unter m.brandt@kessler-group.com. Diese Nachricht wurde automatisch versendet.",
        "Automatic reply: quotation request | Thank you for your enquiry. Our sales office is closed for the public holiday and will reopen on Tuesday. This is an automatic reply.",
        "Autoreply: Ihre Nachricht an den Kundenservice | Guten Tag, wir haben Ihre Nachricht erhalten und melden uns schnellstmöglich. Bitte antworten Sie nicht auf diese automatische Antwort.",
        "Out of the office until 10 March | I am out of the office until 10 March. If your message concerns an order, please contact orders@vandijk-textiel.nl.",
        "Abwesenheitsnotiz: Re: Liefertermin | Guten Tag, ich bin vom 24.12. bis 06.01. im Urlaub. In dieser Zeit werden E-Mails nicht gelesen. Vertretung: einkauf@modehaus-lindner.de",
        "Delivery delayed: Angebot | Delivery to these recipients or groups is delayed: camille@maison-dupont.fr. The server will keep trying to deliver this message for 2 days.",
        "Réponse automatique / automatic reply | Je suis absente jusqu'au 15 mai. I am away until 15 May. Camille Dupont",
        "Automatic reply from support portal | Your email has been converted to ticket SR-11920. Please reference this number in any further communication. Do not reply to this message.",
        "Message blocked | Your message to einkauf@autowerk-sued.de has been blocked by the recipient's content filter policy. No action is required from the recipient.",
        "Abwesenheitsnotiz: Zahlungserinnerung | Vielen Dank für Ihre E-Mail. Ich bin krankheitsbedingt abwesend. Ihre E-Mail wird nicht automatisch weitergeleitet.",
        "Auto-Reply: order confirmation | Thank you for your order confirmation. This mailbox is not monitored. For questions contact purchasing@brightwear.co.uk.",
        "Ich bin nicht erreichbar | Danke für Ihre Mail. Ich bin bis 14 Uhr in Besprechungen und melde mich danach. (automatische Antwort)",
        "Eingangsbestätigung Rechnungseingang | Ihre Rechnung ist in unserem Rechnungseingangssystem eingegangen und wird bearbeitet. Diese E-Mail wurde automatisch generiert.",
        "Undeliverable: Invoice 2025-1402 | Your message wasn't delivered to sanne@vandijk-textiel.nl because the address couldn't be found or is unable to receive mail.",
        "Automatische Antwort: Abruf 17/2025 | Ich bin auf Geschäftsreise und habe nur eingeschränkten Zugriff auf meine E-Mails. Vertretung: Disposition Werk Bretten.",
        "Out of office reply | Hello, thanks for reaching out. I'm currently on holiday without access to email. Back on 2 September. Cheers, Oliver",
        "Abwesenheitsnotiz: Angebot Steinnuss | Ich bin bis 30.09. auf einer Messe. Ihre Nachricht wird nicht weitergeleitet. Gruß Alex Huber",
        "Delivery Status Notification (Delay) | This is an automatically generated Delivery Status Notification. THIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.",
        "Automatic reply: Payment advice | Thank you. Your payment advice has been received by our accounts receivable system. This is an automated message.",
        "Abwesenheit bis Montag | Sehr geehrte Damen und Herren, ich bin bis Montag abwesend. Ihre E-Mail wird nach meiner Rückkehr beantwortet. Automatisch generierte Nachricht.",
        "Vacation notice | I'm on vacation until the 20th with no access to email. For urgent issues, call our office.",
        "Automatische Antwort: Lieferabruf | Vielen Dank für Ihre Nachricht. Ich bin bis 15.08. im Urlaub und habe keinen Zugriff auf meine E-Mails. Vertretung: Frau Kessler.",
        "Automatic reply: RE: Samples | Thank you for your message. I'm out of the office and will respond upon my return on 3 June.",
        "Unzustellbar: Zahlungsavis | Die Nachricht konnte nicht zugestellt werden. Der Empfänger ist unbekannt. Bitte überprüfen Sie die E-Mail-Adresse.",
        "Out of office (auto reply) | I'm currently away at a trade fair and will reply next week. For urgent matters please contact sales@vandijk-textiel.nl.",
        "Abwesenheitsnotiz: Ihre Anfrage | Guten Tag, ich bin heute ganztägig nicht im Büro. Ihre Nachricht wird ab morgen bearbeitet. Automatisch generierte Antwort.",
        "Mail delivery failure | Your message could not be delivered. The recipient's mailbox is full. This is an automatically generated message.",
        "Automatische Eingangsbestätigung | Vielen Dank, Ihre E-Mail ist bei uns eingegangen. Diese Nachricht wurde automatisch erstellt, bitte antworten Sie nicht darauf.",
        "Automatische Antwort: Angebot | Vielen Dank für Ihre Nachricht. Ich bin derzeit nicht im Büro und ab dem 05.05. wieder erreichbar.",
        "Auto reply: we're closed | Thank you for contacting us. Our office is closed until 2 January. We will respond to your message when we return.",
        "Abwesenheitsnotiz: Re: Rechnung | Ich bin bis einschließlich Freitag im Urlaub. In dringenden Fällen wenden Sie sich bitte an buchhaltung@strickwaren-becker.de.",
        "Undeliverable: Payment advice | Delivery has failed to these recipients: ap@old-domain.example. The domain does not exist.",
        "Ticket created automatically | Your request has been received and assigned ticket number 88213. This is an automated notification, please do not reply.",
        "Autoantwort | Guten Tag, Ihre E-Mail ist eingegangen. Wegen hohen Aufkommens kann die Beantwortung einige Tage dauern. Dies ist eine automatische Nachricht.",
    ];
}
