using System.Data.Common;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Tests.Storage;

/// <summary>EF Core migrations at start, on SQLite and on PostgreSQL.</summary>
public abstract class DatabaseMigratorTests(TestProvider provider)
{
    [Fact]
    public async Task Migrate_CreatesTheSchema_OnAnEmptyDatabase_WithTheFourDepartments()
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);

        await database.Migrator.MigrateAsync(CancellationToken.None);

        await using var context = await database.Contexts.CreateDbContextAsync();
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.Equal(["info", "sales", "support", "finance"], await context.Departments.OrderBy(d => d.SortOrder).Select(d => d.Code).ToListAsync());
        Assert.Equal(0, await context.Messages.CountAsync());
        Assert.Equal(0, await context.OutgoingMail.CountAsync());
        var tables = await TablesAsync(context);
        Assert.DoesNotContain("jobs", tables);
        Assert.DoesNotContain("sent_mail", tables);
        Assert.DoesNotContain("schema_migrations", tables);
    }

    [Fact]
    public async Task Migrate_IsIdempotent_AndTwoStartingTogether_ApplyEachMigrationOnce()
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);

        await Task.WhenAll(database.Migrator.MigrateAsync(CancellationToken.None), database.Migrator.MigrateAsync(CancellationToken.None));
        await database.Migrator.MigrateAsync(CancellationToken.None);

        await using var context = await database.Contexts.CreateDbContextAsync();
        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
        Assert.Equal(4, await context.Departments.CountAsync());
    }

    [Fact]
    public async Task Migrate_RefusesADatabaseOfANewerRelease_AndChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var context = await database.Contexts.CreateDbContextAsync())
        {
            await context.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('29991231000000_FromTheFuture', '99.0.0')");
        }

        var error = await Assert.ThrowsAsync<SchemaTooNewException>(() => database.Migrator.MigrateAsync(CancellationToken.None));

        Assert.Equal("29991231000000_FromTheFuture", error.DatabaseMigration);
        Assert.Contains(database.Location.Description, error.Message);
        Assert.Contains("newer release", error.Message);
        Assert.Contains("Nothing was changed", error.Message);
    }

    [Fact]
    public async Task TheModel_AndTheMigrations_Agree()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = await database.Contexts.CreateDbContextAsync();

        Assert.False(context.Database.HasPendingModelChanges(),
            "The model has changes without a migration: add one for both contexts (docs/storage.md).");
    }

    internal static async Task<List<string>> TablesAsync(DbContext context)
    {
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = context.Database.IsSqlite()
            ? "SELECT name FROM sqlite_master WHERE type = 'table'"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'";
        var tables = new List<string>();
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}

public sealed class DatabaseMigratorTestsOnSqlite() : DatabaseMigratorTests(TestProvider.Sqlite)
{
    [Fact]
    public async Task Sqlite_RunsInWalMode_WithForeignKeysAndABusyTimeout()
    {
        await using var database = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        await using var context = await database.Contexts.CreateDbContextAsync();
        await context.Database.OpenConnectionAsync();
        await using var command = context.Database.GetDbConnection().CreateCommand();

        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
        command.CommandText = "PRAGMA foreign_keys";
        Assert.Equal(1L, await command.ExecuteScalarAsync());
        command.CommandText = "PRAGMA busy_timeout";
        Assert.True((long)(await command.ExecuteScalarAsync())! >= 5000);
    }
}

public sealed class DatabaseMigratorTestsOnPostgreSql() : DatabaseMigratorTests(TestProvider.PostgreSql);
