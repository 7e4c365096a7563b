namespace HappyButtons.Engine.Conversations;

/// <summary>A text block a department starts its replies with; <c>{ticket}</c> is replaced by the ticket number.</summary>
public sealed record ReplyTemplate(string Key, string Department, string TitleDe, string TitleEn, string BodyDe, string BodyEn);

/// <summary>
/// The departments' reply templates: a small starting set. The replies issue replaces this list with editable templates
/// (and a courtesy score); the composer and the API already take a template by its key. The Scriban templates with the
/// conversation's facts are <see cref="Replies.DefaultReplyTemplates"/>: switching needs those facts (docs/replies.md).
/// </summary>
public static class ReplyTemplates
{
    public static IReadOnlyList<ReplyTemplate> All { get; } =
    [
        new("thanks", "*", "Dank und Eingangsbestätigung", "Thanks and acknowledgement",
            "vielen Dank für Ihre Nachricht. Wir kümmern uns darum und melden uns schnellstmöglich bei Ihnen (Vorgang {ticket}).",
            "thank you for your message. We are looking into it and will get back to you as soon as possible (case {ticket})."),
        new("need-details", "*", "Rückfrage", "Asking for details",
            "vielen Dank für Ihre Nachricht. Damit wir Ihnen weiterhelfen können, benötigen wir noch folgende Angaben:\n\n- \n\nVielen Dank im Voraus.",
            "thank you for your message. To help you, we need a few more details:\n\n- \n\nThank you in advance."),
        new("quote-follows", "sales", "Angebot folgt", "Quote follows",
            "vielen Dank für Ihre Anfrage. Unser Angebot erhalten Sie in Kürze.",
            "thank you for your enquiry. You will receive our quote shortly."),
        new("order-status", "sales", "Lieferstatus", "Order status",
            "vielen Dank für Ihre Nachfrage. Ihre Bestellung ist in Bearbeitung; den voraussichtlichen Liefertermin teilen wir Ihnen gesondert mit.",
            "thank you for asking. Your order is being processed; we will confirm the expected delivery date separately."),
        new("rma", "support", "Rücksendung", "Return",
            "es tut uns leid, dass die Ware nicht Ihren Erwartungen entspricht. Bitte senden Sie sie mit der Vorgangsnummer {ticket} an uns zurück.",
            "we are sorry the goods did not meet your expectations. Please return them quoting case {ticket}."),
        new("invoice-copy", "finance", "Rechnungskopie", "Invoice copy",
            "gerne senden wir Ihnen die gewünschte Rechnungskopie; Sie finden sie im Anhang.",
            "please find the invoice copy you asked for attached."),
    ];

    public static IReadOnlyList<ReplyTemplate> For(string department) => All.Where(t => t.Department is "*" || t.Department == department).ToList();

    public static ReplyTemplate? Find(string department, string? key) => For(department).FirstOrDefault(t => t.Key == key);
}
