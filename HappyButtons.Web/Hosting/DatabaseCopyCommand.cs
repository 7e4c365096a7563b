using HappyButtons.Engine;
using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Web.Hosting;

/// <summary>
/// <c>HappyButtons.Web copy-database --to-postgres "&lt;connection string&gt;"</c>: copies the configured database (normally
/// the SQLite file of the data directory, upgraded first) into a new, empty PostgreSQL database. Run it with the service
/// stopped, then start the service with <c>HappyButtons:Database:Provider=PostgreSql</c> and that connection string.
/// </summary>
public static class DatabaseCopyCommand
{
    public const string Name = "copy-database";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(string[] args)
    {
        var target = Option(args, "--to-postgres");
        if (string.IsNullOrWhiteSpace(target))
        {
            await Console.Error.WriteLineAsync($"Usage: HappyButtons.Web {Name} --to-postgres \"Host=…;Database=…;Username=…;Password=…\"\n" +
                                               "Copies the configured database into a new, empty PostgreSQL database. Stop the service first.");
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(args.Where(a => a != Name && a != "--to-postgres" && a != target).ToArray());
        builder.Logging.ClearProviders().AddSimpleConsole(o => o.SingleLine = true);
        using var source = Storage(builder.Configuration, builder.Environment, null);
        using var destination = Storage(builder.Configuration, builder.Environment, target);
        var logger = source.GetRequiredService<ILoggerFactory>().CreateLogger(nameof(DatabaseCopyCommand));
        try
        {
            await source.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
            var result = await new DatabaseCopy(source.GetRequiredService<ILogger<DatabaseCopy>>()).CopyAsync(
                source.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>(), destination.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>(),
                destination.GetRequiredService<DatabaseMigrator>(), CancellationToken.None);
            logger.LogInformation("Copied {Rows} rows from {Source} to {Target}. Start the service with HappyButtons:Database:Provider=PostgreSql " +
                                  "and HappyButtons:Database:ConnectionString set to this connection string.",
                result.Rows, source.GetRequiredService<DatabaseLocation>().Description, destination.GetRequiredService<DatabaseLocation>().Description);
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or SchemaTooNewException or DatabaseNotUpgradableException or Npgsql.NpgsqlException)
        {
            logger.LogCritical("The database was not copied: {Reason}", e.Message);
            return 1;
        }
    }

    /// <summary>The storage services of the configured database, or of PostgreSQL at <paramref name="postgres"/>.</summary>
    private static ServiceProvider Storage(IConfiguration configuration, IHostEnvironment environment, string? postgres)
    {
        var settings = new ConfigurationBuilder().AddConfiguration(configuration);
        if (postgres is not null)
        {
            settings.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["HappyButtons:Database:Provider"] = nameof(DatabaseProvider.PostgreSql),
                ["HappyButtons:Database:ConnectionString"] = postgres,
            });
        }

        var merged = settings.Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(merged);
        services.AddSingleton(environment);
        services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true));
        services.AddOptions<HappyButtonsOptions>().Bind(merged.GetSection(HappyButtonsOptions.Section));
        services.AddHappyButtonsStorage(merged);
        return services.BuildServiceProvider();
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
