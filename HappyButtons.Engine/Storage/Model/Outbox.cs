using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HappyButtons.Engine.Storage.Model;

/// <summary>
/// An outgoing mail in the outbox: the composed message (content-addressed on disk), its envelope, and how its delivery
/// goes. One row per Message-ID and envelope, so queuing the same message twice is one delivery.
/// </summary>
public sealed class OutgoingMail
{
    public long Id { get; set; }
    public required string SendKey { get; set; }
    public string? MessageIdHeader { get; set; }
    public required string BlobHash { get; set; }

    /// <summary>The department whose Sent folder gets a copy.</summary>
    public string? Mailbox { get; set; }

    public required string EnvelopeFrom { get; set; }

    /// <summary>JSON array of addresses.</summary>
    public required string Recipients { get; set; }

    /// <summary>queued | sending | sent | failed</summary>
    public required string Status { get; set; }

    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public string? JobId { get; set; }

    /// <summary>smtp | pickup</summary>
    public string? Transport { get; set; }

    public string? Reply { get; set; }
    public string? SentFolderError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}

internal sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> mail)
    {
        mail.ToTable("outgoing_mail");
        mail.Property(m => m.MessageIdHeader).HasColumnName("message_id");
        mail.HasIndex(m => m.SendKey).IsUnique();
        mail.HasIndex(m => m.Id).HasDatabaseName("ix_outgoing_mail_open").HasFilter("status IN ('queued', 'sending')");
        mail.HasIndex(m => m.CreatedAt).IsDescending().HasDatabaseName("ix_outgoing_mail_created");
        mail.HasOne<Department>().WithMany().HasForeignKey(m => m.Mailbox).OnDelete(DeleteBehavior.NoAction);
    }
}
