namespace HappyButtons.Engine.Agents;

/// <summary>A seam for tests that must see execution die between its steps (after <c>order</c>, after <c>reply</c>).</summary>
public sealed class AgentExecutionProbe
{
    public Func<string, long, Task>? AfterStep { get; set; }

    internal Task PassedAsync(string step, long taskId) => AfterStep?.Invoke(step, taskId) ?? Task.CompletedTask;
}
