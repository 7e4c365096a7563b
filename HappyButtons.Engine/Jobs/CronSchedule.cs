using System.Diagnostics.CodeAnalysis;
using Quartz;

namespace HappyButtons.Engine.Jobs;

/// <summary>
/// A cron expression in a time zone. Accepts Quartz syntax (6 or 7 fields, seconds first, day-of-week 1-7 from
/// Sunday) and standard 5-field crontab (day-of-week 0-7, Sunday = 0 or 7), which Quartz rewrites to its own form.
/// </summary>
public sealed class CronSchedule
{
    private readonly CronExpression _expression;

    private CronSchedule(string expression, CronExpression cron)
    {
        Expression = expression;
        _expression = cron;
    }

    /// <summary>The expression as written.</summary>
    public string Expression { get; }

    /// <summary>The Quartz form actually evaluated, e.g. "0 30 4 ? * MON" for "30 4 * * 1".</summary>
    public string Normalised => _expression.CronExpressionString;

    public TimeZoneInfo TimeZone => _expression.TimeZone;

    /// <summary>The first occurrence strictly after <paramref name="after"/>, or null when there is none.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after) => _expression.GetNextValidTimeAfter(after);

    // Quartz accepts some out-of-range numbers (e.g. minute 99) and then fires at a surprising time; refuse them.
    private static string? OutOfRange(string quartzExpression)
    {
        string[] names = ["second", "minute", "hour"];
        int[] limits = [59, 59, 23];
        var fields = quartzExpression.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < 3 && i < fields.Length; i++)
        {
            foreach (var token in fields[i].Split([',', '-', '/']))
            {
                if (int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > limits[i])
                {
                    return $"{names[i]} {value} is out of range (0-{limits[i]}).";
                }
            }
        }

        return null;
    }

    public static CronSchedule Parse(string expression, TimeZoneInfo timeZone) =>
        TryParse(expression, timeZone, out var schedule, out var error) ? schedule : throw new FormatException(error);

    public static bool TryParse(string? expression, TimeZoneInfo timeZone, [NotNullWhen(true)] out CronSchedule? schedule, [NotNullWhen(false)] out string? error)
    {
        schedule = null;
        if (string.IsNullOrWhiteSpace(expression))
        {
            error = "The cron expression is empty.";
            return false;
        }

        var trimmed = expression.Trim();
        var fields = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (fields is < 5 or > 7)
        {
            error = $"'{trimmed}' has {fields} fields; use 5 (minute hour day month weekday) or 6-7 (Quartz: second minute hour day month weekday [year]).";
            return false;
        }

        try
        {
            var cron = CronExpression.Parse(trimmed, fields == 5 ? CronFormat.Unix : CronFormat.Quartz).WithTimeZone(timeZone);
            if (OutOfRange(cron.CronExpressionString) is { } rangeError)
            {
                error = $"'{trimmed}' is not a valid cron expression: {rangeError}";
                return false;
            }

            if (cron.GetNextValidTimeAfter(DateTimeOffset.UtcNow) is null)
            {
                error = $"'{trimmed}' never fires again.";
                return false;
            }

            schedule = new CronSchedule(trimmed, cron);
            error = null;
            return true;
        }
        catch (FormatException e)
        {
            error = $"'{trimmed}' is not a valid cron expression: {e.Message}";
            return false;
        }
    }
}
