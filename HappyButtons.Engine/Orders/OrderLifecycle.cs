using Stateless;

namespace HappyButtons.Engine.Orders;

/// <summary>One step of the lifecycle and the role that may take it.</summary>
public sealed record LifecycleStep(OrderState From, OrderState To, string Role);

/// <summary>
/// What the guards of the lifecycle look at, read from the database before a step: whether the customer is known, what
/// is wrong with the lines, whether the goods were delivered, which company fields an invoice would lack.
/// </summary>
public sealed record OrderFacts(string CustomerNumber, bool CustomerKnown, IReadOnlyList<OrderProblem> LineProblems, bool Delivered,
    IReadOnlyList<string> MissingCompanyFields, bool CustomerAddressKnown = true)
{
    /// <summary>Facts under which every guard passes (for asking only about roles and states).</summary>
    public static OrderFacts AllMet(string customerNumber = "") => new(customerNumber, true, [], true, []);
}

/// <summary>The answer of the lifecycle to "may this actor move the order to that state": null refusal when yes.</summary>
public sealed record LifecycleDecision(OrderRefusal? Refusal, IReadOnlyList<OrderState> Allowed)
{
    public bool Permitted => Refusal is null;
}

/// <summary>
/// The order lifecycle, on <c>Stateless</c>: created → confirmed → planned → in_production → produced → packed → shipped →
/// delivered → invoiced → closed, and cancelled from the states before production. Each step is guarded by the role
/// that takes it; confirming also by a known customer and valid lines, invoicing by the delivery and complete company
/// data. The machine is built per decision around the order's state (the database holds the state, not the machine).
/// </summary>
public static class OrderLifecycle
{
    public static IReadOnlyList<LifecycleStep> Steps { get; } =
    [
        new(OrderState.Created, OrderState.Confirmed, OrderRoles.Sales),
        new(OrderState.Confirmed, OrderState.Planned, OrderRoles.Production),
        new(OrderState.Planned, OrderState.InProduction, OrderRoles.Production),
        new(OrderState.InProduction, OrderState.Produced, OrderRoles.Production),
        new(OrderState.Produced, OrderState.Packed, OrderRoles.Warehouse),
        new(OrderState.Packed, OrderState.Shipped, OrderRoles.Warehouse),
        new(OrderState.Shipped, OrderState.Delivered, OrderRoles.Warehouse),
        new(OrderState.Delivered, OrderState.Invoiced, OrderRoles.Finance),
        new(OrderState.Invoiced, OrderState.Closed, OrderRoles.Finance),
        new(OrderState.Created, OrderState.Cancelled, OrderRoles.Sales),
        new(OrderState.Confirmed, OrderState.Cancelled, OrderRoles.Sales),
        new(OrderState.Planned, OrderState.Cancelled, OrderRoles.Sales),
    ];

    /// <summary>States whose stock is reserved for the order (confirmed until shipped, when it leaves the stock).</summary>
    public static bool HoldsReservation(OrderState state) => state is OrderState.Confirmed or OrderState.Planned or OrderState.InProduction
        or OrderState.Produced or OrderState.Packed;

    public static async Task<LifecycleDecision> DecideAsync(OrderState current, OrderState wanted, OrderActor actor, OrderFacts facts)
    {
        var machine = Build(current, actor, facts);
        var allowed = (await machine.GetPermittedTriggersAsync()).OrderBy(s => s).ToList();
        if (machine.CanFire(wanted, out var unmet))
        {
            return new LifecycleDecision(null, allowed);
        }

        var step = Steps.FirstOrDefault(s => s.From == current && s.To == wanted);
        var problems = step is null ? [new OrderProblem(RefusalReason.NoSuchStep)] : unmet.Select(Problem(facts)).SelectMany(p => p).ToList();
        return new LifecycleDecision(new OrderRefusal(current, wanted, problems, allowed), allowed);
    }

    /// <summary>The states this actor may move an order in <paramref name="current"/> to, when its facts are <paramref name="facts"/>.</summary>
    public static async Task<IReadOnlyList<OrderState>> AllowedAsync(OrderState current, OrderActor actor, OrderFacts facts) =>
        (await Build(current, actor, facts).GetPermittedTriggersAsync()).OrderBy(s => s).ToList();

    private static StateMachine<OrderState, OrderState> Build(OrderState current, OrderActor actor, OrderFacts facts)
    {
        // The trigger of each step is the state it leads to: a move on the board or a "to" in the API names it.
        var machine = new StateMachine<OrderState, OrderState>(current);
        foreach (var step in Steps)
        {
            var guards = new List<Tuple<Func<bool>, string>> { Tuple.Create<Func<bool>, string>(() => actor.May(step.Role), "role:" + step.Role) };
            if (step.To == OrderState.Confirmed)
            {
                guards.Add(Tuple.Create<Func<bool>, string>(() => facts.CustomerKnown, "customer"));
                guards.Add(Tuple.Create<Func<bool>, string>(() => facts.LineProblems.Count == 0, "lines"));
            }

            if (step.To == OrderState.Invoiced)
            {
                guards.Add(Tuple.Create<Func<bool>, string>(() => facts.Delivered, "delivered"));
                guards.Add(Tuple.Create<Func<bool>, string>(() => facts.MissingCompanyFields.Count == 0, "company"));
                guards.Add(Tuple.Create<Func<bool>, string>(() => facts.CustomerAddressKnown, "buyer_address"));
            }

            machine.Configure(step.From).PermitIf(step.To, step.To, guards.ToArray());
        }

        return machine;
    }

    private static Func<string, IEnumerable<OrderProblem>> Problem(OrderFacts facts) => guard => guard switch
    {
        "customer" => [new OrderProblem(RefusalReason.CustomerUnknown, facts.CustomerNumber)],
        "lines" => facts.LineProblems,
        "delivered" => [new OrderProblem(RefusalReason.NotDelivered)],
        "company" => facts.MissingCompanyFields.Select(f => new OrderProblem(RefusalReason.CompanyFieldMissing, f)),
        "buyer_address" => [new OrderProblem(RefusalReason.CustomerAddressMissing, facts.CustomerNumber)],
        _ when guard.StartsWith("role:", StringComparison.Ordinal) => [new OrderProblem(RefusalReason.RoleMissing, guard["role:".Length..])],
        _ => [],
    };
}
