using Dapper;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Support;

namespace HappyButtons.Tests.Storage;

public class MigrationRunnerTests
{
    [Fact]
    public async Task Migrate_CreatesTheSchema_OnAnEmptyDatabase()
    {
        using var database = new TestDatabase();

        var applied = await database.Runner.MigrateAsync(CancellationToken.None);

        Assert.Equal(MigrationCatalog.Load("sqlite").Count, applied);
        await using var connection = await database.Connections.OpenAsync(CancellationToken.None);
        var tables = (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'")).ToList();
        Assert.Contains("users", tables);
        Assert.Contains("audit_log", tables);
        Assert.Equal(4, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM departments"));
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("PRAGMA foreign_keys"));
        Assert.True(await connection.ExecuteScalarAsync<int>("PRAGMA busy_timeout") >= 5000);
    }

    [Fact]
    public async Task Migrate_IsIdempotent_WhenRunTwice()
    {
        using var database = new TestDatabase();
        await database.Runner.MigrateAsync(CancellationToken.None);

        var second = await database.Runner.MigrateAsync(CancellationToken.None);

        Assert.Equal(0, second);
        await using var connection = await database.Connections.OpenAsync(CancellationToken.None);
        Assert.Equal(MigrationCatalog.Load("sqlite").Count, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task Migrate_AppliesEachMigrationOnce_WhenTwoProcessesStartTogether()
    {
        using var database = new TestDatabase();

        var results = await Task.WhenAll(
            database.Runner.MigrateAsync(CancellationToken.None),
            new MigrationRunner(new SqliteConnectionFactory(database.Path), Microsoft.Extensions.Logging.Abstractions.NullLogger<MigrationRunner>.Instance)
                .MigrateAsync(CancellationToken.None));

        Assert.Equal(MigrationCatalog.Load("sqlite").Count, results.Sum());
    }

    [Fact]
    public async Task Migrate_RefusesToStart_WhenTheDatabaseIsNewerThanTheCode()
    {
        using var database = await TestDatabase.CreateMigratedAsync();
        await using (var connection = await database.Connections.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'from_the_future', 0)");
        }

        var error = await Assert.ThrowsAsync<SchemaTooNewException>(() => database.Runner.MigrateAsync(CancellationToken.None));

        Assert.Equal(9999, error.DatabaseVersion);
        Assert.Contains(database.Path, error.Message);
        Assert.Contains("newer release", error.Message);
    }

    [Fact]
    public async Task Migrate_RollsBackEverything_WhenAMigrationFails()
    {
        using var database = new TestDatabase();
        var migrations = new[]
        {
            new Migration(1, "good", "CREATE TABLE first_table (id INTEGER PRIMARY KEY);"),
            new Migration(2, "broken", "CREATE TABLE second_table (id INTEGER PRIMARY KEY); THIS IS NOT SQL;"),
        };

        await Assert.ThrowsAnyAsync<Exception>(() => database.Runner.MigrateAsync(migrations, CancellationToken.None));

        await using var connection = await database.Connections.OpenAsync(CancellationToken.None);
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('first_table', 'second_table')"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM schema_migrations"));
    }

    [Fact]
    public void Catalog_NumbersMigrationsFromTheirFileNames_InOrder()
    {
        var migrations = MigrationCatalog.Load("sqlite");

        Assert.Equal(1, migrations[0].Version);
        Assert.Equal("foundation", migrations[0].Name);
        Assert.Equal(migrations.Select(m => m.Version).Order(), migrations.Select(m => m.Version));
    }
}
