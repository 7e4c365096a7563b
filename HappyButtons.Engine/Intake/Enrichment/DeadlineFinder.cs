using System.Buffers;
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

    // Vetted patterns with bounded quantifiers only: linear time, so no match timeout. Each starts with \G and is
    // tried only where a cheap test says a match could start (see Matches), instead of at every position.
    // Digits are [0-9], not \d: \d also matches full-width and Arabic-Indic digits, which the date parsing below rejects.
    private static readonly Regex DayMonthName = Anchored(
        $@"\b(?<d>[0-3]?[0-9])(?:\.|st|nd|rd|th)?\s{{1,3}}(?:of\s)?(?<mon>{MonthNames})\b\.?(?:\s(?<y>20[0-9][0-9]))?");

    private static readonly Regex MonthNameDay = Anchored(
        $@"\b(?<mon>{MonthNames})\.?\s{{1,3}}(?<d>[0-3]?[0-9])(?:st|nd|rd|th)?\b(?:,?\s(?<y>20[0-9][0-9]))?");

    private static readonly Regex GermanDate = Anchored(
        @"\b(?<d>[0-3]?[0-9])\.(?<m>[01]?[0-9])\.(?<y>(?:20)?[0-9][0-9])?(?![0-9])");

    private static readonly Regex IsoDate = Anchored(
        @"\b(?<y>20[0-9][0-9])-(?<m>[01][0-9])-(?<d>[0-3][0-9])\b");

    private static readonly Regex DeadlineContext = new(
        @"(?:bis|spaetestens|zum|am|by|until|before|no later than|deadline|termin|liefertermin|due)\W{1,3}(?:zum\s|den\s|the\s)?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

    private static readonly SearchValues<string> MonthNameValues = SearchValues.Create([.. Months.Keys], StringComparison.Ordinal);

    private static readonly SearchValues<char> AsciiNonDigits = SearchValues.Create(
        [.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiDigit(c))]);

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
        var numbers = Numbers(text);
        foreach (var m in Matches(GermanDate, text, Starts(numbers, IsDayThenDot)))
        {
            // A bare "12.3." only counts after deadline words, so version numbers and prices do not.
            var hasYear = m.Groups["y"].Success;
            if (!hasYear && !DeadlineContext.IsMatch(text.AsSpan(Math.Max(0, m.Index - 20), Math.Min(20, m.Index))))
                continue;
            var year = hasYear ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : received.Year;
            if (year < 100) year += 2000;
            if (TryDate(year, m.Groups["m"].Value, m.Groups["d"].Value, out var date)) yield return (date, m.Value);
        }
        foreach (var m in Matches(DayMonthName, text, Starts(numbers, IsDayThenSuffixOrSpace)).Concat(Matches(MonthNameDay, text, MonthNameStarts(text))))
        {
            var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : received.Year;
            var month = Months[m.Groups["mon"].Value].ToString(CultureInfo.InvariantCulture);
            if (TryDate(year, month, m.Groups["d"].Value, out var date)) yield return (date, m.Value);
        }
        foreach (var m in Matches(IsoDate, text, Starts(numbers, IsYearThenDash)))
        {
            if (TryDate(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), m.Groups["m"].Value, m.Groups["d"].Value, out var date))
                yield return (date, m.Value);
        }
    }

    /// <summary>
    /// What <c>Regex.Matches</c> would find, trying the anchored pattern only at <paramref name="candidates"/>
    /// (ascending). Every real match starts at a candidate, so nothing is missed.
    /// </summary>
    private static IEnumerable<Match> Matches(Regex anchored, string text, IEnumerable<int> candidates)
    {
        var resume = 0;
        foreach (var start in candidates)
        {
            if (start < resume) continue;
            var match = anchored.Match(text, start);
            if (!match.Success) continue;
            yield return match;
            resume = match.Index + match.Length;
        }
    }

    /// <summary>Where a number (a run of 0-9) starts at a word boundary, its digit count and the character after it.</summary>
    private readonly record struct Number(int Start, int Digits, char After);

    /// <summary>The numbers that could start a date.</summary>
    private static List<Number> Numbers(string text)
    {
        var numbers = new List<Number>();
        var position = 0;
        while (position < text.Length)
        {
            var next = text.AsSpan(position).IndexOfAnyExcept(AsciiNonDigits);
            if (next < 0) break;
            position += next;
            if (!char.IsAsciiDigit(text[position]))
            {
                position++;
                continue;
            }
            var end = position + 1;
            while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
            var number = new Number(position, end - position, end < text.Length ? text[end] : '\0');
            if (WordBoundary.IsAt(text, position) && (IsDayThenDot(number) || IsDayThenSuffixOrSpace(number) || IsYearThenDash(number)))
                numbers.Add(number);
            position = end;
        }
        return numbers;
    }

    // A day is one or two digits, a year four; the character after them says which pattern could follow.
    private static bool IsDayThenDot(Number n) => n.Digits <= 2 && n.After == '.';

    private static bool IsDayThenSuffixOrSpace(Number n) =>
        n.Digits <= 2 && (n.After is '.' or 's' or 'n' or 'r' or 't' || char.IsWhiteSpace(n.After));

    private static bool IsYearThenDash(Number n) => n.Digits == 4 && n.After == '-';

    private static IEnumerable<int> Starts(List<Number> numbers, Func<Number, bool> shape) => numbers.Where(shape).Select(n => n.Start);

    /// <summary>Where a month name starts at a word boundary.</summary>
    private static IEnumerable<int> MonthNameStarts(string text)
    {
        var position = 0;
        while (position < text.Length)
        {
            var next = text.AsSpan(position).IndexOfAny(MonthNameValues);
            if (next < 0) yield break;
            position += next;
            if (WordBoundary.IsAt(text, position)) yield return position;
            position++;
        }
    }

    private static Regex Anchored(string pattern) =>
        new(@"\G" + pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

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
