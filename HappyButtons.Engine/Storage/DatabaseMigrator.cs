using System.Data.Common;
using HappyButtons.Engine.Storage.Migrations.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Engine.Storage;

/// <summary>
/// Brings the database to the code's schema at start with EF Core's migrations (one set per provider), after three checks:
/// a database written by a newer release is refused untouched; a SQLite database of the release before EF Core (its own
/// numbered scripts, schema version 5) is taken over in place — it is marked as having run the baseline, which builds
/// exactly that schema, and then migrated on; and SQLite runs in WAL mode.
/// </summary>
public sealed class DatabaseMigrator(IDbContextFactory<HappyButtonsDbContext> contexts, DatabaseLocation location, ILogger<DatabaseMigrator> logger)
{
    /// <summary>Any 64-bit number, the same in every release: the PostgreSQL advisory lock that serialises migrating nodes.</summary>
    private const long MigrationLock = 0x48425F4D49475241; // "HB_MIGRA"

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        if (context.Database.IsSqlite())
        {
            await PrepareSqliteAsync(context, cancellationToken);
            await MigrateUnlockedAsync(context, cancellationToken);
            return;
        }

        // Nodes starting together: one migrates, the others wait and then find nothing left to do.
        await using var guard = await contexts.CreateDbContextAsync(cancellationToken);
        await guard.Database.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(guard.Database.GetDbConnection(), $"SELECT pg_advisory_lock({MigrationLock})", cancellationToken);
        try
        {
            await MigrateUnlockedAsync(context, cancellationToken);
        }
        finally
        {
            await ExecuteAsync(guard.Database.GetDbConnection(), $"SELECT pg_advisory_unlock({MigrationLock})", CancellationToken.None);
        }
    }

    private async Task MigrateUnlockedAsync(HappyButtonsDbContext context, CancellationToken cancellationToken)
    {
        var known = context.Database.GetMigrations().ToList();
        var applied = (await context.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        if (applied.FirstOrDefault(id => !known.Contains(id)) is { } unknown)
        {
            throw new SchemaTooNewException(location.Description, applied.Max(StringComparer.Ordinal) ?? unknown, known.LastOrDefault() ?? "(none)");
        }

        var pending = known.Except(applied).ToList();
        await context.Database.MigrateAsync(cancellationToken);
        foreach (var migration in pending)
        {
            logger.LogInformation("Applied database migration {Migration}", migration);
        }
    }

    private async Task PrepareSqliteAsync(HappyButtonsDbContext context, CancellationToken cancellationToken)
    {
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await ExecuteAsync(connection, "PRAGMA journal_mode = WAL", cancellationToken);
            if (!await TableExistsAsync(connection, "schema_migrations", cancellationToken) || await TableExistsAsync(connection, "__EFMigrationsHistory", cancellationToken))
            {
                return;
            }

            var version = Convert.ToInt32(await ScalarAsync(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", cancellationToken));
            if (version > BaselineScripts.SchemaVersion)
            {
                throw new SchemaTooNewException(location.Description, $"schema version {version}", $"schema version {BaselineScripts.SchemaVersion}");
            }

            if (version < BaselineScripts.SchemaVersion)
            {
                throw new DatabaseNotUpgradableException($"The database at '{location.Description}' has schema version {version} of a development build " +
                                                    $"older than the last release ({BaselineScripts.SchemaVersion}); it cannot be upgraded. Nothing was changed.");
            }

            var history = context.GetService<IHistoryRepository>();
            var baseline = context.Database.GetMigrations().First();
            await ExecuteAsync(connection, history.GetCreateIfNotExistsScript(), cancellationToken);
            await ExecuteAsync(connection, history.GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion())), cancellationToken);
            logger.LogInformation("The database of the previous release (schema version {Version}) is taken over by EF Core migrations", version);
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    private static async Task<bool> TableExistsAsync(DbConnection connection, string table, CancellationToken cancellationToken) =>
        Convert.ToInt64(await ScalarAsync(connection, $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'", cancellationToken)) > 0;

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
