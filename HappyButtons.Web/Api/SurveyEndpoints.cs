using System.Text.Encodings.Web;
using System.Text.Unicode;
using HappyButtons.Engine.Kpis;

namespace HappyButtons.Web.Api;

/// <summary>
/// <c>GET /survey/{token}?rating=1..5</c>: the customer's one-click rating from the delivery mail. Anonymous (no sign-in; the
/// signed token is the permission), one small page in German and English under a policy that allows no script, no
/// request elsewhere and no framing; the token stays out of referrers and caches. Without <c>rating</c> the page offers the
/// five choices as links.
/// </summary>
public static class SurveyEndpoints
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    // Umlauts stay readable in the page's source; markup characters are still encoded.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static IEndpointRouteBuilder MapSurveyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/survey/{token}", AnswerAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> AnswerAsync(string token, string? rating, CustomerSurvey survey, HttpContext http, CancellationToken cancellationToken)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        headers["X-Robots-Tag"] = "noindex";
        if (string.IsNullOrEmpty(rating))
        {
            return survey.OrderOf(token) is null
                ? Page(StatusCodes.Status404NotFound, "Dieser Link ist ungültig.", "This link is not valid.")
                : Page(StatusCodes.Status200OK, "Wie zufrieden sind Sie mit Ihrer Lieferung?", "How happy are you with your delivery?", Choices(token));
        }

        var outcome = await survey.RecordAsync(token, int.TryParse(rating, out var value) ? value : null, cancellationToken);
        return outcome switch
        {
            SurveyOutcome.Recorded => Page(StatusCodes.Status200OK, "Vielen Dank für Ihre Bewertung!", "Thank you for your rating!"),
            SurveyOutcome.AlreadyAnswered => Page(StatusCodes.Status200OK, "Für diese Lieferung liegt Ihre Bewertung bereits vor. Vielen Dank!",
                "We already have your rating for this delivery. Thank you!"),
            SurveyOutcome.InvalidRating => Page(StatusCodes.Status400BadRequest, "Bitte wählen Sie 1 bis 5 Sterne.", "Please choose 1 to 5 stars.", Choices(token)),
            _ => Page(StatusCodes.Status404NotFound, "Dieser Link ist ungültig.", "This link is not valid."),
        };
    }

    private static string Choices(string token)
    {
        var escaped = Uri.EscapeDataString(token);
        return "<p class=\"stars\">" + string.Concat(Enumerable.Range(1, 5).Select(r =>
            $"<a href=\"/survey/{Html.Encode(escaped)}?rating={r}\" title=\"{r} / 5\">{new string('★', r)}</a>")) + "</p>";
    }

    private static IResult Page(int status, string german, string english, string extra = "")
    {
        var html = $$"""
            <!DOCTYPE html>
            <html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Happy Buttons</title>
            <style>
              body { font-family: system-ui, sans-serif; background: #f5f5f7; color: #222; margin: 0; display: flex; min-height: 100vh; align-items: center; justify-content: center; }
              main { background: #fff; border-radius: 12px; box-shadow: 0 2px 12px rgba(0,0,0,.08); padding: 2rem 2.5rem; max-width: 32rem; text-align: center; }
              h1 { font-size: 1.1rem; color: #6a1b9a; margin: 0 0 1rem; } p { margin: .5rem 0; } .en { color: #666; }
              .stars a { display: block; font-size: 1.6rem; color: #f9a825; text-decoration: none; margin: .3rem 0; }
            </style></head>
            <body><main><h1>Happy Buttons GmbH</h1>
            <p id="survey-message">{{Html.Encode(german)}}</p><p class="en" lang="en">{{Html.Encode(english)}}</p>{{extra}}
            </main></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
