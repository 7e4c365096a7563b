using System.Globalization;
using HappyButtons.Web.Security;

namespace HappyButtons.Web.Localization;

/// <summary>
/// UI text in German (default) or English. Keys are the English text, so a missing translation
/// still reads sensibly. The language comes from the signed-in user, else the <c>hb_lang</c> cookie; in an
/// interactive circuit (no HTTP request there) the router sets it once with <see cref="Use"/>.
/// </summary>
public sealed class UiText(IHttpContextAccessor accessor)
{
    public const string CookieName = "hb_lang";
    public static readonly IReadOnlyList<string> Languages = ["de", "en"];

    private string? _language;

    public string Language => _language ??= Resolve(accessor.HttpContext);

    /// <summary>Fixes the language for this scope (a circuit, a component test).</summary>
    public void Use(string language) => _language = Languages.Contains(language) ? language : "de";

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Language == "en" ? "en-GB" : "de-DE");

    public string this[string key] =>
        (Language == "de" ? UiStrings.German : UiStrings.English).TryGetValue(key, out var text) ? text : key;

    public string Format(string english, params object?[] args) => string.Format(Culture, this[english], args);

    public string Department(string code) => this["dept." + code];

    /// <summary>A count with its noun in singular or plural: <c>Count(1, "{0} message", "{0} messages")</c> is "1 Nachricht".</summary>
    public string Count(long count, string singular, string plural) => Format(count == 1 ? singular : plural, count);

    public string Date(DateTimeOffset value, TimeZoneInfo? zone = null) =>
        TimeZoneInfo.ConvertTime(value, zone ?? BerlinTime.Zone).ToString("g", Culture);

    public static string Resolve(HttpContext? context)
    {
        var fromUser = context?.User.FindFirst(ClaimNames.Language)?.Value;
        if (fromUser is not null && Languages.Contains(fromUser))
        {
            return fromUser;
        }

        var fromCookie = context?.Request.Cookies[CookieName];
        return fromCookie is not null && Languages.Contains(fromCookie) ? fromCookie : "de";
    }
}

public static class BerlinTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
}
