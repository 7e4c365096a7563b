using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Intake;

/// <summary>
/// Processes received mail on this node: each of <see cref="ProcessingOptions.Workers"/> loops claims a group from the
/// message table (<see cref="ProcessingQueue"/>), processes it (<see cref="MessageProcessor"/>) and claims the next,
/// and sleeps until ingest wakes it or the poll interval passes. Mail is never a job of its own: the job store would be
/// the bottleneck, and the table is durable already.
/// </summary>
public sealed class MessageProcessingWorker(
    ProcessingQueue queue,
    IServiceProvider services,
    ProcessingSignal signal,
    IOptions<ProcessingOptions> options,
    ILogger<MessageProcessingWorker> logger) : BackgroundService
{
    private static readonly TimeSpan ExpiryCheck = TimeSpan.FromSeconds(30);
    private readonly string _owner = $"{options.Value.NodeName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private long _lastExpiryCheck;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var workers = options.Value.Workers;
        if (workers == 0)
        {
            return;
        }

        await Task.Yield();
        // Resolved only now: the intake steps read the database, which the installation step migrates at start.
        var processor = services.GetRequiredService<MessageProcessor>();
        var released = await queue.ReleaseOwnedByNodeAsync(options.Value.NodeName, _owner, stoppingToken);
        if (released > 0)
        {
            logger.LogWarning("{Count} message(s) were being processed when this node last stopped; they are processed again", released);
        }

        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => RunLoopAsync(processor, stoppingToken)));
    }

    private async Task RunLoopAsync(MessageProcessor processor, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ReleaseExpiredClaimsAsync(stoppingToken);
                var claimed = await queue.ClaimAsync(_owner, stoppingToken);
                if (claimed.Count == 0)
                {
                    await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                    continue;
                }

                await processor.ProcessAsync(claimed, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The claim stays until its lease ends; the mail is then claimed again, alone, and counted.
                logger.LogError(exception, "A processing worker failed; it carries on after a pause");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task ReleaseExpiredClaimsAsync(CancellationToken cancellationToken)
    {
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref _lastExpiryCheck);
        if (now - last < ExpiryCheck.TotalMilliseconds || Interlocked.CompareExchange(ref _lastExpiryCheck, now, last) != last)
        {
            return;
        }

        var released = await queue.ReleaseExpiredAsync(cancellationToken);
        if (released > 0)
        {
            logger.LogWarning("{Count} message(s) whose processing claim expired are waiting to be processed again", released);
        }
    }
}
