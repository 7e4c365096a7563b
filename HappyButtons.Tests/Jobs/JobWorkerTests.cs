using Dapper;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HappyButtons.Tests.Jobs;

public sealed class JobWorkerTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly RunRecorder _recorder = new();
    private readonly FlakySwitch _flaky = new();

    public void Dispose() => _database.Dispose();

    private IHost BuildHost(IDictionary<string, string?>? settings = null) => JobTestHost.Build(_database.Path, services =>
    {
        services.AddSingleton(_recorder);
        services.AddSingleton(_flaky);
        services.AddJobHandler<CountPayload, RecordingHandler>("test.record");
        services.AddJobHandler<CountPayload, SlowRecordingHandler>("test.record-slow");
        services.AddJobHandler<CountPayload, ThrowingHandler>("test.flaky", JobTestHost.QuickRetries);
        services.AddJobHandler<CountPayload, PermanentFailureHandler>("test.permanent", JobTestHost.QuickRetries);
        services.AddJobHandler<CountPayload, BlockingHandler>("test.block");
        services.AddJobHandler<CountPayload, StubbornHandler>("test.stubborn");
    }, settings);

    [Fact]
    public async Task Enqueue_RunsTheJobOnce_AndRecordsOneSucceededAttempt()
    {
        using var host = BuildHost();
        await host.StartAsync();
        var queue = host.Services.GetRequiredService<JobQueue>();

        var id = await queue.EnqueueAsync("test.record", new CountPayload(1));

        var detail = await JobTestHost.WaitForStateAsync(host.Services, id, JobState.Succeeded);
        Assert.Equal(1, _recorder.Runs[id]);
        var attempt = Assert.Single(detail.Attempts);
        Assert.Equal("succeeded", attempt.Outcome);
        Assert.NotNull(detail.Job.FinishedAt);
        Assert.Null(detail.Job.Worker);
        await host.StopAsync();
    }

    [Fact]
    public async Task Enqueue_ReturnsTheExistingJob_WhileItsDedupeKeyIsActive_AndANewOneAfterItFinished()
    {
        using var services = JobTestHost.Services(_database.Path);
        await JobTestHost.MigrateAsync(services);
        var queue = services.GetRequiredService<JobQueue>();
        var options = new EnqueueOptions { DedupeKey = "invoice:42", RunAfter = DateTimeOffset.UtcNow.AddHours(1) };

        var first = await queue.EnqueueAsync("test.record", new CountPayload(1), options);
        var second = await queue.EnqueueAsync("test.record", new CountPayload(2), options);
        Assert.Equal(first, second);

        await queue.DeleteAsync(first, "test");
        var third = await queue.EnqueueAsync("test.record", new CountPayload(3), options);
        Assert.NotEqual(first, third);
        var detail = await services.GetRequiredService<JobMonitor>().GetAsync(third, CancellationToken.None);
        Assert.Equal(JobState.Scheduled, detail!.Job.State);
    }

    [Fact]
    public async Task Enqueue_InsideATransaction_ExistsOnlyIfTheTransactionCommits()
    {
        using var services = JobTestHost.Services(_database.Path);
        await JobTestHost.MigrateAsync(services);
        var queue = services.GetRequiredService<JobQueue>();
        await using var connection = await services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);

        await using (var rolledBack = await connection.BeginTransactionAsync())
        {
            await queue.EnqueueAsync(connection, rolledBack, "test.record", new CountPayload(1), null, CancellationToken.None);
            await rolledBack.RollbackAsync();
        }

        await using (var committed = await connection.BeginTransactionAsync())
        {
            await queue.EnqueueAsync(connection, committed, "test.record", new CountPayload(2), null, CancellationToken.None);
            await committed.CommitAsync();
        }

        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM jobs"));
    }

    [Fact]
    public async Task UnknownKind_EndsDead_WithAReadableError()
    {
        using var host = BuildHost();
        await host.StartAsync();
        var id = await host.Services.GetRequiredService<JobQueue>().EnqueueAsync("test.nobody-handles-this", new CountPayload(1));

        var detail = await JobTestHost.WaitForStateAsync(host.Services, id, JobState.Dead);

        Assert.Contains("No handler is registered for job kind 'test.nobody-handles-this'", detail.Job.LastError);
        Assert.Single(detail.Attempts);
        await host.StopAsync();
    }

    [Fact]
    public async Task UndeserialisablePayload_EndsDead_WithAReadableError()
    {
        using var host = BuildHost();
        await host.StartAsync();
        var id = await host.Services.GetRequiredService<JobQueue>().EnqueueAsync("test.record", new { Number = "not a number" });

        var detail = await JobTestHost.WaitForStateAsync(host.Services, id, JobState.Dead);

        Assert.Contains("cannot be read as CountPayload", detail.Job.LastError);
        Assert.Empty(_recorder.Runs);
        await host.StopAsync();
    }

    [Fact]
    public async Task AlwaysThrowingHandler_EndsDeadAfterItsLastAttempt_KeepingEveryError_AndRetryBringsItBack()
    {
        using var host = BuildHost();
        await host.StartAsync();
        var queue = host.Services.GetRequiredService<JobQueue>();
        var id = await queue.EnqueueAsync("test.flaky", new CountPayload(1));

        var dead = await JobTestHost.WaitForStateAsync(host.Services, id, JobState.Dead);

        Assert.Equal(3, dead.Job.Attempts);
        Assert.Equal(3, dead.Attempts.Count);
        Assert.All(dead.Attempts, a => Assert.Contains("Warehouse system unreachable", a.Error));
        Assert.Contains("ThrowingHandler.HandleAsync", dead.Attempts[0].Error);
        Assert.Equal([1, 2, 3], dead.Attempts.Select(a => a.Number));

        _flaky.Broken = false;
        Assert.True(await queue.RetryAsync(id, "admin"));
        var succeeded = await JobTestHost.WaitForStateAsync(host.Services, id, JobState.Succeeded);
        Assert.Equal(4, succeeded.Attempts.Count);
        Assert.Equal(1, succeeded.Job.Attempts);
        await host.StopAsync();
    }

    [Fact]
    public async Task PermanentFailure_SkipsRetries()
    {
        using var host = BuildHost();
        await host.StartAsync();
        var id = await host.Services.GetRequiredService<JobQueue>().EnqueueAsync("test.permanent", new CountPayload(1));

        var detail = await JobTestHost.WaitForStateAsync(host.Services, id, JobState.Dead);

        Assert.Equal(1, detail.Job.Attempts);
        Assert.Contains("Customer number 4711 does not exist", detail.Job.LastError);
        await host.StopAsync();
    }

    [Fact]
    public async Task Shutdown_ReleasesARunningJob_SoAnotherWorkerRunsIt()
    {
        using var host = BuildHost();
        await host.StartAsync();
        var id = await host.Services.GetRequiredService<JobQueue>().EnqueueAsync("test.block", new CountPayload(1));
        await JobTestHost.WaitForStateAsync(host.Services, id, JobState.Processing);

        await host.StopAsync();

        var detail = await host.Services.GetRequiredService<JobMonitor>().GetAsync(id, CancellationToken.None);
        Assert.Equal(JobState.Enqueued, detail!.Job.State);
        Assert.Null(detail.Job.Worker);
        Assert.Equal(0, detail.Job.Attempts);
        Assert.Equal("interrupted", Assert.Single(detail.Attempts).Outcome);
    }

    [Fact]
    public async Task Shutdown_ReleasesAJobThatIgnoresTheToken_AfterTheTimeLimit()
    {
        using var host = BuildHost(new Dictionary<string, string?> { ["HappyButtons:Jobs:ShutdownTimeoutSeconds"] = "0.3" });
        await host.StartAsync();
        var id = await host.Services.GetRequiredService<JobQueue>().EnqueueAsync("test.stubborn", new CountPayload(1));
        await JobTestHost.WaitForStateAsync(host.Services, id, JobState.Processing);

        var stopping = System.Diagnostics.Stopwatch.StartNew();
        await host.StopAsync();

        Assert.InRange(stopping.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        var detail = await host.Services.GetRequiredService<JobMonitor>().GetAsync(id, CancellationToken.None);
        Assert.Equal(JobState.Enqueued, detail!.Job.State);
        Assert.Null(detail.Job.Worker);
    }

    [Fact]
    public async Task Claim_NeverRunsAJobTwice_WhenTwoHostsShareOneDatabase()
    {
        const int Jobs = 1000;
        using var first = BuildHost();
        using var second = BuildHost();
        await Task.WhenAll(first.StartAsync(), second.StartAsync());

        // Enqueued by a third party in one commit, so both nodes find the work at their next poll and compete for it.
        using (var producer = JobTestHost.Services(_database.Path))
        {
            var queue = producer.GetRequiredService<JobQueue>();
            await using var connection = await producer.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
            await using var transaction = await connection.BeginTransactionAsync();
            for (var i = 0; i < Jobs; i++)
            {
                await queue.EnqueueAsync(connection, transaction, "test.record-slow", new CountPayload(i), null, CancellationToken.None);
            }

            await transaction.CommitAsync();
        }

        var monitor = first.Services.GetRequiredService<JobMonitor>();
        await JobTestHost.EventuallyAsync(async () => (await monitor.CountsAsync(CancellationToken.None))[JobState.Succeeded] == Jobs, $"all {Jobs} jobs succeeded", 60);
        await Task.WhenAll(first.StopAsync(), second.StopAsync());

        Assert.All(_recorder.Runs.Values, runs => Assert.Equal(1, runs));
        await using var check = await first.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        Assert.Equal(Jobs, await check.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM jobs WHERE state = 'succeeded' AND attempts = 1"));
        Assert.Equal(Jobs, await check.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM job_attempts"));
        var workers = await check.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT substr(worker, 1, instr(worker, '/') - 1)) FROM job_attempts");
        Assert.Equal(2, workers);
    }
}
