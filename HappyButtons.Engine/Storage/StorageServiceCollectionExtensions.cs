using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Events;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HappyButtons.Engine.Storage;

public static class StorageServiceCollectionExtensions
{
    public const string DatabaseFileName = "happybuttons.db";

    /// <summary>
    /// The database of <c>HappyButtons:Database</c> (SQLite in the data directory by default, or PostgreSQL) as an
    /// <see cref="IDbContextFactory{TContext}"/> of <see cref="HappyButtonsDbContext"/>, its dialect for the few statements
    /// that differ, the migrator, the event hub and the audit log.
    /// </summary>
    public static IServiceCollection AddHappyButtonsStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        services.AddSingleton<DataDirectory>();
        services.AddSingleton<DatabaseLocation>();
        var provider = ProviderOf(configuration);
        if (provider == DatabaseProvider.PostgreSql)
        {
            services.AddDbContextFactory<PostgresDbContext>((sp, options) => options
                .UseNpgsql(sp.GetRequiredService<DatabaseLocation>().ConnectionString)
                .ConfigureWarnings(StorageWarnings.IgnoreUnorderedLimits));
            services.AddSingleton<IDbContextFactory<HappyButtonsDbContext>>(sp => new BaseFactory<PostgresDbContext>(sp.GetRequiredService<IDbContextFactory<PostgresDbContext>>()));
            services.AddSingleton<ISqlDialect, PostgresDialect>();
        }
        else
        {
            services.AddSingleton<SqliteConnectionSetup>();
            services.AddDbContextFactory<SqliteDbContext>((sp, options) => options
                .UseSqlite(sp.GetRequiredService<DatabaseLocation>().ConnectionString)
                .AddInterceptors(sp.GetRequiredService<SqliteConnectionSetup>())
                .ConfigureWarnings(StorageWarnings.IgnoreUnorderedLimits));
            services.AddSingleton<IDbContextFactory<HappyButtonsDbContext>>(sp => new BaseFactory<SqliteDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteDbContext>>()));
            services.AddSingleton<ISqlDialect, SqliteDialect>();
        }

        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<DatabaseWriteGate>();
        services.AddSingleton<EventHub>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>The configured provider; empty means SQLite, anything else unknown stops the start with the key named.</summary>
    private static DatabaseProvider ProviderOf(IConfiguration configuration)
    {
        var value = configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(value.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"HappyButtons:Database:Provider '{value}' is not a database provider; use Sqlite or PostgreSql.");
    }

    /// <summary>Hands out the provider's context as the model's base type.</summary>
    private sealed class BaseFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<HappyButtonsDbContext>
        where TContext : HappyButtonsDbContext
    {
        public HappyButtonsDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<HappyButtonsDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken);
    }
}

/// <summary>Where the data lives: the connection string, and a description for messages and logs (never a password).</summary>
public sealed class DatabaseLocation
{
    public DatabaseLocation(IOptions<DatabaseOptions> options, DataDirectory dataDirectory)
    {
        Provider = options.Value.ParsedProvider;
        if (Provider == DatabaseProvider.PostgreSql)
        {
            var builder = new NpgsqlConnectionStringBuilder(options.Value.ConnectionString);
            ConnectionString = builder.ConnectionString;
            Description = $"PostgreSQL database '{builder.Database}' on {builder.Host}:{builder.Port}";
            return;
        }

        var configured = string.IsNullOrWhiteSpace(options.Value.ConnectionString) ? null : options.Value.ConnectionString;
        var sqlite = new SqliteConnectionStringBuilder(configured ?? $"Data Source={dataDirectory.PathFor(StorageServiceCollectionExtensions.DatabaseFileName)}")
        {
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            ForeignKeys = true,
            Pooling = true,
        };
        sqlite.DataSource = Path.GetFullPath(sqlite.DataSource);
        SqlitePath = sqlite.DataSource;
        ConnectionString = sqlite.ConnectionString;
        Description = SqlitePath;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public string Description { get; }

    /// <summary>The database file, for SQLite.</summary>
    public string? SqlitePath { get; }
}

/// <summary>The data directory (<c>HappyButtons:DataDirectory</c>), absolute, and the well-known places inside it.</summary>
public sealed class DataDirectory
{
    public DataDirectory(IOptions<HappyButtonsOptions> options, Microsoft.Extensions.Hosting.IHostEnvironment environment)
        : this(Path.GetFullPath(options.Value.DataDirectory, environment.ContentRootPath))
    {
    }

    public DataDirectory(string root) => Root = root;

    public string Root { get; }

    public string PathFor(params string[] parts) => Path.Combine([Root, .. parts]);
}

internal static class StorageWarnings
{
    /// <summary>Counting up to a limit (search hits, MessageQueries) takes rows in no order on purpose: the count is the same.</summary>
    public static void IgnoreUnorderedLimits(WarningsConfigurationBuilder warnings) =>
        warnings.Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning);
}
