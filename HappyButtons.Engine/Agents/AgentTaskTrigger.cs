using Hangfire;
using Hangfire.States;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Agents;

/// <summary>
/// Starts the coordinator's job soon after mail is processed: every <c>RunEverySeconds</c> it looks (one indexed query)
/// for processed mail without a task and enqueues one <see cref="AgentCoordinator.RunAsync"/> job — unless the last one
/// has not finished yet. So a burst of 10,000 mails costs a handful of jobs, not 10,000 (Hangfire on SQLite manages
/// 30–60 jobs/s). The recurring <c>agent-tasks</c> job every minute is the safety net.
/// </summary>
public sealed class AgentTaskTrigger(
    IDbContextFactory<HappyButtonsDbContext> contexts, IBackgroundJobClient jobs, JobStorage storage, IOptions<AgentOptions> options,
    TimeProvider clock, ILogger<AgentTaskTrigger> logger) : BackgroundService
{
    private string? _lastJob;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Trigger)
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.RunEverySeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, clock, stoppingToken);
                if (!Pending() && await WaitingAsync(stoppingToken))
                {
                    _lastJob = jobs.Enqueue<AgentCoordinator>(c => c.RunAsync(CancellationToken.None));
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Could not look for mail waiting for an agent task");
            }
        }
    }

    private bool Pending()
    {
        if (_lastJob is null)
        {
            return false;
        }

        using var connection = storage.GetConnection();
        var state = connection.GetStateData(_lastJob)?.Name;
        return state == EnqueuedState.StateName || state == ProcessingState.StateName || state == ScheduledState.StateName || state == AwaitingState.StateName;
    }

    private async Task<bool> WaitingAsync(CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Messages.AnyAsync(m => (m.Status == MessageStatus.Processed || m.Status == MessageStatus.NeedsReview) && !m.Archived
                                                    && !context.AgentTasks.Any(t => t.MessageId == m.Id), cancellationToken);
    }
}
