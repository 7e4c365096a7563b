using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace HappyButtons.Engine.Storage;

/// <summary>
/// SQLite in WAL mode with a busy timeout and foreign keys on. WAL and the page settings are
/// persistent and set by the migration runner; per-connection settings are applied here.
/// </summary>
public sealed class SqliteConnectionFactory : IDbConnectionFactory
{
    private readonly string _connectionString;

    static SqliteConnectionFactory() => SQLitePCL.Batteries_V2.Init();

    public SqliteConnectionFactory(string databasePath)
    {
        DatabasePath = Path.GetFullPath(databasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            ForeignKeys = true,
            Pooling = true,
        }.ToString();
    }

    public string DatabasePath { get; }

    public ISqlDialect Dialect { get; } = new SqliteDialect();

    public string Location => DatabasePath;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.CreateCommand();
            // On every open, not once per pooled connection: it also undoes ISqlDialect.DurableCommits of an earlier user.
            pragma.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
