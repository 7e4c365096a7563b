using System.Globalization;
using System.Text.RegularExpressions;

namespace HappyButtons.Engine.Orders.Extraction;

/// <summary>A date found in text: where, what was written, and whether it was a calendar week (its Monday is taken).</summary>
public sealed record DateMention(DateOnly Date, int Index, int Length, bool IsWeek);

/// <summary>
/// Finds dates written the German or the English way: <c>21.03.2026</c>, <c>21.3.26</c>, <c>21.03.</c>, <c>2026-03-21</c>,
/// <c>21-03-2026</c>, <c>21/03/2026</c> (day first, as in Europe and the UK; month first only where the day cannot be the month), <c>21. März 2026</c>, <c>21 March</c>, <c>March 21st, 2026</c>,
/// and calendar weeks (<c>KW 14</c>, <c>week 14</c>, <c>CW14/2026</c>: the Monday of that ISO week). A date without a year
/// is the next such day from a week before the mail on.
/// </summary>
public static partial class DateReader
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["januar"] = 1, ["jänner"] = 1, ["january"] = 1, ["jan"] = 1,
        ["februar"] = 2, ["february"] = 2, ["feb"] = 2,
        ["märz"] = 3, ["maerz"] = 3, ["march"] = 3, ["mar"] = 3, ["mär"] = 3, ["mrz"] = 3,
        ["april"] = 4, ["apr"] = 4,
        ["mai"] = 5, ["may"] = 5,
        ["juni"] = 6, ["june"] = 6, ["jun"] = 6,
        ["juli"] = 7, ["july"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sept"] = 9, ["sep"] = 9,
        ["oktober"] = 10, ["october"] = 10, ["okt"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11,
        ["dezember"] = 12, ["december"] = 12, ["dez"] = 12, ["dec"] = 12,
    };

    public static IReadOnlyList<DateMention> Find(string text, DateOnly reference)
    {
        var found = new List<DateMention>();
        foreach (Match m in Numeric().Matches(text))
        {
            Add(found, m, reference, m.Groups["y"].Success ? m.Groups["y"].Value : null, m.Groups["mo"].Value, m.Groups["d"].Value);
        }

        foreach (Match m in Iso().Matches(text))
        {
            Add(found, m, reference, m.Groups["y"].Value, m.Groups["mo"].Value, m.Groups["d"].Value);
        }

        foreach (Match m in DayMonthName().Matches(text))
        {
            if (Months.TryGetValue(m.Groups["mn"].Value.TrimEnd('.'), out var month))
            {
                Add(found, m, reference, m.Groups["y"].Success ? m.Groups["y"].Value : null, month.ToString(CultureInfo.InvariantCulture), m.Groups["d"].Value);
            }
        }

        foreach (Match m in MonthNameDay().Matches(text))
        {
            if (Months.TryGetValue(m.Groups["mn"].Value.TrimEnd('.'), out var month))
            {
                Add(found, m, reference, m.Groups["y"].Success ? m.Groups["y"].Value : null, month.ToString(CultureInfo.InvariantCulture), m.Groups["d"].Value);
            }
        }

        foreach (Match m in Week().Matches(text))
        {
            var week = int.Parse(m.Groups["w"].Value, CultureInfo.InvariantCulture);
            var year = m.Groups["y"].Success ? Year(m.Groups["y"].Value) : reference.Year;
            if (week is < 1 or > 53 || week > ISOWeek.GetWeeksInYear(year))
            {
                continue;
            }

            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            if (!m.Groups["y"].Success && monday < reference.AddDays(-7))
            {
                monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year + 1, Math.Min(week, ISOWeek.GetWeeksInYear(year + 1)), DayOfWeek.Monday));
            }

            found.Add(new DateMention(monday, m.Index, m.Length, IsWeek: true));
        }

        // Overlapping readings of the same text (the ISO and the numeric pattern, say): the longest wins.
        return found.OrderBy(d => d.Index).ThenByDescending(d => d.Length)
            .Aggregate(new List<DateMention>(), (kept, d) =>
            {
                if (kept.Count == 0 || d.Index >= kept[^1].Index + kept[^1].Length)
                {
                    kept.Add(d);
                }

                return kept;
            });
    }

    private static void Add(List<DateMention> found, Match m, DateOnly reference, string? yearText, string monthText, string dayText)
    {
        var month = int.Parse(monthText, CultureInfo.InvariantCulture);
        var day = int.Parse(dayText, CultureInfo.InvariantCulture);
        // "01/25/2027": no month 25, so the American order (month first) is meant.
        if (month > 12 && day <= 12)
        {
            (day, month) = (month, day);
        }
        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            return;
        }

        if (yearText is not null)
        {
            var year = Year(yearText);
            if (day <= DateTime.DaysInMonth(year, month))
            {
                found.Add(new DateMention(new DateOnly(year, month, day), m.Index, m.Length, false));
            }

            return;
        }

        // No year: the first such day from a week before the mail on (an order does not ask for last month).
        for (var year = reference.Year; year <= reference.Year + 1; year++)
        {
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) >= reference.AddDays(-7))
            {
                found.Add(new DateMention(new DateOnly(year, month, day), m.Index, m.Length, false));
                return;
            }
        }
    }

    private static int Year(string text)
    {
        var year = int.Parse(text, CultureInfo.InvariantCulture);
        return year < 100 ? 2000 + year : year;
    }

    [GeneratedRegex(@"(?<![\d.,/])(?<d>\d{1,2})[./](?<mo>\d{1,2})(?:\.|/)(?:(?<y>\d{4})(?!\d)|(?<y>\d{2})?(?![\d,]|\.\d))|(?<![\d.,/-])(?<d>\d{1,2})-(?<mo>\d{1,2})-(?<y>\d{4})(?!\d)")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})(?!\d)")]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<![\d.])(?<d>\d{1,2})(?:\.|st|nd|rd|th)?\s*(?:of\s+)?(?<mn>[A-Za-zäÄ]{3,9}\.?)(?:\s*,?\s*(?<y>\d{4}))?(?!\w)")]
    private static partial Regex DayMonthName();

    [GeneratedRegex(@"(?<![\w])(?<mn>[A-Za-zäÄ]{3,9}\.?)\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*,\s*(?<y>\d{4}))?(?![\d.])")]
    private static partial Regex MonthNameDay();

    [GeneratedRegex(@"(?<![\w])(?:KW|CW|Kalenderwoche|calendar\s+week|week|wk\.?|Woche)\s*(?<w>\d{1,2})(?:\s*[/.-]\s*(?<y>\d{4}|\d{2})(?!\d))?(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Week();
}
