using HappyButtons.Engine.Events;

namespace HappyButtons.Engine.Orders;

/// <summary>An order was created or moved; the board and the order page reload it.</summary>
public sealed record OrderChanged(long OrderId, string Number, string State, string? PreviousState, string By)
    : DomainEvent("orders", null);
