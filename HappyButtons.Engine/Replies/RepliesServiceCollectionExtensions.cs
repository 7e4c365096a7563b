using HappyButtons.Engine.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Engine.Replies;

public static class RepliesServiceCollectionExtensions
{
    /// <summary>The reply renderer with the company data (<c>HappyButtons:Company</c>; binding it again where orders did is harmless).</summary>
    public static IServiceCollection AddReplies(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CompanyOptions>().Bind(configuration.GetSection(CompanyOptions.Section));
        services.AddSingleton<ReplyRenderer>();
        return services;
    }
}
