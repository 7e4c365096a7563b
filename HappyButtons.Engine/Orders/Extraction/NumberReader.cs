using System.Globalization;
using System.Text.RegularExpressions;

namespace HappyButtons.Engine.Orders.Extraction;

/// <summary>
/// Reads quantities and prices written the German or the English way: <c>25.000</c> and <c>2,500</c> are thousands,
/// <c>1.500,00</c> and <c>1,500.00</c> both fifteen hundred, <c>0,3850</c> and <c>0.385</c> prices, <c>12k</c> twelve
/// thousand. A quantity with one separator followed by exactly three digits is read as thousands (nobody orders 2.5
/// buttons), unless it starts with a nought (<c>0.030</c>); a price with one separator as decimals (nobody pays 385 euros for a button).
/// </summary>
public static partial class NumberReader
{
    /// <summary>A number as written: digits with thousands groups (dot, comma, apostrophe, non-breaking or thin space; a plain space
    /// is not one: "Pos 1 100 Stk" is one hundred) and decimals.</summary>
    public const string Pattern = @"(?<![\d.,])\d{1,3}(?:(?:[.,'’]|\u00A0|\u202F)\d{3})+(?:[.,]\d+)?(?![\d])|(?<![\d.,])\d+(?:[.,]\d+)?(?![\d])";

    public static decimal? Quantity(string text)
    {
        var match = Leading().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var value = Parse(match.Groups["n"].Value, thousandsWhenAmbiguous: true);
        return value is null ? null : value * Multiplier(match.Groups["m"].Value);
    }

    public static decimal? Price(string text)
    {
        var match = Leading().Match(Currency().Replace(text, " ").Trim());
        return match.Success && match.Groups["m"].Length == 0 ? Parse(match.Groups["n"].Value, thousandsWhenAmbiguous: false) : null;
    }

    /// <summary>Reads one number token (see <see cref="Pattern"/>); null when it is none.</summary>
    public static decimal? Parse(string token, bool thousandsWhenAmbiguous)
    {
        var s = token.Trim().Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal)
            .Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (s.Length == 0 || !char.IsAsciiDigit(s[0]))
        {
            return null;
        }

        var dots = s.Count(c => c == '.');
        var commas = s.Count(c => c == ',');
        string normalized;
        if (dots > 0 && commas > 0)
        {
            var decimalSeparator = s.LastIndexOf('.') > s.LastIndexOf(',') ? '.' : ',';
            var groupSeparator = decimalSeparator == '.' ? ',' : '.';
            normalized = s.Replace(groupSeparator.ToString(), "", StringComparison.Ordinal).Replace(decimalSeparator, '.');
        }
        else if (dots + commas > 1)
        {
            normalized = s.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        }
        else if (dots + commas == 1)
        {
            var at = Math.Max(s.IndexOf('.'), s.IndexOf(','));
            var decimals = s.Length - at - 1;
            // "0.030" is a fraction however many decimals it has: no one groups the thousands of nothing.
            normalized = thousandsWhenAmbiguous && decimals == 3 && s[..at] != "0" ? s.Remove(at, 1) : s.Replace(',', '.');
        }
        else
        {
            normalized = s;
        }

        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>What a count word after a quantity multiplies it by: thousands (<c>k</c>, <c>Tsd.</c>, <c>tausend</c>, <c>thousand</c>, <c>Mille</c>) or a gross (144).</summary>
    public static decimal Multiplier(string word) => word.Length == 0 ? 1 : word.StartsWith("gros", StringComparison.OrdinalIgnoreCase) ? 144 : 1000;

    [GeneratedRegex(@"^(?<n>" + Pattern + @")\s*(?<m>k\b|tsd\.?|tausend|thousand\b|mille\b|gros\b|gross\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex Leading();

    [GeneratedRegex(@"€|\bEUR\b|\bUSD\b|\$|\bCHF\b|£|\bGBP\b", RegexOptions.IgnoreCase)]
    private static partial Regex Currency();
}
