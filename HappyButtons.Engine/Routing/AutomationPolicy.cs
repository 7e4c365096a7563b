namespace HappyButtons.Engine.Routing;

/// <summary>How far automation may go with a routed mail.</summary>
public enum AutomationPolicy
{
    /// <summary>A person writes and sends everything.</summary>
    Never,
    /// <summary>The agent prepares a draft; a person approves and sends.</summary>
    Draft,
    /// <summary>The agent sends on its own when classification is confident, otherwise drafts.</summary>
    AutoSendWhenConfident,
}
