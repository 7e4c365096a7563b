using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HappyButtons.Engine.Storage.Model;

/// <summary>
/// A reply template of one key and language ("de", "en"); its text lives in its versions. Every save adds a version, the
/// newest one is the one used, and a restore copies an older one as the newest, so nothing is ever overwritten.
/// </summary>
public sealed class ReplyTemplateEntry
{
    public long Id { get; set; }
    public required string Key { get; set; }
    public required string Language { get; set; }

    /// <summary>The intent it answers (the taxonomy's lower-case name).</summary>
    public required string Intent { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<ReplyTemplateVersion> Versions { get; set; } = [];
}

public sealed class ReplyTemplateVersion
{
    public long Id { get; set; }
    public long TemplateId { get; set; }

    /// <summary>1, 2, … per template; the highest is the current one.</summary>
    public int Number { get; set; }

    public required string Title { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }

    /// <summary>The version this one restored, when it was a restore.</summary>
    public int? RestoredFrom { get; set; }
}

internal sealed class ReplyTemplateConfiguration : IEntityTypeConfiguration<ReplyTemplateEntry>, IEntityTypeConfiguration<ReplyTemplateVersion>
{
    public void Configure(EntityTypeBuilder<ReplyTemplateEntry> template)
    {
        template.ToTable("reply_templates");
        template.HasIndex(t => new { t.Key, t.Language }).IsUnique();
        template.HasMany(t => t.Versions).WithOne().HasForeignKey(v => v.TemplateId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ReplyTemplateVersion> version)
    {
        version.ToTable("reply_template_versions");
        // Two admins saving at once: the second insert of the same number fails instead of both becoming "current".
        version.HasIndex(v => new { v.TemplateId, v.Number }).IsUnique();
    }
}
