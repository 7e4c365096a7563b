using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Storage;

public enum DatabaseProvider { Sqlite, PostgreSql }

/// <summary>
/// <c>HappyButtons:Database</c>: <c>Provider</c> = <c>Sqlite</c> (default; a file in the data directory) or <c>PostgreSql</c>
/// with a <c>ConnectionString</c> (Npgsql syntax). Hangfire uses the same provider.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "HappyButtons:Database";

    /// <summary><c>Sqlite</c> (default) or <c>PostgreSql</c>; read by <see cref="StorageServiceCollectionExtensions"/>.</summary>
    public string? Provider { get; set; }

    public DatabaseProvider ParsedProvider =>
        string.Equals(Provider?.Trim(), nameof(DatabaseProvider.PostgreSql), StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;

    /// <summary>Required for PostgreSQL; for SQLite it overrides the file in the data directory (rarely wanted).</summary>
    public string? ConnectionString { get; set; }
}

internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options) =>
        options.ParsedProvider == DatabaseProvider.PostgreSql && string.IsNullOrWhiteSpace(options.ConnectionString)
            ? ValidateOptionsResult.Fail("HappyButtons:Database:ConnectionString is required when HappyButtons:Database:Provider is PostgreSql " +
                                         "(e.g. Host=db;Database=happybuttons;Username=happybuttons;Password=…).")
            : ValidateOptionsResult.Success;
}
