using System.Security.Cryptography;
using System.Text;
using Dapper;
using HappyButtons.Engine.Storage;

namespace HappyButtons.Engine.Identity;

public sealed record ApiKeyIdentity(long Id, string Name, bool IsAdmin);

/// <summary>
/// API keys are high-entropy secrets, so a SHA-256 hash is enough to store them: only the hash and a
/// short prefix (to recognise a key in lists) are kept.
/// </summary>
public sealed class ApiKeyStore(IDbConnectionFactory connections, TimeProvider clock)
{
    public const int MinimumKeyLength = 16;

    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string Generate() => "hb_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async Task<int> CountActiveAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT COUNT(*) FROM api_keys WHERE revoked_at IS NULL", cancellationToken: cancellationToken));
    }

    public async Task CreateAsync(string name, string key, bool isAdmin, CancellationToken cancellationToken)
    {
        if (key.Length < MinimumKeyLength)
        {
            throw new ArgumentException($"An API key must have at least {MinimumKeyLength} characters.", nameof(key));
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO api_keys (name, key_hash, key_prefix, is_admin, created_at) VALUES (@Name, @Hash, @Prefix, @IsAdmin, @Now)",
            new { Name = name, Hash = Hash(key), Prefix = key[..Math.Min(6, key.Length)], IsAdmin = isAdmin, Now = clock.GetUtcNow().ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));
    }

    public async Task<ApiKeyIdentity?> ValidateAsync(string key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 512)
        {
            return null;
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(long Id, string Name, long IsAdmin)?>(new CommandDefinition(
            "SELECT id, name, is_admin FROM api_keys WHERE key_hash = @Hash AND revoked_at IS NULL",
            new { Hash = Hash(key) }, cancellationToken: cancellationToken));
        if (row is not { } found)
        {
            return null;
        }

        // Written at most once a minute per key, so busy API clients do not turn every read into a write.
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE api_keys SET last_used_at = @Now WHERE id = @Id AND (last_used_at IS NULL OR last_used_at < @Now - 60000)",
            new { found.Id, Now = clock.GetUtcNow().ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
        return new ApiKeyIdentity(found.Id, found.Name, found.IsAdmin != 0);
    }

    /// <summary>Revokes a key: from now on it authenticates nothing, and open live streams that use it end.</summary>
    public async Task RevokeAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE api_keys SET revoked_at = @Now WHERE id = @Id AND revoked_at IS NULL",
            new { Id = id, Now = clock.GetUtcNow().ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
    }
}
