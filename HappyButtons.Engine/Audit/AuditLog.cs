using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Audit;

public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string Action, string Target, string? Details);

/// <summary>Who changed what, when. Every administrative change writes one entry.</summary>
public sealed class AuditLog(IDbContextFactory<HappyButtonsDbContext> contexts, TimeProvider clock)
{
    public async Task RecordAsync(string actor, string action, string target, string? details, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        Add(context, actor, action, target, details);
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds an entry to a unit of work of the caller, so the change and its entry are saved together or not at all.</summary>
    public void Add(HappyButtonsDbContext context, string actor, string action, string target, string? details) =>
        context.AuditLog.Add(new AuditLogEntry { At = clock.GetUtcNow(), Actor = actor, Action = action, Target = target, Details = details });

    public async Task<IReadOnlyList<AuditEntry>> RecentAsync(int count, string? target, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = context.AuditLog.AsNoTracking();
        if (target is not null)
        {
            entries = entries.Where(e => e.Target == target);
        }

        return await entries.OrderByDescending(e => e.Id).Take(count)
            .Select(e => new AuditEntry(e.Id, e.At, e.Actor, e.Action, e.Target, e.Details))
            .ToListAsync(cancellationToken);
    }

    /// <summary>One page (1-based, newest first) of the entries about <paramref name="target"/>, with their total.</summary>
    public async Task<(IReadOnlyList<AuditEntry> Items, int Total)> PageAsync(string target, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = context.AuditLog.AsNoTracking().Where(e => e.Target == target);
        var total = await entries.CountAsync(cancellationToken);
        var items = await entries.OrderByDescending(e => e.Id).Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize)
            .Select(e => new AuditEntry(e.Id, e.At, e.Actor, e.Action, e.Target, e.Details))
            .ToListAsync(cancellationToken);
        return (items, total);
    }
}
