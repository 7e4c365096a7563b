namespace HappyButtons.Engine.Identity;

/// <summary>The four departments, each with its mailbox and workspace. Codes are the lower-case API names.</summary>
public static class Departments
{
    public const string Info = "info";
    public const string Sales = "sales";
    public const string Support = "support";
    public const string Finance = "finance";

    public static IReadOnlyList<string> All { get; } = [Info, Sales, Support, Finance];

    public static bool IsValid(string? code) => code is not null && All.Contains(code);
}
