using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HappyButtons.Engine.Storage.Model;

/// <summary>
/// An answer of the support knowledge base, e.g. "Waschtemperaturen": title and body in one language, the keywords a
/// customer's mail uses for it, which intents (and products) it is for, and how helpful the clerks found it. The same
/// topic in German and English is two articles with the same <see cref="Topic"/>.
/// </summary>
public sealed class KnowledgeArticle
{
    public long Id { get; set; }

    /// <summary>A short key shared by the language versions of one answer, e.g. <c>washing-temperatures</c>.</summary>
    public required string Topic { get; set; }

    /// <summary>de | en</summary>
    public required string Language { get; set; }

    public required string Title { get; set; }

    /// <summary>The answer as it goes into a reply: plain text, formal address ("Sie"), without salutation and closing.</summary>
    public required string Body { get; set; }

    /// <summary>Words and phrases customers use for this topic, comma-separated (synonyms, inflections, product words).</summary>
    public string Keywords { get; set; } = "";

    /// <summary>The intents the article answers, comma-separated taxonomy names (empty: any).</summary>
    public string Intents { get; set; } = "";

    /// <summary>Products or materials the article is about, comma-separated (SKU prefixes or material names); empty: all.</summary>
    public string Products { get; set; } = "";

    /// <summary>Inactive articles are kept (feedback and old proposals name them) but are neither found nor proposed.</summary>
    public bool Active { get; set; } = true;

    public int HelpfulCount { get; set; }
    public int NotHelpfulCount { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }

    /// <summary>Raised by every edit (not by feedback): two administrators editing the same article cannot overwrite each other.</summary>
    public int Version { get; set; }
}

/// <summary>One person's rating of one article (helpful or not), with the task or message it was used for. One per person and article.</summary>
public sealed class KnowledgeFeedback
{
    public long Id { get; set; }
    public long ArticleId { get; set; }

    /// <summary>Who rated: <c>user:12</c> for a signed-in user, <c>api:3</c> for an API key.</summary>
    public required string RaterKey { get; set; }

    public required string RaterName { get; set; }
    public bool Helpful { get; set; }
    public long? TaskId { get; set; }
    public long? MessageId { get; set; }
    public DateTimeOffset At { get; set; }
}

internal sealed class KnowledgeConfiguration : IEntityTypeConfiguration<KnowledgeArticle>, IEntityTypeConfiguration<KnowledgeFeedback>
{
    public void Configure(EntityTypeBuilder<KnowledgeArticle> article)
    {
        article.ToTable("knowledge_articles");
        article.Property(a => a.Version).IsConcurrencyToken();
        article.HasIndex(a => new { a.Topic, a.Language }).IsUnique();
        article.HasIndex(a => new { a.Active, a.UpdatedAt });
    }

    public void Configure(EntityTypeBuilder<KnowledgeFeedback> feedback)
    {
        feedback.ToTable("knowledge_feedback");
        feedback.HasIndex(f => new { f.ArticleId, f.RaterKey }).IsUnique();
        feedback.HasOne<KnowledgeArticle>().WithMany().HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
        feedback.HasOne<AgentTask>().WithMany().HasForeignKey(f => f.TaskId).OnDelete(DeleteBehavior.SetNull);
    }
}
