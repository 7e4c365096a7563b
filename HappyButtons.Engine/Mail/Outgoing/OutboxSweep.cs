using Hangfire;
using HappyButtons.Engine.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HappyButtons.Engine.Mail.Outgoing;

/// <summary>
/// Makes sure every queued outgoing mail has a delivery job: once at start (mail queued just before a crash, or carried
/// over from an older release) and as a recurring job.
/// </summary>
public sealed class OutboxSweep(MailOutbox outbox)
{
    public const string RecurringId = "outbox-sweep";

    [JobName("Ausgangspost prüfen", "Outbox sweep")]
    [AutomaticRetry(Attempts = 0)]
    public Task<int> RunAsync(CancellationToken cancellationToken) => outbox.DispatchPendingAsync(cancellationToken);

    /// <summary>The sweep once at start, after the installation step (resolved then, not when the host is built).</summary>
    public sealed class AtStart(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => services.GetRequiredService<OutboxSweep>().RunAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
