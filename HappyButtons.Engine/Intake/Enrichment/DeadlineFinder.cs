using System.Globalization;
using System.Text.RegularExpressions;

namespace HappyButtons.Engine.Intake.Enrichment;

/// <summary>
/// Finds near deadlines: wording such as "bis morgen", "heute noch", "by tomorrow", and explicit
/// dates (31.03., 31.03.2025, 2025-03-31, 31. März, 31 March, March 31st) no more than two
/// business days after receipt.
/// </summary>
public static class DeadlineFinder
{
    private static readonly PhraseList NearWording = new(
        "bis morgen", "bis spaetestens morgen", "spaetestens morgen", "morgen frueh", "heute noch", "noch heute",
        "bis heute", "bis heute abend", "bis ende des tages", "bis uebermorgen", "bis feierabend",
        "by tomorrow", "by today", "by end of day", "by eod", "end of business today", "by close of business",
        "within 24 hours", "innerhalb von 24 stunden", "today if possible", "tomorrow morning at the latest");

    private static readonly Dictionary<string, int> Months = new()
    {
        ["januar"] = 1, ["january"] = 1, ["jan"] = 1, ["februar"] = 2, ["february"] = 2, ["feb"] = 2,
        ["maerz"] = 3, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4, ["mai"] = 5, ["may"] = 5,
        ["juni"] = 6, ["june"] = 6, ["jun"] = 6, ["juli"] = 7, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["oktober"] = 10, ["october"] = 10, ["okt"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11, ["dezember"] = 12, ["december"] = 12, ["dez"] = 12, ["dec"] = 12,
    };

    private static readonly string MonthNames = string.Join("|", Months.Keys.OrderByDescending(k => k.Length));

    // Vetted patterns with bounded quantifiers only: linear time, so no match timeout.
    private static readonly Regex DayMonthName = new(
        $@"\b(?<d>[0-3]?\d)(?:\.|st|nd|rd|th)?\s{{1,3}}(?:of\s)?(?<mon>{MonthNames})\b\.?(?:\s(?<y>20\d\d))?",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

    private static readonly Regex MonthNameDay = new(
        $@"\b(?<mon>{MonthNames})\.?\s{{1,3}}(?<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s(?<y>20\d\d))?",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

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
        foreach (var m in DayMonthName.Matches(text).Concat(MonthNameDay.Matches(text)))
        {
            var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : received.Year;
            var month = Months[m.Groups["mon"].Value].ToString(CultureInfo.InvariantCulture);
            if (TryDate(year, month, m.Groups["d"].Value, out var date)) yield return (date, m.Value);
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
