using HappyButtons.Engine.Agents.Finance;
using HappyButtons.Engine.Agents.Info;
using HappyButtons.Engine.Agents.Sales;
using HappyButtons.Engine.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Engine.Agents;

public static class AgentsServiceCollectionExtensions
{
    /// <summary>
    /// The department agents (Sales, Finance, Info; others register their own <see cref="IDepartmentAgent"/>), the
    /// coordinator with its job and trigger, the automation policy, approval and the task queries.
    /// </summary>
    public static IServiceCollection AddAgents(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AgentOptions>().Bind(configuration.GetSection(AgentOptions.Section))
            .Validate(o => o.AutoOrderLimit >= 0, "HappyButtons:Agents:AutoOrderLimit must not be negative.")
            .Validate(o => o.DefaultAutomationThreshold is >= 0 and <= 1, "HappyButtons:Agents:DefaultAutomationThreshold must be between 0 and 1.")
            .Validate(o => o.GroupSize is >= 1 and <= 5000, "HappyButtons:Agents:GroupSize must be between 1 and 5000.")
            .Validate(o => o.ExecutionLeaseSeconds >= 10, "HappyButtons:Agents:ExecutionLeaseSeconds must be at least 10.")
            .ValidateOnStart();
        services.AddSingleton<ReplyDrafting>();
        services.AddSingleton<OrderLookup>();
        services.AddSingleton<SalesAgent>();
        services.AddSingleton<FinanceAgent>();
        services.AddSingleton<InfoAgent>();
        services.AddSingleton<IDepartmentAgent>(sp => sp.GetRequiredService<SalesAgent>());
        services.AddSingleton<IDepartmentAgent>(sp => sp.GetRequiredService<FinanceAgent>());
        services.AddSingleton<IDepartmentAgent>(sp => sp.GetRequiredService<InfoAgent>());
        services.AddSingleton<AgentMemoryStore>();
        services.AddSingleton<AgentAutomation>();
        services.AddSingleton<AgentExecutionProbe>();
        services.AddSingleton<AgentTaskExecutor>();
        services.AddSingleton<AgentTaskQueries>();
        services.AddSingleton<AgentCoordinator>();
        services.AddHostedService<AgentTaskTrigger>();
        services.AddRecurringJob<AgentCoordinator>(AgentCoordinator.RecurringId, c => c.RunAsync(CancellationToken.None), "* * * * *");
        return services;
    }
}
