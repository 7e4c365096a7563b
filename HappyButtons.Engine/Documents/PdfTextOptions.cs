namespace HappyButtons.Engine.Documents;

/// <summary>Limits for running pdftotext on untrusted PDFs from customer mail.</summary>
public sealed record PdfTextOptions
{
    /// <summary>Program name (looked up on PATH) or absolute path of pdftotext.</summary>
    public string ExecutablePath { get; init; } = "pdftotext";
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);
    public long MaxInputBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Text beyond this many characters is cut off (and <see cref="PdfTextResult.Truncated"/> set).</summary>
    public int MaxOutputChars { get; init; } = 1_000_000;
}
