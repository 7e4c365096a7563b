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
    bool Enabled = true);
