using HappyButtons.Engine.Documents;
using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Orders;

/// <summary>Which orders to list: by state, customer (number or part of the name), due date range; 1-based pages.</summary>
public sealed record OrderFilter(OrderState? State = null, string? Customer = null, DateOnly? DueFrom = null, DateOnly? DueUntil = null,
    int Page = 1, int PageSize = 50);

/// <summary>An order as the board and the list show it. <see cref="Due"/> is the confirmed, else the requested delivery date.</summary>
public sealed record OrderSummary(long Id, string Number, string CustomerNumber, string CustomerName, string? PoNumber, OrderState State,
    DateOnly? Due, decimal Net, string Currency, int Lines, int Version, DateTimeOffset UpdatedAt);

public sealed record OrderPage(IReadOnlyList<OrderSummary> Items, int Page, int PageSize, int Total);

public sealed record OrderLineView(int Position, string Sku, string Description, long Quantity, string Unit, decimal UnitPrice, decimal VatRate, decimal Total);

/// <summary>A step of the lifecycle, or (<see cref="Change"/> set, From = To) a change of the lines.</summary>
public sealed record OrderHistoryEntry(OrderState From, OrderState To, DateTimeOffset At, string By, string? Reason, string? Change = null);

public sealed record OrderDocumentInfo(DocumentKind Kind, string Number, DateTimeOffset IssuedAt, string IssuedBy, bool HasXml, string Sha256);

/// <summary>One order with everything its page shows.</summary>
public sealed record OrderDetail(long Id, string Number, string CustomerNumber, string CustomerName, string? PoNumber, OrderState State,
    string Currency, DateOnly? RequestedDeliveryDate, DateOnly? ConfirmedDeliveryDate, DateTimeOffset? DeliveredAt,
    long? SourceMessageId, string? SourceMailbox, long? ConversationId, DateTimeOffset CreatedAt, string CreatedBy, int Version,
    IReadOnlyList<OrderLineView> Lines, DocumentTotals Totals, IReadOnlyList<OrderHistoryEntry> History, IReadOnlyList<OrderDocumentInfo> Documents);

/// <summary>Reads orders for the board, the order page and the API; filtering and paging happen in the database.</summary>
public sealed class OrderQueries(IDbContextFactory<HappyButtonsDbContext> contexts)
{
    public async Task<OrderPage> ListAsync(OrderFilter filter, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var orders = context.Orders.AsNoTracking();
        if (filter.State is { } state)
        {
            var code = state.Code();
            orders = orders.Where(o => o.State == code);
        }

        if (!string.IsNullOrWhiteSpace(filter.Customer))
        {
            var term = filter.Customer.Trim().ToLower();
            var numbers = context.Customers.Where(c => c.Number == filter.Customer.Trim() || c.Name.ToLower().Contains(term)).Select(c => c.Number);
            orders = orders.Where(o => numbers.Contains(o.CustomerNumber));
        }

        if (filter.DueFrom is { } from)
        {
            orders = orders.Where(o => (o.ConfirmedDeliveryDate ?? o.RequestedDeliveryDate) >= from);
        }

        if (filter.DueUntil is { } until)
        {
            orders = orders.Where(o => (o.ConfirmedDeliveryDate ?? o.RequestedDeliveryDate) <= until);
        }

        var total = await orders.CountAsync(cancellationToken);
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, 500);
        var rows = await orders.OrderByDescending(o => o.Id).Skip((page - 1) * size).Take(size)
            .Join(context.Customers, o => o.CustomerNumber, c => c.Number, (o, c) => new
            {
                o.Id, o.Number, o.CustomerNumber, CustomerName = c.Name, o.PoNumber, o.State, Due = o.ConfirmedDeliveryDate ?? o.RequestedDeliveryDate,
                o.Currency, o.Version, o.UpdatedAt,
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        // Amounts are summed here: they are stored as ten-thousandths through a converter SQL cannot sum through.
        var lines = (await context.OrderLines.AsNoTracking().Where(l => ids.Contains(l.OrderId)).Select(l => new { l.OrderId, l.LineTotal }).ToListAsync(cancellationToken))
            .GroupBy(l => l.OrderId).ToDictionary(g => g.Key, g => (Net: g.Sum(l => l.LineTotal), Count: g.Count()));
        var items = rows.Select(r => new OrderSummary(r.Id, r.Number, r.CustomerNumber, r.CustomerName, r.PoNumber, OrderStates.FromCode(r.State), r.Due,
            lines.GetValueOrDefault(r.Id).Net, r.Currency, lines.GetValueOrDefault(r.Id).Count, r.Version, r.UpdatedAt)).ToList();
        return new OrderPage(items, page, size, total);
    }

    public async Task<OrderDetail?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var order = await context.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.Transitions).SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (order is null)
        {
            return null;
        }

        var customerName = await context.Customers.AsNoTracking().Where(c => c.Number == order.CustomerNumber).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken);
        var mailbox = order.SourceMessageId is { } messageId
            ? await context.Messages.AsNoTracking().Where(m => m.Id == messageId).Select(m => m.Mailbox).SingleOrDefaultAsync(cancellationToken)
            : null;
        var documents = await context.OrderDocuments.AsNoTracking().Where(d => d.OrderId == id).OrderBy(d => d.Id)
            .Select(d => new { d.Kind, d.Number, d.IssuedAt, d.IssuedBy, HasXml = d.Xml != null, d.Sha256 }).ToListAsync(cancellationToken);
        var lines = order.Lines.OrderBy(l => l.Position)
            .Select(l => new OrderLineView(l.Position, l.Sku, l.Description, l.Quantity, l.Unit, l.UnitPrice, l.VatRate, l.LineTotal)).ToList();
        return new OrderDetail(order.Id, order.Number, order.CustomerNumber, customerName ?? order.CustomerNumber, order.PoNumber, OrderStates.FromCode(order.State),
            order.Currency, order.RequestedDeliveryDate, order.ConfirmedDeliveryDate, order.DeliveredAt, order.SourceMessageId, mailbox, order.ConversationId,
            order.CreatedAt, order.CreatedBy, order.Version, lines, DocumentTotals.Of(lines.Select(l => (l.VatRate, l.Total))),
            order.Transitions.OrderBy(t => t.Id).Select(t => new OrderHistoryEntry(OrderStates.FromCode(t.FromState), OrderStates.FromCode(t.ToState), t.At, t.By, t.Reason, t.Change)).ToList(),
            documents.Select(d => new OrderDocumentInfo(DocumentKinds.FromCode(d.Kind)!.Value, d.Number, d.IssuedAt, d.IssuedBy, d.HasXml, d.Sha256)).ToList());
    }

    /// <summary>Customers to pick from when entering an order: number and name.</summary>
    public async Task<IReadOnlyList<(string Number, string Name)>> CustomersAsync(CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return (await context.Customers.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Number, c.Name }).ToListAsync(cancellationToken))
            .Select(c => (c.Number, c.Name)).ToList();
    }

    /// <summary>Active products to pick from: SKU, name, unit, minimum quantity.</summary>
    public async Task<IReadOnlyList<ProductChoice>> ProductsAsync(CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Products.AsNoTracking().Where(p => p.Active).OrderBy(p => p.Sku)
            .Select(p => new ProductChoice(p.Sku, p.Name, p.Unit, p.MinimumOrderQuantity)).ToListAsync(cancellationToken);
    }
}

public sealed record ProductChoice(string Sku, string Name, string Unit, int MinimumOrderQuantity);
