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
    /// ERP systems lay out tables in plain text). A sentence the mail program wrapped onto the next line is one row.
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
            var row = new LayoutRow(line, cells, FromPdf: false);
            if (rows.Count > 0 && rows[^1].WrapsOnto(row))
            {
                var joined = rows[^1].Text + " " + line.TrimStart();
                rows[^1] = rows[^1] with { Text = joined, Cells = [new LayoutCell(joined.Trim(), 0, joined.Length)] };
                continue;
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>
    /// Whether this row is a line of prose broken off mid-sentence (long, one cell, no closing punctuation) and
    /// <paramref name="next"/> goes on with it rather than starting a list item, a table row or a quote.
    /// </summary>
    private bool WrapsOnto(LayoutRow next) =>
        Cells.Count == 1 && next.Cells.Count == 1 && Text.Length >= WrappedLength && !SentenceEnd().IsMatch(Text)
        && !Unwrappable().IsMatch(Text) && !Unwrappable().IsMatch(next.Text);

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

    /// <summary>Mail programs wrap at 72 to 80 characters; a shorter line was ended by its writer.</summary>
    private const int WrappedLength = 60;

    [GeneratedRegex(@"[.!?:]\s*$")]
    private static partial Regex SentenceEnd();

    /// <summary>A quote, a list item, a header line ("Von:", "Subject:") or a rule starts a row of its own.</summary>
    [GeneratedRegex(@"^\s*(?:>|[-•*–·]\s|\d{1,2}[.)]\s|[\p{L}-]{2,20}:\s|[-=_]{3,})")]
    private static partial Regex Unwrappable();

    [GeneratedRegex(@"\t+| {2,}|\s*\|\s*|\s*;\s*")]
    private static partial Regex CellSeparator();
}
