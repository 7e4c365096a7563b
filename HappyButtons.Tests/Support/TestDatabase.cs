using HappyButtons.Engine.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace HappyButtons.Tests.Support;

/// <summary>A real, migrated SQLite database file in a temp directory.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly TempDirectory _directory = new("hb-db");

    public TestDatabase()
    {
        Path = _directory.File("test.db");
        Connections = new SqliteConnectionFactory(Path);
    }

    public string Path { get; }

    public SqliteConnectionFactory Connections { get; }

    public MigrationRunner Runner => new(Connections, NullLogger<MigrationRunner>.Instance);

    public static async Task<TestDatabase> CreateMigratedAsync()
    {
        var database = new TestDatabase();
        await database.Runner.MigrateAsync(CancellationToken.None);
        return database;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
