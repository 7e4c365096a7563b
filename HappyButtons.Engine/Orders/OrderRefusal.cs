namespace HappyButtons.Engine.Orders;

/// <summary>Why a step of the lifecycle is refused; the UI words each kind in the reader's language (<see cref="OrderRefusal.Message"/>).</summary>
public enum RefusalReason
{
    /// <summary>The lifecycle has no step from the current state to the wanted one.</summary>
    NoSuchStep,

    /// <summary>The step exists but needs a role the actor lacks (<see cref="OrderProblem.Argument"/>: the role).</summary>
    RoleMissing,

    /// <summary>The order's customer is not in the customer directory.</summary>
    CustomerUnknown,

    /// <summary>The order has no lines.</summary>
    NoLines,

    /// <summary>A line's SKU is no product of the catalog (argument: the SKU).</summary>
    UnknownProduct,

    /// <summary>A line's product is no longer sold (argument: the SKU).</summary>
    InactiveProduct,

    /// <summary>A line's quantity is below the product's minimum (arguments: SKU, minimum).</summary>
    BelowMinimum,

    /// <summary>An invoice needs the delivery first.</summary>
    NotDelivered,

    /// <summary>A company field an invoice must carry is missing in the configuration (argument: the key).</summary>
    CompanyFieldMissing,

    /// <summary>An invoice needs the customer's postal address, which is not recorded (argument: customer number).</summary>
    CustomerAddressMissing,

    /// <summary>Someone else moved or changed the order after it was shown (arguments: who, their state).</summary>
    ChangedMeanwhile,
}

/// <summary>One reason of a refusal, with what it is about (a SKU, a role, a configuration key).</summary>
public sealed record OrderProblem(RefusalReason Reason, params string[] Arguments)
{
    public string? Argument => Arguments.Length > 0 ? Arguments[0] : null;
}

/// <summary>
/// A refused step: the state the order is in, where it was to go, the reasons, and the states this actor may move it to
/// instead (the API's <c>allowed</c> list).
/// </summary>
public sealed record OrderRefusal(OrderState Current, OrderState Wanted, IReadOnlyList<OrderProblem> Problems, IReadOnlyList<OrderState> Allowed)
{
    public bool IsConflict => Problems.Any(p => p.Reason == RefusalReason.ChangedMeanwhile);

    /// <summary>The refusal as a person reads it, in German (<c>de</c>) or English (<c>en</c>).</summary>
    public string Message(string language, Func<OrderState, string>? stateName = null)
    {
        var english = language == "en";
        stateName ??= s => OrderStateNames.Name(s, language);
        var head = english
            ? $"The order cannot go from \"{stateName(Current)}\" to \"{stateName(Wanted)}\""
            : $"Der Auftrag kann nicht von „{stateName(Current)}“ nach „{stateName(Wanted)}“";
        var reasons = string.Join(english ? "; " : "; ", Problems.Select(p => Reason(p, english, stateName)));
        var tail = english ? ": " : " wechseln: ";
        return head + tail + reasons + ".";
    }

    private static string Reason(OrderProblem problem, bool english, Func<OrderState, string> stateName)
    {
        var a = problem.Arguments;
        string Arg(int i) => i < a.Length ? a[i] : "";
        return (problem.Reason, english) switch
        {
            (RefusalReason.NoSuchStep, true) => "the lifecycle has no such step",
            (RefusalReason.NoSuchStep, false) => "diesen Schritt sieht der Ablauf nicht vor",
            (RefusalReason.RoleMissing, true) => $"only {RoleName(Arg(0), true)} may do this",
            (RefusalReason.RoleMissing, false) => $"das darf nur {RoleName(Arg(0), false)}",
            (RefusalReason.CustomerUnknown, true) => $"customer {Arg(0)} is unknown",
            (RefusalReason.CustomerUnknown, false) => $"Kunde {Arg(0)} ist unbekannt",
            (RefusalReason.NoLines, true) => "the order has no lines",
            (RefusalReason.NoLines, false) => "der Auftrag hat keine Positionen",
            (RefusalReason.UnknownProduct, true) => $"{Arg(0)} is no product of the catalog",
            (RefusalReason.UnknownProduct, false) => $"{Arg(0)} ist kein Artikel des Katalogs",
            (RefusalReason.InactiveProduct, true) => $"{Arg(0)} is no longer sold",
            (RefusalReason.InactiveProduct, false) => $"{Arg(0)} wird nicht mehr verkauft",
            (RefusalReason.BelowMinimum, true) => $"{Arg(0)} is ordered below its minimum quantity of {Arg(1)}",
            (RefusalReason.BelowMinimum, false) => $"{Arg(0)} liegt unter der Mindestmenge von {Arg(1)}",
            (RefusalReason.NotDelivered, true) => "the order has not been delivered yet",
            (RefusalReason.NotDelivered, false) => "der Auftrag ist noch nicht zugestellt",
            (RefusalReason.CompanyFieldMissing, true) => $"the company data lacks {Arg(0)} (HappyButtons:Company:{Arg(0)})",
            (RefusalReason.CompanyFieldMissing, false) => $"in den Firmendaten fehlt {Arg(0)} (HappyButtons:Company:{Arg(0)})",
            (RefusalReason.CustomerAddressMissing, true) => $"customer {Arg(0)} has no postal address for the invoice",
            (RefusalReason.CustomerAddressMissing, false) => $"für Kunde {Arg(0)} fehlt die Postanschrift der Rechnung",
            (RefusalReason.ChangedMeanwhile, true) => $"{Arg(0)} changed it in the meantime, it is now \"{stateName(OrderStates.FromCode(Arg(1)))}\"; please reload",
            (RefusalReason.ChangedMeanwhile, false) => $"{Arg(0)} hat ihn inzwischen geändert, er steht jetzt auf „{stateName(OrderStates.FromCode(Arg(1)))}“; bitte neu laden",
            _ => problem.Reason.ToString(),
        };
    }

    private static string RoleName(string role, bool english) => (role, english) switch
    {
        (OrderRoles.Sales, true) => "sales",
        (OrderRoles.Sales, false) => "der Vertrieb",
        (OrderRoles.Production, true) => "production",
        (OrderRoles.Production, false) => "die Produktion",
        (OrderRoles.Warehouse, true) => "the warehouse",
        (OrderRoles.Warehouse, false) => "das Lager",
        (OrderRoles.Finance, true) => "finance",
        (OrderRoles.Finance, false) => "die Buchhaltung",
        _ => role,
    };

    public override string ToString() => Message("en", s => s.Code()) + " Allowed: " + string.Join(", ", Allowed.Select(s => s.Code()));
}

/// <summary>The states in words.</summary>
public static class OrderStateNames
{
    public static string Name(OrderState state, string language) => language == "en" ? English(state) : German(state);

    public static string English(OrderState state) => state switch
    {
        OrderState.Created => "Created",
        OrderState.Confirmed => "Confirmed",
        OrderState.Planned => "Planned",
        OrderState.InProduction => "In production",
        OrderState.Produced => "Produced",
        OrderState.Packed => "Packed",
        OrderState.Shipped => "Shipped",
        OrderState.Delivered => "Delivered",
        OrderState.Invoiced => "Invoiced",
        OrderState.Closed => "Closed",
        _ => "Cancelled",
    };

    public static string German(OrderState state) => state switch
    {
        OrderState.Created => "Erfasst",
        OrderState.Confirmed => "Bestätigt",
        OrderState.Planned => "Eingeplant",
        OrderState.InProduction => "In Produktion",
        OrderState.Produced => "Produziert",
        OrderState.Packed => "Verpackt",
        OrderState.Shipped => "Versandt",
        OrderState.Delivered => "Zugestellt",
        OrderState.Invoiced => "Berechnet",
        OrderState.Closed => "Abgeschlossen",
        _ => "Storniert",
    };
}
