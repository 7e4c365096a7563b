namespace HappyButtons.Engine.Intake.Enrichment.Fraud;

/// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
public static class DamerauLevenshtein
{
    // Domain labels are short; longer strings get their rows from the heap.
    private const int MaxStackRow = 128;

    public static int Distance(string a, string b)
    {
        if (a == b) return 0;
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        // Three rows of the (a.Length + 1) x (b.Length + 1) table: the one being filled and the two above it.
        var width = b.Length + 1;
        Span<int> rows = width <= MaxStackRow ? stackalloc int[3 * width] : new int[3 * width];
        var beforePrevious = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    best = Math.Min(best, beforePrevious[j - 2] + 1);
                current[j] = best;
            }
            var filled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = filled;
        }
        return previous[b.Length];
    }
}
