namespace HappyButtons.Engine.Agents;

/// <summary><c>HappyButtons:Agents</c>: how the coordinator proposes tasks and how far automation may go.</summary>
public sealed class AgentOptions
{
    public const string Section = "HappyButtons:Agents";

    /// <summary>Orders above this net value (EUR) are never executed automatically.</summary>
    public decimal AutoOrderLimit { get; set; } = 5000m;

    /// <summary>The confidence every proposal needs for <c>auto_send_when_confident</c> when the rule names no threshold.</summary>
    public double DefaultAutomationThreshold { get; set; } = 0.9;

    /// <summary>Processed mails the coordinator turns into tasks per transaction.</summary>
    public int GroupSize { get; set; } = 400;

    /// <summary>False: no trigger on this node (the recurring job every minute still runs where Hangfire runs); tests call the coordinator themselves.</summary>
    public bool Trigger { get; set; } = true;

    /// <summary>Mails whose processing is this many seconds old and still without a task get one at the next run.</summary>
    public int RunEverySeconds { get; set; } = 2;

    /// <summary>How long one approval may take before another may resume it (a crashed execution's lease).</summary>
    public int ExecutionLeaseSeconds { get; set; } = 120;
}
