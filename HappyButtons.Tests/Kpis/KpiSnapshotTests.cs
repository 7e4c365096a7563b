using HappyButtons.Engine.Kpis;
using HappyButtons.Engine.Storage.Model;
using HappyButtons.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Tests.Kpis;

/// <summary>The daily snapshot job: each finished day once per scope, idempotent, missed days filled in, old days pruned.</summary>
public sealed class KpiSnapshotTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Run_StoresEachFinishedDayOncePerScope_AndASecondRunChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        await KpiHistory.SeedAsync(database);
        var clock = new ManualClock(KpiHistory.Now);
        var snapshots = KpiHistory.Snapshots(database, clock);

        var first = await snapshots.RunAsync(None);
        List<KpiSnapshot> stored;
        await using (var context = await database.Contexts.CreateDbContextAsync())
        {
            stored = await context.KpiSnapshots.AsNoTracking().OrderBy(s => s.Id).ToListAsync();
        }

        clock.Advance(TimeSpan.FromHours(1));
        var second = await snapshots.RunAsync(None);
        await using var after = await database.Contexts.CreateDbContextAsync();

        // 13–19 November (the seven days before the 20th), four departments and the company.
        Assert.Equal(35, first.Written);
        Assert.Equal(0, second.Written);
        var again = await after.KpiSnapshots.AsNoTracking().OrderBy(s => s.Id).ToListAsync();
        Assert.Equal(stored.Select(s => (s.Id, s.Day, s.Scope, s.ComputedAt)), again.Select(s => (s.Id, s.Day, s.Scope, s.ComputedAt)));
        var salesOn13th = await KpiHistory.Calculator(database).ComputeAsync(KpiPeriod.Days(new(2026, 11, 13), new(2026, 11, 13)), KpiScope.Department("sales"), None);
        var snapshot = stored.Single(s => s.Day == new DateOnly(2026, 11, 13) && s.Scope == "sales");
        Assert.Equal(salesOn13th.EmailProcessingEfficiency.Percent, snapshot.EmailProcessingEfficiency);
        Assert.Equal(0.0, snapshot.EmailProcessingEfficiency);
        Assert.Equal(1, snapshot.MailsReceived);
        Assert.Equal(salesOn13th.PerformanceScore, snapshot.PerformanceScore);
        var company = stored.Single(s => s.Day == new DateOnly(2026, 11, 15) && s.Scope == KpiSnapshot.Overall);
        // Two deliveries in time that day; the order confirmed for the 14th became late at midnight.
        Assert.Equal(66.7, company.OrderFulfillmentRate);
        Assert.Null(company.EmailProcessingEfficiency);
    }

    [Fact]
    public async Task Run_AfterADayOff_FillsInTheMissedDay_AndPrunesDaysBeyondTheRetention()
    {
        await using var database = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        var clock = new ManualClock(KpiHistory.Now);
        var snapshots = KpiHistory.Snapshots(database, clock, new KpiOptions { SnapshotRetentionDays = 30 });
        await using (var context = await database.Contexts.CreateDbContextAsync())
        {
            context.KpiSnapshots.Add(new KpiSnapshot { Day = new DateOnly(2026, 10, 20), Scope = "all", ComputedAt = clock.GetUtcNow() });
            context.KpiSnapshots.Add(new KpiSnapshot { Day = new DateOnly(2026, 10, 21), Scope = "all", ComputedAt = clock.GetUtcNow() });
            await context.SaveChangesAsync();
        }

        var first = await snapshots.RunAsync(None);
        clock.Advance(TimeSpan.FromDays(2));
        var later = await snapshots.RunAsync(None);

        await using var after = await database.Contexts.CreateDbContextAsync();
        var days = await after.KpiSnapshots.Where(s => s.Scope == "all").Select(s => s.Day).OrderBy(d => d).ToListAsync();
        // Two days without a run: the 20th and 21st are filled in; each run pruned the day that fell out of the 30 days.
        Assert.Equal((35, 1), (first.Written, first.Pruned));
        Assert.Equal((10, 1), (later.Written, later.Pruned));
        Assert.Equal(Enumerable.Range(13, 9).Select(d => new DateOnly(2026, 11, d)), days);
        Assert.All(await after.KpiSnapshots.ToListAsync(), s => Assert.Null(s.PerformanceScore));
    }
}
