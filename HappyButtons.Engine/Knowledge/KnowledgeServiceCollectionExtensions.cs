using HappyButtons.Engine.Agents;
using HappyButtons.Engine.Agents.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Engine.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// The knowledge base (articles, search, feedback), seeded with <see cref="DefaultKnowledgeArticles"/> on a new
    /// installation, and the Support department's agent that answers from it. All singletons: they hold no per-request
    /// state and use short-lived database contexts. Call after <c>AddOrders</c> and <c>AddReplies</c>.
    /// </summary>
    public static IServiceCollection AddKnowledgeBase(this IServiceCollection services)
    {
        services.AddSingleton<KnowledgeBase>();
        services.AddSingleton<KnowledgeSearch>();
        services.AddSingleton<IInstallationStep, KnowledgeSeeding>();
        services.AddSingleton<SupportReplyWriter>();
        services.AddSingleton<SupportAgent>();
        services.AddSingleton<IDepartmentAgent>(sp => sp.GetRequiredService<SupportAgent>());
        return services;
    }

    /// <summary>The default articles go into an empty knowledge base, demo data or not: they are the product's own answers.</summary>
    private sealed class KnowledgeSeeding(KnowledgeBase knowledge) : IInstallationStep
    {
        public Task RunAsync(CancellationToken cancellationToken) => knowledge.SeedAsync(DefaultKnowledgeArticles.All, cancellationToken);
    }
}
