using System.Diagnostics;
using System.Diagnostics.Metrics;
using Hangfire;
using Hangfire.Common;

namespace HappyButtons.Engine.Jobs;

/// <summary>
/// Meter <c>HappyButtons.Jobs</c>: attempts started, succeeded and failed per job, their run time, and the number of jobs
/// in each Hangfire state (read from the job storage at scrape time).
/// </summary>
public sealed class JobMetrics : IDisposable
{
    public const string MeterName = "HappyButtons.Jobs";

    private readonly Meter _meter;
    private readonly Counter<long> _started;
    private readonly Counter<long> _succeeded;
    private readonly Counter<long> _failed;
    private readonly Histogram<double> _duration;

    public JobMetrics(IMeterFactory meterFactory, IServiceProvider services)
    {
        _meter = meterFactory.Create(MeterName);
        _started = _meter.CreateCounter<long>("happybuttons.jobs.started", "{job}", "Job attempts started");
        _succeeded = _meter.CreateCounter<long>("happybuttons.jobs.succeeded", "{job}", "Job attempts that succeeded");
        _failed = _meter.CreateCounter<long>("happybuttons.jobs.failed", "{job}", "Job attempts that failed (retried or given up)");
        _duration = _meter.CreateHistogram<double>("happybuttons.jobs.duration", "s", "Run time of one attempt in seconds");
        // Resolved at scrape time: the storage is created after the metrics on start-up.
        _meter.CreateObservableGauge("happybuttons.jobs.count", () => Counts(services), "{job}", "Jobs per state in the job storage");
    }

    /// <summary>A job's kind for metrics and logs: the class and method it runs, e.g. <c>OutgoingMailDelivery.DeliverAsync</c>.</summary>
    public static string KindOf(Job? job) => job is null ? "unknown" : $"{job.Type.Name}.{job.Method.Name}";

    internal void Started(string kind) => _started.Add(1, new TagList { { "kind", kind } });

    internal void Finished(string kind, bool succeeded, double durationSeconds)
    {
        var tags = new TagList { { "kind", kind } };
        _duration.Record(durationSeconds, tags);
        (succeeded ? _succeeded : _failed).Add(1, tags);
    }

    private static IEnumerable<Measurement<long>> Counts(IServiceProvider services)
    {
        if (services.GetService(typeof(JobStorage)) is not JobStorage storage)
        {
            return [];
        }

        var statistics = storage.GetMonitoringApi().GetStatistics();
        return
        [
            new(statistics.Enqueued, new KeyValuePair<string, object?>("state", "enqueued")),
            new(statistics.Scheduled, new KeyValuePair<string, object?>("state", "scheduled")),
            new(statistics.Processing, new KeyValuePair<string, object?>("state", "processing")),
            new(statistics.Succeeded, new KeyValuePair<string, object?>("state", "succeeded")),
            new(statistics.Failed, new KeyValuePair<string, object?>("state", "failed")),
            new(statistics.Deleted, new KeyValuePair<string, object?>("state", "deleted")),
            new(statistics.Recurring, new KeyValuePair<string, object?>("state", "recurring")),
        ];
    }

    public void Dispose() => _meter.Dispose();
}
