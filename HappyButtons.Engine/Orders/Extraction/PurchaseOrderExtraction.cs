namespace HappyButtons.Engine.Orders.Extraction;

/// <summary>How a line's product was recognised; <see cref="SimilarSku"/>: our article number mistyped, read as the one it resembles.</summary>
public enum ProductMatchKind { None, Sku, Alias, Description, SimilarSku }

/// <summary>A value read from the order, how sure the reading is (0–1) and the text it was read from.</summary>
public sealed record ExtractedValue(string Value, double Confidence, string SourceText);

/// <summary>
/// One order line as read: the product (null when nothing in the catalog matches), the quantity, the unit price when the
/// order names one, the requested delivery date, and the text it came from. Nothing is corrected: a line that
/// contradicts the catalog keeps what the customer wrote and gets a warning.
/// </summary>
public sealed record ExtractedLine(
    int Number,
    string? Sku,
    ProductMatchKind MatchedBy,
    string? CustomerCode,
    decimal? Quantity,
    string? Unit,
    decimal? UnitPrice,
    DateOnly? DeliveryDate,
    double Confidence,
    string SourceText);

/// <summary>What a person should check, and which line it is about (null: the whole order).</summary>
public sealed record ExtractionWarning(ExtractionWarningCode Code, int? Line, string Message);

public enum ExtractionWarningCode
{
    UnknownProduct,
    InactiveProduct,
    AmbiguousProduct,
    PriceDeviation,
    BelowMinimum,
    MissingQuantity,
    AttachmentUnreadable,
    NotAnOrder,
}

/// <summary>What was read from one purchase order (a mail's text and its PDFs): the lines, the PO number, the delivery address.</summary>
public sealed record PurchaseOrderExtraction(
    ExtractedValue? PoNumber,
    ExtractedValue? DeliveryAddress,
    IReadOnlyList<ExtractedLine> Lines,
    IReadOnlyList<ExtractionWarning> Warnings)
{
    public static PurchaseOrderExtraction Empty(params ExtractionWarning[] warnings) => new(null, null, [], warnings);
}

/// <summary>A PDF attached to the mail: its name, its bytes (null when they could not be read), and why not.</summary>
public sealed record PdfAttachment(string FileName, byte[]? Content, string? UnreadableReason = null);

/// <summary>Everything an extraction reads: the mail's own text (without quoted history), its subject and PDFs, and when it came.</summary>
public sealed record PurchaseOrderInput(string? Subject, string? Text, IReadOnlyList<PdfAttachment> Pdfs, DateOnly ReceivedOn);
