using HappyButtons.Engine.Monitoring;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Prometheus;

namespace HappyButtons.Engine.Kpis;

/// <summary>
/// The KPI gauges of <c>/metrics</c>: <c>happybuttons_kpi_&lt;name&gt;{department}</c> in percent over the last
/// <c>HappyButtons:Kpis:MetricsWindowDays</c> days, per department and for the company (<c>department="all"</c>). A KPI
/// without data has no sample (never 0 or 100). Computed at scrape time and reused for <c>MetricsCacheSeconds</c>, so
/// frequent scrapes (or several scrapers) do not recount the history each time.
/// </summary>
public sealed class KpiMetrics
{
    private readonly KpiCalculator _calculator;
    private readonly IOptionsMonitor<KpiOptions> _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<KpiMetrics> _logger;
    private readonly Dictionary<string, Gauge> _gauges;
    private readonly Counter _errors;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DateTimeOffset _computedAt = DateTimeOffset.MinValue;

    public KpiMetrics(CollectorRegistry registry, KpiCalculator calculator, IOptionsMonitor<KpiOptions> options, TimeProvider clock, ILogger<KpiMetrics> logger)
    {
        (_calculator, _options, _clock, _logger) = (calculator, options, clock, logger);
        var factory = registry.Factory();
        _gauges = KpiDefinitions.All.ToDictionary(k => k.Key, k => factory.CreateGauge("happybuttons_kpi_" + k.MetricName,
            $"{k.NameEn} in percent over the metrics window: {k.DefinitionEn} No sample = no data.", ["department"]));
        _errors = factory.CreateCounter("happybuttons_kpi_errors_total", "Scrapes whose KPI gauges could not be computed");
        registry.AddBeforeCollectCallback(RefreshAsync);
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var options = _options.CurrentValue;
        var now = _clock.GetUtcNow();
        if (now - _computedAt < TimeSpan.FromSeconds(options.MetricsCacheSeconds) || !await _gate.WaitAsync(0, cancellationToken))
        {
            return;
        }

        try
        {
            var period = KpiPeriod.LastDays(options.MetricsWindowDays, now);
            foreach (var scope in KpiSnapshots.Scopes)
            {
                var report = await _calculator.ComputeAsync(period, scope, cancellationToken);
                foreach (var kpi in KpiDefinitions.All)
                {
                    if (report[kpi].Percent is { } percent)
                    {
                        _gauges[kpi.Key].WithLabels(scope.SnapshotKey).Set(percent);
                    }
                    else
                    {
                        _gauges[kpi.Key].RemoveLabelled(scope.SnapshotKey);
                    }
                }
            }

            _computedAt = now;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _errors.Inc();
            _logger.LogWarning(e, "The KPI gauges of /metrics could not be computed; they keep their last values.");
        }
        finally
        {
            _gate.Release();
        }
    }
}
