using System.Data.Common;

namespace HappyButtons.Engine.Storage;

/// <summary>
/// Everything that differs between SQLite and PostgreSQL lives behind this seam, so callers
/// write portable SQL and ask the dialect only for the few constructs that are not.
/// </summary>
public interface ISqlDialect
{
    /// <summary>"sqlite" or "postgres".</summary>
    string Name { get; }

    /// <summary>
    /// SQL that makes the connection's commits wait until they are on disk, for as long as it stays open. A connection EF
    /// Core opens starts without it (<see cref="SqliteConnectionSetup"/>): its commits survive a crash of the process, and
    /// a power loss from the next checkpoint on.
    /// </summary>
    string DurableCommits { get; }

    /// <summary>
    /// The statement that claims the next group of received messages for a processing worker (<c>ProcessingQueue</c>),
    /// with EF Core's positional parameters: {0} owner, {1} now, {2} claim until, {3} most mails, {4} most bytes (times in
    /// Unix ms); returns <c>id, mailbox, content_hash, received_at, attempts</c> of the claimed rows.
    /// </summary>
    string ClaimMessages { get; }

    /// <summary>
    /// Turns what a person typed into this dialect's full-text query (every term must occur as a whole word; a term ending
    /// in <c>*</c> matches words beginning with it), so no input can be a syntax error; null when nothing searchable is left.
    /// </summary>
    string? SearchQuery(string? typed);

    /// <summary>A query of the ids (column <c>Value</c>) of messages matching {0}, a <see cref="SearchQuery"/>.</summary>
    string SearchMessageIds { get; }


    /// <summary>True when the exception is a unique or primary key violation.</summary>
    bool IsUniqueViolation(DbException exception);

    /// <summary>True when the database was busy or locked and the operation may be retried.</summary>
    bool IsTransient(DbException exception);
}

/// <summary>
/// What both dialects' full-text queries are built from: up to ten terms of letters, digits and @ . - _, each a whole word
/// unless typed with a trailing <c>*</c>. Whole words by default because a prefix costs the index a merge of every word
/// it begins (over 100,000 mails: 111 ms for one common prefix against 9 ms for the word, docs/storage.md).
/// </summary>
internal static class SearchTerms
{
    public static IReadOnlyList<SearchTerm> Of(string? typed) => string.IsNullOrWhiteSpace(typed)
        ? []
        : typed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(t => new SearchTerm(new string(t.Where(c => char.IsLetterOrDigit(c) || c is '@' or '.' or '-' or '_').ToArray()).Trim('.', '-', '_'),
                t.EndsWith('*')))
            .Where(t => t.Text.Length > 0)
            .Take(10)
            .ToList();
}

internal sealed record SearchTerm(string Text, bool Prefix);
