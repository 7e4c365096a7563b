using Hangfire;
using Hangfire.Common;
using HappyButtons.Engine.Monitoring;
using Prometheus;

namespace HappyButtons.Engine.Jobs;

/// <summary>
/// The jobs' Prometheus collectors: attempts started, succeeded and failed per job kind, their run time, and the number
/// of jobs in each Hangfire state (read from the job storage at scrape time).
/// </summary>
public sealed class JobMetrics
{
    /// <summary>Seconds; a mailbox poll takes milliseconds, a delivery with retries up to a minute.</summary>
    internal static readonly double[] DurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    private static readonly string[] States = ["enqueued", "scheduled", "processing", "succeeded", "failed", "deleted", "recurring"];

    private readonly Counter _started;
    private readonly Counter _succeeded;
    private readonly Counter _failed;
    private readonly Histogram _duration;

    public JobMetrics(CollectorRegistry registry, IServiceProvider services)
    {
        var factory = registry.Factory();
        _started = factory.CreateCounter("happybuttons_jobs_started_total", "Job attempts started", ["kind"]);
        _succeeded = factory.CreateCounter("happybuttons_jobs_succeeded_total", "Job attempts that succeeded", ["kind"]);
        _failed = factory.CreateCounter("happybuttons_jobs_failed_total", "Job attempts that failed (retried or given up)", ["kind"]);
        _duration = factory.CreateHistogram("happybuttons_jobs_duration", "Run time of one attempt in seconds", ["kind"],
            new HistogramConfiguration { Buckets = DurationBuckets });
        var count = factory.CreateGauge("happybuttons_jobs_count", "Jobs per state in the job storage", ["state"]);
        // Resolved at scrape time: the storage is created after the metrics on start-up.
        registry.AddBeforeCollectCallback(() => Count(services, count));
    }

    /// <summary>A job's kind for metrics and logs: the class and method it runs, e.g. <c>OutgoingMailDelivery.DeliverAsync</c>.</summary>
    public static string KindOf(Job? job) => job is null ? "unknown" : $"{job.Type.Name}.{job.Method.Name}";

    internal void Started(string kind) => _started.WithLabels(kind).Inc();

    internal void Finished(string kind, bool succeeded, double durationSeconds)
    {
        _duration.WithLabels(kind).Observe(durationSeconds);
        (succeeded ? _succeeded : _failed).WithLabels(kind).Inc();
    }

    private static void Count(IServiceProvider services, Gauge count)
    {
        if (services.GetService(typeof(JobStorage)) is not JobStorage storage)
        {
            return;
        }

        var statistics = storage.GetMonitoringApi().GetStatistics();
        long[] values = [statistics.Enqueued, statistics.Scheduled, statistics.Processing, statistics.Succeeded, statistics.Failed, statistics.Deleted, statistics.Recurring];
        for (var i = 0; i < States.Length; i++)
        {
            count.WithLabels(States[i]).Set(values[i]);
        }
    }
}
