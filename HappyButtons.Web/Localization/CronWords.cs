using System.Text.RegularExpressions;

namespace HappyButtons.Web.Localization;

/// <summary>Puts the job engine's English schedule descriptions ("every 10 seconds") into German for the UI.</summary>
public static partial class CronWords
{
    private static readonly Dictionary<string, string> Days = new()
    {
        ["Monday"] = "Montag", ["Tuesday"] = "Dienstag", ["Wednesday"] = "Mittwoch", ["Thursday"] = "Donnerstag",
        ["Friday"] = "Freitag", ["Saturday"] = "Samstag", ["Sunday"] = "Sonntag",
    };

    public static string ToGerman(string english) => english switch
    {
        "every second" => "jede Sekunde",
        "every minute" => "jede Minute",
        _ when Every().Match(english) is { Success: true } m => $"alle {m.Groups[1].Value} {Unit(m.Groups[2].Value)}",
        _ when HourlyAt().Match(english) is { Success: true } m => $"stündlich zur Minute {m.Groups[1].Value}",
        _ when DailyAt().Match(english) is { Success: true } m => $"täglich um {m.Groups[1].Value} Uhr",
        _ when WeekdaysAt().Match(english) is { Success: true } m => $"werktags um {m.Groups[1].Value} Uhr",
        _ when MonthlyAt().Match(english) is { Success: true } m => $"monatlich am {m.Groups[1].Value}. um {m.Groups[2].Value} Uhr",
        _ when WeeklyAt().Match(english) is { Success: true } m && Days.TryGetValue(m.Groups[1].Value, out var day) => $"jeden {day} um {m.Groups[2].Value} Uhr",
        _ => english,
    };

    private static string Unit(string english) => english switch
    {
        "seconds" => "Sekunden",
        "minutes" => "Minuten",
        _ => "Stunden",
    };

    [GeneratedRegex(@"^every (\d+) (seconds|minutes|hours)$")]
    private static partial Regex Every();

    [GeneratedRegex(@"^hourly at minute (\d+)$")]
    private static partial Regex HourlyAt();

    [GeneratedRegex(@"^daily at (\d\d:\d\d)$")]
    private static partial Regex DailyAt();

    [GeneratedRegex(@"^weekdays at (\d\d:\d\d)$")]
    private static partial Regex WeekdaysAt();

    [GeneratedRegex(@"^monthly on day (\d+) at (\d\d:\d\d)$")]
    private static partial Regex MonthlyAt();

    [GeneratedRegex(@"^every (\w+day) at (\d\d:\d\d)$")]
    private static partial Regex WeeklyAt();
}
