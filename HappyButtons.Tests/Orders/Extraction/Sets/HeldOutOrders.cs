namespace HappyButtons.Tests.Orders.Extraction.Sets;

/// <summary>Placeholder until the held-out set is written (after tuning).</summary>
public sealed class HeldOutOrders() : OrderSetBase(seed: 90402, heldOut: true)
{
    public IReadOnlyList<(OrderCase Case, byte[]? Pdf)> Generate() => [];
}
