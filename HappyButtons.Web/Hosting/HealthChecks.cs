using Dapper;
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
