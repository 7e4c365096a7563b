using System.Data.Common;
using Npgsql;

namespace HappyButtons.Engine.Storage;

public sealed class PostgresDialect : ISqlDialect
{
    public string Name => "postgres";

    public string ReturningId => "RETURNING id";

    public string UseIndex(string index) => "";

    // Commits wait for the WAL flush by default (synchronous_commit = on); said again in case a role or database turned it off.
    public string DurableCommits => "SET synchronous_commit = on";

    // Several nodes claim at once: rows another transaction holds are skipped, never waited for or taken twice.
    public string ClaimMessages => """
        WITH head AS (
            SELECT id, attempts FROM messages
            WHERE status = @Received AND (not_before IS NULL OR not_before <= @Now)
            ORDER BY id LIMIT 1
            FOR UPDATE SKIP LOCKED
        ), candidates AS (
            SELECT m.id, m.size FROM messages m, head h
            WHERE m.status = @Received AND m.id >= h.id AND (m.not_before IS NULL OR m.not_before <= @Now)
              AND (m.id = h.id OR (h.attempts = 0 AND m.attempts = 0))
            ORDER BY m.id LIMIT @Limit
            FOR UPDATE OF m SKIP LOCKED
        ), picked AS (
            SELECT id FROM (SELECT id, SUM(size) OVER (ORDER BY id) AS running FROM candidates) sized
            WHERE running <= @MaxBytes OR id = (SELECT id FROM head)
        )
        UPDATE messages SET status = @Processing, claim_owner = @Owner, claim_until = @Until, attempts = attempts + 1, updated_at = @Now
        WHERE id IN (SELECT id FROM picked)
        RETURNING id, mailbox, content_hash, received_at, attempts
        """;

    public bool IsUniqueViolation(DbException exception) => exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public bool IsTransient(DbException exception) => exception is PostgresException
    {
        SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.LockNotAvailable,
    };
}
