using System.Globalization;

namespace HappyButtons.Engine.Jobs;

/// <summary>Says common cron schedules in words ("every 10 seconds", "daily at 03:00"); anything else is shown as written.</summary>
public static class CronDescriber
{
    private static readonly Dictionary<string, string> DayNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["1"] = "Sunday", ["2"] = "Monday", ["3"] = "Tuesday", ["4"] = "Wednesday", ["5"] = "Thursday", ["6"] = "Friday", ["7"] = "Saturday",
        ["SUN"] = "Sunday", ["MON"] = "Monday", ["TUE"] = "Tuesday", ["WED"] = "Wednesday", ["THU"] = "Thursday", ["FRI"] = "Friday", ["SAT"] = "Saturday",
    };

    public static string Describe(string expression)
    {
        if (!CronSchedule.TryParse(expression, TimeZoneInfo.Utc, out var schedule, out _))
        {
            return expression;
        }

        var f = schedule.Normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (f.Length == 7 && f[6] != "*")
        {
            return expression;
        }

        string second = f[0], minute = f[1], hour = f[2], day = f[3], month = f[4], weekday = f[5];
        var everyDay = day is "*" or "?" && weekday is "*" or "?" && month == "*";

        if (everyDay && hour == "*" && minute == "*")
        {
            if (second == "*")
            {
                return "every second";
            }

            if (Step(second) is { } seconds)
            {
                return $"every {seconds} seconds";
            }
        }

        if (everyDay && second == "0" && hour == "*")
        {
            if (minute == "*")
            {
                return "every minute";
            }

            if (Step(minute) is { } minutes)
            {
                return $"every {minutes} minutes";
            }

            if (Number(minute) is { } m)
            {
                return $"hourly at minute {m}";
            }
        }

        if (second != "0" || Number(minute) is not { } mm)
        {
            return expression;
        }

        if (everyDay && Step(hour) is { } hours && mm == 0)
        {
            return $"every {hours} hours";
        }

        if (Number(hour) is not { } hh || month != "*")
        {
            return expression;
        }

        var time = $"{hh:00}:{mm:00}";
        if (everyDay)
        {
            return $"daily at {time}";
        }

        if (day is "?" or "*" && weekday.ToUpperInvariant() is "MON-FRI" or "2-6")
        {
            return $"weekdays at {time}";
        }

        if (day is "?" or "*" && DayNames.TryGetValue(weekday, out var dayName))
        {
            return $"every {dayName} at {time}";
        }

        if (weekday is "?" or "*" && Number(day) is { } dd)
        {
            return $"monthly on day {dd} at {time}";
        }

        return expression;
    }

    private static int? Number(string field) =>
        int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static int? Step(string field)
    {
        var parts = field.Split('/');
        return parts.Length == 2 && parts[0] is "*" or "0" && Number(parts[1]) is { } n && n > 1 ? n : null;
    }
}
