using Dapper;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Jobs;

public sealed class RecurringJobsTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 2, 9, 15, 0, TimeSpan.Zero));

    public void Dispose() => _database.Dispose();

    private ServiceProvider Node(string cron = "0 0 * * * ?") => JobTestHost.Services(_database.Path, services =>
        services.AddRecurringJob("kpi.hourly", "test.record", cron, new CountPayload(7)), _clock);

    private static async Task<long> CountJobsAsync(IServiceProvider services) =>
        await (await services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None))
            .ExecuteScalarAsync<long>("SELECT COUNT(*) FROM jobs WHERE kind = 'test.record'");

    [Fact]
    public async Task Misfires_CollapseIntoOneRun_AfterTheSchedulerWasDownForThreeDays()
    {
        using var node = Node();
        await JobTestHost.MigrateAsync(node);
        var recurring = node.GetRequiredService<RecurringJobs>();
        await recurring.SynchroniseDefinitionsAsync(CancellationToken.None);

        _clock.Advance(TimeSpan.FromDays(3));
        var enqueued = await recurring.EnqueueDueAsync(CancellationToken.None);
        var again = await recurring.EnqueueDueAsync(CancellationToken.None);

        Assert.Equal(2, enqueued); // kpi.hourly once, and the daily jobs.retention once
        Assert.Equal(0, again);
        Assert.Equal(1, await CountJobsAsync(node));
        var info = Assert.Single(await node.GetRequiredService<JobMonitor>().RecurringAsync(CancellationToken.None), r => r.Name == "kpi.hourly");
        Assert.Equal(new DateTimeOffset(2026, 11, 5, 10, 0, 0, TimeSpan.Zero), info.NextRun);
        Assert.Equal(_clock.GetUtcNow(), info.LastRun);
        Assert.Equal(JobState.Enqueued, info.LastOutcome);
    }

    [Fact]
    public async Task EachOccurrence_IsEnqueuedExactlyOnce_WhenSeveralNodesScheduleAtOnce()
    {
        var nodes = Enumerable.Range(0, 4).Select(_ => Node()).ToList();
        await JobTestHost.MigrateAsync(nodes[0]);
        await nodes[0].GetRequiredService<RecurringJobs>().SynchroniseDefinitionsAsync(CancellationToken.None);

        await using var connection = await nodes[0].GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        for (var hour = 0; hour < 5; hour++)
        {
            _clock.Advance(TimeSpan.FromHours(1));
            var results = await Task.WhenAll(nodes.Select(n => Task.Run(() => n.GetRequiredService<RecurringJobs>().EnqueueDueAsync(CancellationToken.None))));
            Assert.Equal(1, results.Sum());
            await connection.ExecuteAsync("UPDATE jobs SET state = 'succeeded'"); // the run finished before the next occurrence
        }

        Assert.Equal(5, await CountJobsAsync(nodes[0]));
        nodes.ForEach(n => n.Dispose());
    }

    [Fact]
    public async Task AnOccurrence_IsSkipped_WhileThePreviousRunStillWaits()
    {
        using var node = Node();
        await JobTestHost.MigrateAsync(node);
        var recurring = node.GetRequiredService<RecurringJobs>();
        await recurring.SynchroniseDefinitionsAsync(CancellationToken.None);

        _clock.Advance(TimeSpan.FromHours(1));
        await recurring.EnqueueDueAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(1));
        await recurring.EnqueueDueAsync(CancellationToken.None);

        Assert.Equal(1, await CountJobsAsync(node));
        var info = Assert.Single(await node.GetRequiredService<JobMonitor>().RecurringAsync(CancellationToken.None), r => r.Name == "kpi.hourly");
        Assert.True(info.NextRun > _clock.GetUtcNow());
    }

    [Fact]
    public async Task EditedCronAndEnabled_SurviveARestart_ButTheDefaultIsRefreshed()
    {
        using (var first = Node())
        {
            await JobTestHost.MigrateAsync(first);
            var recurring = first.GetRequiredService<RecurringJobs>();
            await recurring.SynchroniseDefinitionsAsync(CancellationToken.None);
            var (result, _) = await recurring.UpdateAsync("kpi.hourly", "0 */15 * * * ?", false, "admin", CancellationToken.None);
            Assert.Equal(RecurringJobUpdate.Updated, result);
        }

        using var restarted = Node(cron: "0 30 * * * ?");
        await restarted.GetRequiredService<RecurringJobs>().SynchroniseDefinitionsAsync(CancellationToken.None);

        var info = Assert.Single(await restarted.GetRequiredService<JobMonitor>().RecurringAsync(CancellationToken.None), r => r.Name == "kpi.hourly");
        Assert.Equal("0 */15 * * * ?", info.Cron);
        Assert.Equal("0 30 * * * ?", info.DefaultCron);
        Assert.False(info.Enabled);
        Assert.Equal("every 15 minutes", info.Description);
        var audit = await restarted.GetRequiredService<AuditLog>().RecentAsync(10, "recurring:kpi.hourly", CancellationToken.None);
        Assert.Contains(audit, a => a.Action == "recurring.update" && a.Actor == "admin");
    }

    [Fact]
    public async Task DisabledSchedule_EnqueuesNothing_AndTriggerNowStillRunsIt()
    {
        using var node = Node();
        await JobTestHost.MigrateAsync(node);
        var recurring = node.GetRequiredService<RecurringJobs>();
        await recurring.SynchroniseDefinitionsAsync(CancellationToken.None);
        await recurring.UpdateAsync("kpi.hourly", null, false, "admin", CancellationToken.None);

        _clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await recurring.EnqueueDueAsync(CancellationToken.None));

        var jobId = await recurring.TriggerAsync("kpi.hourly", "admin", CancellationToken.None);
        Assert.NotNull(jobId);
        Assert.Null(await recurring.TriggerAsync("no.such.job", "admin", CancellationToken.None));
        var job = await node.GetRequiredService<JobMonitor>().GetAsync(jobId.Value, CancellationToken.None);
        Assert.Equal("{\"number\":7}", job!.Payload);
    }

    [Fact]
    public async Task InvalidCron_IsRejected_WithAClearMessage_AndNothingChanges()
    {
        using var node = Node();
        await JobTestHost.MigrateAsync(node);
        var recurring = node.GetRequiredService<RecurringJobs>();
        await recurring.SynchroniseDefinitionsAsync(CancellationToken.None);

        var (result, error) = await recurring.UpdateAsync("kpi.hourly", "0 61 * * * ?", null, "admin", CancellationToken.None);

        Assert.Equal(RecurringJobUpdate.InvalidCron, result);
        Assert.Contains("0 61 * * * ?", error);
        var info = Assert.Single(await node.GetRequiredService<JobMonitor>().RecurringAsync(CancellationToken.None), r => r.Name == "kpi.hourly");
        Assert.Equal("0 0 * * * ?", info.Cron);
    }

    [Fact]
    public async Task Retention_RemovesOldSucceededAndDeadJobs_ButKeepsRecentOnesAndRetries()
    {
        using var node = Node();
        await JobTestHost.MigrateAsync(node);
        await using var connection = await node.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        var now = _clock.GetUtcNow();
        long Ago(double days) => (now - TimeSpan.FromDays(days)).ToUnixTimeMilliseconds();
        foreach (var (state, age) in new[] { ("succeeded", 8.0), ("succeeded", 6.0), ("dead", 31.0), ("dead", 29.0), ("failed", 60.0) })
        {
            await connection.ExecuteAsync(
                "INSERT INTO jobs (kind, payload, state, attempts, max_attempts, run_after, created_at, updated_at, finished_at) " +
                "VALUES ('test.record', '{}', @State, 1, 5, @At, @At, @At, @At)", new { State = state, At = Ago(age) });
        }

        var removed = await node.GetRequiredService<JobRetention>().PruneAsync(CancellationToken.None);

        Assert.Equal(2, removed);
        var left = (await connection.QueryAsync<string>("SELECT state FROM jobs ORDER BY id")).ToList();
        Assert.Equal(["succeeded", "dead", "failed"], left);
    }
}
