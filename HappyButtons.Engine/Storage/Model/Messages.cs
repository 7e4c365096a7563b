using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HappyButtons.Engine.Storage.Model;

/// <summary>
/// A received mail: where it came from (raw bytes content-addressed on disk), what parsing read from it, what intake
/// recognised and decided, and where it is in the pipeline. The table is also the pipeline's processing queue.
/// </summary>
public sealed class Message
{
    public long Id { get; set; }

    /// <summary>The department mailbox it arrived in.</summary>
    public required string Mailbox { get; set; }

    /// <summary>Identity at the source: Maildir file name, <c>imap:&lt;uidvalidity&gt;:&lt;uid&gt;</c> or <c>api:&lt;guid&gt;</c>.</summary>
    public required string SourceId { get; set; }

    /// <summary>The Message-ID header.</summary>
    public string? MessageIdHeader { get; set; }

    public required string ContentHash { get; set; }
    public long Size { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public string Status { get; set; } = "received";
    public string? StatusReason { get; set; }
    public string? FromAddress { get; set; }
    public string? FromName { get; set; }

    /// <summary>JSON array of the To addresses as written.</summary>
    public string? ToAddresses { get; set; }

    /// <summary>JSON array of the Cc addresses as written.</summary>
    public string? CcAddresses { get; set; }

    public string? ReplyTo { get; set; }
    public string? Subject { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? InReplyTo { get; set; }
    public string? BodyText { get; set; }
    public string? NewText { get; set; }
    public bool HasHtml { get; set; }

    /// <summary>JSON array of [name, value] pairs.</summary>
    public string? Headers { get; set; }

    /// <summary>JSON array of parser warnings.</summary>
    public string? Warnings { get; set; }

    /// <summary>The department that owns it: its mailbox's from the ingest on, the routed one after processing.</summary>
    public string? Department { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public MessageClassification Classification { get; set; } = new();
    public MessageRouting Routing { get; set; } = new();
    public MessageRisk Risk { get; set; } = new();
    public bool Archived { get; set; }
    public MessageSignature Signature { get; set; } = new();
    public ProcessingClaim Claim { get; set; } = new();
    public List<MessageAttachment> Attachments { get; set; } = [];
}

/// <summary>The S/MIME signature of the mail: none (null), valid, invalid or unknown_signer, and who signed it.</summary>
public sealed class MessageSignature
{
    public string? State { get; set; }

    /// <summary>The e-mail address (else the name) in the signer's certificate.</summary>
    public string? Signer { get; set; }
}

/// <summary>
/// The message as an item of the processing queue: which worker holds it until when, how often it was claimed, and
/// when a retry may start and why the last attempt failed.
/// </summary>
public sealed class ProcessingClaim
{
    public string? Owner { get; set; }
    public DateTimeOffset? Until { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? NotBefore { get; set; }
    public string? LastError { get; set; }
}

/// <summary>What intake recognised: intent, urgency, language, OEM account, customer, and the classifier's confidence.</summary>
public sealed class MessageClassification
{
    public string? Intent { get; set; }
    public string? Urgency { get; set; }
    public string? Language { get; set; }
    public bool? IsOem { get; set; }
    public string? CustomerNumber { get; set; }
    public double? Confidence { get; set; }

    /// <summary>Why a person should check it (low confidence), or null.</summary>
    public string? ReviewReason { get; set; }
}

/// <summary>What routing decided: the rule, the priority, the SLA and its escalation.</summary>
public sealed class MessageRouting
{
    public string? RuleId { get; set; }
    public string? RuleName { get; set; }
    public string? Priority { get; set; }
    public string? SlaPolicy { get; set; }
    public DateTimeOffset? SlaDueAt { get; set; }
    public DateTimeOffset? SlaResolutionDueAt { get; set; }

    /// <summary>JSON array of tags the rule set.</summary>
    public string? Tags { get; set; }

    /// <summary>never | draft | auto_send_when_confident</summary>
    public string? Automation { get; set; }

    /// <summary>JSON array of addresses that get the escalation notice.</summary>
    public string? EscalateTo { get; set; }

    public DateTimeOffset? EscalatedAt { get; set; }
}

/// <summary>The fraud assessment: a score with its signals, and whether the mail is held.</summary>
public sealed class MessageRisk
{
    public int? Score { get; set; }

    /// <summary>JSON array of {code, weight, explanation}.</summary>
    public string? Signals { get; set; }

    public bool FraudHold { get; set; }
}

/// <summary>A file of a received mail (bytes content-addressed on disk) and the text read from it.</summary>
public sealed class MessageAttachment
{
    public long Id { get; set; }
    public long MessageId { get; set; }
    public int Ordinal { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public string? ContentId { get; set; }
    public bool IsInline { get; set; }
    public required string ContentHash { get; set; }
    public string? Text { get; set; }

    /// <summary>none | extracted | unavailable</summary>
    public string TextStatus { get; set; } = "none";

    public string? TextNote { get; set; }
}

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>, IEntityTypeConfiguration<MessageAttachment>
{
    public void Configure(EntityTypeBuilder<Message> message)
    {
        message.ToTable("messages");
        message.Property(m => m.MessageIdHeader).HasColumnName("message_id");
        message.HasIndex(m => new { m.Mailbox, m.SourceId }).IsUnique();
        message.HasIndex(m => new { m.ContentHash, m.MessageIdHeader }).HasDatabaseName("ix_messages_dedupe");
        message.HasIndex(m => new { m.ReceivedAt, m.Id }).IsDescending(true, true).HasDatabaseName("ix_messages_received");
        message.HasIndex(m => new { m.Department, m.ReceivedAt }).IsDescending(false, true).HasDatabaseName("ix_messages_department");
        message.HasIndex(m => new { m.Mailbox, m.ReceivedAt }).IsDescending(false, true).HasDatabaseName("ix_messages_mailbox");
        message.HasIndex(m => new { m.Status, m.ReceivedAt }).IsDescending(false, true).HasDatabaseName("ix_messages_status");
        // The inbox sorted by sender without reading the (large) rows: a covering index per department.
        message.HasIndex(m => new { m.Department, m.FromName, m.FromAddress, m.ReceivedAt }).HasDatabaseName("ix_messages_department_sender");
        message.HasOne<Department>().WithMany().HasForeignKey(m => m.Mailbox).OnDelete(DeleteBehavior.NoAction);
        message.HasOne<Department>().WithMany().HasForeignKey(m => m.Department).OnDelete(DeleteBehavior.NoAction);
        message.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
        message.OwnsOne(m => m.Classification, c =>
        {
            c.Property(x => x.Intent).HasColumnName("intent");
            c.Property(x => x.Urgency).HasColumnName("urgency");
            c.Property(x => x.Language).HasColumnName("language");
            c.Property(x => x.IsOem).HasColumnName("is_oem");
            c.Property(x => x.CustomerNumber).HasColumnName("customer_number");
            c.Property(x => x.Confidence).HasColumnName("confidence");
            c.Property(x => x.ReviewReason).HasColumnName("review_reason");
            c.HasIndex(x => x.CustomerNumber).HasDatabaseName("ix_messages_customer");
        });
        message.Navigation(m => m.Classification).IsRequired();
        message.OwnsOne(m => m.Routing, r =>
        {
            r.Property(x => x.RuleId).HasColumnName("rule_id");
            r.Property(x => x.RuleName).HasColumnName("rule_name");
            r.Property(x => x.Priority).HasColumnName("priority");
            r.Property(x => x.SlaPolicy).HasColumnName("sla_policy");
            r.Property(x => x.SlaDueAt).HasColumnName("sla_due_at");
            r.Property(x => x.SlaResolutionDueAt).HasColumnName("sla_resolution_due_at");
            r.Property(x => x.Tags).HasColumnName("tags");
            r.Property(x => x.Automation).HasColumnName("automation");
            r.Property(x => x.EscalateTo).HasColumnName("escalate_to");
            r.Property(x => x.EscalatedAt).HasColumnName("escalated_at");
            r.HasIndex(x => x.SlaDueAt).HasDatabaseName("ix_messages_sla_due").HasFilter("escalated_at IS NULL AND NOT archived");
        });
        message.Navigation(m => m.Routing).IsRequired();
        message.OwnsOne(m => m.Risk, r =>
        {
            r.Property(x => x.Score).HasColumnName("risk_score");
            r.Property(x => x.Signals).HasColumnName("risk_signals");
            r.Property(x => x.FraudHold).HasColumnName("fraud_hold");
        });
        message.Navigation(m => m.Risk).IsRequired();
        message.OwnsOne(m => m.Signature, s =>
        {
            s.Property(x => x.State).HasColumnName("signature_state");
            s.Property(x => x.Signer).HasColumnName("signature_signer");
        });
        message.Navigation(m => m.Signature).IsRequired();
        message.OwnsOne(m => m.Claim, c =>
        {
            c.Property(x => x.Owner).HasColumnName("claim_owner");
            c.Property(x => x.Until).HasColumnName("claim_until");
            c.Property(x => x.Attempts).HasColumnName("attempts");
            c.Property(x => x.NotBefore).HasColumnName("not_before");
            c.Property(x => x.LastError).HasColumnName("last_error");
            c.HasIndex(x => x.Until).HasDatabaseName("ix_messages_claims").HasFilter("status = 'processing'");
        });
        message.Navigation(m => m.Claim).IsRequired();
        message.HasIndex(m => m.Id).HasDatabaseName("ix_messages_queue").HasFilter("status = 'received'");
    }

    public void Configure(EntityTypeBuilder<MessageAttachment> attachment)
    {
        attachment.ToTable("message_attachments");
        attachment.HasIndex(a => new { a.MessageId, a.Ordinal }).IsUnique();
    }
}
