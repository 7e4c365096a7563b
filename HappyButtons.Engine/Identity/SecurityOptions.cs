using System.ComponentModel.DataAnnotations;

namespace HappyButtons.Engine.Identity;

/// <summary><c>HappyButtons:Security</c>: lockout, sign-in rate limits and sessions.</summary>
public sealed class SecurityOptions : IValidatableObject
{
    public const string Section = "HappyButtons:Security";

    /// <summary>Failed sign-ins of one account from one client address that lock the account for that address.</summary>
    [Range(1, 100)] public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>
    /// Failed sign-ins of one account from all addresses together that lock it everywhere. Higher than
    /// <see cref="MaxFailedAttempts"/>, so that one address alone cannot keep the owner out.
    /// </summary>
    [Range(1, 1000)] public int AccountMaxFailedAttempts { get; set; } = 20;

    [Range(1, 24 * 60)] public int LockoutMinutes { get; set; } = 15;

    /// <summary>Sign-in form posts allowed per client address and minute; more get 429.</summary>
    [Range(1, 10_000)] public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>How long a request may rely on an earlier check of its session (0: every request asks the database).</summary>
    [Range(0, 60)] public double SessionCheckSeconds { get; set; } = 3;

    /// <summary>Trust X-Forwarded-For/-Proto from any proxy. Enable only behind a reverse proxy you run.</summary>
    public bool TrustForwardedHeaders { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AccountMaxFailedAttempts < MaxFailedAttempts)
        {
            yield return new ValidationResult(
                "HappyButtons:Security:AccountMaxFailedAttempts must be at least HappyButtons:Security:MaxFailedAttempts.",
                [nameof(AccountMaxFailedAttempts)]);
        }
    }
}
