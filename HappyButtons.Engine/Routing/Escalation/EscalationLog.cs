using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Routing.Escalation;

/// <summary>One SLA escalation as operators see it.</summary>
public sealed record EscalationEntry(long MessageId, string Department, string? Subject, DateTimeOffset At, string? PriorityAfter, string Reason, bool Notified);

/// <summary>Reads recent escalations for the SLA admin page.</summary>
public sealed class EscalationLog(IDbContextFactory<HappyButtonsDbContext> contexts)
{
    public async Task<IReadOnlyList<EscalationEntry>> RecentAsync(int count, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Escalations.AsNoTracking().OrderByDescending(e => e.Id).Take(count)
            .Join(context.Messages, e => e.MessageId, m => m.Id,
                (e, m) => new EscalationEntry(m.Id, m.Department ?? m.Mailbox, m.Subject, e.At, e.PriorityAfter, e.Reason, e.NotifiedAt != null))
            .ToListAsync(cancellationToken);
    }
}
