namespace HappyButtons.Engine.Mail.Imap;

/// <summary>Search criteria for UID SEARCH, built only from safe pieces (no caller text reaches the wire).</summary>
public sealed record ImapSearchQuery
{
    private ImapSearchQuery(string criteria) => Criteria = criteria;

    internal string Criteria { get; }

    public static ImapSearchQuery All { get; } = new("ALL");

    public static ImapSearchQuery Unseen { get; } = new("UNSEEN");

    public static ImapSearchQuery Deleted { get; } = new("DELETED");

    /// <summary>Messages with a UID of at least <paramref name="first"/>; note <c>n:*</c> always matches the highest UID.</summary>
    public static ImapSearchQuery UidFrom(uint first) => new($"UID {ImapUidSet.From(first)}");

    public static ImapSearchQuery Uids(ImapUidSet uids) => new($"UID {uids}");

    public ImapSearchQuery And(ImapSearchQuery other) => new($"{Criteria} {other.Criteria}");

    public override string ToString() => Criteria;
}
