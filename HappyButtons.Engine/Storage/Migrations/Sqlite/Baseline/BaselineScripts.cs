using System.Reflection;

namespace HappyButtons.Engine.Storage.Migrations.Sqlite;

/// <summary>
/// The SQL scripts of the release before EF Core (schema version 5), embedded: the SQLite baseline migration runs them
/// on a new database, and <see cref="DatabaseMigrator"/> recognises a database they built.
/// </summary>
internal static class BaselineScripts
{
    /// <summary>The schema version of the last release that migrated with these scripts.</summary>
    public const int SchemaVersion = 5;

    public static readonly string[] Names =
        ["0001_foundation.sql", "0002_jobs.sql", "0003_mail.sql", "0004_intake.sql", "0005_mailbox_status.sql"];

    public static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"sqlite-baseline/{name}")
                           ?? throw new InvalidOperationException($"The baseline script {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
