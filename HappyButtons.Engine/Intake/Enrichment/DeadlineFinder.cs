using System.Globalization;
using System.Text.RegularExpressions;

namespace HappyButtons.Engine.Intake.Enrichment;

/// <summary>
/// Finds near deadlines: wording such as "bis morgen", "heute noch", "by tomorrow", and explicit
/// dates (31.03., 31.03.2025, 2025-03-31, 31 March) no more than two business days after receipt.
/// </summary>
public static class DeadlineFinder
{
    private static readonly PhraseList NearWording = new(
        "bis morgen", "bis spaetestens morgen", "spaetestens morgen", "morgen frueh", "heute noch", "noch heute",
        "bis heute", "bis heute abend", "bis ende des tages", "bis uebermorgen", "bis feierabend",
        "by tomorrow", "by today", "by end of day", "by eod", "end of business today", "by close of business",
        "within 24 hours", "innerhalb von 24 stunden", "today if possible", "tomorrow morning at the latest");

    // Vetted patterns with bounded quantifiers only: linear time, so no match timeout.
    private static readonly Regex GermanDate = new(
        @"\b(?<d>[0-3]?\d)\.(?<m>[01]?\d)\.(?<y>(?:20)?\d\d)?(?!\d)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

    private static readonly Regex IsoDate = new(
        @"\b(?<y>20\d\d)-(?<m>[01]\d)-(?<d>[0-3]\d)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

    private static readonly Regex DeadlineContext = new(
        @"(?:bis|spaetestens|zum|am|by|until|before|no later than|deadline|termin|liefertermin|due)\W{1,3}(?:zum\s|den\s|the\s)?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

    /// <summary>A reason text when a near deadline is found, else null.</summary>
    public static string? FindNearDeadline(string foldedText, DateTimeOffset receivedAt)
    {
        var wording = NearWording.FirstMatch(foldedText);
        if (wording is not null) return $"near deadline \"{wording}\"";

        var received = DateOnly.FromDateTime(receivedAt.DateTime);
        var limit = AddBusinessDays(received, 2);
        foreach (var (date, text) in Dates(foldedText, received))
        {
            if (date >= received && date <= limit)
                return $"date {text} is within two business days";
        }
        return null;
    }

    private static IEnumerable<(DateOnly Date, string Text)> Dates(string text, DateOnly received)
    {
        foreach (Match m in GermanDate.Matches(text))
        {
            // A bare "12.3." only counts after deadline words, so version numbers and prices do not.
            var hasYear = m.Groups["y"].Success;
            if (!hasYear && !DeadlineContext.IsMatch(text.AsSpan(Math.Max(0, m.Index - 20), Math.Min(20, m.Index)).ToString()))
                continue;
            var year = hasYear ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : received.Year;
            if (year < 100) year += 2000;
            if (TryDate(year, m.Groups["m"].Value, m.Groups["d"].Value, out var date)) yield return (date, m.Value);
        }
        foreach (Match m in IsoDate.Matches(text))
        {
            if (TryDate(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), m.Groups["m"].Value, m.Groups["d"].Value, out var date))
                yield return (date, m.Value);
        }
    }

    private static bool TryDate(int year, string month, string day, out DateOnly date)
    {
        date = default;
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(year, m)) return false;
        date = new DateOnly(year, m, d);
        return true;
    }

    private static DateOnly AddBusinessDays(DateOnly date, int days)
    {
        while (days > 0)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days--;
        }
        return date;
    }
}
