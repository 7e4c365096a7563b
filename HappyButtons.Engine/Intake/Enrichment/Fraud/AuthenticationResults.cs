using System.Text.RegularExpressions;

namespace HappyButtons.Engine.Intake.Enrichment.Fraud;

/// <summary>SPF, DKIM and DMARC verdicts read from Authentication-Results headers (RFC 8601).</summary>
public sealed record AuthenticationResults(string? Spf, string? Dkim, string? Dmarc)
{
    // Linear pattern (the '=' separates the two \s* runs), so no match timeout.
    private static readonly Regex Verdict = new(
        @"\b(?<method>spf|dkim|dmarc)\s*=\s*(?<result>[a-z]+)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Regex.InfiniteMatchTimeout);

    /// <summary>The worst verdict per method across all headers (a failing DKIM signature beats a passing one only if none passes).</summary>
    public static AuthenticationResults Parse(IEnumerable<string> headerValues)
    {
        string? spf = null, dkim = null, dmarc = null;
        foreach (var value in headerValues)
        {
            foreach (Match m in Verdict.Matches(value))
            {
                var result = m.Groups["result"].Value.ToLowerInvariant();
                switch (m.Groups["method"].Value.ToLowerInvariant())
                {
                    case "spf": spf = Worse(spf, result); break;
                    case "dkim": dkim = dkim == "pass" ? dkim : result; break;
                    case "dmarc": dmarc = Worse(dmarc, result); break;
                }
            }
        }
        return new AuthenticationResults(spf, dkim, dmarc);
    }

    private static string Worse(string? current, string next) =>
        current is "fail" or "permerror" ? current : next is "fail" or "permerror" ? next : current is "softfail" ? current : next;
}
