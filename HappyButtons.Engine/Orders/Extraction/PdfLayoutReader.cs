using System.Text;
using System.Text.RegularExpressions;
using HappyButtons.Engine.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace HappyButtons.Engine.Orders.Extraction;

/// <summary>The rows of a PDF, or why it could not be read.</summary>
public sealed record PdfLayout(IReadOnlyList<LayoutRow> Rows, string? Problem);

/// <summary>
/// Reads a PDF's words with their positions (PdfPig) and lays them out again: words on the same baseline form a row,
/// words close together a cell, so a table's columns stay columns. A broken, encrypted or hostile PDF gives a problem
/// to report, never an exception; the limits of <see cref="PdfTextOptions"/> apply.
/// </summary>
public static partial class PdfLayoutReader
{
    public static PdfLayout Read(byte[] pdf, PdfTextOptions? options = null)
    {
        options ??= new PdfTextOptions();
        if (pdf.Length > options.MaxInputBytes)
        {
            return new PdfLayout([], $"the PDF has {pdf.Length:N0} bytes; the limit is {options.MaxInputBytes:N0}");
        }

        try
        {
            var parsing = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, MaxStackDepth = options.MaxObjectDepth };
            using var document = PdfDocument.Open(pdf, parsing);
            var rows = new List<LayoutRow>();
            var characters = 0;
            for (var number = 1; number <= Math.Min(document.NumberOfPages, options.MaxPages) && characters < options.MaxOutputChars; number++)
            {
                foreach (var row in RowsOf(document.GetPage(number).GetWords()))
                {
                    rows.Add(row);
                    characters += row.Text.Length;
                }
            }

            return new PdfLayout(rows, rows.Count == 0 ? "the PDF holds no text (a scan?)" : null);
        }
        catch (PdfDocumentEncryptedException)
        {
            return new PdfLayout([], "the PDF is encrypted with a password");
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            // PdfPig reports broken files with many exception types (format, stack depth, font, index, key not found ...).
            return new PdfLayout([], $"the PDF cannot be read ({e.GetType().Name}: {e.Message})");
        }
    }

    /// <summary>Rows top to bottom: a word joins the row whose baseline is within half its height; cells split where a gap is clearly wider than a space.</summary>
    public static IReadOnlyList<LayoutRow> RowsOf(IEnumerable<Word> words)
    {
        var lines = new List<(double Baseline, List<Word> Words)>();
        foreach (var word in words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var tolerance = Math.Max(1.5, word.BoundingBox.Height * 0.5);
            var line = lines.FirstOrDefault(l => Math.Abs(l.Baseline - word.BoundingBox.Bottom) <= tolerance);
            if (line.Words is null)
            {
                lines.Add((word.BoundingBox.Bottom, [word]));
            }
            else
            {
                line.Words.Add(word);
            }
        }

        return lines.OrderByDescending(l => l.Baseline).Select(l => ToRow(l.Words.OrderBy(w => w.BoundingBox.Left).ToList())).ToList();
    }

    private static LayoutRow ToRow(List<Word> words)
    {
        var cells = new List<LayoutCell>();
        var text = new StringBuilder();
        var cell = new StringBuilder(words[0].Text);
        double left = words[0].BoundingBox.Left, right = words[0].BoundingBox.Right;
        for (var i = 1; i < words.Count; i++)
        {
            var previous = words[i - 1];
            var word = words[i];
            // A space is about a third of the font size; a gap of half the size or more separates cells.
            var size = previous.Letters.Count > 0 ? previous.Letters[^1].PointSize : previous.BoundingBox.Height / 0.7;
            var gap = word.BoundingBox.Left - previous.BoundingBox.Right;
            if (gap > Math.Max(1.5, size * 0.5))
            {
                cells.Add(new LayoutCell(cell.ToString(), left, right));
                cell.Clear();
                left = word.BoundingBox.Left;
            }
            else
            {
                cell.Append(' ');
            }

            cell.Append(word.Text);
            right = Math.Max(right, word.BoundingBox.Right);
        }

        cells.Add(new LayoutCell(cell.ToString(), left, right));
        // "2 000" alone in its cell: thousands grouped by a space, as the French write them; a non-breaking space keeps it one number.
        cells = cells.Select(c => SpacedNumber().IsMatch(c.Text) ? c with { Text = c.Text.Replace(' ', '\u00A0') } : c).ToList();
        foreach (var c in cells)
        {
            text.Append(text.Length > 0 ? "   " : "").Append(c.Text);
        }

        return new LayoutRow(text.ToString(), cells, FromPdf: true);
    }

    [GeneratedRegex(@"^\d{1,3}(?: \d{3})+$")]
    private static partial Regex SpacedNumber();
}
