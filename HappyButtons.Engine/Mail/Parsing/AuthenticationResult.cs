namespace HappyButtons.Engine.Mail.Parsing;

/// <summary>
/// The verdicts of the receiving server's Authentication-Results header (RFC 8601): "pass", "fail",
/// "softfail", "none", ... per method, or null when the method was not reported.
/// </summary>
public sealed record AuthenticationResult(string? AuthServId, string? Spf, string? Dkim, string? Dmarc)
{
    /// <summary>Reads the first (topmost, so added by our own server) Authentication-Results field.</summary>
    public static AuthenticationResult? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var withoutComments = StripComments(text);
        var parts = withoutComments.Split(';');
        var servId = parts[0].Trim().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        string? spf = null, dkim = null, dmarc = null;
        foreach (var part in parts.Skip(1))
        {
            var resinfo = part.Trim();
            var equals = resinfo.IndexOf('=');
            if (equals <= 0) continue;
            var method = resinfo[..equals].Trim().ToLowerInvariant();
            var slash = method.IndexOf('/');
            if (slash > 0) method = method[..slash];
            var result = new string(resinfo[(equals + 1)..].TrimStart().TakeWhile(c => !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();
            switch (method)
            {
                case "spf": spf ??= result; break;
                case "dkim": dkim = Better(dkim, result); break;
                case "dmarc": dmarc ??= result; break;
            }
        }
        return new AuthenticationResult(servId, spf, dkim, dmarc);
    }

    /// <summary>A message may carry several DKIM signatures; one passing signature is what matters.</summary>
    private static string Better(string? current, string candidate) => current == "pass" ? current : candidate;

    private static string StripComments(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (depth == 0) builder.Append(c);
        }
        return builder.ToString();
    }
}
