using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Replies;

namespace HappyButtons.Engine.Agents.Support;

/// <summary>A reply the agent wrote: the text, and why it lacks the signature when the company data is incomplete.</summary>
public sealed record WrittenReply(string Body, string? Warning);

/// <summary>
/// The Support agent's replies, formal German ("Sie") or English: an answer from a knowledge-base article, a holding
/// reply when no article fits, and the acknowledgement of a complaint or return. Rendered with <see cref="ReplyRenderer"/>
/// (salutation from the contact, closing, §35a signature); the article's text and the reason sentence are put in after
/// rendering, so nothing an administrator writes into an article is read as a template.
/// </summary>
public sealed class SupportReplyWriter(ReplyRenderer renderer)
{
    private const string Slot = "\u0001text\u0001";

    public WrittenReply Answer(bool english, ReplyFacts facts, string articleBody)
    {
        var text = english
            ? "thank you for your enquiry, which we are glad to answer:\n\n" + Slot + "\n\n" +
              "Should you have any further questions, please reply to this email" + Case(english, facts) + "."
            : "vielen Dank für Ihre Anfrage, die wir Ihnen gerne beantworten:\n\n" + Slot + "\n\n" +
              "Sollten Sie weitere Fragen haben, antworten Sie bitte einfach auf diese E-Mail" + Case(english, facts) + ".";
        return Write(text, facts, articleBody);
    }

    /// <summary>No article fits: thanks, the case number and when a person answers.</summary>
    public WrittenReply Holding(bool english, ReplyFacts facts)
    {
        var text = english
            ? "thank you for your message. We have recorded your request" + Case(english, facts, "as case") + " and are looking into it.\n\n" +
              "Within 2 working days you will receive a detailed answer from us."
            : "vielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen" + Case(english, facts, "unter dem Vorgang") + " aufgenommen und prüfen es.\n\n" +
              "Innerhalb von 2 Werktagen erhalten Sie von uns eine ausführliche Antwort.";
        return Write(text, facts, "");
    }

    /// <summary>The acknowledgement of a complaint (regret, what we need, when we answer) or of a return request (the RMA first).</summary>
    public WrittenReply Acknowledgement(bool english, bool isReturn, ReturnReason reason, ReplyFacts facts)
    {
        var order = facts.OrderNumber is null ? "" : english ? " about your order {{ order_number }}" : " zu Ihrer Bestellung {{ order_number }}";
        string text;
        if (isReturn)
        {
            text = english
                ? "thank you for your message and your return request" + order + ". We have recorded it" + Case(english, facts, "as case") + ".\n\n" +
                  "Within 2 working days you will receive the return number (RMA) and the return label from us. Please send the goods back only " +
                  "once you have the return number, so that we can assign them at once."
                : "vielen Dank für Ihre Nachricht und Ihren Rücksendewunsch" + order + ". Wir haben ihn" + Case(english, facts, "unter dem Vorgang") + " aufgenommen.\n\n" +
                  "Innerhalb von 2 Werktagen erhalten Sie von uns die Rücksendenummer (RMA) und den Rücksendeschein. Bitte senden Sie die Ware " +
                  "erst zurück, wenn Ihnen die Rücksendenummer vorliegt, damit wir sie sofort zuordnen können.";
        }
        else
        {
            text = english
                ? "thank you for your message" + order + ". We are sorry " + Slot + "; we have recorded your complaint" + Case(english, facts, "as case") + ".\n\n" +
                  "If you have not done so yet, please send us photos of the buttons concerned and keep the goods. Within 2 working days you will " +
                  "receive our proposal for a replacement delivery or a credit note."
                : "vielen Dank für Ihre Nachricht" + order + ". Es tut uns leid, " + Slot + "; wir haben Ihre Reklamation" + Case(english, facts, "unter dem Vorgang") + " aufgenommen.\n\n" +
                  "Falls noch nicht geschehen, senden Sie uns bitte Fotos der betroffenen Knöpfe und bewahren Sie die Ware auf. Innerhalb von " +
                  "2 Werktagen erhalten Sie von uns einen Vorschlag für eine Ersatzlieferung oder eine Gutschrift.";
        }

        return Write(text, facts, Regret(english, reason));
    }

    private static string Regret(bool english, ReturnReason reason) => (english, reason) switch
    {
        (false, ReturnReason.Defect) => "dass Knöpfe aus Ihrer Lieferung fehlerhaft sind",
        (false, ReturnReason.WrongDelivery) => "dass Sie nicht die bestellte Ware erhalten haben",
        (false, ReturnReason.WrongColour) => "dass die Farbe nicht Ihrer Bestellung entspricht",
        (false, ReturnReason.WrongSize) => "dass die Größe nicht Ihrer Bestellung entspricht",
        (false, ReturnReason.QuantityShort) => "dass die Lieferung nicht vollständig war",
        (false, ReturnReason.TransitDamage) => "dass die Sendung beschädigt bei Ihnen angekommen ist",
        (false, _) => "dass die Lieferung nicht Ihren Erwartungen entspricht",
        (true, ReturnReason.Defect) => "that buttons in your delivery are faulty",
        (true, ReturnReason.WrongDelivery) => "that you did not receive the goods you ordered",
        (true, ReturnReason.WrongColour) => "that the colour does not match your order",
        (true, ReturnReason.WrongSize) => "that the size does not match your order",
        (true, ReturnReason.QuantityShort) => "that the delivery was incomplete",
        (true, ReturnReason.TransitDamage) => "that the consignment reached you damaged",
        (true, _) => "that the delivery did not meet your expectations",
    };

    private static string Case(bool english, ReplyFacts facts, string? words = null) =>
        facts.Ticket is null ? "" : words is null ? (english ? " (case {{ ticket }})" : " (Vorgang {{ ticket }})") : " " + words + " {{ ticket }}";

    /// <summary>Renders salutation, text, closing and signature; without the signature (and saying why) when the company data lacks a §35a field.</summary>
    private WrittenReply Write(string text, ReplyFacts facts, string slot)
    {
        const string head = "{{ salutation }},\n\n";
        var rendering = renderer.Render(head + text + "\n\n{{ closing }}\n\n{{ department }}\n{{ signature }}\n", facts);
        string? warning = null;
        if (!rendering.Succeeded && rendering.MissingVariables.SequenceEqual(["signature"]))
        {
            warning = rendering.Error;
            rendering = renderer.Render(head + text + "\n\n{{ closing }}\n\n{{ department }}\n", facts);
        }

        if (!rendering.Succeeded)
        {
            throw new InvalidOperationException("A Support reply could not be rendered: " + rendering.Error);
        }

        return new WrittenReply(rendering.Text!.Replace(Slot, slot, StringComparison.Ordinal), warning);
    }
}
