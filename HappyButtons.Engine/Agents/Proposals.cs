using System.Globalization;
using System.Text.Json.Nodes;

namespace HappyButtons.Engine.Agents;

/// <summary>
/// Builds proposals with a reason a clerk can check. The reason is stored as an English sentence (API, audit); its format
/// and arguments travel in the payload (<c>reasonKey</c>, <c>reasonArgs</c>) so the UI shows it in the clerk's language.
/// </summary>
public static class Proposals
{
    public const string ReasonKey = "reasonKey";
    public const string ReasonArgs = "reasonArgs";

    public static ProposalDraft Make(string kind, double confidence, JsonObject payload, string reasonFormat, params object?[] args)
    {
        var texts = args.Select(Text).ToArray();
        payload[ReasonKey] = reasonFormat;
        payload[ReasonArgs] = new JsonArray(texts.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray());
        return new ProposalDraft(kind, Math.Round(Math.Clamp(confidence, 0, 1), 2), string.Format(CultureInfo.InvariantCulture, reasonFormat, texts), payload);
    }

    /// <summary>Numbers and amounts in the invariant form; the UI formats them no further (they are codes, SKUs, amounts with currency).</summary>
    private static string Text(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString("#,##0.00", CultureInfo.InvariantCulture),
        double d => d.ToString("0.##", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static string? String(this JsonObject payload, string name) =>
        payload.TryGetPropertyValue(name, out var node) && node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static long? Long(this JsonObject payload, string name) =>
        payload.TryGetPropertyValue(name, out var node) && node is JsonValue value && value.TryGetValue<long>(out var number) ? number : null;
}
