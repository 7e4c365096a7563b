using Dapper;
using HappyButtons.Engine.Storage;

namespace HappyButtons.Engine.Audit;

public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string Action, string Target, string? Details);

/// <summary>Who changed what, when. Every administrative change writes one entry.</summary>
public sealed class AuditLog(IDbConnectionFactory connections, TimeProvider clock)
{
    public async Task RecordAsync(string actor, string action, string target, string? details, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO audit_log (at, actor, action, target, details) VALUES (@At, @Actor, @Action, @Target, @Details)",
            new { At = clock.GetUtcNow().ToUnixTimeMilliseconds(), Actor = actor, Action = action, Target = target, Details = details },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<AuditEntry>> RecentAsync(int count, string? target, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Id, long At, string Actor, string Action, string Target, string? Details)>(new CommandDefinition(
            "SELECT id, at, actor, action, target, details FROM audit_log " +
            "WHERE (@Target IS NULL OR target = @Target) ORDER BY id DESC LIMIT @Count",
            new { Count = count, Target = target }, cancellationToken: cancellationToken));
        return rows.Select(r => new AuditEntry(r.Id, DateTimeOffset.FromUnixTimeMilliseconds(r.At), r.Actor, r.Action, r.Target, r.Details)).ToList();
    }

    /// <summary>One page (1-based, newest first) of the entries about <paramref name="target"/>, with their total.</summary>
    public async Task<(IReadOnlyList<AuditEntry> Items, int Total)> PageAsync(string target, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM audit_log WHERE target = @Target", new { Target = target }, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<(long Id, long At, string Actor, string Action, string Target, string? Details)>(new CommandDefinition(
            "SELECT id, at, actor, action, target, details FROM audit_log WHERE target = @Target ORDER BY id DESC LIMIT @Limit OFFSET @Offset",
            new { Target = target, Limit = pageSize, Offset = (Math.Max(page, 1) - 1) * pageSize }, cancellationToken: cancellationToken));
        return (rows.Select(r => new AuditEntry(r.Id, DateTimeOffset.FromUnixTimeMilliseconds(r.At), r.Actor, r.Action, r.Target, r.Details)).ToList(), total);
    }
}
