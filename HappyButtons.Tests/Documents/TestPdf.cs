using System.Globalization;
using System.Text;
using HappyButtons.Engine.Mail.Mime;

namespace HappyButtons.Tests.Documents;

/// <summary>
/// Writes a minimal one-page PDF (standard Helvetica, WinAnsiEncoding) for extraction tests.
/// PDFsharp 6.5 refuses to run until the program chooses a license (AGPL or commercial); that is a
/// product decision, so tests do not make it silently and build their PDFs by hand instead.
/// </summary>
public static class TestPdf
{
    public static byte[] WithLines(params string[] lines)
    {
        var content = new StringBuilder("BT /F1 12 Tf 60 780 Td 14 TL\n");
        foreach (var line in lines) content.Append('(').Append(Escape(line)).Append(") Tj T*\n");
        content.Append("ET");
        var stream = Charsets.Windows1252.GetBytes(content.ToString());

        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            $"<< /Length {stream.Length} >>\nstream\n",
        };
        using var pdf = new MemoryStream();
        Write(pdf, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Position);
            Write(pdf, $"{i + 1} 0 obj\n{objects[i]}");
            if (i == objects.Length - 1)
            {
                pdf.Write(stream);
                Write(pdf, "\nendstream");
            }
            Write(pdf, "\nendobj\n");
        }
        var xref = pdf.Position;
        Write(pdf, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Write(pdf, offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        Write(pdf, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);

    private static void Write(Stream output, string text) => output.Write(Charsets.Windows1252.GetBytes(text));
}
