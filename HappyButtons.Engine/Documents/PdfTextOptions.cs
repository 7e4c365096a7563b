namespace HappyButtons.Engine.Documents;

/// <summary>Limits for reading the text of untrusted PDFs from customer mail in-process (PdfPig).</summary>
public sealed record PdfTextOptions
{
    public long MaxInputBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Pages read; the text of later pages is left out (and <see cref="PdfTextResult.Truncated"/> set).</summary>
    public int MaxPages { get; init; } = 200;

    /// <summary>Text beyond this many characters is cut off (and <see cref="PdfTextResult.Truncated"/> set).</summary>
    public int MaxOutputChars { get; init; } = 1_000_000;

    /// <summary>Nesting of PDF objects PdfPig follows before it gives up on a document.</summary>
    public int MaxObjectDepth { get; init; } = 256;
}
