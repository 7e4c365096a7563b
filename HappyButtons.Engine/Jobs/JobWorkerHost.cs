using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Threading.Channels;
using HappyButtons.Engine.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Jobs;

/// <summary>
/// Runs jobs on this node: one dispatcher claims due jobs in small batches into a local buffer and starts
/// each on the thread pool when a worker slot is free, one writer records finished attempts in batches, and a heartbeat renews
/// this node's leases and reaps leases of nodes that died. Also drives the recurring scheduler.
/// </summary>
public sealed class JobWorkerHost : BackgroundService
{
    private const int MaxCompletionBatch = 256;
    private static readonly TimeSpan ClaimCoalesceDelay = TimeSpan.FromMilliseconds(2);

    private readonly IDbConnectionFactory _connections;
    private readonly MigrationRunner _migrations;
    private readonly JobKindRegistry _kinds;
    private readonly JobSignal _signal;
    private readonly DatabaseWriteGate _gate;
    private readonly RecurringJobs _recurring;
    private readonly JobMetrics _metrics;
    private readonly JobEventPublisher _events;
    private readonly IServiceProvider _services;
    private readonly TimeProvider _clock;
    private readonly JobEngineOptions _options;
    private readonly ILogger<JobWorkerHost> _logger;
    private readonly ConcurrentDictionary<long, Task> _running = new();
    private readonly ConcurrentDictionary<long, bool> _interrupted = new();
    private readonly ConcurrentQueue<ClaimedJob> _buffered = new();
    private readonly Channel<JobCompletion> _completions = Channel.CreateUnbounded<JobCompletion>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _handlerStop = new();

    public JobWorkerHost(
        IDbConnectionFactory connections, MigrationRunner migrations, JobKindRegistry kinds, JobSignal signal, DatabaseWriteGate gate,
        RecurringJobs recurring, JobMetrics metrics, JobEventPublisher events, IServiceProvider services,
        TimeProvider clock, IOptions<JobEngineOptions> options, ILogger<JobWorkerHost> logger)
    {
        _connections = connections;
        _migrations = migrations;
        _kinds = kinds;
        _signal = signal;
        _gate = gate;
        _recurring = recurring;
        _metrics = metrics;
        _events = events;
        _services = services;
        _clock = clock;
        _options = options.Value;
        _logger = logger;
        NodeId = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";
    }

    /// <summary>Identifies this node in the <c>worker</c> column and in attempts.</summary>
    public string NodeId { get; }

    /// <summary>Jobs running on this node right now.</summary>
    public int RunningCount => _running.Count;

    /// <summary>Brings the schema up to date and stores the recurring definitions before the host reports started.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await _migrations.MigrateAsync(cancellationToken);
        await _recurring.SynchroniseDefinitionsAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_options.Workers == 0)
        {
            _logger.LogInformation("Job workers are off on this node (HappyButtons:Jobs:Workers = 0)");
            return;
        }

        _logger.LogInformation("Job node {Node} started with {Workers} workers", NodeId, _options.Workers);
        var slots = new SemaphoreSlim(_options.Workers, _options.Workers);
        var writer = Task.Run(() => WriteCompletionsAsync(), CancellationToken.None);
        var heartbeat = Task.Run(() => HeartbeatAsync(stoppingToken), CancellationToken.None);
        var scheduler = Task.Run(() => ScheduleRecurringAsync(stoppingToken), CancellationToken.None);
        try
        {
            await DispatchAsync(slots, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            await DrainAsync();
            _completions.Writer.TryComplete();
            await writer;
            await Task.WhenAll(heartbeat, scheduler);
            _logger.LogInformation("Job node {Node} stopped", NodeId);
        }
    }

    private async Task DispatchAsync(SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        await using var connection = await _connections.OpenAsync(stoppingToken);
        var batchSize = Math.Max(_options.Workers, _options.ClaimBatchSize);
        while (!stoppingToken.IsCancellationRequested)
        {
            // Refill the local buffer only when it is empty: claimed jobs wait at most one batch for a free slot.
            if (_buffered.IsEmpty)
            {
                try
                {
                    if (!await ClaimIntoBufferAsync(connection, batchSize, stoppingToken))
                    {
                        await WaitForWorkAsync(connection, stoppingToken);
                        continue;
                    }
                }
                catch (Exception e) when (e is DbException or InvalidOperationException && !stoppingToken.IsCancellationRequested)
                {
                    // The database was locked past the busy timeout or unavailable; the jobs wait in the queue.
                    _logger.LogError(e, "Claiming jobs failed; trying again after the poll interval");
                    await Task.Delay(_options.PollInterval, _clock, stoppingToken);
                    continue;
                }
            }

            await slots.WaitAsync(stoppingToken);
            if (!_buffered.TryDequeue(out var next))
            {
                slots.Release();
                continue;
            }

            _metrics.Started(next.Kind);
            // Registered before it starts, so the map always holds the real task of every job still running.
            var run = new Task<Task>(() => RunAsync(next, slots));
            _running[next.Id] = run.Unwrap();
            run.Start(TaskScheduler.Default);
        }
    }

    private async Task<bool> ClaimIntoBufferAsync(DbConnection connection, int batchSize, CancellationToken stoppingToken)
    {
        List<ClaimedJob> claimed;
        using (await _gate.EnterAsync(stoppingToken))
        {
            var now = _clock.GetUtcNow();
            claimed = await JobStore.ClaimAsync(connection, _connections.Dialect, NodeId, batchSize, now.ToUnixTimeMilliseconds(), (now + _options.Lease).ToUnixTimeMilliseconds(), stoppingToken);
        }

        foreach (var job in claimed)
        {
            _buffered.Enqueue(job);
        }

        if (claimed.Count > 0)
        {
            _events.NotifyChanged();
        }

        return claimed.Count > 0;
    }

    private async Task WaitForWorkAsync(DbConnection connection, CancellationToken stoppingToken)
    {
        var wait = _options.PollInterval;
        var nextDue = await JobStore.NextDueAsync(connection, _connections.Dialect, stoppingToken);
        if (nextDue is not null)
        {
            var untilDue = DateTimeOffset.FromUnixTimeMilliseconds(nextDue.Value) - _clock.GetUtcNow();
            if (untilDue < wait)
            {
                wait = untilDue < TimeSpan.Zero ? TimeSpan.Zero : untilDue;
            }
        }

        if (wait > TimeSpan.Zero && await _signal.WaitAsync(wait, stoppingToken))
        {
            // Woken by a local enqueue: give a burst of enqueues a moment to land so one claim takes them together.
            await Task.Delay(ClaimCoalesceDelay, stoppingToken);
        }
    }

    private async Task RunAsync(ClaimedJob job, SemaphoreSlim slots)
    {
        var attempt = job.Attempts;
        var worker = $"{NodeId}/{Environment.CurrentManagedThreadId}";
        var startedAt = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        var started = Stopwatch.GetTimestamp();
        JobCompletion completion;
        try
        {
            var registration = _kinds.Find(job.Kind)
                ?? throw new PermanentJobFailureException(
                    $"No handler is registered for job kind '{job.Kind}' on node {NodeId}. Register one with services.AddJobHandler<TPayload, THandler>(\"{job.Kind}\").");
            var context = new JobContext(job.Id, job.Kind, attempt, job.MaxAttempts, NodeId);
            await registration.Invoke(_services, job.Payload, context, _handlerStop.Token);
            completion = Finish(job, worker, startedAt, started, JobState.Succeeded, "succeeded", null, null);
        }
        catch (OperationCanceledException) when (_handlerStop.IsCancellationRequested)
        {
            // Stopped on the shutdown token: DrainAsync gives it back to the queue.
            _interrupted[job.Id] = true;
            _running.TryRemove(job.Id, out _);
            slots.Release();
            return;
        }
        catch (Exception e)
        {
            completion = Failure(job, worker, startedAt, started, e);
        }

        // Leave the running set first: a job that has a completion queued must not also be released at shutdown.
        _running.TryRemove(job.Id, out _);
        _completions.Writer.TryWrite(completion);
        slots.Release();
    }

    private JobCompletion Failure(ClaimedJob job, string worker, long startedAt, long started, Exception error)
    {
        var permanent = error is PermanentJobFailureException;
        var registration = _kinds.Find(job.Kind);
        var text = error.ToString();
        if (permanent || job.Attempts >= job.MaxAttempts)
        {
            var reason = permanent ? "failed permanently" : $"failed on its last attempt ({job.Attempts} of {job.MaxAttempts})";
            _logger.LogError(error, "Job {JobId} ({Kind}) {Reason} and is dead", job.Id, job.Kind, reason);
            return Finish(job, worker, startedAt, started, JobState.Dead, "failed", text, null);
        }

        var backoff = (registration?.Options.Backoff ?? BackoffSchedule.Default).DelayAfter(job.Attempts);
        _logger.LogWarning(error, "Job {JobId} ({Kind}) attempt {Attempt} of {Max} failed; retry in {Delay}", job.Id, job.Kind, job.Attempts, job.MaxAttempts, backoff);
        return Finish(job, worker, startedAt, started, JobState.Failed, "failed", text, _clock.GetUtcNow() + backoff);
    }

    /// <param name="startedAt">Wall-clock start (Unix ms) for the history; <paramref name="started"/> is the stopwatch timestamp for the duration.</param>
    private JobCompletion Finish(ClaimedJob job, string worker, long startedAt, long started, JobState state, string outcome, string? error, DateTimeOffset? retryAt)
    {
        var elapsed = Stopwatch.GetElapsedTime(started);
        _metrics.Finished(job.Kind, state, elapsed.TotalSeconds);
        return new JobCompletion(job.Id, job.Kind, job.Attempts, worker, startedAt, (long)elapsed.TotalMilliseconds,
            state, outcome, retryAt?.ToUnixTimeMilliseconds() ?? _clock.GetUtcNow().ToUnixTimeMilliseconds(), error);
    }

    private async Task WriteCompletionsAsync()
    {
        await using var connection = await _connections.OpenAsync(CancellationToken.None);
        var batch = new List<JobCompletion>(MaxCompletionBatch);
        var reader = _completions.Reader;
        while (await reader.WaitToReadAsync())
        {
            while (batch.Count < MaxCompletionBatch && reader.TryRead(out var completion))
            {
                batch.Add(completion);
            }

            try
            {
                int lost;
                using (await _gate.EnterAsync(CancellationToken.None))
                {
                    lost = await JobStore.CompleteAsync(connection, NodeId, batch, _clock.GetUtcNow().ToUnixTimeMilliseconds(), CancellationToken.None);
                }

                if (lost > 0)
                {
                    _logger.LogWarning("{Count} jobs finished on {Node} after their lease had expired; another worker owns them now, so these results were not applied (the attempts are recorded)", lost, NodeId);
                }

                var retries = batch.Any(c => c.NewState == JobState.Failed);
                batch.Clear();
                _events.NotifyChanged();
                if (retries)
                {
                    // The dispatcher may be sleeping past the retry time it computed before this failure.
                    _signal.Wake();
                }
            }
            catch (Exception e)
            {
                // Keep the batch and try again: the leases are still ours while the heartbeat runs.
                _logger.LogError(e, "Recording {Count} finished jobs failed; retrying", batch.Count);
                await Task.Delay(TimeSpan.FromMilliseconds(200));
            }
        }
    }

    private async Task HeartbeatAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_options.Heartbeat, _clock, stoppingToken);
                await using var connection = await _connections.OpenAsync(stoppingToken);
                using var turn = await _gate.EnterAsync(stoppingToken);
                var now = _clock.GetUtcNow();
                if (!_running.IsEmpty || !_buffered.IsEmpty)
                {
                    await JobStore.RenewLeasesAsync(connection, NodeId, (now + _options.Lease).ToUnixTimeMilliseconds(), stoppingToken);
                }

                var reaped = await JobStore.ReapExpiredLeasesAsync(connection, now.ToUnixTimeMilliseconds(), stoppingToken);
                if (reaped > 0)
                {
                    _logger.LogWarning("Released {Count} jobs whose worker stopped renewing its lease", reaped);
                    _signal.Wake();
                    _events.NotifyChanged();
                }

                _metrics.SetQueueDepth(await JobStore.QueueDepthAsync(connection, stoppingToken));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                _logger.LogError(e, "Job heartbeat failed; leases of running jobs may expire");
            }
        }
    }

    private async Task ScheduleRecurringAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var enqueued = await _recurring.EnqueueDueAsync(stoppingToken);
                if (enqueued > 0)
                {
                    _signal.Wake();
                }

                var wait = _options.PollInterval;
                var next = await _recurring.NextRunAsync(stoppingToken);
                if (next is not null && next.Value - _clock.GetUtcNow() < wait)
                {
                    wait = next.Value - _clock.GetUtcNow();
                }

                await Task.Delay(wait < TimeSpan.FromMilliseconds(10) ? TimeSpan.FromMilliseconds(10) : wait, _clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                _logger.LogError(e, "Recurring job scheduler failed; trying again after the poll interval");
                await Task.Delay(_options.PollInterval, _clock, CancellationToken.None);
            }
        }
    }

    /// <summary>Signals handlers to stop, waits up to the shutdown timeout, then releases what still runs.</summary>
    private async Task DrainAsync()
    {
        await _handlerStop.CancelAsync();
        var running = _running.Values.ToArray();
        if (running.Length > 0)
        {
            _logger.LogInformation("Waiting up to {Timeout} for {Count} running jobs", _options.ShutdownTimeout, running.Length);
            await Task.WhenAny(Task.WhenAll(running), Task.Delay(_options.ShutdownTimeout));
        }

        // Jobs that finished have their completion queued for the writer; only the unfinished ones are released.
        var unfinished = _running.Keys.Concat(_interrupted.Keys).Distinct().ToList();
        var unstarted = _buffered.Select(j => j.Id).ToList();
        try
        {
            await using var connection = await _connections.OpenAsync(CancellationToken.None);
            using var turn = await _gate.EnterAsync(CancellationToken.None);
            var now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
            var released = await JobStore.ReleaseAsync(connection, NodeId, unfinished, now, started: true, CancellationToken.None)
                + await JobStore.ReleaseAsync(connection, NodeId, unstarted, now, started: false, CancellationToken.None);
            if (released > 0)
            {
                _logger.LogWarning("Released {Count} jobs that were still running at shutdown; another worker will run them", released);
            }
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Releasing running jobs at shutdown failed; they run again after their lease expires");
        }
    }

    public override void Dispose()
    {
        _handlerStop.Dispose();
        base.Dispose();
    }
}
