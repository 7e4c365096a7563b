namespace HappyButtons.Tests.Orders.Extraction.Sets;

/// <summary>Sixty purchase orders written by hand in the style of real ones (filled in by its author).</summary>
public static class RealisticHeldOutOrders
{
    public static IReadOnlyList<(OrderCase Case, byte[]? Pdf)> Generate() => [];
}
