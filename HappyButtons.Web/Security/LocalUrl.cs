namespace HappyButtons.Web.Security;

public static class LocalUrl
{
    /// <summary>Only paths on this site are followed after sign-in or a form post (no open redirects).</summary>
    public static string OrDefault(string? url, string fallback) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.StartsWith("/\\", StringComparison.Ordinal) && !url.Contains("://", StringComparison.Ordinal)
            ? url
            : fallback;
}
