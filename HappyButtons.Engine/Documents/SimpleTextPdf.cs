using System.Globalization;
using System.Text;

namespace HappyButtons.Engine.Documents;

/// <summary>
/// Writes a plain text-only PDF (A4, standard Helvetica, WinAnsiEncoding, 50 lines a page): enough for
/// purchase orders in the demo data and for tests. PDFsharp 6.5 refuses to run until the program chooses a
/// license (AGPL or commercial); that is the product owner's decision (docs/decisions.md), so nothing here needs it.
/// </summary>
public static class SimpleTextPdf
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private const int LinesPerPage = 50;

    public static byte[] FromLines(IReadOnlyList<string> lines)
    {
        var pages = lines.Chunk(LinesPerPage).ToList();
        if (pages.Count == 0)
        {
            pages.Add([]);
        }

        // Objects: 1 catalog, 2 pages, 3 font, then per page a page object and its content stream.
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii($"<< /Type /Pages /Kids [{string.Join(" ", pages.Select((_, i) => $"{4 + 2 * i} 0 R"))}] /Count {pages.Count} >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
        };
        for (var i = 0; i < pages.Count; i++)
        {
            objects.Add(Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>"));
            var content = new StringBuilder("BT /F1 10 Tf 50 790 Td 14 TL\n");
            foreach (var line in pages[i])
            {
                content.Append('(').Append(Escape(line)).Append(") Tj T*\n");
            }

            var stream = Windows1252.GetBytes(content.Append("ET").ToString());
            objects.Add([.. Ascii($"<< /Length {stream.Length} >>\nstream\n"), .. stream, .. Ascii("\nendstream")]);
        }

        using var pdf = new MemoryStream();
        Write(pdf, "%PDF-1.4\n");
        pdf.Write([0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A]);
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write(pdf, $"{i + 1} 0 obj\n");
            pdf.Write(objects[i]);
            Write(pdf, "\nendobj\n");
        }

        var xref = pdf.Position;
        Write(pdf, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write(pdf, offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        }

        Write(pdf, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static void Write(Stream output, string text) => output.Write(Encoding.ASCII.GetBytes(text));
}
