using HappyButtons.Engine.Documents;

namespace HappyButtons.Tests.Documents;

/// <summary>PDFs for extraction tests, written by our own <see cref="SimpleTextPdf"/> (see docs/decisions.md on PDFsharp).</summary>
public static class TestPdf
{
    public static byte[] WithLines(params string[] lines) => SimpleTextPdf.FromLines(lines);
}
