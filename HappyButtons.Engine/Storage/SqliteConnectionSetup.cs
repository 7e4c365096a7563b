using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HappyButtons.Engine.Storage;

/// <summary>
/// Applies SQLite's per-connection settings whenever EF Core opens a connection: wait up to 10 s for the write lock, and
/// commits durable against a process crash (<c>synchronous = NORMAL</c> in WAL mode). On every open, not once per pooled
/// connection: it also undoes <see cref="ISqlDialect.DurableCommits"/> of an earlier user.
/// </summary>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
