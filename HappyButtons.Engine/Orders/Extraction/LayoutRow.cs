using System.Text.RegularExpressions;

namespace HappyButtons.Engine.Orders.Extraction;

/// <summary>
/// A run of text that stands apart on its row: a table cell. <see cref="Left"/> and <see cref="Right"/> are its
/// horizontal extent, in points on a PDF page or in character columns in a mail's text.
/// </summary>
public sealed record LayoutCell(string Text, double Left, double Right);

/// <summary>One row of a document (a line of the mail, a row of words on a PDF page) with its cells.</summary>
public sealed partial record LayoutRow(string Text, IReadOnlyList<LayoutCell> Cells, bool FromPdf)
{
    /// <summary>
    /// The rows of a mail's text; cells are separated by tabs, two or more spaces, pipes or semicolons (how people and
    /// ERP systems lay out tables in plain text).
    /// </summary>
    public static IReadOnlyList<LayoutRow> FromText(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var rows = new List<LayoutRow>();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd();
            var cells = new List<LayoutCell>();
            var start = 0;
            foreach (Match separator in CellSeparator().Matches(line))
            {
                AddCell(cells, line, start, separator.Index);
                start = separator.Index + separator.Length;
            }

            AddCell(cells, line, start, line.Length);
            rows.Add(new LayoutRow(line, cells, FromPdf: false));
        }

        return rows;
    }

    /// <summary>This row with the cells of the row below it, for a cell wrapped onto two rows.</summary>
    public LayoutRow Above(LayoutRow below) => this with { Text = Text + "   " + below.Text, Cells = [.. Cells, .. below.Cells] };

    private static void AddCell(List<LayoutCell> cells, string line, int start, int end)
    {
        var text = line[start..end];
        var trimmed = text.Trim();
        if (trimmed.Length > 0)
        {
            var left = start + (text.Length - text.TrimStart().Length);
            cells.Add(new LayoutCell(trimmed, left, left + trimmed.Length));
        }
    }

    [GeneratedRegex(@"\t+| {2,}|\s*\|\s*|\s*;\s*")]
    private static partial Regex CellSeparator();
}
