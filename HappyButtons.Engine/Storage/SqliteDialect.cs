using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace HappyButtons.Engine.Storage;

public sealed class SqliteDialect : ISqlDialect
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    public string Name => "sqlite";


    // WAL: FULL syncs the log at every commit; NORMAL (set by SqliteConnectionSetup on every open) only at checkpoints.
    public string DurableCommits => "PRAGMA synchronous = FULL";

    // One writer at a time: the statement runs under the write lock, so no row can be claimed twice.
    public string ClaimMessages => """
        WITH head AS (
            SELECT id, attempts FROM messages
            WHERE status = 'received' AND (not_before IS NULL OR not_before <= {1})
            ORDER BY id LIMIT 1
        ), candidates AS (
            SELECT m.id, m.size FROM messages m, head h
            WHERE m.status = 'received' AND m.id >= h.id AND (m.not_before IS NULL OR m.not_before <= {1})
              AND (m.id = h.id OR (h.attempts = 0 AND m.attempts = 0))
            ORDER BY m.id LIMIT {3}
        ), picked AS (
            SELECT id FROM (SELECT id, SUM(size) OVER (ORDER BY id) AS running FROM candidates)
            WHERE running <= {4} OR id = (SELECT id FROM head)
        )
        UPDATE messages SET status = 'processing', claim_owner = {0}, claim_until = {2}, attempts = attempts + 1, updated_at = {1}
        WHERE id IN (SELECT id FROM picked)
        RETURNING id, mailbox, content_hash, received_at, attempts
        """;

    public string? SearchQuery(string? typed) =>
        SearchTerms.Of(typed) is { Count: > 0 } terms ? string.Join(" ", terms.Select(t => "\"" + t.Text + "\"" + (t.Prefix ? "*" : ""))) : null;

    public string SearchMessageIds => "SELECT rowid AS \"Value\" FROM messages_fts WHERE messages_fts MATCH {0}";

    public bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException e && e.SqliteErrorCode == SqliteConstraint
            && e.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey;

    public bool IsTransient(DbException exception) =>
        exception is SqliteException e && e.SqliteErrorCode is SqliteBusy or SqliteLocked;
}
