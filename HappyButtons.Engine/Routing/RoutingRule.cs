using System.Text.Json.Serialization;

namespace HappyButtons.Engine.Routing;

/// <summary>
/// One admin-edited routing rule. Rules run by ascending <see cref="Order"/>; a matching rule with
/// <see cref="StopProcessing"/> ends the evaluation, otherwise later rules may add to the result.
/// </summary>
public sealed record RoutingRule(
    string Id,
    string Name,
    int Order,
    RuleConditions Conditions,
    RuleActions Actions,
    bool StopProcessing = true,
    bool Enabled = true)
{
    /// <summary>
    /// The stored version this rule was read at (0: not stored yet, or unknown). An edit hands it back to the store, which
    /// refuses the edit when someone else saved the rule since. Not part of the rule's definition.
    /// </summary>
    [JsonIgnore]
    public int Version { get; init; }
}
