using System.Security.Cryptography;
using System.Text;

namespace HappyButtons.Engine.Mail.Auth;

/// <summary>How a mailbox or the SMTP server is signed in to: a password, or an OAuth2 access token (Microsoft 365, Google Workspace).</summary>
public enum MailAuthKind { Password, OAuth2 }

/// <summary>
/// Where and how an OAuth2 access token is fetched: with a refresh token when one is given (delegated access of a
/// mailbox user), else with the client-credentials grant (application access). Holds secrets: never log or render it.
/// </summary>
public sealed record OAuthSettings(string TokenEndpoint, string ClientId, string? ClientSecret, string? Scope, string? RefreshToken)
{
    public bool UsesRefreshToken => !string.IsNullOrEmpty(RefreshToken);

    /// <summary>Identifies these settings without revealing them, so a stored token is used only with the settings it was fetched for.</summary>
    public string Fingerprint() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Join('\n', TokenEndpoint, ClientId, ClientSecret ?? "", Scope ?? "", RefreshToken ?? ""))))[..32];

    /// <summary>Problems an administrator can fix; <paramref name="prefix"/> names the setting (e.g. "HappyButtons:Smtp:OAuth").</summary>
    public static IEnumerable<string> Problems(string prefix, string? tokenEndpoint, string? clientId, bool hasClientSecret, bool hasRefreshToken)
    {
        if (!IsTokenEndpoint(tokenEndpoint))
            yield return $"{prefix}:TokenEndpoint must be an https URL (http only on this machine's loopback address).";
        if (string.IsNullOrWhiteSpace(clientId))
            yield return $"{prefix}:ClientId is missing.";
        if (!hasClientSecret && !hasRefreshToken)
            yield return $"{prefix}: give a RefreshToken (delegated access) or a ClientSecret (client credentials).";
    }

    public static bool IsTokenEndpoint(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}

/// <summary>The configuration shape <c>…:OAuth:{TokenEndpoint,ClientId,ClientSecret,Scope,RefreshToken}</c>.</summary>
public sealed class OAuthOptions
{
    public string? TokenEndpoint { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public string? Scope { get; set; }
    public string? RefreshToken { get; set; }

    public OAuthSettings ToSettings() => new(TokenEndpoint ?? "", ClientId ?? "", Blank(ClientSecret), Blank(Scope), Blank(RefreshToken));

    public IEnumerable<string> Problems(string prefix) =>
        OAuthSettings.Problems(prefix, TokenEndpoint, ClientId, !string.IsNullOrEmpty(ClientSecret), !string.IsNullOrEmpty(RefreshToken));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
