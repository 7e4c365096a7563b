using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Identity;

/// <summary>
/// Creates the first administrator and API key on an empty installation. There is no default
/// password: either the operator configured one, or a random one is generated and logged once.
/// </summary>
public sealed class IdentityBootstrapper(
    UserStore users,
    ApiKeyStore apiKeys,
    IPasswordHasher<AppUser> hasher,
    IOptions<BootstrapOptions> options,
    ILogger<IdentityBootstrapper> logger)
{
    public const string AdminUserName = "admin";

    public async Task BootstrapAsync(CancellationToken cancellationToken)
    {
        if (await users.CountAsync(cancellationToken) == 0)
        {
            await CreateAdministratorAsync(cancellationToken);
        }

        if (!string.IsNullOrEmpty(options.Value.ApiKey) && await apiKeys.CountActiveAsync(cancellationToken) == 0)
        {
            await apiKeys.CreateAsync("bootstrap", options.Value.ApiKey, isAdmin: true, cancellationToken);
            logger.LogInformation("Created the administrative API key from {Key}", "HappyButtons:Bootstrap:ApiKey");
        }
    }

    private async Task CreateAdministratorAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value.AdminPassword;
        var password = string.IsNullOrEmpty(configured) ? GeneratePassword() : configured;
        var admin = new AppUser
        {
            UserName = AdminUserName,
            DisplayName = "Administrator",
            IsAdmin = true,
            Departments = Departments.All,
        };
        await users.CreateAsync(admin with { PasswordHash = hasher.HashPassword(admin, password) }, cancellationToken);

        if (string.IsNullOrEmpty(configured))
        {
            // Logged exactly once, on the start that creates the account; change it after signing in.
            logger.LogWarning("Created user '{UserName}' with the generated password {Password} — sign in and change it under /admin/users. " +
                              "Set HappyButtons:Bootstrap:AdminPassword to choose it yourself on a new installation.", AdminUserName, password);
        }
        else
        {
            logger.LogInformation("Created user '{UserName}' with the password from HappyButtons:Bootstrap:AdminPassword", AdminUserName);
        }
    }

    private static string GeneratePassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        return string.Create(20, alphabet, (span, chars) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = chars[RandomNumberGenerator.GetInt32(chars.Length)];
            }
        });
    }
}
