using System.Data.Common;
using System.Globalization;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Orders;

/// <summary>Why a line edit was refused.</summary>
public enum LineEditRefusalKind
{
    /// <summary>Only sales and administrators change an order's lines.</summary>
    Role,

    /// <summary>The order is past the states that allow it (production has started); <see cref="LineEditRefusal.State"/> says where it is.</summary>
    State,

    /// <summary>Someone changed the order after it was shown (<see cref="LineEditRefusal.ChangedBy"/>).</summary>
    Conflict,

    /// <summary>The new lines break a rule (<see cref="LineEditRefusal.Problems"/>).</summary>
    Invalid,
}

public enum LineEditProblemKind { NoLines, NoSku, QuantityTooSmall, DuplicateSku, UnknownProduct, InactiveProduct, BelowMinimum }

/// <summary>One problem of the new lines: what and which SKU (and the minimum for <see cref="LineEditProblemKind.BelowMinimum"/>).</summary>
public sealed record LineEditProblem(LineEditProblemKind Kind, string? Sku = null, long? Minimum = null);

/// <summary>A refused edit, worded in German or English by <see cref="Message"/>.</summary>
public sealed record LineEditRefusal(LineEditRefusalKind Kind, OrderState? State = null, string? ChangedBy = null, IReadOnlyList<LineEditProblem>? Problems = null)
{
    public string Message(string language)
    {
        var en = language == "en";
        return Kind switch
        {
            LineEditRefusalKind.Role => en ? "Only sales and administrators change an order's lines." : "Positionen ändern nur der Vertrieb und Administratoren.",
            LineEditRefusalKind.State => en
                ? $"The lines can no longer be changed: the order is \"{OrderStateNames.Name(State!.Value, "en")}\" (only before production: created, confirmed, planned)."
                : $"Die Positionen lassen sich nicht mehr ändern: der Auftrag steht auf „{OrderStateNames.Name(State!.Value, "de")}“ (nur vor der Produktion: erfasst, bestätigt, eingeplant).",
            LineEditRefusalKind.Conflict => en
                ? $"{ChangedBy} changed the order in the meantime (it is now \"{OrderStateNames.Name(State!.Value, "en")}\"); please reload and make your change again."
                : $"{ChangedBy} hat den Auftrag inzwischen geändert (er steht jetzt auf „{OrderStateNames.Name(State!.Value, "de")}“); bitte neu laden und die Änderung erneut vornehmen.",
            _ => (en ? "The lines were not saved: " : "Die Positionen wurden nicht gespeichert: ")
                 + string.Join("; ", (Problems ?? []).Select(p => Problem(p, en))) + ".",
        };
    }

    private static string Problem(LineEditProblem p, bool en) => (p.Kind, en) switch
    {
        (LineEditProblemKind.NoLines, true) => "an order needs at least one line",
        (LineEditProblemKind.NoLines, false) => "ein Auftrag braucht mindestens eine Position",
        (LineEditProblemKind.NoSku, true) => "a line has no item number",
        (LineEditProblemKind.NoSku, false) => "eine Position hat keine Artikelnummer",
        (LineEditProblemKind.QuantityTooSmall, true) => $"the quantity of {p.Sku} must be at least 1",
        (LineEditProblemKind.QuantityTooSmall, false) => $"die Menge von {p.Sku} muss mindestens 1 sein",
        (LineEditProblemKind.DuplicateSku, true) => $"{p.Sku} appears twice (one line per item)",
        (LineEditProblemKind.DuplicateSku, false) => $"{p.Sku} steht doppelt da (eine Position je Artikel)",
        (LineEditProblemKind.UnknownProduct, true) => $"{p.Sku} is no product of the catalog",
        (LineEditProblemKind.UnknownProduct, false) => $"{p.Sku} ist kein Artikel des Katalogs",
        (LineEditProblemKind.InactiveProduct, true) => $"{p.Sku} is no longer sold",
        (LineEditProblemKind.InactiveProduct, false) => $"{p.Sku} wird nicht mehr verkauft",
        (LineEditProblemKind.BelowMinimum, true) => $"{p.Sku} is below its minimum quantity of {p.Minimum}",
        (_, _) => $"{p.Sku} liegt unter der Mindestmenge von {p.Minimum}",
    };
}

/// <summary>The edit saved (the order's new version and what changed; no change: the same version, <see cref="Change"/> null) or refused.</summary>
public sealed record LineEditResult(int Version, string? Change, LineEditRefusal? Refusal, bool NotFound = false)
{
    public bool Succeeded => Refusal is null && !NotFound;
}

/// <summary>
/// Changes an order's lines before production (created, confirmed, planned): quantities, lines added and removed. Changed
/// and new lines are priced again from the customer's price list on the day of the edit; unchanged lines keep their price.
/// A confirmed or planned order keeps its reservation in step (reserved stock moves by the difference) and must stay as
/// valid as its confirmation demanded (known, active products at their minimum). Versions as in the lifecycle: the row is
/// locked first, and an edit made on an older version is refused naming who changed it. Each edit is a history row and an
/// audit entry (<c>order.lines</c>).
/// </summary>
public sealed class OrderLineEditor(
    IDbContextFactory<HappyButtonsDbContext> contexts, DatabaseWriteGate writeGate, ISqlDialect dialect, AuditLog audit, EventHub events, TimeProvider clock)
{
    private const int Attempts = 4;

    /// <summary>The states whose lines may change: production has not started yet.</summary>
    public static bool Allows(OrderState state) => state is OrderState.Created or OrderState.Confirmed or OrderState.Planned;

    /// <summary>Replaces the order's lines by <paramref name="lines"/> (one per SKU, in this order).</summary>
    public async Task<LineEditResult> EditAsync(long orderId, IReadOnlyList<NewOrderLine> lines, OrderActor actor, int? expectedVersion = null,
        CancellationToken cancellationToken = default)
    {
        if (!actor.May(OrderRoles.Sales))
        {
            return new LineEditResult(0, null, new LineEditRefusal(LineEditRefusalKind.Role));
        }

        var wanted = lines.Select(l => new NewOrderLine(l.Sku?.Trim().ToUpperInvariant() ?? "", l.Quantity)).ToList();
        if (Shape(wanted) is { Count: > 0 } problems)
        {
            return new LineEditResult(0, null, new LineEditRefusal(LineEditRefusalKind.Invalid, Problems: problems));
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (result, number, state) = await TryEditAsync(orderId, wanted, actor, expectedVersion, cancellationToken);
                if (result.Succeeded && result.Change is not null)
                {
                    events.Publish(new OrderChanged(orderId, number!, state!, state, actor.Name));
                }

                return result;
            }
            catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || dialect.IsUniqueViolation(e))
            {
                await using var context = await contexts.CreateDbContextAsync(cancellationToken);
                var order = await context.Orders.AsNoTracking().SingleAsync(o => o.Id == orderId, cancellationToken);
                return new LineEditResult(order.Version, null, await ConflictAsync(context, order, cancellationToken));
            }
            catch (DbUpdateException e) when (attempt < Attempts && e.InnerException is DbException inner && dialect.IsTransient(inner))
            {
            }
            catch (DbException e) when (attempt < Attempts && dialect.IsTransient(e))
            {
            }
        }
    }

    private static List<LineEditProblem> Shape(List<NewOrderLine> lines)
    {
        var problems = new List<LineEditProblem>();
        if (lines.Count == 0)
        {
            problems.Add(new LineEditProblem(LineEditProblemKind.NoLines));
        }

        problems.AddRange(lines.Where(l => l.Sku.Length == 0).Take(1).Select(_ => new LineEditProblem(LineEditProblemKind.NoSku)));
        problems.AddRange(lines.Where(l => l.Sku.Length > 0 && l.Quantity < 1).Select(l => new LineEditProblem(LineEditProblemKind.QuantityTooSmall, l.Sku)));
        problems.AddRange(lines.Where(l => l.Sku.Length > 0).GroupBy(l => l.Sku).Where(g => g.Count() > 1)
            .Select(g => new LineEditProblem(LineEditProblemKind.DuplicateSku, g.Key)));
        return problems;
    }

    private async Task<(LineEditResult Result, string? Number, string? State)> TryEditAsync(long orderId, List<NewOrderLine> wanted, OrderActor actor,
        int? expectedVersion, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        // Lock the order's row first, as a lifecycle step does: a second editor waits here and then sees the first one's version.
        await context.Orders.Where(o => o.Id == orderId).ExecuteUpdateAsync(set => set.SetProperty(o => o.Version, o => o.Version), cancellationToken);
        var order = await context.Orders.SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null)
        {
            return (new LineEditResult(0, null, null, NotFound: true), null, null);
        }

        var state = OrderStates.FromCode(order.State);
        if (expectedVersion is { } expected && expected != order.Version)
        {
            return (new LineEditResult(order.Version, null, await ConflictAsync(context, order, cancellationToken)), null, null);
        }

        if (!Allows(state))
        {
            return (new LineEditResult(order.Version, null, new LineEditRefusal(LineEditRefusalKind.State, state)), null, null);
        }

        var old = await context.OrderLines.AsNoTracking().Where(l => l.OrderId == orderId).OrderBy(l => l.Position).ToListAsync(cancellationToken);
        var skus = wanted.Select(l => l.Sku).ToList();
        var products = await context.Products.AsNoTracking().Where(p => skus.Contains(p.Sku)).ToDictionaryAsync(p => p.Sku, cancellationToken);
        if (Validate(wanted, products, state) is { Count: > 0 } problems)
        {
            return (new LineEditResult(order.Version, null, new LineEditRefusal(LineEditRefusalKind.Invalid, Problems: problems)), null, null);
        }

        var change = Describe(old, wanted);
        if (change is null)
        {
            return (new LineEditResult(order.Version, null, null), order.Number, order.State);
        }

        var kept = old.GroupBy(l => l.Sku).ToDictionary(g => g.Key, g => g.First());
        var repriced = await OrderService.PriceLinesAsync(context, order.CustomerNumber,
            wanted.Where(l => !(kept.TryGetValue(l.Sku, out var k) && k.Quantity == l.Quantity)).ToList(), OrderNumbers.BerlinDate(now), cancellationToken);
        var fresh = repriced.ToDictionary(l => l.Sku);
        var next = wanted.Select((l, i) =>
        {
            var source = fresh.TryGetValue(l.Sku, out var priced) ? priced : kept[l.Sku];
            return new OrderLine
            {
                OrderId = orderId, Position = i + 1, ProductId = source.ProductId ?? products.GetValueOrDefault(l.Sku)?.Id, Sku = source.Sku,
                Description = source.Description, Quantity = l.Quantity, Unit = source.Unit, UnitPrice = source.UnitPrice, VatRate = source.VatRate,
                LineTotal = source.LineTotal,
            };
        }).ToList();

        if (OrderLifecycle.HoldsReservation(state))
        {
            await AdjustReservationsAsync(context, old, next, cancellationToken);
        }

        await context.OrderLines.Where(l => l.OrderId == orderId).ExecuteDeleteAsync(cancellationToken);
        context.OrderLines.AddRange(next);
        order.UpdatedAt = now;
        order.Version++;
        context.OrderTransitions.Add(new OrderTransition { OrderId = orderId, FromState = order.State, ToState = order.State, At = now, By = actor.Name, Change = change });
        audit.Add(context, actor.Name, "order.lines", OrderService.AuditTarget(order.Number), change);
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (new LineEditResult(order.Version, change, null), order.Number, order.State);
    }

    /// <summary>
    /// A created order may hold what creation allows (an unknown SKU is kept and blocks the confirmation); a confirmed or
    /// planned one must stay as valid as its confirmation demanded.
    /// </summary>
    private static List<LineEditProblem> Validate(List<NewOrderLine> wanted, Dictionary<string, Product> products, OrderState state)
    {
        var problems = new List<LineEditProblem>();
        if (state == OrderState.Created)
        {
            return problems;
        }

        foreach (var line in wanted)
        {
            if (!products.TryGetValue(line.Sku, out var product))
            {
                problems.Add(new LineEditProblem(LineEditProblemKind.UnknownProduct, line.Sku));
            }
            else if (!product.Active)
            {
                problems.Add(new LineEditProblem(LineEditProblemKind.InactiveProduct, line.Sku));
            }
            else if (line.Quantity < product.MinimumOrderQuantity)
            {
                problems.Add(new LineEditProblem(LineEditProblemKind.BelowMinimum, line.Sku, product.MinimumOrderQuantity));
            }
        }

        return problems;
    }

    /// <summary>What changed, as the history shows it: <c>HB-1: 500 → 1.000; + HB-2 × 200; − HB-3 × 300</c>; null when nothing did (a mere reordering is none).</summary>
    internal static string? Describe(IReadOnlyList<OrderLine> old, IReadOnlyList<NewOrderLine> wanted)
    {
        static string N(long n) => n.ToString("#,##0", CultureInfo.GetCultureInfo("de-DE"));
        var before = old.GroupBy(l => l.Sku).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        var parts = new List<string>();
        foreach (var line in wanted)
        {
            if (!before.TryGetValue(line.Sku, out var was))
            {
                parts.Add($"+ {line.Sku} × {N(line.Quantity)}");
            }
            else if (was != line.Quantity)
            {
                parts.Add($"{line.Sku}: {N(was)} → {N(line.Quantity)}");
            }
        }

        parts.AddRange(before.Where(b => wanted.All(w => w.Sku != b.Key)).Select(b => $"− {b.Key} × {N(b.Value)}"));
        return parts.Count > 0 ? string.Join("; ", parts) : null;
    }

    private static async Task AdjustReservationsAsync(HappyButtonsDbContext context, List<OrderLine> old, List<OrderLine> next, CancellationToken cancellationToken)
    {
        var delta = new Dictionary<long, long>();
        foreach (var line in old.Where(l => l.ProductId is not null))
        {
            delta[line.ProductId!.Value] = delta.GetValueOrDefault(line.ProductId.Value) - line.Quantity;
        }

        foreach (var line in next.Where(l => l.ProductId is not null))
        {
            delta[line.ProductId!.Value] = delta.GetValueOrDefault(line.ProductId.Value) + line.Quantity;
        }

        foreach (var (id, quantity) in delta.Where(d => d.Value != 0))
        {
            await context.Products.Where(p => p.Id == id)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.StockReserved, p => p.StockReserved + quantity), cancellationToken);
        }
    }

    private static async Task<LineEditRefusal> ConflictAsync(HappyButtonsDbContext context, Order order, CancellationToken cancellationToken)
    {
        var by = await context.OrderTransitions.AsNoTracking().Where(t => t.OrderId == order.Id).OrderByDescending(t => t.Id)
            .Select(t => t.By).FirstOrDefaultAsync(cancellationToken) ?? order.CreatedBy;
        return new LineEditRefusal(LineEditRefusalKind.Conflict, OrderStates.FromCode(order.State), by);
    }
}
