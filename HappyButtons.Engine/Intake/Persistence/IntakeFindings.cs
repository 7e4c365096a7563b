using System.Text.Json;
using HappyButtons.Engine.Routing;

namespace HappyButtons.Engine.Intake.Persistence;

/// <summary>The intake columns of a message row, as stored and as read back.</summary>
public sealed record IntakeFindings(
    string? Intent,
    string? Urgency,
    string? Priority,
    string? Language,
    bool? IsOem,
    string? CustomerNumber,
    double? Confidence,
    string? RuleId,
    string? RuleName,
    string? SlaPolicy,
    DateTimeOffset? SlaDueAt,
    DateTimeOffset? SlaResolutionDueAt,
    int? RiskScore,
    IReadOnlyList<StoredRiskSignal> RiskSignals,
    IReadOnlyList<string> Tags,
    string? Automation,
    IReadOnlyList<string> EscalateTo,
    bool FraudHold,
    bool Archived,
    string? ReviewReason,
    DateTimeOffset? EscalatedAt)
{
    public static IntakeFindings From(IntakeResult result)
    {
        var e = result.Enrichment;
        var r = result.Routing;
        return new IntakeFindings(
            result.Classification.Intent.ToApiName(), e.Urgency.Level.ToApiName(), r.Urgency.ToApiName(), e.Language.Language.ToApiName(),
            e.IsOem, e.Customer.Customer?.Number, Math.Round(result.Classification.Confidence, 4), r.DecidingRuleId, r.DecidingRuleName,
            r.Archive ? null : r.SlaPolicy, result.Sla?.FirstResponseDue.ToDateTimeOffset(), result.Sla?.ResolutionDue.ToDateTimeOffset(),
            e.Risk.Score, e.Risk.Signals.Select(s => new StoredRiskSignal(s.Code, s.Weight, s.Explanation)).ToList(),
            r.Tags, AutomationName(r.Automation), r.EscalateTo, r.FraudHold, r.Archive, ReviewReasonOf(result), null);
    }

    public static string AutomationName(AutomationPolicy policy) => policy switch
    {
        AutomationPolicy.Never => "never",
        AutomationPolicy.Draft => "draft",
        _ => "auto_send_when_confident",
    };

    /// <summary>Why a person must look first, or null: the routing error wins over low confidence.</summary>
    public static string? ReviewReasonOf(IntakeResult result)
    {
        if (result.Routing.Error is { } error)
        {
            return "Routing failed: " + error;
        }

        return result.Classification.NeedsReview ? "Classification uncertain: " + string.Join("; ", result.Classification.Reasons) : null;
    }

    internal static string Json<T>(T value) => JsonSerializer.Serialize(value, JsonOptions);

    internal static T? FromJson<T>(string? json) => json is null ? default : JsonSerializer.Deserialize<T>(json, JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}

/// <summary>One risk signal as stored with the message: code, weight and the explanation a clerk reads.</summary>
public sealed record StoredRiskSignal(string Code, int Weight, string Explanation);
