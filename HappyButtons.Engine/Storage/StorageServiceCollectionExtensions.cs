using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Storage;

public static class StorageServiceCollectionExtensions
{
    public const string DatabaseFileName = "happybuttons.db";

    /// <summary>Registers the SQLite database in the data directory, the migration runner, the event hub and the audit log.</summary>
    public static IServiceCollection AddHappyButtonsStorage(this IServiceCollection services)
    {
        services.AddSingleton<DataDirectory>();
        services.AddSingleton<IDbConnectionFactory>(sp =>
            new SqliteConnectionFactory(Path.Combine(sp.GetRequiredService<DataDirectory>().Root, DatabaseFileName)));
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<DatabaseWriteGate>();
        services.AddSingleton<EventHub>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}

/// <summary>The resolved, absolute data directory and the well-known places inside it.</summary>
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
