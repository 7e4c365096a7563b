using HappyButtons.Engine.Documents;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Orders;

/// <summary>Why a credit note's lines were refused.</summary>
public enum CreditProblemKind { NotInvoiced, TooMuch, QuantityTooSmall, DuplicateSku }

/// <summary>One problem of the lines to credit: the SKU and, for <see cref="CreditProblemKind.TooMuch"/>, how many may still be credited.</summary>
public sealed record CreditProblem(CreditProblemKind Kind, string Sku, long? Remaining = null)
{
    public string Message(string language) => (Kind, language == "en") switch
    {
        (CreditProblemKind.NotInvoiced, true) => $"{Sku} is not on the invoice",
        (CreditProblemKind.NotInvoiced, false) => $"{Sku} steht nicht auf der Rechnung",
        (CreditProblemKind.TooMuch, true) => $"of {Sku} at most {Remaining} can still be credited",
        (CreditProblemKind.TooMuch, false) => $"von {Sku} lassen sich höchstens noch {Remaining} gutschreiben",
        (CreditProblemKind.QuantityTooSmall, true) => $"the quantity of {Sku} must be at least 1",
        (CreditProblemKind.QuantityTooSmall, false) => $"die Menge von {Sku} muss mindestens 1 sein",
        (CreditProblemKind.DuplicateSku, true) => $"{Sku} appears twice",
        _ => $"{Sku} steht doppelt da",
    };
}

/// <summary>
/// A credit note issued (its number), or why not: <c>role</c> (finance or admin only), <c>reason</c> (none given),
/// <c>no_invoice</c>, <c>not_found</c>, <c>nothing_left</c> (everything is credited already), <c>no_lines</c> (no quantity chosen),
/// <c>lines</c> (see <see cref="Problems"/>).
/// </summary>
public sealed record CreditNoteResult(string? Number, string? Refusal, IReadOnlyList<CreditProblem>? Problems = null);

/// <summary>An invoiced line and how much of it is credited already: what a credit note may still take.</summary>
public sealed record CreditableLine(int Position, string Sku, string Description, string Unit, long Invoiced, long Credited, decimal UnitPrice, decimal VatRate)
{
    public long Remaining => Invoiced - Credited;
}

public sealed partial class OrderService
{
    /// <summary>
    /// Corrects an issued invoice with a credit note (own gapless range <c>GS-</c>, CII type 381, referring to the invoice):
    /// over <paramref name="lines"/> (SKU and quantity, at the invoiced price), or with null over everything not credited
    /// yet. Per line, all credit notes together never credit more than was invoiced. The invoice itself is never changed.
    /// </summary>
    public async Task<CreditNoteResult> IssueCreditNoteAsync(long orderId, string? reason, IReadOnlyList<NewOrderLine>? lines, OrderActor actor,
        CancellationToken cancellationToken)
    {
        if (!actor.May(OrderRoles.Finance))
        {
            return new CreditNoteResult(null, "role");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return new CreditNoteResult(null, "reason");
        }

        var wanted = lines?.Select(l => new NewOrderLine(l.Sku?.Trim().ToUpperInvariant() ?? "", l.Quantity)).ToList();
        var now = clock.GetUtcNow();
        string number;
        string orderNumber;
        string state;
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            var order = await context.Orders.Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);
            if (order is null)
            {
                return new CreditNoteResult(null, "not_found");
            }

            var invoice = await context.OrderDocuments.Where(d => d.OrderId == orderId && d.Kind == "invoice").Select(d => d.Number).SingleOrDefaultAsync(cancellationToken);
            if (invoice is null)
            {
                return new CreditNoteResult(null, "no_invoice");
            }

            var creditable = await CreditableAsync(context, order, cancellationToken);
            var (credited, problems) = Select(creditable, wanted);
            if (problems.Count > 0)
            {
                return new CreditNoteResult(null, "lines", problems);
            }

            if (credited.Count == 0)
            {
                return new CreditNoteResult(null, wanted is null ? "nothing_left" : "no_lines");
            }

            var printed = credited.OrderBy(c => c.Line.Position).Select(c => new DocumentLine(c.Line.Position, c.Line.Sku, c.Line.Description, c.Quantity, c.Line.Unit, c.Line.UnitPrice,
                c.Line.VatRate, DocumentTotals.Cents(c.Line.UnitPrice * c.Quantity))).ToList();
            var document = await documents.IssueAsync(context, order, DocumentKind.CreditNote, actor.Name, now, cancellationToken, reason.Trim(), invoice, printed);
            await context.SaveChangesAsync(cancellationToken);
            context.CreditNoteLines.AddRange(printed.Select(p => new CreditNoteLine
            {
                DocumentId = document.Id, OrderId = orderId, Position = p.Position, Sku = p.Sku, Quantity = p.Quantity, UnitPrice = p.UnitPrice,
                VatRate = p.VatRate, LineTotal = p.Total,
            }));
            var whole = creditable.All(c => credited.Any(x => x.Line.Position == c.Position && x.Quantity == c.Remaining)) && creditable.All(c => c.Credited == 0);
            audit.Add(context, actor.Name, "order.credit_note", AuditTarget(order.Number),
                $"{document.Number} for {invoice} ({(whole ? "whole invoice" : string.Join(", ", printed.Select(p => $"{p.Quantity} × {p.Sku}")))}): {reason.Trim()}");
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            (number, orderNumber, state) = (document.Number, order.Number, order.State);
        }

        events.Publish(new OrderChanged(orderId, orderNumber, state, state, actor.Name));
        return new CreditNoteResult(number, null);
    }

    /// <summary>A credit note over everything of the invoice not credited yet.</summary>
    public Task<CreditNoteResult> IssueCreditNoteAsync(long orderId, string? reason, OrderActor actor, CancellationToken cancellationToken) =>
        IssueCreditNoteAsync(orderId, reason, null, actor, cancellationToken);

    /// <summary>The invoiced lines with what is credited already; empty when the order has no invoice.</summary>
    public async Task<IReadOnlyList<CreditableLine>> CreditableAsync(long orderId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var order = await context.Orders.AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null || !await context.OrderDocuments.AnyAsync(d => d.OrderId == orderId && d.Kind == "invoice", cancellationToken))
        {
            return [];
        }

        return await CreditableAsync(context, order, cancellationToken);
    }

    private static async Task<List<CreditableLine>> CreditableAsync(HappyButtonsDbContext context, Order order, CancellationToken cancellationToken)
    {
        // The order's lines are the invoice's: they can no longer change once production has started.
        var credited = (await context.CreditNoteLines.AsNoTracking().Where(c => c.OrderId == order.Id).Select(c => new { c.Position, c.Quantity }).ToListAsync(cancellationToken))
            .GroupBy(c => c.Position).ToDictionary(g => g.Key, g => g.Sum(c => c.Quantity));
        // A credit note issued before credit notes had lines credited the whole invoice.
        var wholeBefore = await (from d in context.OrderDocuments
                                 where d.OrderId == order.Id && d.Kind == "credit_note" && !context.CreditNoteLines.Any(c => c.DocumentId == d.Id)
                                 select d.Id).AnyAsync(cancellationToken);
        return order.Lines.OrderBy(l => l.Position).Select(l => new CreditableLine(l.Position, l.Sku, l.Description, l.Unit, l.Quantity,
            wholeBefore ? l.Quantity : Math.Min(l.Quantity, credited.GetValueOrDefault(l.Position)), l.UnitPrice, l.VatRate)).ToList();
    }

    private static (List<(CreditableLine Line, long Quantity)> Credited, List<CreditProblem> Problems) Select(List<CreditableLine> creditable, List<NewOrderLine>? wanted)
    {
        if (wanted is null)
        {
            return (creditable.Where(c => c.Remaining > 0).Select(c => (c, c.Remaining)).ToList(), []);
        }

        var problems = new List<CreditProblem>();
        var credited = new List<(CreditableLine, long)>();
        foreach (var group in wanted.Where(w => w.Quantity != 0).GroupBy(w => w.Sku))
        {
            var line = creditable.FirstOrDefault(c => c.Sku == group.Key);
            var quantity = group.First().Quantity;
            if (group.Count() > 1)
            {
                problems.Add(new CreditProblem(CreditProblemKind.DuplicateSku, group.Key));
            }
            else if (line is null)
            {
                problems.Add(new CreditProblem(CreditProblemKind.NotInvoiced, group.Key));
            }
            else if (quantity < 1)
            {
                problems.Add(new CreditProblem(CreditProblemKind.QuantityTooSmall, group.Key));
            }
            else if (quantity > line.Remaining)
            {
                problems.Add(new CreditProblem(CreditProblemKind.TooMuch, group.Key, line.Remaining));
            }
            else
            {
                credited.Add((line, quantity));
            }
        }

        return (credited, problems);
    }
}
