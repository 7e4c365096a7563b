using HappyButtons.Engine.Knowledge;
using HappyButtons.Engine.Storage.Model;

namespace HappyButtons.Web.Admin.Knowledge;

/// <summary>An article as its form edits it, with the version the edit started from.</summary>
public sealed class KnowledgeFormModel
{
    public long? Id { get; set; }
    public string Topic { get; set; } = "";
    public string Language { get; set; } = "de";
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public string Keywords { get; set; } = "";
    public IReadOnlyCollection<string> Intents { get; set; } = ["technical_support", "general_inquiry"];
    public string Products { get; set; } = "";
    public bool Active { get; set; } = true;
    public int Version { get; set; }
    public int HelpfulCount { get; set; }
    public int NotHelpfulCount { get; set; }

    public static KnowledgeFormModel From(KnowledgeArticle article) => new()
    {
        Id = article.Id, Topic = article.Topic, Language = article.Language, Title = article.Title, Body = article.Body, Keywords = article.Keywords,
        Intents = article.Intents.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(), Products = article.Products,
        Active = article.Active, Version = article.Version, HelpfulCount = article.HelpfulCount, NotHelpfulCount = article.NotHelpfulCount,
    };

    public KnowledgeArticleDraft ToDraft() => new(Topic?.Trim() ?? "", Language, Title ?? "", Body ?? "", Keywords ?? "", string.Join(",", Intents ?? []), Products ?? "", Active);
}
