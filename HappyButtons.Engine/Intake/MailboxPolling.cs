using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Engine.Intake;

/// <summary>
/// Runs mailbox polls in this process, one at a time per mailbox. A request while a poll runs queues exactly one more
/// (it will see whatever arrived meanwhile), so a burst of file-system or IDLE notifications costs one or two polls, never
/// one per mail — and none of them becomes a background job.
/// </summary>
public sealed class MailboxPolling(IServiceProvider services, IHostApplicationLifetime lifetime, ILogger<MailboxPolling> logger)
{
    // Resolved on first use: hosted services that hold this one are built before the data directory is prepared.
    private MailboxPoller Poller => services.GetRequiredService<MailboxPoller>();

    private readonly ConcurrentDictionary<string, State> _states = new(StringComparer.Ordinal);

    /// <summary>Asks for a poll soon, without waiting for it.</summary>
    public void Request(string department)
    {
        var state = _states.GetOrAdd(department, _ => new State());
        if (Interlocked.Exchange(ref state.Queued, 1) == 1)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await PollAsync(department, lifetime.ApplicationStopping);
            }
            catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
            {
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Polling the {Department} mailbox failed; the next notification or sweep tries again", department);
            }
        });
    }

    /// <summary>Polls the mailbox now (after a poll already running ends) and returns when this poll is done.</summary>
    public async Task PollAsync(string department, CancellationToken cancellationToken)
    {
        var state = _states.GetOrAdd(department, _ => new State());
        await state.Gate.WaitAsync(cancellationToken);
        try
        {
            Volatile.Write(ref state.Queued, 0);
            await Poller.PollAsync(department, cancellationToken);
        }
        finally
        {
            state.Gate.Release();
        }
    }

    private sealed class State
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public int Queued;
    }
}
