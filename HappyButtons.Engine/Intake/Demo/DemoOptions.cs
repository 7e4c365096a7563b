using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Engine.Intake.Demo;

/// <summary><c>HappyButtons:Demo</c>: sample mail for a first look at the product.</summary>
public sealed class DemoOptions
{
    public const string Section = "HappyButtons:Demo";

    /// <summary>Drop the sample mails on the first start. Unset means: only in the Development environment.</summary>
    public bool? Enabled { get; set; }
}

public static class DemoServiceCollectionExtensions
{
    /// <summary>The first-start demo mail drop; register after the mailbox seeding so the Maildirs exist.</summary>
    public static IServiceCollection AddDemoMailDrop(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.Section));
        services.AddSingleton<IInstallationStep, DemoMailDrop>();
        return services;
    }
}
