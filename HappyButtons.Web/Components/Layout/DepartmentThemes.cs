using MudBlazor;

namespace HappyButtons.Web.Components.Layout;

/// <summary>
/// One MudBlazor theme per workspace: the department's colour is the primary colour and the app bar's, so a person
/// always sees where they are. Scopes: the four departments, "admin", and "neutral" (sign-in, account, errors).
/// </summary>
public static class DepartmentThemes
{
    public static readonly IReadOnlyDictionary<string, string> Colours = new Dictionary<string, string>
    {
        ["info"] = "#0f766e",
        ["sales"] = "#1d4ed8",
        ["support"] = "#c2410c",
        ["finance"] = "#15803d",
        ["admin"] = "#334155",
        ["neutral"] = "#3f3f46",
    };

    private static readonly Dictionary<string, MudTheme> Themes = Colours.ToDictionary(c => c.Key, c => Create(c.Value));

    /// <summary>The theme of a scope (a department code or "admin"); the neutral one for anything else.</summary>
    public static MudTheme For(string? scope) => Themes.GetValueOrDefault(scope ?? "neutral") ?? Themes["neutral"];

    private static MudTheme Create(string colour) => new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = colour,
            AppbarBackground = colour,
            AppbarText = "#ffffff",
            Background = "#f4f5f7",
            DrawerBackground = "#ffffff",
            DrawerText = "#27272a",
            DrawerIcon = "#52525b",
            TextPrimary = "#18181b",
            TextSecondary = "#52525b",
            Secondary = "#52525b",
            Info = "#0369a1",
            Success = "#15803d",
            Warning = "#b45309",
            Error = "#b91c1c",
            TableHover = "#f4f4f5",
            LinesDefault = "#e4e4e7",
        },
        LayoutProperties = new LayoutProperties
        {
            DrawerWidthLeft = "240px",
            AppbarHeight = "56px",
            DefaultBorderRadius = "6px",
        },
    };
}
