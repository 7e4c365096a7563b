using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HappyButtons.Engine.Storage.Model;

/// <summary>
/// The KPI values of one (Berlin) day, for one department or for the whole company (<see cref="Overall"/>): written once a
/// day by the snapshot job, so trends survive restarts and the raw records they came from may be pruned. Null = no data.
/// </summary>
public sealed class KpiSnapshot
{
    /// <summary>The scope of the company-wide values.</summary>
    public const string Overall = "all";

    public long Id { get; set; }
    public DateOnly Day { get; set; }

    /// <summary>A department code, or <see cref="Overall"/>.</summary>
    public required string Scope { get; set; }

    public double? EmailProcessingEfficiency { get; set; }
    public double? SlaCompliance { get; set; }
    public double? OrderFulfillmentRate { get; set; }
    public double? CustomerSatisfaction { get; set; }
    public double? AgentUtilization { get; set; }
    public double? AutomationRate { get; set; }
    public double? PerformanceScore { get; set; }

    /// <summary>Mails received that day (the throughput the charts draw next to the KPIs).</summary>
    public int MailsReceived { get; set; }

    public DateTimeOffset ComputedAt { get; set; }
}

/// <summary>A customer's answer to the after-delivery survey: one rating (1–5) per order, anonymous.</summary>
public sealed class SurveyResponse
{
    public long Id { get; set; }
    public long OrderId { get; set; }

    /// <summary>1 (very unhappy) … 5 (very happy).</summary>
    public int Rating { get; set; }

    public DateTimeOffset At { get; set; }
}

internal sealed class KpisConfiguration : IEntityTypeConfiguration<KpiSnapshot>, IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<KpiSnapshot> snapshot)
    {
        snapshot.ToTable("kpi_snapshots");
        snapshot.HasIndex(s => new { s.Day, s.Scope }).IsUnique().HasDatabaseName("ux_kpi_snapshots_day_scope");
    }

    public void Configure(EntityTypeBuilder<SurveyResponse> response)
    {
        response.ToTable("survey_responses");
        response.HasIndex(r => r.OrderId).IsUnique().HasDatabaseName("ux_survey_responses_order");
        response.HasIndex(r => r.At).HasDatabaseName("ix_survey_responses_at");
        response.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}
