using HappyButtons.Engine;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace HappyButtons.Web.Hosting;

/// <summary>
/// Runs before anything else starts: checks the data directory, migrates the database and creates the
/// first administrator. Any problem stops the start with a message that names the path or key to fix.
/// </summary>
public sealed class InstallationPreparer(
    DataDirectory dataDirectory,
    DatabaseLocation database,
    DatabaseMigrator migrations,
    IdentityBootstrapper bootstrapper,
    IEnumerable<IInstallationStep> steps,
    ILogger<InstallationPreparer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        EnsureWritable(dataDirectory.Root);
        try
        {
            await migrations.MigrateAsync(cancellationToken);
        }
        catch (Exception e) when (e is SchemaTooNewException or DatabaseNotUpgradableException)
        {
            throw Fail(e.Message, e);
        }
        catch (Npgsql.NpgsqlException e)
        {
            throw Fail($"The database '{database.Description}' cannot be used: {e.Message}. Check HappyButtons:Database:ConnectionString, " +
                       "that the server runs and that the user may create tables in the database. Nothing was changed.", e);
        }
        catch (SqliteException e)
        {
            throw Fail($"The database '{database.Description}' cannot be used: {e.Message} (SQLite error {e.SqliteErrorCode}). " +
                       "If the file is read-only, give the service account write access to it and its directory; if it is corrupt, " +
                       "restore it from a backup (see README, Backup). Nothing was changed.", e);
        }

        await bootstrapper.BootstrapAsync(cancellationToken);
        foreach (var step in steps)
        {
            try
            {
                await step.RunAsync(cancellationToken);
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                throw Fail(e.Message, e);
            }
        }
        logger.LogInformation("Happy Buttons data directory: {DataDirectory}", dataDirectory.Root);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void EnsureWritable(string root)
    {
        try
        {
            Directory.CreateDirectory(root);
            if (!OperatingSystem.IsWindows())
            {
                // Mail, the database and the keys that decrypt the stored secrets: the service account's only, also in a
                // data directory an earlier release created with the default permissions.
                const UnixFileMode owner = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
                File.SetUnixFileMode(root, owner);
                Directory.CreateDirectory(Path.Combine(root, "keys"), owner);
                File.SetUnixFileMode(Path.Combine(root, "keys"), owner);
                foreach (var file in Directory.EnumerateFiles(root, "*.db*"))
                {
                    File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }
            }

            var probe = Path.Combine(root, $".write-test-{Environment.ProcessId}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Fail($"The data directory '{root}' (HappyButtons:DataDirectory) is not writable: {e.Message} " +
                       "Create it and give the service account write access, or point HappyButtons:DataDirectory elsewhere.", e);
        }
    }

    private StartupException Fail(string message, Exception inner)
    {
        logger.LogCritical("Happy Buttons cannot start: {Reason}", message);
        return new StartupException(message, inner);
    }
}
