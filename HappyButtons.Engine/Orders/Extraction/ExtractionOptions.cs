namespace HappyButtons.Engine.Orders.Extraction;

/// <summary><c>HappyButtons:Orders</c>: what the purchase-order extraction tolerates before it flags a line.</summary>
public sealed class ExtractionOptions
{
    public const string Section = "HappyButtons:Orders";

    /// <summary>A unit price further than this many percent from the customer's price (else the list price) is flagged.</summary>
    public decimal PriceTolerancePercent { get; set; } = 2m;
}
