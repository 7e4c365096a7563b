using HappyButtons.Engine.Events;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Jobs;

public sealed class JobHostSchedulingTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly RunRecorder _recorder = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ARunningNode_RunsARecurringJobOnItsSchedule()
    {
        using var host = JobTestHost.Build(_database.Path, services =>
        {
            services.AddSingleton(_recorder);
            services.AddJobHandler<CountPayload, RecordingHandler>("test.record");
            services.AddRecurringJob("test.every-second", "test.record", "* * * * * ?", new CountPayload(1));
        });
        await host.StartAsync();

        await JobTestHost.EventuallyAsync(() => Task.FromResult(_recorder.Runs.Count >= 2), "the every-second job ran twice", 10);
        await host.StopAsync();

        var info = Assert.Single(await host.Services.GetRequiredService<JobMonitor>().RecurringAsync(CancellationToken.None), r => r.Name == "test.every-second");
        Assert.Equal("every second", info.Description);
        Assert.NotNull(info.LastRun);
    }

    [Fact]
    public async Task AJobEnqueuedInACommittedTransaction_RunsAtOnceAfterWake_AndLiveViewsHearAboutIt()
    {
        using var host = JobTestHost.Build(_database.Path, services =>
        {
            services.AddSingleton(_recorder);
            services.AddJobHandler<CountPayload, RecordingHandler>("test.record");
        }, new Dictionary<string, string?> { ["HappyButtons:Jobs:PollIntervalSeconds"] = "60" });
        await host.StartAsync();
        using var subscription = host.Services.GetRequiredService<EventHub>().Subscribe(e => e is JobCountsChanged);
        var queue = host.Services.GetRequiredService<JobQueue>();

        await using (var connection = await host.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None))
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await queue.EnqueueAsync(connection, transaction, "test.record", new CountPayload(1), null, CancellationToken.None);
            await transaction.CommitAsync();
        }

        queue.Wake();

        await JobTestHost.EventuallyAsync(() => Task.FromResult(_recorder.Runs.Count == 1), "the job ran without waiting for the 60 s poll", 5);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        Assert.IsType<JobCountsChanged>(await subscription.Reader.ReadAsync(timeout.Token));
        await host.StopAsync();
    }
}
