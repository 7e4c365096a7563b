using Microsoft.EntityFrameworkCore;
using Hangfire;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Mail.Mailboxes;
using Microsoft.Extensions.Options;
using HappyButtons.Engine.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HappyButtons.Web.Hosting;

public sealed class DatabaseHealthCheck(IDbContextFactory<HappyButtonsDbContext> contexts, DatabaseLocation location) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault() ?? "(none)";
            return HealthCheckResult.Healthy($"{location.Provider}, schema {applied}");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy($"The database '{location.Description}' cannot be read: {e.Message}");
        }
    }
}

public sealed class DataDirectoryHealthCheck(DataDirectory dataDirectory) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var probe = dataDirectory.PathFor($".health-{Environment.ProcessId}-{Environment.CurrentManagedThreadId}");
        try
        {
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
            return Task.FromResult(HealthCheckResult.Healthy(dataDirectory.Root));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"The data directory '{dataDirectory.Root}' is not writable: {e.Message}"));
        }
    }
}

/// <summary>
/// Degraded when a mailbox's credentials were rejected, or when it has not been fetched successfully for ten poll
/// intervals (counted from its last change when it never was); the description names the mailbox.
/// </summary>
public sealed class MailboxHealthCheck(MailboxRegistry mailboxes, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var problems = new List<string>();
        foreach (var mailbox in await mailboxes.ListAsync(cancellationToken))
        {
            var since = mailbox.LastFetchAt ?? mailbox.UpdatedAt;
            if (MailboxBackoff.IsAuthenticationFailure(mailbox.LastError))
            {
                problems.Add($"mailbox {mailbox.Department} ({mailbox.Address}): {mailbox.LastError}");
            }
            else if (now - since > Allowed(mailbox))
            {
                problems.Add($"mailbox {mailbox.Department} ({mailbox.Address}): no successful fetch since {since:u}" +
                             (mailbox.LastError is { } error ? $"; last error: {error}" : ""));
            }
        }

        return problems.Count == 0 ? HealthCheckResult.Healthy("all mailboxes fetched recently") : HealthCheckResult.Degraded(string.Join("; ", problems));
    }

    /// <summary>
    /// Ten poll intervals; a Maildir mailbox is read when mail is delivered and otherwise by the sweep every five minutes,
    /// so it is given at least fifteen minutes.
    /// </summary>
    private static TimeSpan Allowed(MailboxSettings mailbox) =>
        TimeSpan.FromSeconds(Math.Max(10.0 * mailbox.PollSeconds, mailbox.Kind == MailboxKind.Maildir ? 900 : 0));
}

/// <summary>Degraded when this node should run background jobs but its Hangfire server has not reported for a minute.</summary>
public sealed class JobServerHealthCheck(JobStorage storage, IOptions<BackgroundJobsOptions> options, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (options.Value.Workers == 0)
        {
            return Task.FromResult(HealthCheckResult.Healthy("this node runs no background jobs"));
        }

        var prefix = $"{Environment.MachineName}:{Environment.ProcessId}".ToLowerInvariant();
        var server = storage.GetMonitoringApi().Servers().FirstOrDefault(s => s.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
        var now = clock.GetUtcNow().UtcDateTime;
        return Task.FromResult(server?.Heartbeat is { } heartbeat && now - heartbeat < TimeSpan.FromMinutes(1)
            ? HealthCheckResult.Healthy($"job server {server.Name}: {server.WorkersCount} worker(s)")
            : HealthCheckResult.Degraded("The background job server of this node is not running (no heartbeat in the last minute)."));
    }
}
