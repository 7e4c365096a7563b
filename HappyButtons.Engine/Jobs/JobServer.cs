using Hangfire;
using Hangfire.Common;
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
    IOptions<BackgroundJobsOptions> options,
    ILogger<JobServer> logger) : IHostedService, IDisposable
{
    private BackgroundJobServer? _server;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        _server = new BackgroundJobServer(new BackgroundJobServerOptions
        {
            WorkerCount = settings.Workers,
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

        _server.SendStop();
        try
        {
            await _server.WaitForShutdownAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("The job server did not stop in the time the host had left; jobs still running are run again at the next start");
        }
    }

    public void Dispose() => _server?.Dispose();
}
