using HappyButtons.Engine.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Engine.Replies;

public static class RepliesServiceCollectionExtensions
{
    /// <summary>
    /// The reply renderer with the company data (<c>HappyButtons:Company</c>; binding it again where orders did is harmless),
    /// the stored templates (seeded from <see cref="DefaultReplyTemplates"/> on a new installation) and the minimum courtesy score.
    /// </summary>
    public static IServiceCollection AddReplies(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CompanyOptions>().Bind(configuration.GetSection(CompanyOptions.Section));
        services.AddOptions<ReplyOptions>().Bind(configuration.GetSection(ReplyOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ReplyRenderer>();
        services.AddSingleton<ReplyTemplateStore>();
        services.AddSingleton<ReplyTemplateQueries>();
        services.AddSingleton<ReplyTemplateCache>();
        services.AddSingleton<IInstallationStep, ReplyTemplateSeeding>();
        return services;
    }

    private sealed class ReplyTemplateSeeding(ReplyTemplateStore templates) : IInstallationStep
    {
        public Task RunAsync(CancellationToken cancellationToken) => templates.SeedAsync(DefaultReplyTemplates.All, cancellationToken);
    }
}
