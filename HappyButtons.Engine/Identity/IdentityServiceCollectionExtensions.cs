using HappyButtons.Engine.Monitoring;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Engine.Identity;

public static class IdentityServiceCollectionExtensions
{
    public static IServiceCollection AddHappyButtonsIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BootstrapOptions>().Bind(configuration.GetSection(BootstrapOptions.Section))
            .Validate(o => string.IsNullOrEmpty(o.AdminPassword) || PasswordPolicy.Check(o.AdminPassword) is null,
                $"HappyButtons:Bootstrap:AdminPassword is too weak: {PasswordPolicy.Check("")}")
            .Validate(o => string.IsNullOrEmpty(o.ApiKey) || o.ApiKey.Length >= ApiKeyStore.MinimumKeyLength,
                $"HappyButtons:Bootstrap:ApiKey needs at least {ApiKeyStore.MinimumKeyLength} characters.")
            .ValidateOnStart();
        services.AddSingleton<IPasswordHasher<AppUser>, PasswordHasher<AppUser>>();
        services.AddSingleton<UserStore>();
        services.AddPrometheusRegistry();
        services.AddSingleton<SignInService>();
        services.AddSingleton<AddressLockouts>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<IdentityBootstrapper>();
        services.AddSingleton<PresenceTracker>();
        services.AddSingleton<UserAdministration>();
        return services;
    }
}
