using System.Globalization;

namespace HappyButtons.Engine.Mail.Mime;

/// <summary>
/// Reads RFC 5322 dates and the obsolete forms real mail uses: two-digit years, named zones
/// (CEST, EST, ...), missing seconds or day-of-week, asctime order. Token-based, so field order barely matters.
/// </summary>
public static class MimeDateParser
{
    private static readonly char[] TokenSeparators = [' ', '\t', ',', '\r', '\n'];
    private static readonly char[] ZoneStarts = ['+', '-', 'Z'];

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly Dictionary<string, int> ZoneMinutes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0, ["WET"] = 0, ["WEST"] = 60, ["BST"] = 60,
        ["CET"] = 60, ["MET"] = 60, ["MEZ"] = 60, ["CEST"] = 120, ["MEST"] = 120, ["MESZ"] = 120,
        ["EET"] = 120, ["EEST"] = 180, ["MSK"] = 180, ["IST"] = 330, ["JST"] = 540, ["KST"] = 540,
        ["EST"] = -300, ["EDT"] = -240, ["CST"] = -360, ["CDT"] = -300, ["MST"] = -420, ["MDT"] = -360,
        ["PST"] = -480, ["PDT"] = -420, ["AKST"] = -540, ["AKDT"] = -480, ["HST"] = -600,
    };

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        int? day = null, month = null, year = null, offset = null;
        (int H, int M, int S)? time = null;
        foreach (var raw in text.Split(TokenSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.Trim('(', ')', '.');
            if (token.Length == 0) continue;
            if (time is null && token.Contains(':') && TryTime(token, out var t, out var attachedZone))
            {
                time = t;
                offset ??= attachedZone;
            }
            else if (month is null && MonthOf(token) is { } m) month = m;
            else if (offset is null && time is not null && TryZone(token, out var zone)) offset = zone;
            else if (token.Length <= 4 && IsDigits(token))
            {
                var number = int.Parse(token, CultureInfo.InvariantCulture);
                if (day is null && token.Length <= 2 && number is >= 1 and <= 31 && year is null) day = number;
                else if (year is null) year = ExpandYear(number, token.Length);
            }
        }
        if (day is null || month is null || year is null) return IsoFallback(text);
        return Build(year.Value, month.Value, day.Value, time ?? (0, 0, 0), offset ?? 0);
    }

    private static DateTimeOffset? Build(int year, int month, int day, (int H, int M, int S) time, int offsetMinutes)
    {
        if (year is < 1 or > 9999 || day > DateTime.DaysInMonth(year, month)) return null;
        if (time.H > 23 || time.M > 59 || time.S > 60 || Math.Abs(offsetMinutes) > 14 * 60) return null;
        // A leap second (":60") is read as the last second of the minute.
        var second = Math.Min(time.S, 59);
        return new DateTimeOffset(year, month, day, time.H, time.M, second, TimeSpan.FromMinutes(offsetMinutes));
    }

    /// <summary>RFC 5322 section 4.3: two-digit years 00-49 are 20xx, 50-99 are 19xx; three-digit years add 1900.</summary>
    private static int ExpandYear(int number, int digits) => digits switch
    {
        <= 2 => number < 50 ? 2000 + number : 1900 + number,
        3 => 1900 + number,
        _ => number,
    };

    private static int? MonthOf(string token)
    {
        if (token.Length < 3 || !char.IsAsciiLetter(token[0])) return null;
        var prefix = token[..3].ToLowerInvariant();
        var index = Array.IndexOf(Months, prefix);
        // German "Mär", "Mai", "Okt", "Dez" show up in hand-written headers.
        if (index < 0) index = prefix switch { "mär" or "mrz" => 2, "mai" => 4, "okt" => 9, "dez" => 11, _ => -1 };
        return index < 0 ? null : index + 1;
    }

    private static bool TryTime(string token, out (int, int, int) time, out int? zone)
    {
        time = default;
        zone = null;
        var zoneAt = token.IndexOfAny(ZoneStarts, 1);
        var clock = zoneAt > 0 ? token[..zoneAt] : token;
        if (zoneAt > 0 && TryZone(token[zoneAt..], out var z)) zone = z;
        var parts = clock.Split(':');
        if (parts.Length is < 2 or > 3) return false;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var h)) return false;
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m)) return false;
        var s = 0;
        if (parts.Length == 3 && !int.TryParse(parts[2].Split('.')[0], NumberStyles.None, CultureInfo.InvariantCulture, out s)) return false;
        time = (h, m, s);
        return true;
    }

    private static bool TryZone(string token, out int minutes)
    {
        minutes = 0;
        if (token.Length >= 3 && token[0] is '+' or '-')
        {
            var digits = token[1..].Replace(":", "", StringComparison.Ordinal);
            if (digits.Length is 4 or 2 && IsDigits(digits))
            {
                var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
                var mins = digits.Length == 4 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0;
                minutes = (hours * 60 + mins) * (token[0] == '-' ? -1 : 1);
                return true;
            }
            return false;
        }
        if (ZoneMinutes.TryGetValue(token, out minutes)) return true;
        // RFC 5322 4.3: military single-letter zones are unreliable and read as "-0000" (UTC).
        return token.Length == 1 && char.IsAsciiLetter(token[0]) && token != "j" && token != "J";
    }

    private static bool IsDigits(string token) => !token.AsSpan().ContainsAnyExceptInRange('0', '9');

    private static DateTimeOffset? IsoFallback(string text) =>
        DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;
}
