using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Replies;
using HappyButtons.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HappyButtons.Web.Api;

public sealed record CourtesyRequest(string? Text, string? Language);

public sealed record CourtesyItemDto(string Rule, int Points, int Max, bool Passed);

public sealed record CourtesyDto(int Score, IReadOnlyList<CourtesyItemDto> Items);

/// <summary><c>POST /api/courtesy/score</c>: a reply text's courtesy, itemised; the signature is checked against the company data.</summary>
public static class CourtesyApi
{
    public const int MaxTextLength = 100_000;

    public static IEndpointRouteBuilder MapCourtesyApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/courtesy/score", Score).RequireAuthorization(Policies.Api).DisableAntiforgery().WithTags("Replies");
        return app;
    }

    private static Results<Ok<CourtesyDto>, ProblemHttpResult> Score(CourtesyRequest? request, ReplyRenderer renderer)
    {
        if (request?.Text is not { } text || text.Length > MaxTextLength)
        {
            return TypedResults.Problem(title: "No text", detail: $"Send the reply as {{\"text\": \"…\", \"language\": \"de\"}} (at most {MaxTextLength:N0} characters).",
                statusCode: StatusCodes.Status400BadRequest);
        }

        Language? language = (request.Language ?? "de").Trim().ToLowerInvariant() switch
        {
            "de" => Engine.Intake.Language.De,
            "en" => Engine.Intake.Language.En,
            _ => null,
        };
        if (language is null)
        {
            return TypedResults.Problem(title: "Unknown language", detail: "'language' must be \"de\" or \"en\".", statusCode: StatusCodes.Status400BadRequest);
        }

        var score = CourtesyScorer.Score(text, language.Value, company: renderer.Company);
        return TypedResults.Ok(new CourtesyDto(score.Score, score.Items.Select(i => new CourtesyItemDto(i.Rule, i.Points, i.Max, i.Passed)).ToList()));
    }
}
