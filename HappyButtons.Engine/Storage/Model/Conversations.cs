using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HappyButtons.Engine.Storage.Model;

/// <summary>
/// A customer case in a department: the mails that belong together (threaded by References/In-Reply-To, then by the
/// ticket number <c>[HB-n]</c> in the subject), our replies and the internal notes, who works on it, and its state and
/// SLA clock. The ticket number is derived from the id (<c>TicketNumber</c> in the engine's Conversations), so it needs no column.
/// </summary>
public sealed class Conversation
{
    public long Id { get; set; }
    public required string Department { get; set; }

    /// <summary>open | pending (waiting on the customer; SLA paused) | resolved | closed</summary>
    public string State { get; set; } = "open";

    public long? AssigneeId { get; set; }
    public DateTimeOffset? AssignedAt { get; set; }
    public string? CustomerNumber { get; set; }

    /// <summary>Where replies go: the first mail's Reply-To, else its sender.</summary>
    public string? CustomerAddress { get; set; }

    public string? CustomerName { get; set; }
    public required string Subject { get; set; }

    /// <summary>low | normal | high | critical (the routing's priority, raised by escalation).</summary>
    public string? Priority { get; set; }

    /// <summary>low | normal | high | critical (what the customer's words say).</summary>
    public string? Urgency { get; set; }

    public string? SlaPolicy { get; set; }

    /// <summary>What is due next: the first response until it is given, then the resolution; moved on by every pause.</summary>
    public DateTimeOffset? SlaDueAt { get; set; }

    public DateTimeOffset? ResolutionDueAt { get; set; }

    /// <summary>Set while the clock stands (pending, resolved, closed).</summary>
    public DateTimeOffset? SlaPausedAt { get; set; }

    /// <summary>All the time the clock stood, in milliseconds (for the KPIs).</summary>
    public long SlaPausedMilliseconds { get; set; }

    public DateTimeOffset? FirstResponseAt { get; set; }

    /// <summary>When the first response was due at the moment it was given (pauses included): the SLA compliance KPI compares the two.</summary>
    public DateTimeOffset? FirstResponseDueAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>0 none, 1 the assignee was told, 2 the escalation contacts were told (and the priority raised).</summary>
    public int EscalationLevel { get; set; }

    public DateTimeOffset? EscalatedAt { get; set; }

    /// <summary>The classifier was unsure: a person of the department checks that it belongs here.</summary>
    public bool PleaseCheck { get; set; }

    public string? PleaseCheckReason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset LastMessageAt { get; set; }

    /// <summary>When the customer last wrote: newer than a person's read mark means unread for them.</summary>
    public DateTimeOffset LastIncomingAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Raised by every change: two clerks acting on the same conversation cannot both win unnoticed.</summary>
    public int Version { get; set; }

    public List<ConversationEntry> Entries { get; set; } = [];
}

/// <summary>One item of a conversation's timeline: a mail that came in, a reply we sent, an internal note or an event.</summary>
public sealed class ConversationEntry
{
    public long Id { get; set; }
    public long ConversationId { get; set; }
    public Conversation? Conversation { get; set; }

    /// <summary>incoming | outgoing | note | event</summary>
    public required string Kind { get; set; }

    /// <summary>The received message (incoming).</summary>
    public long? MessageId { get; set; }

    /// <summary>The outbox row of a reply (outgoing).</summary>
    public long? OutgoingMailId { get; set; }

    /// <summary>The Message-ID (without brackets) of an incoming or outgoing mail: what later mails reference.</summary>
    public string? MessageIdHeader { get; set; }

    public string? FromAddress { get; set; }
    public string? FromName { get; set; }
    public string? ToAddress { get; set; }
    public string? Subject { get; set; }

    /// <summary>The text of a reply or a note; for an event the reason a person gave.</summary>
    public string? Text { get; set; }

    public long? AuthorId { get; set; }
    public string? AuthorName { get; set; }

    /// <summary>A reply's courtesy score (0–100) when it was sent.</summary>
    public int? CourtesyScore { get; set; }

    /// <summary>Why a reply under the minimum courtesy score was sent anyway (the clerk's override).</summary>
    public string? CourtesyOverride { get; set; }

    /// <summary>JSON array of the user ids a note mentions.</summary>
    public string? Mentions { get; set; }

    /// <summary>For events: assigned, claimed, unassigned, moved, state, reopened, follow_up, escalated.</summary>
    public string? EventCode { get; set; }

    /// <summary>For events: the value (the new state, the department moved to, the assignee's name).</summary>
    public string? EventDetail { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>Up to when a person has read a conversation.</summary>
public sealed class ConversationRead
{
    public long ConversationId { get; set; }
    public long UserId { get; set; }
    public DateTimeOffset ReadAt { get; set; }
}

internal sealed class ConversationConfiguration :
    IEntityTypeConfiguration<Conversation>, IEntityTypeConfiguration<ConversationEntry>, IEntityTypeConfiguration<ConversationRead>
{
    public void Configure(EntityTypeBuilder<Conversation> conversation)
    {
        conversation.ToTable("conversations");
        conversation.Property(c => c.Version).IsConcurrencyToken();
        conversation.HasIndex(c => new { c.Department, c.State, c.SlaDueAt }).HasDatabaseName("ix_conversations_queue");
        conversation.HasIndex(c => new { c.AssigneeId, c.State }).HasDatabaseName("ix_conversations_assignee");
        conversation.HasIndex(c => c.SlaDueAt).HasDatabaseName("ix_conversations_sla_due").HasFilter("state = 'open'");
        conversation.HasOne<Department>().WithMany().HasForeignKey(c => c.Department).OnDelete(DeleteBehavior.NoAction);
        conversation.HasOne<User>().WithMany().HasForeignKey(c => c.AssigneeId).OnDelete(DeleteBehavior.SetNull);
        conversation.HasMany(c => c.Entries).WithOne(e => e.Conversation).HasForeignKey(e => e.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ConversationEntry> entry)
    {
        entry.ToTable("conversation_entries");
        entry.Property(e => e.MessageIdHeader).HasColumnName("message_id_header");
        entry.HasIndex(e => new { e.ConversationId, e.At }).HasDatabaseName("ix_conversation_entries_timeline");
        entry.HasIndex(e => e.MessageId).IsUnique().HasDatabaseName("ux_conversation_entries_message").HasFilter("message_id IS NOT NULL");
        entry.HasIndex(e => e.MessageIdHeader).HasDatabaseName("ix_conversation_entries_message_id_header");
        entry.HasOne<Message>().WithMany().HasForeignKey(e => e.MessageId).OnDelete(DeleteBehavior.Cascade);
        entry.HasOne<OutgoingMail>().WithMany().HasForeignKey(e => e.OutgoingMailId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<ConversationRead> read)
    {
        read.ToTable("conversation_reads").HasKey(r => new { r.ConversationId, r.UserId });
        read.HasOne<Conversation>().WithMany().HasForeignKey(r => r.ConversationId).OnDelete(DeleteBehavior.Cascade);
        read.HasOne<User>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
