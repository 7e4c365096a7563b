using System.Collections.Concurrent;
using HappyButtons.Engine.Jobs;

namespace HappyButtons.Tests.Jobs;

public sealed record CountPayload(int Number);

/// <summary>Counts how often each job ran; shared by every host in a test.</summary>
public sealed class RunRecorder
{
    public ConcurrentDictionary<long, int> Runs { get; } = new();

    public int Total => Runs.Values.Sum();
}

public sealed class RecordingHandler(RunRecorder recorder) : IJobHandler<CountPayload>
{
    public Task HandleAsync(CountPayload payload, JobContext context, CancellationToken cancellationToken)
    {
        recorder.Runs.AddOrUpdate(context.JobId, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}

/// <summary>Records like <see cref="RecordingHandler"/> but takes a moment, so several nodes get to compete.</summary>
public sealed class SlowRecordingHandler(RunRecorder recorder) : IJobHandler<CountPayload>
{
    public async Task HandleAsync(CountPayload payload, JobContext context, CancellationToken cancellationToken)
    {
        recorder.Runs.AddOrUpdate(context.JobId, 1, (_, n) => n + 1);
        // Slow enough that 1,000 jobs outlast a poll interval of the other node even on a starved machine (about 1 s on one node).
        await Task.Delay(5, CancellationToken.None);
    }
}

/// <summary>Fails while <see cref="Broken"/> is set, so a test can "fix the bug" and retry.</summary>
public sealed class FlakySwitch
{
    public volatile bool Broken = true;
    public int Calls;
}

public sealed class ThrowingHandler(FlakySwitch flaky) : IJobHandler<CountPayload>
{
    public Task HandleAsync(CountPayload payload, JobContext context, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref flaky.Calls);
        if (flaky.Broken)
        {
            throw new InvalidOperationException($"Warehouse system unreachable (attempt {context.Attempt})");
        }

        return Task.CompletedTask;
    }
}

public sealed class PermanentFailureHandler : IJobHandler<CountPayload>
{
    public Task HandleAsync(CountPayload payload, JobContext context, CancellationToken cancellationToken) =>
        throw new PermanentJobFailureException("Customer number 4711 does not exist");
}

/// <summary>Blocks until the shutdown token fires (or forever when it ignores it).</summary>
public sealed class BlockingHandler : IJobHandler<CountPayload>
{
    public async Task HandleAsync(CountPayload payload, JobContext context, CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }
}

/// <summary>Holds jobs of its kind until the test opens it, so a browser test sees the job before it finishes.</summary>
public sealed class JobGate
{
    public SemaphoreSlim Open { get; } = new(0);
}

public sealed class GatedHandler(JobGate gate, RunRecorder recorder) : IJobHandler<CountPayload>
{
    public async Task HandleAsync(CountPayload payload, JobContext context, CancellationToken cancellationToken)
    {
        await gate.Open.WaitAsync(cancellationToken);
        recorder.Runs.AddOrUpdate(context.JobId, 1, (_, n) => n + 1);
    }
}

/// <summary>Ignores the shutdown token: the drain time limit has to release it.</summary>
public sealed class StubbornHandler : IJobHandler<CountPayload>
{
    public Task HandleAsync(CountPayload payload, JobContext context, CancellationToken cancellationToken) =>
        Task.Delay(TimeSpan.FromSeconds(30), CancellationToken.None);
}
