using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Kpis;

/// <summary>A count per Berlin day.</summary>
public sealed record DayCount(DateOnly Day, int Count);

/// <summary>Mails received per day, per department.</summary>
public sealed record MailsPerDay(IReadOnlyList<DateOnly> Days, IReadOnlyDictionary<string, IReadOnlyList<int>> ByDepartment);

/// <summary>Open conversations by where their SLA clock stands now.</summary>
public sealed record SlaStates(int Breached, int DueSoon, int OnTrack, int WithoutSla, int Paused)
{
    public int Total => Breached + DueSoon + OnTrack + WithoutSla + Paused;
}

/// <summary>Orders of one state: how many, and their net value per currency.</summary>
public sealed record OrderStateFigure(string State, int Orders, IReadOnlyDictionary<string, decimal> NetByCurrency);

/// <summary>The pipeline per day (received, processed, tasks executed) and what is in it now.</summary>
public sealed record PipelineThroughput(IReadOnlyList<DateOnly> Days, IReadOnlyList<int> Received, IReadOnlyList<int> Processed, IReadOnlyList<int> TasksExecuted,
    IReadOnlyDictionary<string, int> InPipelineNow);

/// <summary>
/// The operational figures the dashboard draws next to the KPIs, counted in the database. Counts per day are grouped by
/// hour in SQL (portable integer arithmetic on the Unix-millisecond columns) and folded into Berlin days here, so a day
/// is a Berlin day in summer and winter alike without time-zone functions in SQL.
/// </summary>
public sealed class DashboardQueries(IDbContextFactory<HappyButtonsDbContext> contexts, TimeProvider clock)
{
    /// <summary>How close to its due time an open conversation counts as "due soon".</summary>
    public static readonly TimeSpan DueSoonWithin = TimeSpan.FromHours(2);

    private sealed record HourCount(string? Department, long Hour, long Count);

    private sealed record StateValue(string State, string Currency, long Orders, long Net);

    public async Task<MailsPerDay> MailsPerDayAsync(KpiPeriod period, KpiScope scope, CancellationToken cancellationToken)
    {
        var hours = await HoursAsync("messages", "received_at", "department", period, scope, cancellationToken);
        var days = DaysOf(period);
        var departments = scope.Departments ?? Departments.All;
        var result = departments.ToDictionary(d => d, d => (IReadOnlyList<int>)Fold(hours.Where(h => h.Department == d), days));
        return new MailsPerDay(days, result);
    }

    public async Task<PipelineThroughput> ThroughputAsync(KpiPeriod period, KpiScope scope, CancellationToken cancellationToken)
    {
        var days = DaysOf(period);
        var received = Fold(await HoursAsync("messages", "received_at", "department", period, scope, cancellationToken), days);
        var processed = Fold(await HoursAsync("messages", "processed_at", "department", period, scope, cancellationToken), days);
        var executed = Fold(await HoursAsync("agent_tasks", "executed_at", "department", period, scope, cancellationToken), days);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var messages = context.Messages.Where(m => m.Status == MessageStatus.Received || m.Status == MessageStatus.Processing
            || m.Status == MessageStatus.NeedsReview || m.Status == MessageStatus.Failed);
        if (scope.Departments is { } departments)
        {
            messages = messages.Where(m => departments.Contains(m.Department!));
        }

        var now = await messages.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var inPipeline = new[] { MessageStatus.Received, MessageStatus.Processing, MessageStatus.NeedsReview, MessageStatus.Failed }
            .ToDictionary(s => s, s => now.GetValueOrDefault(s));
        return new PipelineThroughput(days, received, processed, executed, inPipeline);
    }

    public async Task<SlaStates> SlaStatesAsync(KpiScope scope, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var soon = now + DueSoonWithin;
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var conversations = context.Conversations.AsQueryable();
        if (scope.Departments is { } departments)
        {
            conversations = conversations.Where(c => departments.Contains(c.Department));
        }

        var open = conversations.Where(c => c.State == ConversationState.Open);
        return new SlaStates(
            await open.CountAsync(c => c.SlaDueAt != null && c.SlaDueAt <= now, cancellationToken),
            await open.CountAsync(c => c.SlaDueAt != null && c.SlaDueAt > now && c.SlaDueAt <= soon, cancellationToken),
            await open.CountAsync(c => c.SlaDueAt != null && c.SlaDueAt > soon, cancellationToken),
            await open.CountAsync(c => c.SlaDueAt == null, cancellationToken),
            await conversations.CountAsync(c => c.State == ConversationState.Pending, cancellationToken));
    }

    /// <summary>Orders per state (every state, zero included, in the lifecycle's order) with their net value.</summary>
    public async Task<IReadOnlyList<OrderStateFigure>> OrdersByStateAsync(KpiScope scope, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var parameters = new List<object>();
        var where = "";
        if (scope.Departments is { Count: > 0 } departments)
        {
            where = $"WHERE COALESCE((SELECT c.department FROM conversations c WHERE c.id = o.conversation_id), '{Departments.Sales}') IN ("
                    + string.Join(", ", departments.Select((_, i) => "{" + i + "}")) + ")";
            parameters.AddRange(departments);
        }

        // Net value = the lines' totals, stored as whole ten-thousandths (TenThousandthsConverter).
#pragma warning disable EF1003 // Only constants and parameter placeholders are concatenated; every value is a parameter.
        var rows = await context.Database.SqlQueryRaw<StateValue>(
            "SELECT o.state AS \"State\", o.currency AS \"Currency\", COUNT(DISTINCT o.id) AS \"Orders\", " +
            "CAST(COALESCE(SUM(l.line_total), 0) AS BIGINT) AS \"Net\" FROM orders o LEFT JOIN order_lines l ON l.order_id = o.id " +
            where + " GROUP BY o.state, o.currency", parameters.ToArray()).ToListAsync(cancellationToken);
#pragma warning restore EF1003
        return Orders.OrderStates.Codes.Union(rows.Select(r => r.State))
            .Select(state => new OrderStateFigure(state, (int)rows.Where(r => r.State == state).Sum(r => r.Orders),
                rows.Where(r => r.State == state).GroupBy(r => r.Currency).ToDictionary(g => g.Key, g => g.Sum(r => r.Net) / 10_000m)))
            .ToList();
    }

    private async Task<List<HourCount>> HoursAsync(string table, string column, string departmentColumn, KpiPeriod period, KpiScope scope, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        // Table and column names are the constants of the callers above, never input; the values are parameters.
        var parameters = new List<object> { period.From.ToUnixTimeMilliseconds(), period.To.ToUnixTimeMilliseconds() };
        var where = $"{column} >= {{0}} AND {column} < {{1}}";
        if (scope.Departments is { Count: > 0 } departments)
        {
            where += $" AND {departmentColumn} IN (" + string.Join(", ", departments.Select((_, i) => "{" + (i + 2) + "}")) + ")";
            parameters.AddRange(departments);
        }

#pragma warning disable EF1003 // Table and column names are constants of this class, values are parameters.
        return await context.Database.SqlQueryRaw<HourCount>(
            $"SELECT {departmentColumn} AS \"Department\", {column} / 3600000 AS \"Hour\", COUNT(*) AS \"Count\" FROM {table} " +
            $"WHERE {where} GROUP BY {departmentColumn}, {column} / 3600000", parameters.ToArray()).ToListAsync(cancellationToken);
#pragma warning restore EF1003
    }

    private static List<DateOnly> DaysOf(KpiPeriod period)
    {
        var days = new List<DateOnly>();
        var last = BerlinDays.Of(period.To.AddMilliseconds(-1));
        for (var day = BerlinDays.Of(period.From); day <= last; day = day.AddDays(1))
        {
            days.Add(day);
        }

        return days;
    }

    private static List<int> Fold(IEnumerable<HourCount> hours, IReadOnlyList<DateOnly> days)
    {
        var index = days.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        var counts = new int[days.Count];
        foreach (var hour in hours)
        {
            if (index.TryGetValue(BerlinDays.Of(DateTimeOffset.FromUnixTimeMilliseconds(hour.Hour * 3_600_000)), out var i))
            {
                counts[i] += (int)hour.Count;
            }
        }

        return [.. counts];
    }
}
