using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Engine.Storage;

/// <summary>
/// Applies the embedded migrations in order, each batch in one transaction, and records them in
/// <c>schema_migrations</c>. Safe to run twice and from two processes at once (the write lock
/// serialises them); refuses a database that is newer than the code.
/// </summary>
public sealed class MigrationRunner(IDbConnectionFactory connections, ILogger<MigrationRunner> logger)
{
    public async Task<int> MigrateAsync(CancellationToken cancellationToken) =>
        await MigrateAsync(MigrationCatalog.Load(connections.Dialect.Name), cancellationToken);

    public async Task<int> MigrateAsync(IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await PrepareDatabaseAsync(connection, cancellationToken);

        // BEGIN IMMEDIATE takes the write lock up front so two starting processes cannot interleave.
        await connection.ExecuteAsync("BEGIN IMMEDIATE");
        try
        {
            var applied = (await connection.QueryAsync<int>("SELECT version FROM schema_migrations")).ToHashSet();
            var codeVersion = migrations.Count == 0 ? 0 : migrations[^1].Version;
            var databaseVersion = applied.Count == 0 ? 0 : applied.Max();
            if (databaseVersion > codeVersion)
            {
                throw new SchemaTooNewException(connections.Location, databaseVersion, codeVersion);
            }

            var count = 0;
            foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)))
            {
                await connection.ExecuteAsync(migration.Sql);
                await connection.ExecuteAsync(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                    new { migration.Version, migration.Name, AppliedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });
                logger.LogInformation("Applied database migration {Version} {Name}", migration.Version, migration.Name);
                count++;
            }

            await connection.ExecuteAsync("COMMIT");
            return count;
        }
        catch
        {
            await connection.ExecuteAsync("ROLLBACK");
            throw;
        }
    }

    private static async Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "PRAGMA journal_mode = WAL; " +
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL);",
            cancellationToken: cancellationToken));
    }
}
