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

/// <summary>
/// The indexes the KPIs' period queries range over, declared here with the KPIs rather than in each entity's own
/// configuration: when a person corrected a message (audit), when first responses were given and due, when tasks were
/// executed and proposals decided, when messages were processed (throughput).
/// </summary>
internal sealed class KpiIndexesConfiguration :
    IEntityTypeConfiguration<AuditLogEntry>, IEntityTypeConfiguration<Conversation>, IEntityTypeConfiguration<AgentTask>,
    IEntityTypeConfiguration<AgentProposal>, IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<AuditLogEntry> entry) =>
        entry.HasIndex(e => new { e.Action, e.Target }).HasDatabaseName("ix_audit_log_action_target");

    public void Configure(EntityTypeBuilder<Conversation> conversation)
    {
        conversation.HasIndex(c => c.FirstResponseAt).HasDatabaseName("ix_conversations_first_response");
        conversation.HasIndex(c => c.FirstResponseDueAt).HasDatabaseName("ix_conversations_first_response_due");
    }

    public void Configure(EntityTypeBuilder<AgentTask> task) => task.HasIndex(t => t.ExecutedAt).HasDatabaseName("ix_agent_tasks_executed");

    public void Configure(EntityTypeBuilder<AgentProposal> proposal) => proposal.HasIndex(p => p.DecidedAt).HasDatabaseName("ix_agent_proposals_decided");

    public void Configure(EntityTypeBuilder<Message> message) => message.HasIndex(m => m.ProcessedAt).HasDatabaseName("ix_messages_processed_at");
}
