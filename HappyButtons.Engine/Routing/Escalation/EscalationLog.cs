using Dapper;
using HappyButtons.Engine.Storage;

namespace HappyButtons.Engine.Routing.Escalation;

/// <summary>One SLA escalation as operators see it.</summary>
public sealed record EscalationEntry(long MessageId, string Department, string? Subject, DateTimeOffset At, string? PriorityAfter, string Reason, bool Notified);

/// <summary>Reads recent escalations for the SLA admin page.</summary>
public sealed class EscalationLog(IDbConnectionFactory connections)
{
    public async Task<IReadOnlyList<EscalationEntry>> RecentAsync(int count, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long MessageId, string Department, string? Subject, long At, string? PriorityAfter, string Reason, long? NotifiedAt)>(new CommandDefinition(
            "SELECT m.id, COALESCE(m.department, m.mailbox), m.subject, e.at, e.priority_after, e.reason, e.notified_at " +
            "FROM escalations e JOIN messages m ON m.id = e.message_id ORDER BY e.id DESC LIMIT @Count",
            new { Count = count }, cancellationToken: cancellationToken));
        return rows.Select(r => new EscalationEntry(r.MessageId, r.Department, r.Subject, DateTimeOffset.FromUnixTimeMilliseconds(r.At), r.PriorityAfter, r.Reason, r.NotifiedAt is not null)).ToList();
    }
}
