using System.Security.Claims;
using HappyButtons.Engine.Knowledge;
using HappyButtons.Engine.Storage.Model;
using HappyButtons.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HappyButtons.Web.Api;

public sealed record KnowledgeArticleDto(long Id, string Topic, string Language, string Title, string Body, IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Intents, int Helpful, int NotHelpful, int Version, double? Score, double? Confidence, IReadOnlyList<string>? MatchedWords);

public sealed record KnowledgeListDto(IReadOnlyList<KnowledgeArticleDto> Items);

public sealed record KnowledgeFeedbackRequest(bool? Helpful, long? TaskId);

/// <summary>counted | changed | unchanged, and the article's counts afterwards.</summary>
public sealed record KnowledgeFeedbackDto(string Outcome, int Helpful, int NotHelpful);

/// <summary>
/// The knowledge base for integrations and the task panel: <c>GET /api/knowledge?search=&amp;language=</c> (the active articles,
/// ranked by the Support agent's search when searched) and <c>POST /api/knowledge/{id}/feedback</c> (once per API key).
/// </summary>
public static class KnowledgeApi
{
    public const int MaxSearchLength = 2_000;

    public static IEndpointRouteBuilder MapKnowledgeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/knowledge").RequireAuthorization(Policies.Api).WithTags("Knowledge");
        api.MapGet("/", ListAsync);
        api.MapPost("/{id:long}/feedback", FeedbackAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<Results<Ok<KnowledgeListDto>, ProblemHttpResult>> ListAsync(string? search, string? language, KnowledgeBase knowledge,
        KnowledgeSearch searcher, CancellationToken cancellationToken)
    {
        var lang = string.IsNullOrWhiteSpace(language) ? null : language.Trim().ToLowerInvariant();
        if (lang is not (null or "de" or "en"))
        {
            return TypedResults.Problem(title: "Unknown language", detail: "'language' must be \"de\" or \"en\" (or left out).", statusCode: StatusCodes.Status400BadRequest);
        }

        if (search?.Length > MaxSearchLength)
        {
            return TypedResults.Problem(title: "Search too long", detail: $"'search' has at most {MaxSearchLength:N0} characters.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (string.IsNullOrWhiteSpace(search))
        {
            var all = await knowledge.ListAsync(null, lang, cancellationToken);
            return TypedResults.Ok(new KnowledgeListDto(all.Where(a => a.Article.Active).Select(a => ToDto(a.Article, null)).ToList()));
        }

        var hits = await searcher.SearchAsync(new KnowledgeQuery(search, lang, Limit: 20), cancellationToken);
        // The index answers in the language asked for, or in any when it has none in it; the API keeps to the one asked for.
        return TypedResults.Ok(new KnowledgeListDto(hits.Where(h => lang is null || h.Article.Language == lang).Select(h => ToDto(h.Article, h)).ToList()));
    }

    private static async Task<Results<Ok<KnowledgeFeedbackDto>, NotFound, ProblemHttpResult>> FeedbackAsync(long id, KnowledgeFeedbackRequest? request,
        ClaimsPrincipal principal, KnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        if (request?.Helpful is not { } helpful)
        {
            return TypedResults.Problem(title: "No rating", detail: "Send {\"helpful\": true} or {\"helpful\": false}, optionally with \"taskId\".",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var rater = new KnowledgeRater(KnowledgeRater.ApiKey(principal.FindFirst(ClaimNames.ApiClient)?.Value ?? "unknown"), principal.Identity?.Name ?? "api");
        var outcome = await knowledge.RateAsync(id, rater, helpful, request.TaskId, null, cancellationToken);
        if (outcome == FeedbackOutcome.NotFound)
        {
            return TypedResults.NotFound();
        }

        var article = (await knowledge.GetAsync(id, cancellationToken))!;
        return TypedResults.Ok(new KnowledgeFeedbackDto(outcome.ToString().ToLowerInvariant(), article.HelpfulCount, article.NotHelpfulCount));
    }

    private static KnowledgeArticleDto ToDto(KnowledgeArticle a, KnowledgeHit? hit) => new(a.Id, a.Topic, a.Language, a.Title, a.Body,
        Split(a.Keywords), Split(a.Intents), a.HelpfulCount, a.NotHelpfulCount, a.Version, hit?.Score, hit?.Confidence, hit?.MatchedWords);

    private static List<string> Split(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
