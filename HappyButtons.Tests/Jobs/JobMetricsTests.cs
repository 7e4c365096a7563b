using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using HappyButtons.Engine.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Jobs;

public sealed class JobMetricsTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Meter_CountsStartedSucceededFailedAndDeadPerKind_AndRecordsDurations()
    {
        var measurements = new ConcurrentDictionary<string, double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == JobMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            foreach (var tag in tags)
            {
                if (tag is { Key: "kind", Value: "test.metrics-ok" or "test.metrics-bad" })
                {
                    measurements.AddOrUpdate($"{instrument.Name}|{tag.Value}", value, (_, sum) => sum + value);
                }
            }
        }

        listener.SetMeasurementEventCallback<long>((i, v, t, _) => Record(i, v, t));
        listener.SetMeasurementEventCallback<double>((i, v, t, _) => Record(i, v, t));
        listener.Start();
        var recorder = new RunRecorder();
        using var host = JobTestHost.Build(_database.Path, services =>
        {
            services.AddSingleton(recorder);
            services.AddSingleton(new FlakySwitch());
            services.AddJobHandler<CountPayload, RecordingHandler>("test.metrics-ok");
            services.AddJobHandler<CountPayload, ThrowingHandler>("test.metrics-bad", JobTestHost.QuickRetries);
        });
        await host.StartAsync();
        var queue = host.Services.GetRequiredService<JobQueue>();

        var ok = await queue.EnqueueAsync("test.metrics-ok", new CountPayload(1));
        var bad = await queue.EnqueueAsync("test.metrics-bad", new CountPayload(2));
        await JobTestHost.WaitForStateAsync(host.Services, ok, JobState.Succeeded);
        await JobTestHost.WaitForStateAsync(host.Services, bad, JobState.Dead);
        await host.StopAsync();

        Assert.Equal(1, measurements["happybuttons.jobs.started|test.metrics-ok"]);
        Assert.Equal(1, measurements["happybuttons.jobs.succeeded|test.metrics-ok"]);
        Assert.Equal(3, measurements["happybuttons.jobs.started|test.metrics-bad"]);
        Assert.Equal(3, measurements["happybuttons.jobs.failed|test.metrics-bad"]);
        Assert.Equal(1, measurements["happybuttons.jobs.dead|test.metrics-bad"]);
        Assert.True(measurements.ContainsKey("happybuttons.jobs.duration|test.metrics-ok"));
    }
}
