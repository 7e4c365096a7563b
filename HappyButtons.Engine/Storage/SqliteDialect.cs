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

    public string ReturningId => "RETURNING id";

    public string UseIndex(string index) => "INDEXED BY " + index;

    // WAL: FULL syncs the log at every commit; NORMAL (set by SqliteConnectionFactory on every open) only at checkpoints.
    public string DurableCommits => "PRAGMA synchronous = FULL";

    public bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException e && e.SqliteErrorCode == SqliteConstraint
            && e.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey;

    public bool IsTransient(DbException exception) =>
        exception is SqliteException e && e.SqliteErrorCode is SqliteBusy or SqliteLocked;
}
