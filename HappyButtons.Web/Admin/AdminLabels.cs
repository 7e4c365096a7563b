using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Enrichment;
using HappyButtons.Engine.Routing;
using HappyButtons.Web.Localization;

namespace HappyButtons.Web.Admin;

/// <summary>
/// The words the administration pages show for the codes rules and the intake use (customer types, languages,
/// urgencies, automation, federal states…). Each method returns UI text; an unknown code is shown as it is,
/// so a value stored by an older release is still visible.
/// </summary>
public static class AdminLabels
{
    public static readonly IReadOnlyList<string> Urgencies = ["low", "normal", "high", "critical"];
    public static readonly IReadOnlyList<string> CustomerTypes = ["regular", "oem", "distributor", "unknown"];
    public static readonly IReadOnlyList<string> Languages = ["de", "en", "other"];
    public static readonly IReadOnlyList<string> AutomationNames = ["never", "draft", "auto_send_when_confident"];

    private static readonly Dictionary<string, string> CustomerTypeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["regular"] = "Regular customer", ["oem"] = "OEM customer", ["distributor"] = "Distributor", ["unknown"] = "Unknown sender",
    };

    private static readonly Dictionary<string, string> LanguageNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["de"] = "German language", ["en"] = "English language", ["other"] = "Other language",
    };

    private static readonly Dictionary<string, string> Automations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["never"] = "never", ["draft"] = "draft", ["auto_send_when_confident"] = "auto-send when confident",
    };

    private static readonly Dictionary<string, string> FederalStates = new(StringComparer.OrdinalIgnoreCase)
    {
        ["BW"] = "Baden-Württemberg", ["BY"] = "Bavaria", ["BE"] = "Berlin", ["BB"] = "Brandenburg", ["HB"] = "Bremen", ["HH"] = "Hamburg",
        ["HE"] = "Hesse", ["MV"] = "Mecklenburg-Western Pomerania", ["NI"] = "Lower Saxony", ["NW"] = "North Rhine-Westphalia",
        ["RP"] = "Rhineland-Palatinate", ["SL"] = "Saarland", ["SN"] = "Saxony", ["ST"] = "Saxony-Anhalt", ["SH"] = "Schleswig-Holstein",
        ["TH"] = "Thuringia",
    };

    public static string Urgency(UiText ui, string? code) => code is null ? "–" : Urgencies.Contains(code, StringComparer.OrdinalIgnoreCase) ? ui[code.ToLowerInvariant()] : code;

    public static string Urgency(UiText ui, Urgency urgency) => Urgency(ui, urgency.ToApiName());

    public static string CustomerType(UiText ui, string code) => CustomerTypeNames.TryGetValue(code, out var key) ? ui[key] : code;

    public static string Language(UiText ui, string code) => LanguageNames.TryGetValue(code, out var key) ? ui[key] : code;

    public static string Intent(UiText ui, string code) => ui[IntakeLabels.Intent(code)];

    public static string Department(UiText ui, string code) => Departments.IsValid(code) ? ui.Department(code) : code;

    public static string Automation(UiText ui, string code) => Automations.TryGetValue(code, out var key) ? ui[key] : code;

    public static string Automation(UiText ui, AutomationPolicy policy) => Automation(ui, Routing.RuleForm.AutomationName(policy));

    /// <summary>The federal state's name (Bayern), not its code (BY).</summary>
    public static string FederalState(UiText ui, string code) => FederalStates.TryGetValue(code, out var key) ? ui[key] : code;

    public static string MatchKind(UiText ui, CustomerMatchKind kind) => kind switch
    {
        CustomerMatchKind.ExactAddress => ui["recognised by the sender address"],
        CustomerMatchKind.Domain => ui["recognised by the sender domain"],
        CustomerMatchKind.ReferenceInText => ui["recognised by a reference in the text"],
        _ => ui["not recognised"],
    };

    public static string Outcome(UiText ui, RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.Matched => ui["matched"],
        RuleOutcome.NotMatched => ui["did not match"],
        RuleOutcome.Disabled => ui["disabled"],
        RuleOutcome.NotReached => ui["not reached"],
        _ => ui["failed"],
    };

    /// <summary>"a", "a or b", "a, b or c" (<paramref name="and"/>: "… and c").</summary>
    public static string List(UiText ui, IEnumerable<string> items, bool and = false)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list[..^1]) + " " + (and ? ui["and"] : ui["or"]) + " " + list[^1],
        };
    }

    /// <summary>A word or phrase in the reader's quotation marks: „so“ or “so”.</summary>
    public static string Quote(UiText ui, string text) => ui.Language == "de" ? $"„{text}“" : $"“{text}”";
}

