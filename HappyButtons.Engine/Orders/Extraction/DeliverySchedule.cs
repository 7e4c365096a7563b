namespace HappyButtons.Engine.Orders.Extraction;

/// <summary>
/// A delivery schedule laid out by dates: an article column, then one column per delivery week or day ("Artikel | KW 51 |
/// KW 52 | KW 1/27"). Each quantity under a date is a delivery of the row's article on that date; a dash is none.
/// </summary>
internal sealed record DeliverySchedule(IReadOnlyList<(LayoutCell Title, DateOnly Date)> Deliveries)
{
    /// <summary>The schedule this row heads, or null: an article title followed by at least two titles that are only a date or a week.</summary>
    public static DeliverySchedule? TryRead(LayoutRow row, DateOnly reference)
    {
        if (row.Cells.Count < 3 || TableHeader.Kind(row.Cells[0].Text) != ColumnKind.Article)
        {
            return null;
        }

        var deliveries = new List<(LayoutCell, DateOnly)>();
        foreach (var cell in row.Cells.Skip(1))
        {
            if (DateReader.Find(cell.Text, reference) is not [var date] || date.Length < cell.Text.Length)
            {
                return null;
            }

            deliveries.Add((cell, date.Date));
        }

        return new DeliverySchedule(deliveries);
    }

    /// <summary>The deliveries of one row; none when the row names no article (the schedule has ended).</summary>
    public IReadOnlyList<LineCandidate>? Read(LayoutRow row, ProductMatcher matcher)
    {
        if (row.Cells.Count < 2 || (matcher.Code(row.Cells[0].Text) ?? matcher.Mentions(row.Cells[0].Text).FirstOrDefault()) is not { Product: { } product } mention)
        {
            return null;
        }

        var lines = new List<LineCandidate>();
        var figures = row.Cells.Skip(1).ToList();
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
