using HappyButtons.Engine;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Fixtures.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Tests.Support;

/// <summary>The two database providers the storage and pipeline tests run against.</summary>
public enum TestProvider { Sqlite, PostgreSql }

/// <summary>
/// A real database of its own for one test: a SQLite file in a temp directory, or a new database on the shared
/// <see cref="PostgresServer"/>; with the storage services of the product over it (migrated unless asked otherwise).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable, IDisposable
{
    private readonly TempDirectory? _directory;
    private readonly ServiceProvider _services;

    private TestDatabase(TestProvider provider, string? connectionString, string? existingDataDirectory = null)
    {
        _directory = existingDataDirectory is null ? new TempDirectory("hb-db") : null;
        DataDirectory = existingDataDirectory ?? _directory!.Path;
        Provider = provider;
        Settings = new Dictionary<string, string?>
        {
            ["HappyButtons:DataDirectory"] = DataDirectory,
            ["HappyButtons:Database:Provider"] = provider == TestProvider.PostgreSql ? "PostgreSql" : "Sqlite",
            ["HappyButtons:Database:ConnectionString"] = connectionString,
        };
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new TestEnvironment(DataDirectory));
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddOptions<HappyButtonsOptions>().Bind(configuration.GetSection(HappyButtonsOptions.Section));
        services.AddHappyButtonsStorage(configuration);
        _services = services.BuildServiceProvider();
    }

    public TestProvider Provider { get; }

    /// <summary>The configuration keys that point an application at this database (for HappyButtonsFactory).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    public IServiceProvider Services => _services;

    public IDbContextFactory<HappyButtonsDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>();

    public DatabaseMigrator Migrator => _services.GetRequiredService<DatabaseMigrator>();

    public DatabaseLocation Location => _services.GetRequiredService<DatabaseLocation>();

    /// <summary>The SQLite file (null on PostgreSQL).</summary>
    public string? Path => Location.SqlitePath;

    public string DataDirectory { get; }

    /// <summary>Connections for code not yet on EF Core (SQLite only).</summary>
    public IDbConnectionFactory Connections => _services.GetRequiredService<IDbConnectionFactory>();

    public static async Task<TestDatabase> CreateAsync(TestProvider provider, bool migrate = true)
    {
        var connectionString = provider == TestProvider.PostgreSql ? await (await PostgresServer.GetAsync()).CreateDatabaseAsync() : null;
        var database = new TestDatabase(provider, connectionString);
        if (migrate)
        {
            await database.Migrator.MigrateAsync(CancellationToken.None);
        }

        return database;
    }

    public static Task<TestDatabase> CreateMigratedAsync() => CreateAsync(TestProvider.Sqlite);

    /// <summary>The SQLite database of an existing data directory (an app's), as it is; the directory is not deleted.</summary>
    public static Task<TestDatabase> OpenAsync(string dataDirectory) => Task.FromResult(new TestDatabase(TestProvider.Sqlite, null, dataDirectory));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Cleanup();
    }

    public void Dispose()
    {
        _services.Dispose();
        Cleanup();
    }

    private void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory?.Dispose();
    }

    private sealed class TestEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "HappyButtons.Tests";
        public string ContentRootPath { get; set; } = root;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
