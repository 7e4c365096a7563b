using HappyButtons.Engine.Intake;
using HappyButtons.Web.Localization;

namespace HappyButtons.Web.Admin.Knowledge;

/// <summary>The knowledge pages' words for codes: intents by their name in the reader's language, never the code.</summary>
public static class KnowledgeLabels
{
    /// <summary>The intents an article can be written for (the ones a question to Support has).</summary>
    public static IReadOnlyList<string> ArticleIntents { get; } =
        ["technical_support", "general_inquiry", "complaint", "return_request", "quote_request", "order_status", "invoice_request", "payment_notice"];

    public static string Intent(UiText ui, string code) => ui[IntakeLabels.Intent(code)];

    public static string Intents(UiText ui, string codes)
    {
        var list = codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return list.Length == 0 ? ui["every question"] : string.Join(", ", list.Where(c => TaxonomyNames.TryParseIntent(c, out _)).Select(c => Intent(ui, c)));
    }
}
