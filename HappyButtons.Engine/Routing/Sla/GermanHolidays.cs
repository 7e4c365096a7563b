using NodaTime;

namespace HappyButtons.Engine.Routing.Sla;

/// <summary>
/// German public holidays for a year and federal state (two-letter code: BW, BY, BE, BB, HB, HH,
/// HE, MV, NI, NW, RP, SL, SN, ST, SH, TH): the national ones, the Easter-dependent ones and the
/// state-specific ones. Sunday-only holidays (Ostersonntag, Pfingstsonntag) are omitted since
/// Sundays are not business days anyway.
/// </summary>
public static class GermanHolidays
{
    public static readonly IReadOnlySet<string> States = new HashSet<string>(
        ["BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] EpiphanyStates = ["BW", "BY", "ST"];
    private static readonly string[] CorpusChristiStates = ["BW", "BY", "HE", "NW", "RP", "SL"];
    private static readonly string[] AllSaintsStates = ["BW", "BY", "NW", "RP", "SL"];
    private static readonly string[] ReformationStates = ["BB", "MV", "SN", "ST", "TH"];
    private static readonly string[] ReformationStatesSince2018 = ["HB", "HH", "NI", "SH"];

    public static IReadOnlyList<Holiday> For(int year, string state)
    {
        state = state.ToUpperInvariant();
        if (!States.Contains(state)) throw new ArgumentException($"unknown federal state \"{state}\"", nameof(state));
        var easter = EasterSunday(year);
        var list = new List<Holiday>
        {
            new(new LocalDate(year, 1, 1), "Neujahr"),
            new(easter.PlusDays(-2), "Karfreitag"),
            new(easter.PlusDays(1), "Ostermontag"),
            new(new LocalDate(year, 5, 1), "Tag der Arbeit"),
            new(easter.PlusDays(39), "Christi Himmelfahrt"),
            new(easter.PlusDays(50), "Pfingstmontag"),
            new(new LocalDate(year, 10, 3), "Tag der Deutschen Einheit"),
            new(new LocalDate(year, 12, 25), "1. Weihnachtstag"),
            new(new LocalDate(year, 12, 26), "2. Weihnachtstag"),
        };
        if (EpiphanyStates.Contains(state)) list.Add(new(new LocalDate(year, 1, 6), "Heilige Drei Könige"));
        if ((state == "BE" && year >= 2019) || (state == "MV" && year >= 2023)) list.Add(new(new LocalDate(year, 3, 8), "Internationaler Frauentag"));
        if (CorpusChristiStates.Contains(state)) list.Add(new(easter.PlusDays(60), "Fronleichnam"));
        if (state == "SL") list.Add(new(new LocalDate(year, 8, 15), "Mariä Himmelfahrt"));
        if (state == "TH" && year >= 2019) list.Add(new(new LocalDate(year, 9, 20), "Weltkindertag"));
        if (ReformationStates.Contains(state) || year == 2017 || (year >= 2018 && ReformationStatesSince2018.Contains(state)))
            list.Add(new(new LocalDate(year, 10, 31), "Reformationstag"));
        if (AllSaintsStates.Contains(state)) list.Add(new(new LocalDate(year, 11, 1), "Allerheiligen"));
        if (state == "SN") list.Add(new(RepentanceDay(year), "Buß- und Bettag"));
        return list.OrderBy(h => h.Date).ToList();
    }

    /// <summary>Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    public static LocalDate EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new LocalDate(year, month, day);
    }

    /// <summary>Buß- und Bettag: the Wednesday before 23 November.</summary>
    private static LocalDate RepentanceDay(int year)
    {
        var date = new LocalDate(year, 11, 22);
        while (date.DayOfWeek != IsoDayOfWeek.Wednesday) date = date.PlusDays(-1);
        return date;
    }
}
