namespace HappyButtons.Engine.Orders.Extraction;

/// <summary>
/// A delivery schedule laid out by dates: an article column, perhaps a description, then one column per delivery week or
/// day ("Artikel | Benennung | KW 51 | KW 52 | KW 1/27"). Each quantity under a date is a delivery of the row's article on
/// that date; a dash is none.
/// </summary>
internal sealed record DeliverySchedule(IReadOnlyList<(LayoutCell Title, DateOnly Date)> Deliveries, IReadOnlyList<LayoutCell> Descriptions)
{
    /// <summary>The schedule this row heads, or null: an article title, description titles, then at least two titles that are only a date or a week.</summary>
    public static DeliverySchedule? TryRead(LayoutRow row, DateOnly reference)
    {
        if (row.Cells.Count < 3 || TableHeader.Kind(row.Cells[0].Text) != ColumnKind.Article)
        {
            return null;
        }

        var descriptions = row.Cells.Skip(1).TakeWhile(c => TableHeader.Kind(c.Text) == ColumnKind.Description).ToList();
        var deliveries = new List<(LayoutCell, DateOnly)>();
        foreach (var cell in row.Cells.Skip(1 + descriptions.Count))
        {
            if (DateReader.Find(cell.Text, reference) is not [var date] || date.Length < cell.Text.Length)
            {
                return null;
            }

            deliveries.Add((cell, date.Date));
        }

        return deliveries.Count >= 2 ? new DeliverySchedule(deliveries, descriptions) : null;
    }

    /// <summary>The deliveries of one row; none when the row names no article (the schedule has ended).</summary>
    public IReadOnlyList<LineCandidate>? Read(LayoutRow row, ProductMatcher matcher)
    {
        if (row.Cells.Count < 2 || (matcher.Code(row.Cells[0].Text) ?? matcher.Mentions(row.Cells[0].Text).FirstOrDefault()) is not { Product: { } product } mention)
        {
            return null;
        }

        var lines = new List<LineCandidate>();
        var figures = row.Cells.Count == 1 + Descriptions.Count + Deliveries.Count
            ? row.Cells.Skip(1 + Descriptions.Count).ToList()
            : row.Cells.Skip(1).Where(c => !Descriptions.Any(d => Distance(d, c) < Deliveries.Min(t => Distance(t.Title, c)))).ToList();
        for (var i = 0; i < figures.Count; i++)
        {
            var date = figures.Count == Deliveries.Count ? Deliveries[i].Date : Deliveries.MinBy(d => Distance(d.Title, figures[i])).Date;
            if (NumberReader.Quantity(figures[i].Text) is > 0 and var quantity)
            {
                lines.Add(new LineCandidate(product, mention.Kind, mention.Kind == ProductMatchKind.Alias ? mention.Code : null, quantity, null, null, date,
                    0.9, row.Text.Trim(), row.FromPdf));
            }
        }

        return lines;
    }

    private static double Distance(LayoutCell a, LayoutCell b) => Math.Abs((a.Left + a.Right) / 2 - (b.Left + b.Right) / 2);
}
