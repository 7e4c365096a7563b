using HappyButtons.Engine.Storage.Model;

namespace HappyButtons.Engine.Orders.Extraction;

/// <summary>An order line as read from one row, before it is numbered, checked against the catalog and de-duplicated.</summary>
internal sealed record LineCandidate(
    Product? Product,
    ProductMatchKind MatchedBy,
    string? CustomerCode,
    decimal? Quantity,
    string? Unit,
    decimal? UnitPrice,
    DateOnly? DeliveryDate,
    double Confidence,
    string SourceText,
    bool FromPdf,
    IReadOnlyList<Product>? Tied = null,
    string? Described = null);
