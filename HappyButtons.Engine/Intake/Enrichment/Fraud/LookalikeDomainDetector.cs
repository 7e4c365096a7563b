namespace HappyButtons.Engine.Intake.Enrichment.Fraud;

/// <summary>A sender domain that imitates a protected (customer or own) domain, and how.</summary>
public sealed record LookalikeMatch(string Domain, string ImitatedDomain, string Technique);

/// <summary>
/// Compares a sender domain with the protected domains: same homoglyph skeleton (rn/m, 0/o, 1/l,
/// Cyrillic letters, extra hyphens), the same label under another TLD (.de -> .com), a label
/// within Damerau-Levenshtein distance 1-2 (1 for short labels), or the protected domain used
/// as a sub-domain of a foreign one (autowerk-sued.de.example.com) or with additions
/// (happybuttons-de.com, autowerk-sued-rechnung.de).
/// </summary>
public sealed class LookalikeDomainDetector
{
    private readonly HashSet<string> _protected;
    private readonly List<ProtectedDomain> _parsed;

    /// <summary>A protected domain with what every comparison needs, computed once.</summary>
    private sealed record ProtectedDomain(DomainName Name, string Skeleton, string AsParent);

    public LookalikeDomainDetector(IEnumerable<string> protectedDomains)
    {
        _protected = new HashSet<string>(protectedDomains.Select(d => d.Trim().ToLowerInvariant()), StringComparer.Ordinal);
        _parsed = _protected.Select(DomainName.Parse).Select(d => new ProtectedDomain(d, d.Skeleton, d.Full + ".")).ToList();
    }

    public bool IsProtected(string domain)
    {
        var d = domain.Trim().TrimEnd('.').ToLowerInvariant();
        return _protected.Contains(d) || _protected.Any(p => IsSubdomainOf(d, p));
    }

    public LookalikeMatch? Find(string domain)
    {
        if (string.IsNullOrWhiteSpace(domain) || IsProtected(domain)) return null;
        var candidate = DomainName.Parse(domain);
        var skeleton = candidate.Skeleton;
        foreach (var known in _parsed)
        {
            var technique = Compare(candidate, skeleton, known);
            if (technique is not null) return new LookalikeMatch(candidate.Full, known.Name.Full, technique);
        }
        return null;
    }

    private static bool IsSubdomainOf(string domain, string parent) =>
        domain.Length > parent.Length && domain[^(parent.Length + 1)] == '.' && domain.EndsWith(parent, StringComparison.Ordinal);

    private static string? Compare(DomainName candidate, string skeleton, ProtectedDomain protectedDomain)
    {
        var known = protectedDomain.Name;
        if (candidate.Full.Contains(protectedDomain.AsParent, StringComparison.Ordinal))
            return "protected domain used as a sub-domain";
        if (candidate.Label == known.Label)
            return candidate.Suffix == known.Suffix ? null : $"same name under .{candidate.Suffix} instead of .{known.Suffix}";
        if (skeleton == protectedDomain.Skeleton)
            return candidate.IsPunycode || candidate.Label.Any(c => c > 127)
                ? "international (IDN) characters that look like Latin letters"
                : candidate.Label.Replace("-", "") == known.Label.Replace("-", "") ? "added or removed hyphens" : "lookalike characters";

        if (protectedDomain.Skeleton.Length >= 6 && skeleton.Contains(protectedDomain.Skeleton, StringComparison.Ordinal))
            return "protected name with additions";

        var allowed = known.Label.Length >= 8 ? 2 : known.Label.Length >= 4 ? 1 : 0;
        if (allowed == 0 || Math.Abs(candidate.Label.Length - known.Label.Length) > allowed) return null;
        var distance = Math.Min(
            DamerauLevenshtein.Distance(candidate.Label, known.Label),
            DamerauLevenshtein.Distance(skeleton, protectedDomain.Skeleton));
        return distance <= allowed ? $"name differs by {distance} character(s)" : null;
    }
}
