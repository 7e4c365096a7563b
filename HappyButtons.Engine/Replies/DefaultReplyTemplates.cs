using HappyButtons.Engine.Intake;

namespace HappyButtons.Engine.Replies;

/// <summary>
/// The templates a new installation starts with, one per main intent in German (formal "Sie") and English. Each scores at
/// least 85 on the courtesy score with a known contact and complete company data (a test holds them to it).
/// </summary>
public static class DefaultReplyTemplates
{
    private const string Head = "{{ salutation }},\n\n";
    private const string Foot = "\n\n{{ closing }}\n\n{{ agent_name }}\n{{ department }}\n{{ signature }}\n";

    public static IReadOnlyList<ReplyTemplateDefinition> All { get; } =
    [
        De("order-confirmation", "order", "Auftragsbestätigung",
            "vielen Dank für Ihre Bestellung {{ po_number }}. Wir haben sie unter der Auftragsnummer {{ order_number }} erfasst; die Lieferung erfolgt " +
            "voraussichtlich am {{ delivery_date }}.\n\nDie Auftragsbestätigung senden wir Ihnen in einer gesonderten E-Mail. Bei Fragen nennen Sie uns " +
            "bitte den Vorgang {{ ticket }}."),
        En("order-confirmation", "order", "Order acknowledgement",
            "thank you for your order {{ po_number }}. We have entered it as order {{ order_number }}; it is expected to be delivered on {{ delivery_date }}.\n\n" +
            "You will receive the order confirmation in a separate email. If you have any questions, please quote case {{ ticket }}."),
        De("order-status", "order_status", "Lieferstatus",
            "vielen Dank für Ihre Nachfrage zu Ihrer Bestellung {{ order_number }}. Ihre Bestellung ist in Bearbeitung und wird voraussichtlich am " +
            "{{ delivery_date }} geliefert.\n\nSobald die Ware versandt ist, erhalten Sie von uns die Sendungsnummer."),
        En("order-status", "order_status", "Order status",
            "thank you for your enquiry about your order {{ order_number }}. Your order is being processed and is expected to be delivered on " +
            "{{ delivery_date }}.\n\nAs soon as the goods have been shipped, you will receive the tracking number from us."),
        De("quote-request", "quote_request", "Angebot folgt",
            "vielen Dank für Ihre Anfrage und Ihr Interesse an unseren Knöpfen. Ihr Angebot erhalten Sie bis spätestens {{ quote_due_date }} per E-Mail.\n\n" +
            "Sollten Sie bis dahin Fragen zu Mengen oder Ausführungen haben, rufen Sie uns gerne an (Vorgang {{ ticket }})."),
        En("quote-request", "quote_request", "Quote follows",
            "thank you for your enquiry and your interest in our buttons. We will send you our quote by email by {{ quote_due_date }} at the latest.\n\n" +
            "Should you have any questions about quantities or finishes in the meantime, please call us (case {{ ticket }})."),
        De("complaint", "complaint", "Reklamation",
            "vielen Dank für Ihre Nachricht zu Ihrer Bestellung {{ order_number }}. Es tut uns leid, dass die Lieferung nicht Ihren Erwartungen " +
            "entspricht; wir haben Ihre Reklamation unter dem Vorgang {{ ticket }} aufgenommen.\n\nBitte senden Sie uns Fotos der betroffenen Knöpfe. " +
            "Innerhalb von 2 Werktagen erhalten Sie von uns einen Vorschlag für Ersatz oder Gutschrift."),
        En("complaint", "complaint", "Complaint",
            "thank you for your message about your order {{ order_number }}. We are sorry that the delivery did not meet your expectations; we have " +
            "recorded your complaint as case {{ ticket }}.\n\nPlease send us photos of the affected buttons. Within 2 working days you will receive our " +
            "proposal for a replacement or a credit note."),
        De("invoice-copy", "invoice_request", "Rechnungskopie",
            "vielen Dank für Ihre Anfrage. Anbei erhalten Sie die gewünschte Kopie der Rechnung {{ invoice_number }}.\n\n" +
            "Sollten Sie weitere Unterlagen benötigen, antworten Sie bitte einfach auf diese E-Mail (Vorgang {{ ticket }})."),
        En("invoice-copy", "invoice_request", "Invoice copy",
            "thank you for your request. Please find attached the copy of invoice {{ invoice_number }} you asked for.\n\n" +
            "Should you need any further documents, please reply to this email (case {{ ticket }})."),
        De("general-inquiry", "general_inquiry", "Allgemeine Anfrage",
            "vielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen unter dem Vorgang {{ ticket }} aufgenommen.\n\n" +
            "Innerhalb von 2 Werktagen erhalten Sie von uns eine ausführliche Antwort."),
        En("general-inquiry", "general_inquiry", "General inquiry",
            "thank you for your message. We have recorded your request as case {{ ticket }}.\n\n" +
            "Within 2 working days you will receive a detailed answer from us."),
    ];

    public static ReplyTemplateDefinition? Find(string key, Language language) =>
        All.FirstOrDefault(t => t.Key == key && t.Language == language) ?? All.FirstOrDefault(t => t.Key == key && t.Language == Language.De);

    public static IReadOnlyList<ReplyTemplateDefinition> ForIntent(string intent, Language language) =>
        All.Where(t => t.Intent == intent && t.Language == language).ToList();

    private static ReplyTemplateDefinition De(string key, string intent, string title, string text) => new(key, intent, Language.De, title, Head + text + Foot);

    private static ReplyTemplateDefinition En(string key, string intent, string title, string text) => new(key, intent, Language.En, title, Head + text + Foot);
}
