using HappyButtons.Engine.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Engine.Replies;

public static class RepliesServiceCollectionExtensions
{
    /// <summary>The reply renderer; the company data (<c>HappyButtons:Company</c>) is bound once, by whichever feature comes first.</summary>
    public static IServiceCollection AddReplies(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CompanyOptions>().Bind(configuration.GetSection(CompanyOptions.Section));
        services.AddSingleton<ReplyRenderer>();
        return services;
    }
}
