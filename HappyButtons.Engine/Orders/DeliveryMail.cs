using System.Net;
using System.Text;
using System.Text.Json;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Documents;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Kpis;
using HappyButtons.Engine.Mail.Outgoing;
using HappyButtons.Engine.Mail.Store;
using HappyButtons.Engine.Replies;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using EmailAddress = HappyButtons.Engine.Mail.EmailAddress;

namespace HappyButtons.Engine.Orders;

/// <summary><c>HappyButtons:Orders</c>: the mail the customer gets when an order is delivered.</summary>
public sealed class OrderMailOptions
{
    public const string Section = "HappyButtons:Orders";

    /// <summary>The delivery mail with the delivery note and the survey links (default on).</summary>
    public bool DeliveryMail { get; set; } = true;
}

/// <summary>A delivery mail written in the step's transaction, handed to the delivery job after the commit.</summary>
public sealed record PreparedDeliveryMail(long OutgoingMailId, byte[] Raw, MailEnvelope Envelope, string MessageId, long? ConversationId, string? Department);

/// <summary>
/// The mail to the customer when an order reaches <c>delivered</c>: order and PO number, the delivery note attached, the five
/// one-click survey links and the §35a signature, in the customer's language, from the sales mailbox. It is written as an
/// <c>outgoing_mail</c> row (and an outgoing entry of the order's conversation) in the transaction of the step itself, so the
/// step and its mail commit together or not at all; its Message-ID is fixed per order (<c>delivery.&lt;order&gt;@…</c>), and
/// the outbox's unique send key makes a second queuing of the same mail impossible. When there is nobody to write to, the
/// reason goes into the step's history row and the audit log instead.
/// </summary>
public sealed class DeliveryMail(
    CustomerSurvey survey, RawMailStore rawStore, MailOutbox outbox, OrderDocuments documents, IOptionsMonitor<OrderMailOptions> options,
    AuditLog audit, ILogger<DeliveryMail> logger)
{
    public const string SalesDepartment = "sales";
    public const string AuditAction = "order.delivery_mail";

    public static string MessageIdFor(string orderNumber, string domain) => $"delivery.{orderNumber.ToLowerInvariant()}@{domain}";

    /// <summary>
    /// Writes the mail into <paramref name="context"/> inside the caller's transaction. Returns null when no mail is due; the
    /// reason is then appended to <paramref name="step"/> (the order's history) and audited.
    /// </summary>
    internal async Task<PreparedDeliveryMail?> PrepareAsync(HappyButtonsDbContext context, Order order, OrderTransition step, string actor,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!options.CurrentValue.DeliveryMail)
        {
            return null;
        }

        var (composed, reason) = await ComposeAsync(context, order, cancellationToken);
        if (composed is null)
        {
            step.Reason = string.IsNullOrEmpty(step.Reason) ? reason : $"{step.Reason}; {reason}";
            audit.Add(context, actor, AuditAction, OrderService.AuditTarget(order.Number), reason!);
            return null;
        }

        var message = composed.Message;
        var raw = MailComposer.ToBytes(message with { Date = now });
        var envelope = MailOutbox.EnvelopeOf(message);
        var key = MailOutbox.SendKey(message.MessageId!, envelope);
        if (await context.OutgoingMail.AnyAsync(m => m.SendKey == key, cancellationToken))
        {
            return null;
        }

        // The bytes are on disk before the row naming them commits (content-addressed: a rolled-back step leaves a harmless blob).
        var blob = await rawStore.StoreAsync(raw, cancellationToken);
        var row = new OutgoingMail
        {
            SendKey = key, MessageIdHeader = message.MessageId, BlobHash = blob.Hash, Mailbox = SalesDepartment, EnvelopeFrom = envelope.From,
            Recipients = JsonSerializer.Serialize(envelope.Recipients), Status = OutgoingMailStatus.Queued, CreatedAt = now, UpdatedAt = now,
        };
        context.OutgoingMail.Add(row);
        await context.SaveChangesAsync(cancellationToken);
        if (composed.ConversationId is { } conversationId)
        {
            context.ConversationEntries.Add(new ConversationEntry
            {
                ConversationId = conversationId, Kind = EntryKind.Outgoing, OutgoingMailId = row.Id, MessageIdHeader = message.MessageId,
                FromAddress = message.From.Address, FromName = message.From.DisplayName, ToAddress = message.To[0].Address,
                Subject = message.Subject, Text = message.TextBody, AuthorName = actor, At = now,
            });
        }

        audit.Add(context, actor, AuditAction, OrderService.AuditTarget(order.Number),
            $"queued to {message.To[0].Address} ({composed.Language.ToApiName()}); message {message.MessageId}");
        return new PreparedDeliveryMail(row.Id, raw, envelope, message.MessageId!, composed.ConversationId, composed.Department);
    }

    /// <summary>After the commit: asks for the delivery job now (the outbox sweep would find the row too, only later).</summary>
    internal async Task DispatchAsync(PreparedDeliveryMail mail, CancellationToken cancellationToken)
    {
        try
        {
            await outbox.QueueAsync(mail.Raw, mail.Envelope, SalesDepartment, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "The delivery mail {MessageId} is queued, but its delivery job could not be enqueued now; the outbox sweep will", mail.MessageId);
        }
    }

    private sealed record Composed(OutgoingMessage Message, Language Language, long? ConversationId, string? Department);

    private async Task<(Composed? Mail, string? Reason)> ComposeAsync(HappyButtonsDbContext context, Order order, CancellationToken cancellationToken)
    {
        var from = await context.Mailboxes.AsNoTracking().Where(m => m.Department == SalesDepartment).Select(m => m.Address).SingleOrDefaultAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(from))
        {
            return (null, "No delivery mail: there is no sales mailbox to send it from.");
        }

        var company = documents.Company;
        if (LegalSignature.Missing(company) is { Count: > 0 } missing)
        {
            return (null, $"No delivery mail: the company data the signature needs is missing ({string.Join(", ", missing)}).");
        }

        var customer = await context.Customers.AsNoTracking().Include(c => c.Contacts).SingleOrDefaultAsync(c => c.Number == order.CustomerNumber, cancellationToken);
        var conversation = order.ConversationId is { } id
            ? await context.Conversations.AsNoTracking().Where(c => c.Id == id)
                .Select(c => new { c.Id, c.Department, c.CustomerAddress, c.CustomerName }).SingleOrDefaultAsync(cancellationToken)
            : null;
        var contacts = customer?.Contacts.OrderBy(c => c.Id).ToList() ?? [];
        var address = Valid(conversation?.CustomerAddress) ?? contacts.Select(c => Valid(c.Email)).FirstOrDefault(e => e is not null);
        if (address is null)
        {
            return (null, "No delivery mail: neither the order's conversation nor the customer has an e-mail address.");
        }

        var contact = contacts.FirstOrDefault(c => string.Equals(c.Email.Trim(), address, StringComparison.OrdinalIgnoreCase));
        var language = await LanguageAsync(context, order, customer, cancellationToken);
        var noteKind = DocumentKind.DeliveryNote.Code();
        var deliveryNote = await context.OrderDocuments.AsNoTracking()
            .Where(d => d.OrderId == order.Id && d.Kind == noteKind).OrderByDescending(d => d.Id)
            .Select(d => new { d.Number, d.Pdf }).FirstOrDefaultAsync(cancellationToken);
        var letter = new DeliveryLetter(order.Number, order.PoNumber, deliveryNote?.Number,
            contact is null ? ReplyContact.Unknown
                : new ReplyContact(ReplyContact.GenderOf(contact.PreferredSalutation), Clean(contact.Title), Clean(contact.FirstName), Clean(contact.LastName)),
            survey.LinksFor(order.Id), LegalSignature.Block(company, language), language);
        var domain = from[(from.LastIndexOf('@') + 1)..];
        var message = new OutgoingMessage
        {
            From = new EmailAddress("Happy Buttons " + ReplyFacts.DepartmentName(SalesDepartment, language), from.Trim()),
            To = [new EmailAddress(contact is null ? conversation?.CustomerName ?? customer?.Name : $"{contact.FirstName} {contact.LastName}".Trim(), address)],
            Subject = letter.Subject(),
            TextBody = letter.Text(),
            HtmlBody = letter.Html(),
            MessageId = MessageIdFor(order.Number, domain),
            Attachments = deliveryNote is null ? [] : [new OutgoingAttachment(letter.DeliveryNoteFileName(), "application/pdf", deliveryNote.Pdf)],
            ExtraHeaders = [new("Auto-Submitted", "auto-generated")],
        };
        return (new Composed(message, language, conversation?.Id, conversation?.Department), null);
    }

    /// <summary>The language of the mail the order came from, else the customer's; German unless one of them is English.</summary>
    private static async Task<Language> LanguageAsync(HappyButtonsDbContext context, Order order, Customer? customer, CancellationToken cancellationToken)
    {
        string? mailLanguage = null;
        if (order.SourceMessageId is { } messageId)
        {
            mailLanguage = await context.Messages.AsNoTracking().Where(m => m.Id == messageId).Select(m => m.Classification.Language).SingleOrDefaultAsync(cancellationToken);
        }
        else if (order.ConversationId is { } conversationId)
        {
            mailLanguage = await context.ConversationEntries.AsNoTracking()
                .Where(e => e.ConversationId == conversationId && e.Kind == EntryKind.Incoming && e.MessageId != null)
                .OrderBy(e => e.Id).Join(context.Messages, e => e.MessageId, m => (long?)m.Id, (e, m) => m.Classification.Language)
                .FirstOrDefaultAsync(cancellationToken);
        }

        var code = mailLanguage is "de" or "en" ? mailLanguage : customer?.Language;
        return string.Equals(code, "en", StringComparison.OrdinalIgnoreCase) ? Language.En : Language.De;
    }

    private static string? Valid(string? address)
    {
        var trimmed = address?.Trim();
        return !string.IsNullOrEmpty(trimmed) && MimeKit.MailboxAddress.TryParse(trimmed, out var parsed) && parsed.Address.Contains('@') ? parsed.Address : null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The words of the delivery mail in German (formal "Sie") or English: text and HTML with the same content.</summary>
public sealed record DeliveryLetter(string OrderNumber, string? PoNumber, string? DeliveryNoteNumber, ReplyContact Contact, IReadOnlyList<string> SurveyLinks,
    string Signature, Language Language)
{
    private bool English => Language == Language.En;

    /// <summary>The labels of the ratings 1 … 5.</summary>
    public IReadOnlyList<string> RatingLabels => English
        ? ["very dissatisfied", "dissatisfied", "neither", "satisfied", "very satisfied"]
        : ["sehr unzufrieden", "unzufrieden", "teils, teils", "zufrieden", "sehr zufrieden"];

    public string Subject() => English
        ? $"Your order {OrderNumber}{(PoNumber is null ? "" : $" (your PO {PoNumber})")} has been delivered"
        : $"Ihr Auftrag {OrderNumber}{(PoNumber is null ? "" : $" (Ihre Bestellung {PoNumber})")} wurde zugestellt";

    public string DeliveryNoteFileName() => (English ? "Delivery-note-" : "Lieferschein-") + DeliveryNoteNumber + ".pdf";

    private string Intro() => English
        ? $"your order {OrderNumber}{(PoNumber is null ? "" : $" (your purchase order {PoNumber})")} has been delivered."
          + (DeliveryNoteNumber is null ? "" : $" Please find the delivery note {DeliveryNoteNumber} attached.")
        : $"Ihr Auftrag {OrderNumber}{(PoNumber is null ? "" : $" (Ihre Bestellung {PoNumber})")} wurde zugestellt."
          + (DeliveryNoteNumber is null ? "" : $" Den Lieferschein {DeliveryNoteNumber} finden Sie im Anhang.");

    private string Question() => English
        ? "How satisfied are you with this delivery? One click on your rating is all it takes:"
        : "Wie zufrieden sind Sie mit dieser Lieferung? Ein Klick auf Ihre Bewertung genügt:";

    private string Thanks() => English
        ? "Thank you for your order. If anything is not as it should be, simply reply to this mail."
        : "Vielen Dank für Ihren Auftrag. Sollte etwas nicht in Ordnung sein, antworten Sie einfach auf diese Mail.";

    private static string Stars(int rating) => new string('★', rating) + new string('☆', 5 - rating);

    public string Text()
    {
        var text = new StringBuilder();
        text.Append(Contact.Salutation(Language)).Append(",\n\n").Append(Intro()).Append("\n\n").Append(Question()).Append("\n\n");
        for (var rating = 5; rating >= 1; rating--)
        {
            text.Append($"{Stars(rating)} {rating}/5 – {RatingLabels[rating - 1]}:\n{SurveyLinks[rating - 1]}\n\n");
        }

        text.Append(Thanks()).Append("\n\n").Append(LegalSignature.Closing(Language)).Append('\n')
            .Append(English ? "Your Happy Buttons sales team" : "Ihr Vertriebsteam von Happy Buttons").Append("\n\n-- \n").Append(Signature).Append('\n');
        return text.ToString();
    }

    public string Html()
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(English ? "en" : "de").Append("\"><head><meta charset=\"utf-8\"></head>")
            .Append("<body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\">")
            .Append("<p>").Append(E(Contact.Salutation(Language))).Append(",</p><p>").Append(E(Intro())).Append("</p><p>").Append(E(Question())).Append("</p>")
            .Append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\">");
        for (var rating = 5; rating >= 1; rating--)
        {
            html.Append("<tr><td style=\"padding:4px 0\"><a href=\"").Append(E(SurveyLinks[rating - 1]))
                .Append("\" style=\"display:inline-block;padding:6px 14px;border:1px solid #6a1b9a;border-radius:6px;color:#6a1b9a;text-decoration:none\">")
                .Append("<span style=\"color:#f9a825\">").Append(Stars(rating)).Append("</span> ")
                .Append(E($"{rating}/5 – {RatingLabels[rating - 1]}")).Append("</a></td></tr>");
        }

        html.Append("</table><p>").Append(E(Thanks())).Append("</p><p>").Append(E(LegalSignature.Closing(Language))).Append("<br>")
            .Append(E(English ? "Your Happy Buttons sales team" : "Ihr Vertriebsteam von Happy Buttons")).Append("</p>")
            .Append("<p style=\"font-size:11px;color:#666\">").Append(string.Join("<br>", Signature.Split('\n').Select(E))).Append("</p></body></html>");
        return html.ToString();
    }
}
