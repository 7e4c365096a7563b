using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HappyButtons.Engine.Storage.Model;

/// <summary>
/// The work a department's agent prepared for one processed mail: one or more proposals (a reply, an order, an invoice
/// copy, a hand-off, a hold, an RMA) that a person approves, edits then approves, or rejects — or that the automation
/// policy of the mail's routing rule executes on its own.
/// </summary>
public sealed class AgentTask
{
    public long Id { get; set; }
    public long MessageId { get; set; }
    public long? ConversationId { get; set; }
    public required string Department { get; set; }

    /// <summary>info | sales | support | finance: the agent that proposed the task.</summary>
    public required string Agent { get; set; }

    /// <summary>The mail's intent when the task was proposed (the taxonomy's lower-case name).</summary>
    public string? Intent { get; set; }

    /// <summary>proposed | approved | rejected | done | failed</summary>
    public string Status { get; set; } = "proposed";

    /// <summary>never | draft | auto_send_when_confident: the policy that applied when the task was proposed.</summary>
    public string AutomationPolicy { get; set; } = "draft";

    /// <summary>True when the automation policy executed the task without a person.</summary>
    public bool AutoExecuted { get; set; }

    /// <summary>Why the automation policy did or did not execute the task (English; shown on the task).</summary>
    public string? AutomationNote { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public long? DecidedById { get; set; }
    public string? DecidedByName { get; set; }
    public string? RejectReason { get; set; }
    public DateTimeOffset? ExecutedAt { get; set; }

    /// <summary>What executing the task produced.</summary>
    public long? ResultOrderId { get; set; }

    public long? ResultOutgoingMailId { get; set; }

    /// <summary>Why execution failed, in words a person can act on.</summary>
    public string? Error { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>While set and in the future, one approval is executing the task; a crashed execution's lease runs out.</summary>
    public DateTimeOffset? ExecutingUntil { get; set; }

    /// <summary>Raised by every change: approve clicked twice, or by two people, executes once.</summary>
    public int Version { get; set; }

    public List<AgentProposal> Proposals { get; set; } = [];
}

/// <summary>One concrete, checkable proposal of a task, with the agent's confidence and a one-line reason.</summary>
public sealed class AgentProposal
{
    public long Id { get; set; }
    public long TaskId { get; set; }
    public AgentTask? Task { get; set; }

    /// <summary>reply | order | invoice_copy | handoff | hold | rma</summary>
    public required string Kind { get; set; }

    /// <summary>0..1</summary>
    public double Confidence { get; set; }

    public required string Reason { get; set; }

    /// <summary>The proposal's content as JSON (the reply's subject and body, the order's lines, the target department …).</summary>
    public required string Payload { get; set; }

    /// <summary>Null while undecided; then unchanged | edited | rejected | automatic.</summary>
    public string? Outcome { get; set; }

    /// <summary>The payload as a person changed it before approving (outcome edited).</summary>
    public string? EditedPayload { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
}

/// <summary>
/// What the agents remember of a customer (<c>customer:10042</c>) or a conversation (<c>conversation:17</c>): earlier orders,
/// open issues, preferred language and salutation, last agreed prices. One row per scope and key.
/// </summary>
public sealed class AgentMemory
{
    public required string Scope { get; set; }
    public required string Key { get; set; }
    public required string Value { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class AgentTaskConfiguration : IEntityTypeConfiguration<AgentTask>, IEntityTypeConfiguration<AgentProposal>, IEntityTypeConfiguration<AgentMemory>
{
    public void Configure(EntityTypeBuilder<AgentMemory> memory) => memory.ToTable("agent_memory").HasKey(m => new { m.Scope, m.Key });

    public void Configure(EntityTypeBuilder<AgentTask> task)
    {
        task.ToTable("agent_tasks");
        task.Property(t => t.Version).IsConcurrencyToken();
        task.HasIndex(t => t.MessageId).IsUnique().HasDatabaseName("ux_agent_tasks_message");
        task.HasIndex(t => new { t.Department, t.Status, t.CreatedAt }).HasDatabaseName("ix_agent_tasks_queue");
        task.HasIndex(t => t.ConversationId).HasDatabaseName("ix_agent_tasks_conversation");
        task.HasOne<Message>().WithMany().HasForeignKey(t => t.MessageId).OnDelete(DeleteBehavior.Cascade);
        task.HasOne<Conversation>().WithMany().HasForeignKey(t => t.ConversationId).OnDelete(DeleteBehavior.SetNull);
        task.HasOne<Department>().WithMany().HasForeignKey(t => t.Department).OnDelete(DeleteBehavior.NoAction);
        task.HasMany(t => t.Proposals).WithOne(p => p.Task).HasForeignKey(p => p.TaskId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<AgentProposal> proposal)
    {
        proposal.ToTable("agent_proposals");
        proposal.HasIndex(p => p.TaskId).HasDatabaseName("ix_agent_proposals_task");
    }
}
