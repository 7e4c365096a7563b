using HappyButtons.Engine.Kpis;
using HappyButtons.Engine.Storage.Model;

namespace HappyButtons.Web.Dashboard;

/// <summary>Everything the dashboard shows for one scope and period, loaded in one go.</summary>
public sealed record DashboardData(
    KpiReport Current,
    KpiReport Previous,
    IReadOnlyList<KpiSnapshot> Snapshots,
    MailsPerDay Mails,
    SlaStates Sla,
    IReadOnlyList<OrderStateFigure> Orders,
    PipelineThroughput Throughput);

/// <summary>Loads <see cref="DashboardData"/> from the engine's KPI services.</summary>
public sealed class DashboardLoader(KpiCalculator calculator, KpiSnapshots snapshots, DashboardQueries queries)
{
    public async Task<DashboardData> LoadAsync(KpiScope scope, KpiPeriod period, CancellationToken cancellationToken)
    {
        var current = await calculator.ComputeAsync(period, scope, cancellationToken);
        var previous = await calculator.ComputeAsync(period.Previous(), scope, cancellationToken);
        var series = await snapshots.SeriesAsync(scope, BerlinDays.Of(period.From), BerlinDays.Of(period.To.AddMilliseconds(-1)), cancellationToken);
        return new DashboardData(current, previous, series,
            await queries.MailsPerDayAsync(period, scope, cancellationToken),
            await queries.SlaStatesAsync(scope, cancellationToken),
            await queries.OrdersByStateAsync(scope, cancellationToken),
            await queries.ThroughputAsync(period, scope, cancellationToken));
    }
}

/// <summary>The dashboard's view as it lives in the address: the scope (a department, or null for the company) and the period.</summary>
public sealed record DashboardView(string? Department, int Days, DateOnly? From, DateOnly? To)
{
    public static readonly int[] Presets = [7, 30, 90];

    public bool IsCustom => From is not null && To is not null;

    public KpiPeriod Period(DateTimeOffset now) => IsCustom ? KpiPeriod.Days(From!.Value, To!.Value) : KpiPeriod.LastDays(Days, now);

    public static DashboardView Parse(string? department, int? days, string? from, string? to)
    {
        var custom = DateOnly.TryParse(from, System.Globalization.CultureInfo.InvariantCulture, out var first)
                     & DateOnly.TryParse(to, System.Globalization.CultureInfo.InvariantCulture, out var last) && first <= last && last.DayNumber - first.DayNumber < 3660;
        return new DashboardView(department, days is { } d && Presets.Contains(d) ? d : 30, custom ? first : null, custom ? last : null);
    }

    /// <summary>The address of this view: the department's dashboard or the company's, with the period in the query.</summary>
    public string Url()
    {
        var path = Department is null ? "/dashboard" : $"/{Department}/dashboard";
        return IsCustom ? $"{path}?from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}" : Days == 30 ? path : $"{path}?days={Days}";
    }
}
