namespace HappyButtons.Engine;

/// <summary>
/// Work that must be done once at start-up after the database is migrated and before background jobs
/// run (seeding mailboxes, demo data). Steps run in registration order; a failure stops the start.
/// </summary>
public interface IInstallationStep
{
    Task RunAsync(CancellationToken cancellationToken);
}
