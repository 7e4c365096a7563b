using Dapper;
using HappyButtons.Engine.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Jobs;

/// <summary>Payload of the daily <c>jobs.retention</c> job.</summary>
public sealed record JobRetentionPayload;

/// <summary>
/// Prunes finished jobs and their attempts: succeeded after KeepSucceededDays, dead and deleted after KeepFailedDays.
/// Jobs awaiting a retry are never pruned. Deletes in small batches so other writers are not blocked for long.
/// </summary>
public sealed class JobRetention(IDbConnectionFactory connections, TimeProvider clock, IOptions<JobEngineOptions> options, ILogger<JobRetention> logger)
    : IJobHandler<JobRetentionPayload>
{
    public const string Kind = "jobs.retention";
    private const int BatchSize = 1000;

    public async Task HandleAsync(JobRetentionPayload payload, JobContext context, CancellationToken cancellationToken)
    {
        var removed = await PruneAsync(cancellationToken);
        logger.LogInformation("Job retention removed {Count} finished jobs", removed);
    }

    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var succeededBefore = (now - TimeSpan.FromDays(options.Value.KeepSucceededDays)).ToUnixTimeMilliseconds();
        var failedBefore = (now - TimeSpan.FromDays(options.Value.KeepFailedDays)).ToUnixTimeMilliseconds();
        await using var connection = await connections.OpenAsync(cancellationToken);
        var total = 0;
        while (true)
        {
            var removed = await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM jobs WHERE id IN (SELECT id FROM jobs WHERE " +
                "(state = 'succeeded' AND finished_at < @SucceededBefore) OR (state IN ('dead', 'deleted') AND updated_at < @FailedBefore) LIMIT @Batch)",
                new { SucceededBefore = succeededBefore, FailedBefore = failedBefore, Batch = BatchSize }, cancellationToken: cancellationToken));
            total += removed;
            if (removed < BatchSize)
            {
                return total;
            }
        }
    }
}
