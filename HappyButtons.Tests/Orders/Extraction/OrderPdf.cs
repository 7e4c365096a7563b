using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace HappyButtons.Tests.Orders.Extraction;

/// <summary>A column of a PDF order table: its title, where it starts (points from the left edge), its width, and whether numbers stand right-aligned.</summary>
public sealed record PdfColumn(string Title, double Left, double Width, bool RightAligned = false);

/// <summary>
/// Writes purchase orders as customers' ERP systems print them (PdfPig's <see cref="PdfDocumentBuilder"/>,
/// A4, DejaVu Sans from Debian's fonts-dejavu-core: PdfPig's standard fonts have no umlauts): text lines above and below, and a table whose cells stand at exact positions, so columns are columns.
/// </summary>
public sealed class OrderPdf
{
    private readonly List<(string Text, double X, double Size, bool Bold)> _head = [];
    private readonly List<string> _foot = [];
    private IReadOnlyList<PdfColumn> _columns = [];
    private readonly List<string[]> _rows = [];
    private const string FontDirectory = "/usr/share/fonts/truetype/dejavu/";
    private double _fontSize = 9;

    public OrderPdf Line(string text, double x = 50, double size = 10, bool bold = false)
    {
        _head.Add((text, x, size, bold));
        return this;
    }

    public OrderPdf Table(IReadOnlyList<PdfColumn> columns, double fontSize = 9)
    {
        (_columns, _fontSize) = (columns, fontSize);
        return this;
    }

    /// <summary>A table row; text wider than its column wraps onto the next row ("\n" forces it).</summary>
    public OrderPdf Row(params string[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    public OrderPdf Foot(string text)
    {
        _foot.Add(text);
        return this;
    }

    public byte[] Build()
    {
        using var builder = new PdfDocumentBuilder();
        var regular = builder.AddTrueTypeFont(File.ReadAllBytes(FontDirectory + "DejaVuSans.ttf"));
        var bold = builder.AddTrueTypeFont(File.ReadAllBytes(FontDirectory + "DejaVuSans-Bold.ttf"));
        var page = builder.AddPage(PageSize.A4);
        var y = 800.0;
        foreach (var (text, x, size, isBold) in _head)
        {
            if (text.Length > 0)
            {
                page.AddText(text, size, new PdfPoint(x, y), isBold ? bold : regular);
            }

            y -= size + 5;
        }

        if (_columns.Count > 0)
        {
            y -= 8;
            foreach (var column in _columns)
            {
                Place(page, column, column.Title, y, bold);
            }

            y -= _fontSize + 8;
            foreach (var row in _rows)
            {
                var extra = 0;
                for (var i = 0; i < _columns.Count && i < row.Length; i++)
                {
                    var parts = Wrap(page, _columns[i], row[i], regular);
                    for (var k = 0; k < parts.Count; k++)
                    {
                        Place(page, _columns[i], parts[k], y - k * (_fontSize + 3), regular);
                    }

                    extra = Math.Max(extra, parts.Count - 1);
                }

                y -= (_fontSize + 5) + extra * (_fontSize + 3);
                if (y < 120)
                {
                    page = builder.AddPage(PageSize.A4);
                    y = 800;
                    foreach (var column in _columns)
                    {
                        Place(page, column, column.Title, y, bold);
                    }

                    y -= _fontSize + 8;
                }
            }
        }

        y -= 10;
        foreach (var text in _foot)
        {
            if (text.Length > 0)
            {
                page.AddText(text, 10, new PdfPoint(50, y), regular);
            }

            y -= 15;
        }

        return builder.Build();

        // Text wider than its column wraps onto more rows, as an ERP prints a long description.
        List<string> Wrap(PdfPageBuilder target, PdfColumn column, string text, PdfDocumentBuilder.AddedFont font)
        {
            var lines = new List<string>();
            foreach (var paragraph in text.Split('\n'))
            {
                var line = "";
                foreach (var word in paragraph.Split(' '))
                {
                    var candidate = line.Length == 0 ? word : line + " " + word;
                    if (line.Length > 0 && !column.RightAligned && Width(target, candidate, font) > column.Width)
                    {
                        lines.Add(line);
                        line = word;
                    }
                    else
                    {
                        line = candidate;
                    }
                }

                lines.Add(line);
            }

            return lines;
        }

        double Width(PdfPageBuilder target, string text, PdfDocumentBuilder.AddedFont font)
        {
            var letters = target.MeasureText(text, _fontSize, new PdfPoint(0, 0), font);
            return letters.Count == 0 ? 0 : letters.Max(l => l.EndBaseLine.X) - letters.Min(l => l.StartBaseLine.X);
        }

        void Place(PdfPageBuilder target, PdfColumn column, string text, double at, PdfDocumentBuilder.AddedFont font)
        {
            if (text.Length == 0)
            {
                return;
            }

            var x = column.Left;
            if (column.RightAligned)
            {
                x = column.Left + column.Width - Width(target, text, font);
            }

            target.AddText(text, _fontSize, new PdfPoint(x, at), font);
        }
    }
}
