using Dapper;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Engine.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HappyButtons.Web.Hosting;

public sealed class DatabaseHealthCheck(IDbConnectionFactory connections) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            var version = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
                "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", cancellationToken: cancellationToken));
            return HealthCheckResult.Healthy($"schema version {version}");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy($"The database '{connections.Location}' cannot be read: {e.Message}");
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
            else if (now - since > TimeSpan.FromSeconds(10.0 * mailbox.PollSeconds))
            {
                problems.Add($"mailbox {mailbox.Department} ({mailbox.Address}): no successful fetch since {since:u}" +
                             (mailbox.LastError is { } error ? $"; last error: {error}" : ""));
            }
        }

        return problems.Count == 0 ? HealthCheckResult.Healthy("all mailboxes fetched recently") : HealthCheckResult.Degraded(string.Join("; ", problems));
    }
}
