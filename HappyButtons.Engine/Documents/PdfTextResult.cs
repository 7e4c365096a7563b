namespace HappyButtons.Engine.Documents;

public enum PdfTextStatus { Extracted, TooLarge, Encrypted, Unreadable, OverBudget }

/// <summary>
/// The outcome of a text extraction. Anything but <see cref="PdfTextStatus.Extracted"/> carries a reason a person can
/// act on; extraction problems are expected outcomes, not exceptions.
/// </summary>
public sealed record PdfTextResult(PdfTextStatus Status, string? Text, string? Reason, bool Truncated = false)
{
    public bool IsExtracted => Status == PdfTextStatus.Extracted;

    public static PdfTextResult Extracted(string text, bool truncated, string? reason = null) => new(PdfTextStatus.Extracted, text, reason, truncated);
    public static PdfTextResult Unavailable(PdfTextStatus status, string reason) => new(status, null, reason);
}
