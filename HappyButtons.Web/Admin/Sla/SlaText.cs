using System.Text.RegularExpressions;
using HappyButtons.Web.Localization;

namespace HappyButtons.Web.Admin.Sla;

/// <summary>Durations and the SLA store's refusals in the reader's language.</summary>
public static partial class SlaText
{
    /// <summary>A target in business time: "45 Min.", "8 Std.", "1 Std. 30 Min.".</summary>
    public static string Duration(UiText ui, NodaTime.Duration duration)
    {
        var minutes = (long)duration.TotalMinutes;
        return (minutes / 60, minutes % 60) switch
        {
            (0, var m) => ui.Format("{0} min", m),
            (var h, 0) => ui.Format("{0} h", h),
            (var h, var m) => ui.Format("{0} h {1} min", h, m),
        };
    }

    /// <summary>The store answers with an English sentence (or null when it saved).</summary>
    public static string Refusal(UiText ui, string error) =>
        StateCode().IsMatch(error) ? ui["Please choose a federal state."] : ui[error];

    [GeneratedRegex("""^".*" is not a German federal state code\.$""")]
    private static partial Regex StateCode();
}
