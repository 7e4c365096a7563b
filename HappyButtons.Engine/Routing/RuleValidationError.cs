namespace HappyButtons.Engine.Routing;

/// <summary>A readable problem with a rule, shown next to the field in the rule editor.</summary>
public sealed record RuleValidationError(string RuleId, string Field, string Message)
{
    public override string ToString() => $"{RuleId}: {Field}: {Message}";
}
