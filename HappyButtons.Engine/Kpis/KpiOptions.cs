namespace HappyButtons.Engine.Kpis;

/// <summary><c>HappyButtons:Kpis</c>: the score's weights, how long daily snapshots are kept, the metrics window and the survey link.</summary>
public sealed class KpiOptions
{
    public const string Section = "HappyButtons:Kpis";

    /// <summary>
    /// The weight of each KPI in the performance score, by the KPI's key (<c>HappyButtons:Kpis:Weights:slaCompliance</c>, case-insensitive).
    /// A KPI not listed weighs 1; 0 leaves it out of the score.
    /// </summary>
    public Dictionary<string, double> Weights { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Daily snapshots older than this are deleted by the snapshot job (default two years).</summary>
    public int SnapshotRetentionDays { get; set; } = 730;

    /// <summary>The period the <c>happybuttons_kpi_*</c> gauges cover: the last this many days (default 30).</summary>
    public int MetricsWindowDays { get; set; } = 30;

    /// <summary>How long a scrape reuses the KPI gauges' values before computing them again (default 60 s).</summary>
    public int MetricsCacheSeconds { get; set; } = 60;

    /// <summary>The address customers reach the application at (e.g. <c>https://buttons.example.de</c>), for the survey links in mails; relative links without it.</summary>
    public string? PublicBaseUrl { get; set; }

    public double WeightOf(KpiDefinition kpi) => Weights.TryGetValue(kpi.Key, out var weight) ? weight : 1;
}
