namespace HappyButtons.Engine.Routing;

/// <summary>
/// Sender patterns of routing rules: an exact address, a bare domain (also matches its
/// sub-domains), or a wildcard pattern with * and ? ("*@kunde.de", "einkauf@*", "*.kunde.de").
/// </summary>
public static class SenderPattern
{
    public static bool Matches(string pattern, string address)
    {
        pattern = pattern.Trim().ToLowerInvariant();
        address = address.Trim().ToLowerInvariant();
        var at = address.LastIndexOf('@');
        var domain = at < 0 ? "" : address[(at + 1)..];
        if (!pattern.Contains('@'))
        {
            return pattern.Contains('*') || pattern.Contains('?')
                ? Glob(pattern, domain)
                : domain == pattern || domain.EndsWith("." + pattern, StringComparison.Ordinal);
        }
        return Glob(pattern, address);
    }

    /// <summary>Iterative wildcard match without backtracking blow-up.</summary>
    private static bool Glob(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t])) { p++; t++; }
            else if (p < pattern.Length && pattern[p] == '*') { star = p++; mark = t; }
            else if (star >= 0) { p = star + 1; t = ++mark; }
            else return false;
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }
}
