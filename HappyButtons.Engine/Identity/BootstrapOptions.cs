namespace HappyButtons.Engine.Identity;

/// <summary><c>HappyButtons:Bootstrap</c>: used only on an empty installation.</summary>
public sealed class BootstrapOptions
{
    public const string Section = "HappyButtons:Bootstrap";

    /// <summary>Password of the first administrator when no user exists; without it one is generated and logged once.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>Creates an administrative API key when no key exists (stored hashed).</summary>
    public string? ApiKey { get; set; }
}
