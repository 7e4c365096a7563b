using System.Security.Cryptography;
using HappyButtons.Engine.Documents;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Orders;

/// <summary>A stored document as it is served: the bytes issued, never rendered again.</summary>
public sealed record StoredDocument(DocumentKind Kind, string Number, DateTimeOffset IssuedAt, byte[] Pdf, byte[]? Xml, string Sha256);

/// <summary>
/// Issues an order's documents inside the transaction of the step that calls for them: the content is fixed from the
/// order, the customer and the company data at that moment, rendered once (PDF, and the XRechnung XML for invoices and
/// credit notes) and stored with its hash. Reading a document returns those bytes; nothing is regenerated.
/// </summary>
public sealed class OrderDocuments(IDbContextFactory<HappyButtonsDbContext> contexts, IOptionsMonitor<CompanyOptions> company)
{
    /// <summary>Days from the invoice date to its due date.</summary>
    public const int PaymentDays = 30;

    public CompanyOptions Company => company.CurrentValue;

    internal async Task<OrderDocument> IssueAsync(HappyButtonsDbContext context, Order order, DocumentKind kind, string actor, DateTimeOffset now,
        CancellationToken cancellationToken, string? reason = null, string? referencedInvoice = null, IReadOnlyList<DocumentLine>? lines = null)
    {
        var number = kind switch
        {
            DocumentKind.Confirmation => order.Number,
            DocumentKind.DeliveryNote => await OrderNumbers.NextAsync(context, OrderNumbers.DeliveryNotePrefix, now, cancellationToken),
            DocumentKind.Invoice => await OrderNumbers.NextAsync(context, OrderNumbers.InvoicePrefix, now, cancellationToken),
            _ => await OrderNumbers.NextAsync(context, OrderNumbers.CreditNotePrefix, now, cancellationToken),
        };
        var content = await ContentAsync(context, order, kind, number, now, reason, referencedInvoice, lines, cancellationToken);
        var settings = Company;
        var pdf = OrderDocumentPdf.Render(content, settings, now);
        var document = new OrderDocument
        {
            OrderId = order.Id, Kind = kind.Code(), Number = number, IssuedAt = now, IssuedBy = actor, Pdf = pdf,
            Xml = kind is DocumentKind.Invoice or DocumentKind.CreditNote ? XRechnung.Write(content, settings) : null,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf)),
        };
        context.OrderDocuments.Add(document);
        return document;
    }

    /// <summary>The document of this kind as issued (the latest credit note for <see cref="DocumentKind.CreditNote"/>); null when not issued.</summary>
    public async Task<StoredDocument?> FindAsync(long orderId, DocumentKind kind, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var code = kind.Code();
        return await context.OrderDocuments.AsNoTracking().Where(d => d.OrderId == orderId && d.Kind == code).OrderByDescending(d => d.Id)
            .Select(d => new StoredDocument(kind, d.Number, d.IssuedAt, d.Pdf, d.Xml, d.Sha256)).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The document with this number (e.g. one of several credit notes); null when the order has none such.</summary>
    public async Task<StoredDocument?> FindByNumberAsync(long orderId, string number, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await context.OrderDocuments.AsNoTracking().Where(d => d.OrderId == orderId && d.Number == number)
            .Select(d => new { d.Kind, d.Number, d.IssuedAt, d.Pdf, d.Xml, d.Sha256 }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : new StoredDocument(DocumentKinds.FromCode(found.Kind)!.Value, found.Number, found.IssuedAt, found.Pdf, found.Xml, found.Sha256);
    }

    private async Task<DocumentContent> ContentAsync(HappyButtonsDbContext context, Order order, DocumentKind kind, string number, DateTimeOffset now,
        string? reason, string? referencedInvoice, IReadOnlyList<DocumentLine>? creditedLines, CancellationToken cancellationToken)
    {
        var customer = await context.Customers.AsNoTracking().Include(c => c.Contacts).SingleAsync(c => c.Number == order.CustomerNumber, cancellationToken);
        var settings = Company;
        var address = customer.Address ?? new PostalAddress();
        var buyer = new DocumentParty(customer.Name, address.Street, address.PostalCode, address.City, address.Country, customer.VatId,
            customer.Contacts.OrderBy(c => c.Id).Select(c => c.Email).FirstOrDefault());
        var seller = new DocumentParty(settings.FullName, settings.Street, settings.PostalCode, settings.City, settings.Country, settings.VatId,
            settings.Email.Length > 0 ? settings.Email : null);
        // A credit note prints the lines it credits (a part of the invoice); every other document the order's lines.
        var lines = creditedLines?.ToList() ?? order.Lines.OrderBy(l => l.Position)
            .Select(l => new DocumentLine(l.Position, l.Sku, l.Description, l.Quantity, l.Unit, l.UnitPrice, l.VatRate, l.LineTotal)).ToList();
        var today = OrderNumbers.BerlinDate(now);
        var deliverTo = order.DeliveryAddress is { IsComplete: true } d ? new DocumentParty(customer.Name, d.Street, d.PostalCode, d.City, d.Country, null) : null;
        return new DocumentContent(kind, number, today, order.Number, order.PoNumber, order.CustomerNumber, seller, buyer, deliverTo,
            DeliveryDate: order.DeliveredAt is { } delivered ? OrderNumbers.BerlinDate(delivered) : kind == DocumentKind.DeliveryNote ? today : null,
            RequestedDeliveryDate: order.ConfirmedDeliveryDate ?? order.RequestedDeliveryDate,
            Currency: order.Currency, Lines: lines, Totals: DocumentTotals.Of(lines.Select(l => (l.VatRate, l.Total))),
            DueDate: kind == DocumentKind.Invoice ? today.AddDays(PaymentDays) : null, ReferencedInvoice: referencedInvoice, Reason: reason);
    }
}
