using System.ComponentModel.DataAnnotations;

namespace HappyButtons.Engine.Identity;

/// <summary><c>HappyButtons:Security</c>: lockout and sign-in rate limits.</summary>
public sealed class SecurityOptions
{
    public const string Section = "HappyButtons:Security";

    [Range(1, 100)] public int MaxFailedAttempts { get; set; } = 5;

    [Range(1, 24 * 60)] public int LockoutMinutes { get; set; } = 15;

    /// <summary>Sign-in form posts allowed per client address and minute; more get 429.</summary>
    [Range(1, 10_000)] public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>Trust X-Forwarded-For/-Proto from any proxy. Enable only behind a reverse proxy you run.</summary>
    public bool TrustForwardedHeaders { get; set; }
}
