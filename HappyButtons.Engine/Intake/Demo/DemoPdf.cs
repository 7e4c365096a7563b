using System.Globalization;
using System.Text;
using HappyButtons.Engine.Mail.Mime;

namespace HappyButtons.Engine.Intake.Demo;

/// <summary>
/// A one-page A4 PDF of text and rules in the standard Helvetica fonts (WinAnsiEncoding covers German and €),
/// so no font file is needed. Written by hand because PDFsharp 6.5 requires choosing a product license
/// (AGPL or commercial) first, which is not an engineering decision (see docs/mime.md).
/// </summary>
internal sealed class DemoPdf
{
    private readonly StringBuilder _content = new();

    public const double PageWidth = 595;
    public const double PageHeight = 842;

    /// <summary>Text with its baseline at <paramref name="y"/> points from the top of the page.</summary>
    public DemoPdf Text(double x, double y, string text, double size = 10, bool bold = false)
    {
        _content.Append(CultureInfo.InvariantCulture, $"BT /{(bold ? "F2" : "F1")} {size:0.##} Tf {x:0.##} {PageHeight - y:0.##} Td (")
            .Append(Escape(text)).Append(") Tj ET\n");
        return this;
    }

    /// <summary>Right-aligned text, approximating Helvetica's average glyph width (good enough for numbers).</summary>
    public DemoPdf TextRight(double right, double y, string text, double size = 10, bool bold = false) =>
        Text(right - text.Length * size * 0.53, y, text, size, bold);

    public DemoPdf Rule(double x1, double y, double x2, double width = 0.6, double gray = 0.6)
    {
        _content.Append(CultureInfo.InvariantCulture,
            $"{gray:0.##} G {width:0.##} w {x1:0.##} {PageHeight - y:0.##} m {x2:0.##} {PageHeight - y:0.##} l S\n");
        return this;
    }

    public DemoPdf Band(double x, double y, double width, double height, double gray = 0.92)
    {
        _content.Append(CultureInfo.InvariantCulture,
            $"{gray:0.##} g {x:0.##} {PageHeight - y - height:0.##} {width:0.##} {height:0.##} re f 0 g\n");
        return this;
    }

    public byte[] ToBytes()
    {
        var stream = Charsets.Windows1252.GetBytes(_content.ToString());
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
            $"<< /Length {stream.Length} >>\nstream\n",
        ];
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
        foreach (var offset in offsets)
        {
            Write(pdf, offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        }

        Write(pdf, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);

    private static void Write(Stream output, string text) => output.Write(Charsets.Windows1252.GetBytes(text));
}
