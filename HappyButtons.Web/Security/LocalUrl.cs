namespace HappyButtons.Web.Security;

public static class LocalUrl
{
    /// <summary>Only paths on this site are followed after sign-in or a form post (no open redirects).</summary>
    public static string OrDefault(string? url, string fallback) => IsLocal(url) ? url! : fallback;

    /// <summary>
    /// A path on this site: starts with one slash, and holds no backslash and no control or whitespace character —
    /// browsers drop tabs and newlines and read a backslash as a slash, so <c>/%09/evil.example</c> or
    /// <c>/\evil.example</c> would leave the site.
    /// </summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.Length <= 2048 && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.Contains('\\') && !url.Contains("://", StringComparison.Ordinal)
        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '\u200B' or '\u2028' or '\u2029' or '\uFEFF');
}
