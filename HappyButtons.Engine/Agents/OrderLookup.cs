using System.Text.RegularExpressions;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Agents;

/// <summary>An order a mail refers to, and how it was found (its number, the invoice's number, the PO number, the customer's latest).</summary>
public sealed record ReferencedOrder(Order Order, string FoundBy, string? InvoiceNumber);

/// <summary>
/// Finds the order a customer's mail is about: an order number (AB-2026-00001) or invoice number (RE-2026-00001) in the
/// subject or text, else one of the customer's PO numbers named in it, else (when allowed) the customer's latest order.
/// Another customer's order is never found by a number alone when the sender is a known customer.
/// </summary>
public sealed partial class OrderLookup(IDbContextFactory<HappyButtonsDbContext> contexts)
{
    public const string ByOrderNumber = "order_number";
    public const string ByInvoiceNumber = "invoice_number";
    public const string ByPoNumber = "po_number";
    public const string ByLatest = "latest";

    public async Task<ReferencedOrder?> FindAsync(AgentContext context, bool latestAsFallback, CancellationToken cancellationToken)
    {
        var text = context.Subject + "\n" + context.Text;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var orders = db.Orders.AsNoTracking().Include(o => o.Lines).AsQueryable();
        if (context.CustomerNumber is { } customer)
        {
            orders = orders.Where(o => o.CustomerNumber == customer);
        }

        var numbers = OrderNumber().Matches(text).Select(m => m.Value.ToUpperInvariant()).Distinct().ToList();
        if (numbers.Count > 0 && await orders.Where(o => numbers.Contains(o.Number)).OrderByDescending(o => o.Id).FirstOrDefaultAsync(cancellationToken) is { } byNumber)
        {
            return new ReferencedOrder(byNumber, ByOrderNumber, await InvoiceOfAsync(db, byNumber.Id, cancellationToken));
        }

        var invoices = InvoiceNumber().Matches(text).Select(m => m.Value.ToUpperInvariant()).Distinct().ToList();
        if (invoices.Count > 0)
        {
            var invoice = await db.OrderDocuments.AsNoTracking().Where(d => d.Kind == "invoice" && invoices.Contains(d.Number))
                .Select(d => new { d.OrderId, d.Number }).FirstOrDefaultAsync(cancellationToken);
            if (invoice is not null && await orders.SingleOrDefaultAsync(o => o.Id == invoice.OrderId, cancellationToken) is { } byInvoice)
            {
                return new ReferencedOrder(byInvoice, ByInvoiceNumber, invoice.Number);
            }
        }

        if (context.CustomerNumber is null)
        {
            return null;
        }

        var recent = await orders.Where(o => o.PoNumber != null).OrderByDescending(o => o.Id).Take(200).ToListAsync(cancellationToken);
        if (recent.FirstOrDefault(o => o.PoNumber!.Length >= 3 && text.Contains(o.PoNumber, StringComparison.OrdinalIgnoreCase)) is { } byPo)
        {
            return new ReferencedOrder(byPo, ByPoNumber, await InvoiceOfAsync(db, byPo.Id, cancellationToken));
        }

        if (!latestAsFallback)
        {
            return null;
        }

        var latest = await orders.Where(o => o.State != "closed" && o.State != "cancelled").OrderByDescending(o => o.Id).FirstOrDefaultAsync(cancellationToken);
        return latest is null ? null : new ReferencedOrder(latest, ByLatest, await InvoiceOfAsync(db, latest.Id, cancellationToken));
    }

    private static Task<string?> InvoiceOfAsync(HappyButtonsDbContext db, long orderId, CancellationToken cancellationToken) =>
        db.OrderDocuments.AsNoTracking().Where(d => d.OrderId == orderId && d.Kind == "invoice").Select(d => d.Number).FirstOrDefaultAsync(cancellationToken);

    [GeneratedRegex(@"\bAB-\d{4}-\d{5}\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrderNumber();

    [GeneratedRegex(@"\bRE-\d{4}-\d{5}\b", RegexOptions.IgnoreCase)]
    private static partial Regex InvoiceNumber();
}
