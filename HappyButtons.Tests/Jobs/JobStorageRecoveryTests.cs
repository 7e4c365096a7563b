using Hangfire;
using Hangfire.Storage;
using HappyButtons.Engine.Jobs;
using HappyButtons.Tests.Intake.Pipeline;
using HappyButtons.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Jobs;

/// <summary>
/// What a killed process leaves in Hangfire's storage — a lock it held, a job it had fetched — is given back by
/// <see cref="JobStorageRecovery"/>, on both storages. (The SIGKILL test shows the whole restart; this one shows each
/// part on each provider without depending on where the kill lands.)
/// </summary>
public abstract class JobStorageRecoveryTests(TestProvider provider)
{
    [Fact]
    public async Task AnAbandonedLockAndAFetchedJob_AreReleased_SoTheNextOwnerGetsThemAtOnce()
    {
        await using var site = new PipelineTestSite(new Dictionary<string, string?>
        {
            ["HappyButtons:Jobs:Workers"] = "0", ["HappyButtons:Pipeline:Workers"] = "0", ["HappyButtons:Mail:ReadMailboxes"] = "false",
        }, provider: provider);
        site.CreateClient();
        var storage = site.Services.GetRequiredService<JobStorage>();
        var recovery = site.Services.GetRequiredService<JobStorageRecovery>();

        // The "dead" owner: a lock never released and a job fetched, never acknowledged.
        var dead = storage.GetConnection();
        dead.AcquireDistributedLock("test:abandoned", TimeSpan.FromSeconds(5));
        var jobId = new BackgroundJobClient(storage).Enqueue<JobStorageRecoveryTests>(t => t.NothingAsync());
        var fetched = dead.FetchNextJob(["default"], CancellationToken.None);
        Assert.Equal(jobId, fetched.JobId);

        Assert.Null(await TryFetchAsync(storage));
        Assert.False(await TryLockAsync(storage));

        Assert.Equal(1, recovery.ReleaseAbandoned());

        Assert.True(await TryLockAsync(storage));
        Assert.Equal(jobId, await TryFetchAsync(storage));
    }

    public Task NothingAsync() => Task.CompletedTask;

    /// <summary>A job id fetched from the default queue by another connection within two seconds, else null.</summary>
    private static Task<string?> TryFetchAsync(JobStorage storage) => Task.Run(() =>
    {
        using var connection = storage.GetConnection();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            var job = connection.FetchNextJob(["default"], timeout.Token);
            job.RemoveFromQueue();
            return job.JobId;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    });

    /// <summary>Whether another connection, on another thread, gets the test lock within a second.</summary>
    private static Task<bool> TryLockAsync(JobStorage storage) => Task.Run(() =>
    {
        using var connection = storage.GetConnection();
        try
        {
            connection.AcquireDistributedLock("test:abandoned", TimeSpan.FromSeconds(1)).Dispose();
            return true;
        }
        catch (DistributedLockTimeoutException)
        {
            return false;
        }
    });
}

public sealed class JobStorageRecoveryTestsOnSqlite() : JobStorageRecoveryTests(TestProvider.Sqlite);

public sealed class JobStorageRecoveryTestsOnPostgreSql() : JobStorageRecoveryTests(TestProvider.PostgreSql);
