using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Jobs;

/// <summary>
/// The Hangfire server of this node. At shutdown it asks its workers to stop and waits for them within the time the host
/// has left; when that runs out (a web server kept open connections until then), it stops waiting rather than failing the
/// shutdown — jobs still running are picked up again by the next start, as after a crash.
/// </summary>
public sealed class JobServer(
    JobStorage storage,
    IJobFilterProvider filters,
    JobActivator activator,
    JobStorageRecovery recovery,
    IOptions<BackgroundJobsOptions> options,
    ILogger<JobServer> logger) : IHostedService, IDisposable
{
    private BackgroundJobServer? _server;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        RequeueJobsOfDeadProcesses();
        var settings = options.Value;
        _server = new BackgroundJobServer(new BackgroundJobServerOptions
        {
            WorkerCount = settings.Workers,
            Queues = settings.Queues.Distinct(StringComparer.Ordinal).ToArray(),
            SchedulePollingInterval = settings.PollInterval,
            ShutdownTimeout = TimeSpan.FromSeconds(settings.ShutdownTimeoutSeconds),
            ServerName = $"{Environment.MachineName}:{Environment.ProcessId}",
            FilterProvider = filters,
            Activator = activator,
        }, storage);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is null)
        {
            return;
        }

        try
        {
            _server.SendStop();
            await _server.WaitForShutdownAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("The job server did not stop in the time the host had left; jobs still running are run again at the next start");
        }
        catch (ObjectDisposedException)
        {
            // Already disposed: the host disposed the services before this stop (a failed or hurried shutdown); nothing runs.
        }
    }

    public void Dispose() => _server?.Dispose();

    /// <summary>
    /// Jobs a previous process of this machine was running when it died (killed, power cut) would wait for the storage's
    /// invisibility timeout (30 minutes) before anyone runs them again. A server of this machine whose process no longer
    /// exists is certainly dead: its jobs are put back in the queue at once. Handlers are idempotent, so a job that had in
    /// fact finished repeats nothing.
    /// </summary>
    private void RequeueJobsOfDeadProcesses()
    {
        var monitoring = storage.GetMonitoringApi();
        var servers = monitoring.Servers().Select(s => s.Name).ToList();
        var dead = servers.Where(IsDeadProcessOfThisMachine).ToHashSet(StringComparer.Ordinal);
        if (dead.Count == 0)
        {
            return;
        }

        if (dead.Count == servers.Count)
        {
            // Nobody alive holds a lock or a fetched job: every fetched queue entry goes back, running jobs included.
            var returned = recovery.ReleaseAbandoned();
            RemoveServers(dead);
            if (returned > 0)
            {
                logger.LogWarning("{Count} job(s) were fetched or running when this node's previous process stopped; they run again", returned);
            }

            return;
        }

        var client = new BackgroundJobClient(storage, filters);
        var requeued = 0;
        for (var from = 0; ; from += 500)
        {
            var page = monitoring.ProcessingJobs(from, 500);
            foreach (var job in page.Where(j => j.Value.ServerId is { } server && dead.Contains(server)))
            {
                if (client.ChangeState(job.Key, new EnqueuedState { Reason = "The process running it stopped" }, ProcessingState.StateName))
                {
                    requeued++;
                }
            }

            if (page.Count < 500)
            {
                break;
            }
        }

        RemoveServers(dead);
        if (requeued > 0)
        {
            logger.LogWarning("{Count} job(s) were running when this node's previous process stopped; they run again", requeued);
        }
    }

    private void RemoveServers(IEnumerable<string> servers)
    {
        using var connection = storage.GetConnection();
        foreach (var server in servers)
        {
            connection.RemoveServer(server);
        }
    }

    private static bool IsDeadProcessOfThisMachine(string serverId)
    {
        var parts = serverId.Split(':');
        if (parts.Length < 3 || !string.Equals(parts[0], Environment.MachineName, StringComparison.OrdinalIgnoreCase)
            || !int.TryParse(parts[1], out var pid) || pid == Environment.ProcessId)
        {
            return false;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true; // no such process
        }
    }
}
