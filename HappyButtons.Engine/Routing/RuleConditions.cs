namespace HappyButtons.Engine.Routing;

/// <summary>
/// What a rule matches; every condition that is set must hold (AND), an unset condition is ignored.
/// Taxonomy values use the API names ("sales", "order", "high", "de", "oem") so admin-edited rules
/// store and validate as plain text.
/// </summary>
public sealed record RuleConditions
{
    /// <summary>Receiving mailbox names, e.g. "sales".</summary>
    public IReadOnlyList<string> Mailboxes { get; init; } = [];
    /// <summary>Sender patterns: exact address, domain (matches sub-domains), or wildcards like "*@kunde.de", "einkauf@*".</summary>
    public IReadOnlyList<string> Senders { get; init; } = [];
    /// <summary>Customer types: "regular", "oem", "distributor"; "unknown" for senders without a customer.</summary>
    public IReadOnlyList<string> CustomerTypes { get; init; } = [];
    /// <summary>True: only mail with OEM signals (account type, agreement number, OEM wording).</summary>
    public bool? IsOem { get; init; }
    public IReadOnlyList<string> Intents { get; init; } = [];
    /// <summary>Matches when the assessed urgency is at least this level.</summary>
    public string? MinimumUrgency { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];
    public int? MinimumRiskScore { get; init; }
    public int? MaximumRiskScore { get; init; }
    /// <summary>Any of these words or phrases in subject or text (case and umlaut insensitive).</summary>
    public IReadOnlyList<string> AnyKeywords { get; init; } = [];
    /// <summary>All of these words or phrases in subject or text.</summary>
    public IReadOnlyList<string> AllKeywords { get; init; } = [];
    /// <summary>.NET regular expression over subject and text, run with a 100 ms timeout.</summary>
    public string? Regex { get; init; }
    /// <summary>Attachment content types ("application/pdf", "image/*") or extensions (".pdf", "xlsx").</summary>
    public IReadOnlyList<string> AttachmentTypes { get; init; } = [];

    public bool IsEmpty =>
        Mailboxes.Count == 0 && Senders.Count == 0 && CustomerTypes.Count == 0 && IsOem is null && Intents.Count == 0
        && MinimumUrgency is null && Languages.Count == 0 && MinimumRiskScore is null && MaximumRiskScore is null
        && AnyKeywords.Count == 0 && AllKeywords.Count == 0 && string.IsNullOrEmpty(Regex) && AttachmentTypes.Count == 0;
}
