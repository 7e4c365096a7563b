namespace HappyButtons.Engine.Orders;

/// <summary>Where an order is in its lifecycle; the API and the database use the snake_case codes (<see cref="OrderStates"/>).</summary>
public enum OrderState
{
    Created, Confirmed, Planned, InProduction, Produced, Packed, Shipped, Delivered, Invoiced, Closed, Cancelled,
}

public static class OrderStates
{
    /// <summary>The states in the order of the board's columns: the way through, then cancelled.</summary>
    public static IReadOnlyList<OrderState> All { get; } = Enum.GetValues<OrderState>();

    public static string Code(this OrderState state) => state switch
    {
        OrderState.InProduction => "in_production",
        _ => state.ToString().ToLowerInvariant(),
    };

    public static OrderState? Parse(string? code) => All.Cast<OrderState?>().FirstOrDefault(s => s!.Value.Code() == code?.Trim().ToLowerInvariant());

    public static OrderState FromCode(string code) => Parse(code) ?? throw new ArgumentException($"'{code}' is not an order state.", nameof(code));

    public static IReadOnlyList<string> Codes { get; } = All.Select(s => s.Code()).ToList();
}
