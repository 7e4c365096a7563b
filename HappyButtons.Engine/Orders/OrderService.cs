using System.Data.Common;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Orders;

/// <summary>A line of a new order: one of our SKUs and how many.</summary>
public sealed record NewOrderLine(string Sku, long Quantity);

/// <summary>A new order as sales enters it or an integration posts it.</summary>
public sealed record NewOrder(string CustomerNumber, string? PoNumber, IReadOnlyList<NewOrderLine> Lines,
    DateOnly? RequestedDeliveryDate = null, long? SourceMessageId = null, long? ConversationId = null);

/// <summary>The created order, or why none was created (English sentences; the UI words them itself).</summary>
public sealed record OrderCreated(long Id, string Number);

public sealed record CreateOrderResult(OrderCreated? Created, IReadOnlyList<string> Errors);


/// <summary>A step taken (the order's new state and version) or refused (why, and what is allowed instead).</summary>
public sealed record TransitionResult(OrderState? State, int Version, OrderRefusal? Refusal, bool NotFound = false)
{
    public bool Succeeded => Refusal is null && !NotFound;
}

/// <summary>
/// Creates orders and moves them through the lifecycle: each step is decided by <see cref="OrderLifecycle"/> on facts read
/// in the same transaction, and then applied there with its effects — stock reserved on confirmation, released on
/// cancellation, taken out at shipping; the confirmation, delivery note and invoice issued and stored — its history row and
/// its audit entry. The order's version is checked in the UPDATE itself: of two people moving the same order one wins,
/// the other is told who was first.
/// </summary>
public sealed partial class OrderService(
    IDbContextFactory<HappyButtonsDbContext> contexts, DatabaseWriteGate writeGate, ISqlDialect dialect, OrderDocuments documents,
    AuditLog audit, EventHub events, TimeProvider clock, DeliveryMail? deliveryMail = null)
{
    private const int Attempts = 4;

    public static string AuditTarget(string number) => "order:" + number;

    public async Task<CreateOrderResult> CreateAsync(NewOrder request, string actor, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        if (request.Lines.Count == 0)
        {
            errors.Add("An order needs at least one line.");
        }

        errors.AddRange(request.Lines.Where(l => l.Quantity <= 0).Select(l => $"The quantity of {l.Sku} must be at least 1."));
        errors.AddRange(request.Lines.Where(l => string.IsNullOrWhiteSpace(l.Sku)).Select(_ => "A line has no SKU."));
        if (errors.Count > 0)
        {
            return new CreateOrderResult(null, errors);
        }

        var now = clock.GetUtcNow();
        Order order;
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            var customer = await context.Customers.AsNoTracking().Where(c => c.Number == request.CustomerNumber).Select(c => c.Number).SingleOrDefaultAsync(cancellationToken);
            if (customer is null)
            {
                return new CreateOrderResult(null, [$"There is no customer {request.CustomerNumber}."]);
            }

            order = new Order
            {
                Number = await OrderNumbers.NextAsync(context, OrderNumbers.OrderPrefix, now, cancellationToken),
                CustomerNumber = customer,
                PoNumber = string.IsNullOrWhiteSpace(request.PoNumber) ? null : request.PoNumber.Trim(),
                State = OrderState.Created.Code(),
                RequestedDeliveryDate = request.RequestedDeliveryDate,
                SourceMessageId = request.SourceMessageId,
                ConversationId = request.ConversationId,
                CreatedAt = now,
                CreatedBy = actor,
                UpdatedAt = now,
                Version = 1,
            };
            order.Lines = await PriceLinesAsync(context, customer, request.Lines, OrderNumbers.BerlinDate(now), cancellationToken);
            order.Currency = order.Lines.Count > 0 ? await CurrencyAsync(context, order.Lines, cancellationToken) : "EUR";
            context.Orders.Add(order);
            audit.Add(context, actor, "order.create", AuditTarget(order.Number),
                $"{customer}; PO {order.PoNumber ?? "-"}; {string.Join(", ", order.Lines.Select(l => $"{l.Quantity} × {l.Sku}"))}");
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        events.Publish(new OrderChanged(order.Id, order.Number, order.State, null, actor));
        return new CreateOrderResult(new OrderCreated(order.Id, order.Number), []);
    }

    /// <summary>
    /// Moves the order to <paramref name="to"/>. With <paramref name="expectedVersion"/> (what the board showed), a change
    /// by someone else since then is refused as such; without it, the step is judged on the state the order is in now.
    /// </summary>
    public async Task<TransitionResult> TransitionAsync(long orderId, OrderState to, OrderActor actor, int? expectedVersion = null,
        string? reason = null, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = await TryTransitionAsync(orderId, to, actor, expectedVersion, reason, cancellationToken);
                if (result.Succeeded)
                {
                    events.Publish(new OrderChanged(orderId, result.Number!, to.Code(), result.From!.Value.Code(), actor.Name));
                    if (result.Mail is { } mail)
                    {
                        await deliveryMail!.DispatchAsync(mail, cancellationToken);
                        if (mail.ConversationId is { } conversationId && mail.Department is { } department)
                        {
                            events.Publish(new Conversations.ConversationChanged(conversationId, department));
                        }
                    }
                }

                return result.Result;
            }
            catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || dialect.IsUniqueViolation(e))
            {
                // Someone moved it between the read and the write: tell who, and what the order is now.
                return new TransitionResult(null, 0, await ChangedMeanwhileAsync(orderId, to, actor, cancellationToken));
            }
            catch (DbUpdateException e) when (attempt < Attempts && e.InnerException is DbException inner && dialect.IsTransient(inner))
            {
            }
            catch (DbException e) when (attempt < Attempts && dialect.IsTransient(e))
            {
            }
        }
    }

    private sealed record Attempt(TransitionResult Result, string? Number = null, OrderState? From = null, PreparedDeliveryMail? Mail = null)
    {
        public bool Succeeded => Result.Succeeded;
    }

    private async Task<Attempt> TryTransitionAsync(long orderId, OrderState to, OrderActor actor, int? expectedVersion, string? reason,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        // Lock the order's row first (a no-op write: PostgreSQL's row lock, SQLite's writer lock is held already), so a second
        // mover waits here and then reads the first one's result, instead of both working from the same version.
        await context.Orders.Where(o => o.Id == orderId).ExecuteUpdateAsync(set => set.SetProperty(o => o.Version, o => o.Version), cancellationToken);
        var order = await context.Orders.Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null)
        {
            return new Attempt(new TransitionResult(null, 0, null, NotFound: true));
        }

        var from = OrderStates.FromCode(order.State);
        if (expectedVersion is { } expected && expected != order.Version)
        {
            return new Attempt(new TransitionResult(from, order.Version, await ChangedMeanwhileAsync(context, order, to, actor, cancellationToken)));
        }

        var facts = await FactsAsync(context, order, cancellationToken);
        var decision = await OrderLifecycle.DecideAsync(from, to, actor, facts);
        if (decision.Refusal is { } refusal)
        {
            return new Attempt(new TransitionResult(from, order.Version, refusal));
        }

        await ApplyEffectsAsync(context, order, from, to, actor.Name, now, cancellationToken);
        order.State = to.Code();
        order.UpdatedAt = now;
        order.Version++;
        var step = new OrderTransition { FromState = from.Code(), ToState = to.Code(), At = now, By = actor.Name, Reason = reason };
        order.Transitions.Add(step);
        audit.Add(context, actor.Name, "order.transition", AuditTarget(order.Number), $"{from.Code()} -> {to.Code()}" + (reason is null ? "" : "; " + reason));
        // The customer's mail commits with the step, or neither does (a transactional outbox row, see DeliveryMail).
        var mail = to == OrderState.Delivered && deliveryMail is not null
            ? await deliveryMail.PrepareAsync(context, order, step, actor.Name, now, cancellationToken)
            : null;
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Attempt(new TransitionResult(to, order.Version, null), order.Number, from, mail);
    }

    /// <summary>The states this actor may move the order to now (the board's allowed drop zones); empty for an unknown order.</summary>
    public async Task<IReadOnlyList<OrderState>> AllowedAsync(long orderId, OrderActor actor, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var order = await context.Orders.AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        return order is null ? [] : await OrderLifecycle.AllowedAsync(OrderStates.FromCode(order.State), actor, await FactsAsync(context, order, cancellationToken));
    }

    private async Task<OrderFacts> FactsAsync(HappyButtonsDbContext context, Order order, CancellationToken cancellationToken)
    {
        var customer = await context.Customers.AsNoTracking().Where(c => c.Number == order.CustomerNumber)
            .Select(c => new { c.Address }).SingleOrDefaultAsync(cancellationToken);
        var skus = order.Lines.Select(l => l.Sku).Distinct().ToList();
        var products = await context.Products.AsNoTracking().Where(p => skus.Contains(p.Sku)).ToDictionaryAsync(p => p.Sku, cancellationToken);
        var problems = new List<OrderProblem>();
        if (order.Lines.Count == 0)
        {
            problems.Add(new OrderProblem(RefusalReason.NoLines));
        }

        foreach (var line in order.Lines.OrderBy(l => l.Position))
        {
            if (!products.TryGetValue(line.Sku, out var product))
            {
                problems.Add(new OrderProblem(RefusalReason.UnknownProduct, line.Sku));
            }
            else if (!product.Active)
            {
                problems.Add(new OrderProblem(RefusalReason.InactiveProduct, line.Sku));
            }
            else if (line.Quantity < product.MinimumOrderQuantity)
            {
                problems.Add(new OrderProblem(RefusalReason.BelowMinimum, line.Sku, product.MinimumOrderQuantity.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return new OrderFacts(order.CustomerNumber, customer is not null, problems, order.DeliveredAt is not null,
            documents.Company.MissingForInvoice(), customer?.Address is { IsComplete: true });
    }

    private async Task ApplyEffectsAsync(HappyButtonsDbContext context, Order order, OrderState from, OrderState to, string actor, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var quantities = order.Lines.Where(l => l.ProductId is not null).GroupBy(l => l.ProductId!.Value).Select(g => (Id: g.Key, Quantity: g.Sum(l => l.Quantity))).ToList();
        switch (to)
        {
            case OrderState.Confirmed:
                // Lines are re-linked to the catalog: a product added after the order was taken now counts.
                await LinkProductsAsync(context, order, cancellationToken);
                quantities = order.Lines.GroupBy(l => l.ProductId!.Value).Select(g => (Id: g.Key, Quantity: g.Sum(l => l.Quantity))).ToList();
                foreach (var (id, quantity) in quantities)
                {
                    await context.Products.Where(p => p.Id == id)
                        .ExecuteUpdateAsync(set => set.SetProperty(p => p.StockReserved, p => p.StockReserved + quantity), cancellationToken);
                }

                order.ConfirmedDeliveryDate ??= order.RequestedDeliveryDate;
                await documents.IssueAsync(context, order, Documents.DocumentKind.Confirmation, actor, now, cancellationToken);
                break;
            case OrderState.Cancelled when OrderLifecycle.HoldsReservation(from):
                foreach (var (id, quantity) in quantities)
                {
                    await context.Products.Where(p => p.Id == id)
                        .ExecuteUpdateAsync(set => set.SetProperty(p => p.StockReserved, p => p.StockReserved - quantity), cancellationToken);
                }

                break;
            case OrderState.Shipped:
                foreach (var (id, quantity) in quantities)
                {
                    await context.Products.Where(p => p.Id == id).ExecuteUpdateAsync(set => set
                        .SetProperty(p => p.StockReserved, p => p.StockReserved - quantity)
                        .SetProperty(p => p.StockOnHand, p => p.StockOnHand - quantity), cancellationToken);
                }

                await documents.IssueAsync(context, order, Documents.DocumentKind.DeliveryNote, actor, now, cancellationToken);
                break;
            case OrderState.Delivered:
                order.DeliveredAt = now;
                break;
            case OrderState.Invoiced:
                await documents.IssueAsync(context, order, Documents.DocumentKind.Invoice, actor, now, cancellationToken);
                break;
        }
    }

    private static async Task LinkProductsAsync(HappyButtonsDbContext context, Order order, CancellationToken cancellationToken)
    {
        var skus = order.Lines.Select(l => l.Sku).Distinct().ToList();
        var ids = await context.Products.AsNoTracking().Where(p => skus.Contains(p.Sku)).ToDictionaryAsync(p => p.Sku, p => p.Id, cancellationToken);
        foreach (var line in order.Lines)
        {
            line.ProductId = ids[line.Sku];
        }
    }

    internal static async Task<List<OrderLine>> PriceLinesAsync(HappyButtonsDbContext context, string customer, IReadOnlyList<NewOrderLine> lines, DateOnly today,
        CancellationToken cancellationToken)
    {
        var skus = lines.Select(l => l.Sku.Trim().ToUpperInvariant()).Distinct().ToList();
        var products = await context.Products.AsNoTracking().Where(p => skus.Contains(p.Sku)).ToDictionaryAsync(p => p.Sku, cancellationToken);
        var productIds = products.Values.Select(p => p.Id).ToList();
        var prices = await context.CustomerPrices.AsNoTracking().Where(p => p.CustomerNumber == customer && productIds.Contains(p.ProductId)).ToListAsync(cancellationToken);
        var result = new List<OrderLine>();
        foreach (var (line, index) in lines.Select((l, i) => (l, i)))
        {
            var sku = line.Sku.Trim().ToUpperInvariant();
            if (!products.TryGetValue(sku, out var product))
            {
                // Kept as typed (flagged by the confirmation's guard), never silently dropped.
                result.Add(new OrderLine { Position = index + 1, Sku = sku, Description = "?", Quantity = line.Quantity, VatRate = 19m });
                continue;
            }

            // The customer's price for this quantity and day, else the list price.
            var unitPrice = prices.Where(p => p.ProductId == product.Id && p.MinimumQuantity <= line.Quantity
                                              && (p.ValidFrom is null || p.ValidFrom <= today) && (p.ValidUntil is null || p.ValidUntil >= today))
                .OrderByDescending(p => p.MinimumQuantity).Select(p => (decimal?)p.UnitPrice).FirstOrDefault() ?? product.ListPrice;
            result.Add(new OrderLine
            {
                Position = index + 1, ProductId = product.Id, Sku = product.Sku, Description = product.Name, Quantity = line.Quantity, Unit = product.Unit,
                UnitPrice = unitPrice, VatRate = product.VatRate, LineTotal = Documents.DocumentTotals.Cents(unitPrice * line.Quantity),
            });
        }

        return result;
    }

    private static async Task<string> CurrencyAsync(HappyButtonsDbContext context, List<OrderLine> lines, CancellationToken cancellationToken)
    {
        var ids = lines.Where(l => l.ProductId is not null).Select(l => l.ProductId!.Value).ToList();
        return await context.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => p.Currency).FirstOrDefaultAsync(cancellationToken) ?? "EUR";
    }

    private async Task<OrderRefusal> ChangedMeanwhileAsync(long orderId, OrderState to, OrderActor actor, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var order = await context.Orders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == orderId, cancellationToken);
        return await ChangedMeanwhileAsync(context, order, to, actor, cancellationToken);
    }

    private async Task<OrderRefusal> ChangedMeanwhileAsync(HappyButtonsDbContext context, Order order, OrderState to, OrderActor actor, CancellationToken cancellationToken)
    {
        var by = await context.OrderTransitions.AsNoTracking().Where(t => t.OrderId == order.Id).OrderByDescending(t => t.Id)
            .Select(t => t.By).FirstOrDefaultAsync(cancellationToken) ?? order.CreatedBy;
        var state = OrderStates.FromCode(order.State);
        var allowed = await OrderLifecycle.AllowedAsync(state, actor, await FactsAsync(context, order, cancellationToken));
        return new OrderRefusal(state, to, [new OrderProblem(RefusalReason.ChangedMeanwhile, by, order.State)], allowed);
    }
}
