using System.Data.Common;
using Npgsql;

namespace HappyButtons.Engine.Storage;

public sealed class PostgresDialect : ISqlDialect
{
    public string Name => "postgres";


    // Commits wait for the WAL flush by default (synchronous_commit = on); said again in case a role or database turned it off.
    public string DurableCommits => "SET synchronous_commit = on";

    // Several nodes claim at once: rows another transaction holds are skipped, never waited for or taken twice.
    public string ClaimMessages => """
        WITH head AS (
            SELECT id, attempts FROM messages
            WHERE status = 'received' AND (not_before IS NULL OR not_before <= {1})
            ORDER BY id LIMIT 1
            FOR UPDATE SKIP LOCKED
        ), candidates AS (
            SELECT m.id, m.size FROM messages m, head h
            WHERE m.status = 'received' AND m.id >= h.id AND (m.not_before IS NULL OR m.not_before <= {1})
              AND (m.id = h.id OR (h.attempts = 0 AND m.attempts = 0))
            ORDER BY m.id LIMIT {3}
            FOR UPDATE OF m SKIP LOCKED
        ), picked AS (
            SELECT id FROM (SELECT id, SUM(size) OVER (ORDER BY id) AS running FROM candidates) sized
            WHERE running <= {4} OR id = (SELECT id FROM head)
        )
        UPDATE messages SET status = 'processing', claim_owner = {0}, claim_until = {2}, attempts = attempts + 1, updated_at = {1}
        WHERE id IN (SELECT id FROM picked)
        RETURNING id, mailbox, content_hash, received_at, attempts
        """;

    // Whole words (or prefixes where typed with *), all required; accents are folded on both sides (hb_search_text, see the Initial migration).
    public string? SearchQuery(string? typed) =>
        SearchTerms.Of(typed) is { Count: > 0 } terms ? string.Join(" & ", terms.Select(t => "'" + t.Text + "'" + (t.Prefix ? ":*" : ""))) : null;

    public string SearchMessageIds => "SELECT id AS \"Value\" FROM messages WHERE search @@ to_tsquery('simple', hb_search_text({0}))";

    public bool IsUniqueViolation(DbException exception) => exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public bool IsTransient(DbException exception) => exception is PostgresException
    {
        SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.LockNotAvailable,
    };
}
