using HappyButtons.Engine.Documents;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Orders.Extraction;
using HappyButtons.Engine.Replies;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ContactRecord = HappyButtons.Engine.Intake.Customers.Contact;

namespace HappyButtons.Engine.Conversations;

/// <summary>
/// What a reply in a conversation is written and scored with: its language (the customer's last mail), the contact when
/// the customer's address is one of our contacts (null otherwise: the general forms apply), the facts a template may use,
/// and the company data the §35a signature is checked against.
/// </summary>
public sealed record ConversationReplyContext(long ConversationId, string Department, Language Language, ReplyContact? Contact, ReplyFacts Facts,
    string? Intent, long? LastIncomingMessageId, CompanyOptions Company)
{
    /// <summary>The text's courtesy: English rules when it greets in English, German when it greets in German, else the conversation's language.</summary>
    public CourtesyScore Score(string text) => CourtesyScorer.Score(text, LanguageOf(text, Language), Contact, Company);

    public static Language LanguageOf(string text, Language fallback)
    {
        var first = text.TrimStart();
        return first.StartsWith("Dear ", StringComparison.Ordinal) ? Language.En
            : first.StartsWith("Sehr geehrte", StringComparison.Ordinal) || first.StartsWith("Guten Tag", StringComparison.Ordinal) ? Language.De
            : fallback;
    }
}

/// <summary>Gathers a conversation's reply facts: contact, ticket, and where known the order's number, PO number, delivery date and invoice number.</summary>
public sealed class ConversationReplyFacts(
    IDbContextFactory<HappyButtonsDbContext> contexts,
    MessageOrderExtraction extraction,
    IOptionsMonitor<CompanyOptions> company)
{
    public async Task<ConversationReplyContext?> LoadAsync(long conversationId, string agentName, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var conversation = await context.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (conversation is null)
        {
            return null;
        }

        var entries = await context.ConversationEntries.AsNoTracking()
            .Where(e => e.ConversationId == conversationId && e.Kind == EntryKind.Incoming && e.MessageId != null)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Select(e => e.MessageId!.Value).ToListAsync(cancellationToken);
        var last = entries.Count == 0 ? null : await context.Messages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == entries[0], cancellationToken);
        var language = last?.Classification.Language == "en" ? Language.En : Language.De;

        var address = (last?.FromAddress ?? conversation.CustomerAddress)?.Trim().ToLowerInvariant();
        var stored = address is null ? null : await context.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Email == address, cancellationToken);
        ReplyContact? contact = stored is null ? null
            : ReplyContact.From(new ContactRecord(stored.FirstName, stored.LastName, stored.Email, stored.CustomerNumber, stored.Title, stored.PreferredSalutation));

        var order = await context.Orders.AsNoTracking()
            .Where(o => o.ConversationId == conversationId || (o.SourceMessageId != null && entries.Contains(o.SourceMessageId.Value)))
            .OrderByDescending(o => o.Id).FirstOrDefaultAsync(cancellationToken);
        var invoice = order is null ? null
            : await context.OrderDocuments.AsNoTracking().Where(d => d.OrderId == order.Id && d.Kind == "invoice").Select(d => d.Number).FirstOrDefaultAsync(cancellationToken);
        var poNumber = order?.PoNumber;
        if (poNumber is null && last is not null && last.Classification.Intent == "order")
        {
            poNumber = (await extraction.ExtractAsync(last.Id, cancellationToken))?.Order.PoNumber?.Value;
        }

        var facts = new ReplyFacts(language, contact ?? ReplyContact.Unknown, agentName, conversation.Department)
        {
            Ticket = TicketNumber.Format(conversationId),
            OrderNumber = order?.Number,
            PoNumber = poNumber,
            DeliveryDate = order?.ConfirmedDeliveryDate ?? order?.RequestedDeliveryDate,
            InvoiceNumber = invoice,
        };
        return new ConversationReplyContext(conversationId, conversation.Department, language, contact, facts, last?.Classification.Intent, last?.Id,
            company.CurrentValue);
    }
}
