using Hangfire;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Kpis;

/// <summary>What one run of the snapshot job did.</summary>
public sealed record SnapshotRun(int Written, int Pruned);

/// <summary>
/// The daily KPI snapshots (<c>kpi_snapshots</c>): a recurring job writes each finished Berlin day's values per department
/// and for the company, once — a day already stored is left as it is, so running twice (or on two nodes) changes nothing —
/// and fills in up to <see cref="BackfillDays"/> days the job missed (the server was off). Then it deletes snapshots
/// older than <c>HappyButtons:Kpis:SnapshotRetentionDays</c>.
/// </summary>
public sealed class KpiSnapshots(
    KpiCalculator calculator, IDbContextFactory<HappyButtonsDbContext> contexts, DatabaseWriteGate writeGate, ISqlDialect dialect,
    IOptionsMonitor<KpiOptions> options, TimeProvider clock, ILogger<KpiSnapshots> logger)
{
    public const string RecurringId = "kpi-snapshots";
    public const int BackfillDays = 7;

    /// <summary>The scopes a day is stored for: every department, then the company.</summary>
    public static IReadOnlyList<KpiScope> Scopes { get; } = [.. Departments.All.Select(KpiScope.Department), KpiScope.Company];

    [JobName("KPI: Tageswerte speichern und alte löschen", "KPIs: store the daily values and prune old ones")]
    [AutomaticRetry(Attempts = 3)]
    public async Task<SnapshotRun> RunAsync(CancellationToken cancellationToken)
    {
        var today = BerlinDays.Of(clock.GetUtcNow());
        var written = 0;
        for (var day = today.AddDays(-BackfillDays); day < today; day = day.AddDays(1))
        {
            written += await StoreDayAsync(day, cancellationToken);
        }

        var pruned = await PruneAsync(today, cancellationToken);
        logger.LogInformation("KPI snapshots: {Written} written, {Pruned} older than {Days} days deleted", written, pruned, options.CurrentValue.SnapshotRetentionDays);
        return new SnapshotRun(written, pruned);
    }

    /// <summary>Stores <paramref name="day"/> for every scope not stored yet; the number written.</summary>
    public async Task<int> StoreDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        List<string> stored;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            stored = await context.KpiSnapshots.Where(s => s.Day == day).Select(s => s.Scope).ToListAsync(cancellationToken);
        }

        var period = KpiPeriod.Days(day, day);
        var written = 0;
        foreach (var scope in Scopes.Where(s => !stored.Contains(s.SnapshotKey)))
        {
            var report = await calculator.ComputeAsync(period, scope, cancellationToken);
            int mails;
            await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
            {
                var messages = context.Messages.Where(m => m.ReceivedAt >= period.From && m.ReceivedAt < period.To);
                mails = await (scope.Departments is { } departments ? messages.Where(m => departments.Contains(m.Department!)) : messages).CountAsync(cancellationToken);
            }

            var snapshot = new KpiSnapshot
            {
                Day = day, Scope = scope.SnapshotKey, ComputedAt = clock.GetUtcNow(), MailsReceived = mails,
                EmailProcessingEfficiency = report.EmailProcessingEfficiency.Percent, SlaCompliance = report.SlaCompliance.Percent,
                OrderFulfillmentRate = report.OrderFulfillmentRate.Percent, CustomerSatisfaction = report.CustomerSatisfaction.Percent,
                AgentUtilization = report.AgentUtilization.Percent, AutomationRate = report.AutomationRate.Percent, PerformanceScore = report.PerformanceScore,
            };
            using (await writeGate.EnterAsync(cancellationToken))
            {
                await using var context = await contexts.CreateDbContextAsync(cancellationToken);
                context.KpiSnapshots.Add(snapshot);
                try
                {
                    await context.SaveChangesAsync(cancellationToken);
                    written++;
                }
                catch (DbUpdateException e) when (dialect.IsUniqueViolation(e))
                {
                    // Another node stored this day and scope a moment ago: the day keeps its first values.
                }
            }
        }

        return written;
    }

    private async Task<int> PruneAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var oldest = today.AddDays(-options.CurrentValue.SnapshotRetentionDays);
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            return await context.KpiSnapshots.Where(s => s.Day < oldest).ExecuteDeleteAsync(cancellationToken);
        }
    }

    /// <summary>The stored days of <paramref name="scope"/> from <paramref name="first"/> to <paramref name="last"/>, oldest first.</summary>
    public async Task<IReadOnlyList<KpiSnapshot>> SeriesAsync(KpiScope scope, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var key = scope.SnapshotKey;
        return await context.KpiSnapshots.AsNoTracking().Where(s => s.Scope == key && s.Day >= first && s.Day <= last)
            .OrderBy(s => s.Day).ToListAsync(cancellationToken);
    }
}
