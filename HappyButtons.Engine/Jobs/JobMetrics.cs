using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace HappyButtons.Engine.Jobs;

/// <summary>Meter <c>HappyButtons.Jobs</c>: counters per kind, run durations and the queue depth.</summary>
public sealed class JobMetrics : IDisposable
{
    public const string MeterName = "HappyButtons.Jobs";

    private readonly Meter _meter;
    private readonly Counter<long> _started;
    private readonly Counter<long> _succeeded;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _dead;
    private readonly Histogram<double> _duration;
    private long _queueDepth;

    public JobMetrics(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _started = _meter.CreateCounter<long>("happybuttons.jobs.started", "{job}", "Job attempts started");
        _succeeded = _meter.CreateCounter<long>("happybuttons.jobs.succeeded", "{job}", "Jobs that succeeded");
        _failed = _meter.CreateCounter<long>("happybuttons.jobs.failed", "{job}", "Attempts that failed (retry scheduled or dead)");
        _dead = _meter.CreateCounter<long>("happybuttons.jobs.dead", "{job}", "Jobs that ran out of attempts or failed permanently");
        _duration = _meter.CreateHistogram<double>("happybuttons.jobs.duration", "s", "Run time of one attempt in seconds");
        _meter.CreateObservableGauge("happybuttons.jobs.queue_depth", () => Volatile.Read(ref _queueDepth), "{job}", "Jobs waiting to run (enqueued, scheduled, awaiting retry)");
    }

    internal void Started(string kind) => _started.Add(1, new TagList { { "kind", kind } });

    internal void Finished(string kind, JobState state, double durationSeconds)
    {
        var tags = new TagList { { "kind", kind } };
        _duration.Record(durationSeconds, tags);
        switch (state)
        {
            case JobState.Succeeded:
                _succeeded.Add(1, tags);
                break;
            case JobState.Failed:
                _failed.Add(1, tags);
                break;
            case JobState.Dead:
                _failed.Add(1, tags);
                _dead.Add(1, tags);
                break;
        }
    }

    internal void SetQueueDepth(long depth) => Volatile.Write(ref _queueDepth, depth);

    public void Dispose() => _meter.Dispose();
}
