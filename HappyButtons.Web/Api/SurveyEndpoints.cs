using System.Text.Encodings.Web;
using System.Text.Unicode;
using HappyButtons.Engine.Kpis;
using Microsoft.AspNetCore.Antiforgery;

namespace HappyButtons.Web.Api;

/// <summary>
/// <c>/survey/{token}?rating=1..5</c>: the customer's rating from the delivery mail. Anonymous (no sign-in; the signed token is
/// the permission), one small page in German and English under a policy that allows no script, no request elsewhere and no
/// framing; the token stays out of referrers and caches.
/// <para>
/// One click records the rating only when the GET is a person's top-level navigation (<c>Sec-Fetch-Mode: navigate</c> with
/// <c>Sec-Fetch-User: ?1</c>, which browsers send only after a user activation). Any other GET — a mail system's link scanner
/// pre-fetching the links, or a browser too old to send the headers — gets a confirm page with the chosen stars pre-selected
/// and one button, a POST with an antiforgery token. A later rating of the same order replaces the first.
/// </para>
/// </summary>
public static class SurveyEndpoints
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    // Umlauts stay readable in the page's source; markup characters are still encoded.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly string[] LabelsDe = ["sehr unzufrieden", "unzufrieden", "teils, teils", "zufrieden", "sehr zufrieden"];
    private static readonly string[] LabelsEn = ["very dissatisfied", "dissatisfied", "neither", "satisfied", "very satisfied"];

    public static IEndpointRouteBuilder MapSurveyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/survey/{token}", AnswerAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/survey/{token}", ConfirmAsync).WithMetadata(new RequireAntiforgeryTokenAttribute()).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>True for a navigation a person started (a click in the mail program opening the browser), not a pre-fetch.</summary>
    public static bool IsUserNavigation(HttpRequest request) =>
        string.Equals(request.Headers["Sec-Fetch-Mode"], "navigate", StringComparison.OrdinalIgnoreCase)
        && string.Equals(request.Headers["Sec-Fetch-User"], "?1", StringComparison.Ordinal)
        && request.Headers["Sec-Fetch-Dest"] is var dest && (string.IsNullOrEmpty(dest) || string.Equals(dest, "document", StringComparison.OrdinalIgnoreCase));

    private static async Task<IResult> AnswerAsync(string token, string? rating, CustomerSurvey survey, IAntiforgery antiforgery, HttpContext http,
        CancellationToken cancellationToken)
    {
        Protect(http.Response);
        if (survey.OrderOf(token) is null)
        {
            return Invalid();
        }

        var chosen = int.TryParse(rating, out var value) ? value : (int?)null;
        if (!string.IsNullOrEmpty(rating) && chosen is not (>= 1 and <= 5))
        {
            return Page(StatusCodes.Status400BadRequest, "Bitte wählen Sie 1 bis 5 Sterne.", "Please choose 1 to 5 stars.", Form(token, null, antiforgery, http));
        }

        if (chosen is null || !IsUserNavigation(http.Request))
        {
            return Page(StatusCodes.Status200OK, "Wie zufrieden sind Sie mit Ihrer Lieferung?", "How happy are you with your delivery?",
                Form(token, chosen, antiforgery, http));
        }

        return Outcome(await survey.RecordAsync(token, chosen, cancellationToken), token, antiforgery, http);
    }

    private static async Task<IResult> ConfirmAsync(string token, CustomerSurvey survey, IAntiforgery antiforgery, HttpContext http, CancellationToken cancellationToken)
    {
        Protect(http.Response);
        if (survey.OrderOf(token) is null)
        {
            return Invalid();
        }

        if (http.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
        {
            return Page(StatusCodes.Status400BadRequest, "Die Seite war zu lange offen. Bitte bestätigen Sie Ihre Bewertung noch einmal.",
                "The page was open for too long. Please confirm your rating once more.", Form(token, null, antiforgery, http));
        }

        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(cancellationToken) : null;

        var rating = int.TryParse(form?["rating"], out var value) ? value : (int?)null;
        return Outcome(await survey.RecordAsync(token, rating, cancellationToken), token, antiforgery, http);
    }

    private static IResult Outcome(SurveyOutcome outcome, string token, IAntiforgery antiforgery, HttpContext http) => outcome switch
    {
        SurveyOutcome.Recorded => Page(StatusCodes.Status200OK, "Vielen Dank für Ihre Bewertung!", "Thank you for your rating!"),
        SurveyOutcome.Updated => Page(StatusCodes.Status200OK, "Vielen Dank! Wir haben Ihre Bewertung dieser Lieferung geändert.",
            "Thank you! We have updated your rating of this delivery."),
        SurveyOutcome.InvalidRating => Page(StatusCodes.Status400BadRequest, "Bitte wählen Sie 1 bis 5 Sterne.", "Please choose 1 to 5 stars.",
            Form(token, null, antiforgery, http)),
        _ => Invalid(),
    };

    private static void Protect(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        headers["X-Robots-Tag"] = "noindex";
    }

    private static IResult Invalid() => Page(StatusCodes.Status404NotFound, "Dieser Link ist ungültig.", "This link is not valid.");

    /// <summary>The five choices as radio buttons (the chosen one pre-selected) and one button: works without script.</summary>
    private static string Form(string token, int? chosen, IAntiforgery antiforgery, HttpContext http)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var choices = string.Concat(Enumerable.Range(1, 5).Reverse().Select(r =>
            $"<label class=\"choice\"><input type=\"radio\" name=\"rating\" value=\"{r}\" required{(r == chosen ? " checked" : "")}>" +
            $"<span class=\"stars\">{new string('★', r)}{new string('☆', 5 - r)}</span> <span>{Html.Encode(LabelsDe[r - 1])}</span>" +
            $" <span class=\"en\" lang=\"en\">/ {Html.Encode(LabelsEn[r - 1])}</span></label>"));
        return $"<form method=\"post\" action=\"/survey/{Html.Encode(Uri.EscapeDataString(token))}\">" +
               $"<input type=\"hidden\" name=\"{Html.Encode(tokens.FormFieldName)}\" value=\"{Html.Encode(tokens.RequestToken ?? "")}\">" +
               $"{choices}<button type=\"submit\" id=\"survey-submit\">Bewertung senden <span lang=\"en\">/ Send rating</span></button></form>";
    }

    private static IResult Page(int status, string german, string english, string extra = "")
    {
        var html = $$"""
            <!DOCTYPE html>
            <html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex"><title>Happy Buttons</title>
            <style>
              body { font-family: system-ui, sans-serif; background: #f5f5f7; color: #222; margin: 0; display: flex; min-height: 100vh; align-items: center; justify-content: center; }
              main { background: #fff; border-radius: 12px; box-shadow: 0 2px 12px rgba(0,0,0,.08); padding: 2rem 2.5rem; max-width: 32rem; text-align: center; }
              h1 { font-size: 1.1rem; color: #6a1b9a; margin: 0 0 1rem; } p { margin: .5rem 0; } .en { color: #666; }
              form { margin-top: 1rem; text-align: left; }
              .choice { display: flex; align-items: center; gap: .5rem; padding: .35rem .6rem; border-radius: 8px; cursor: pointer; }
              .choice:hover { background: #f3e5f5; }
              .stars { font-size: 1.3rem; color: #f9a825; letter-spacing: .05em; }
              button { display: block; margin: 1rem auto 0; padding: .6rem 1.4rem; font-size: 1rem; color: #fff; background: #6a1b9a; border: 0; border-radius: 8px; cursor: pointer; }
            </style></head>
            <body><main><h1>Happy Buttons GmbH</h1>
            <p id="survey-message">{{Html.Encode(german)}}</p><p class="en" lang="en">{{Html.Encode(english)}}</p>{{extra}}
            </main></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
