using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Orders;

/// <summary>
/// Document numbers from counters in the database (<c>number_sequences</c>), one per kind and year, e.g.
/// <c>RE-2026-00001</c>. The counter is raised inside the caller's transaction: the row stays locked until it commits
/// (concurrent issuers wait, on PostgreSQL by the row lock, on SQLite by the one writer), and a rollback gives the number
/// back, so invoice numbers have neither gaps nor duplicates.
/// </summary>
public static class OrderNumbers
{
    public const string OrderPrefix = "AB";
    public const string DeliveryNotePrefix = "LS";
    public const string InvoicePrefix = "RE";
    public const string CreditNotePrefix = "GS";

    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>The business date in Germany of a moment.</summary>
    public static DateOnly BerlinDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Berlin).DateTime);

    /// <summary>The next number of <paramref name="prefix"/> in the year of <paramref name="at"/>; call inside the transaction that uses it.</summary>
    public static async Task<string> NextAsync(HappyButtonsDbContext context, string prefix, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (context.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A document number is drawn inside the transaction that issues the document.");
        }

        var year = BerlinDate(at).Year;
        var name = $"{prefix}-{year}";
        await context.Database.ExecuteSqlAsync(
            $"INSERT INTO number_sequences (name, last_value) VALUES ({name}, 0) ON CONFLICT (name) DO NOTHING", cancellationToken);
        var value = (await context.Database.SqlQuery<long>(
            $"UPDATE number_sequences SET last_value = last_value + 1 WHERE name = {name} RETURNING last_value AS \"Value\"")
            .ToListAsync(cancellationToken)).Single();
        return $"{prefix}-{year}-{value:00000}";
    }
}
