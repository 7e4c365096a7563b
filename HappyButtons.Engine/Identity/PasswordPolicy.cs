namespace HappyButtons.Engine.Identity;

/// <summary>What a password set by a person or by configuration must satisfy.</summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 10;

    /// <summary>Null when acceptable, else a sentence saying what is wrong.</summary>
    public static string? Check(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
        {
            return $"A password needs at least {MinimumLength} characters.";
        }

        return password.Distinct().Count() < 4 ? "A password must not repeat the same few characters." : null;
    }
}
