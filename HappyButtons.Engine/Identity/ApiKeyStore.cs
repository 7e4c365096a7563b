using System.Security.Cryptography;
using System.Text;
using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Identity;

public sealed record ApiKeyIdentity(long Id, string Name, bool IsAdmin);

/// <summary>
/// API keys are high-entropy secrets, so a SHA-256 hash is enough to store them: only the hash and a
/// short prefix (to recognise a key in lists) are kept.
/// </summary>
public sealed class ApiKeyStore(IDbContextFactory<HappyButtonsDbContext> contexts, TimeProvider clock)
{
    public const int MinimumKeyLength = 16;

    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string Generate() => "hb_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async Task<int> CountActiveAsync(CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.ApiKeys.CountAsync(k => k.RevokedAt == null, cancellationToken);
    }

    public async Task CreateAsync(string name, string key, bool isAdmin, CancellationToken cancellationToken)
    {
        if (key.Length < MinimumKeyLength)
        {
            throw new ArgumentException($"An API key must have at least {MinimumKeyLength} characters.", nameof(key));
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        context.ApiKeys.Add(new Storage.Model.ApiKey
        {
            Name = name, KeyHash = Hash(key), KeyPrefix = key[..Math.Min(6, key.Length)], IsAdmin = isAdmin, CreatedAt = clock.GetUtcNow(),
        });
        await context.SaveChangesAsync(cancellationToken);
    }

    public async Task<ApiKeyIdentity?> ValidateAsync(string key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 512)
        {
            return null;
        }

        var hash = Hash(key);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await context.ApiKeys.AsNoTracking()
            .Where(k => k.KeyHash == hash && k.RevokedAt == null)
            .Select(k => new ApiKeyIdentity(k.Id, k.Name, k.IsAdmin))
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        // Written at most once a minute per key, so busy API clients do not turn every read into a write.
        var now = clock.GetUtcNow();
        var aMinuteAgo = now.AddMinutes(-1);
        await context.ApiKeys.Where(k => k.Id == found.Id && (k.LastUsedAt == null || k.LastUsedAt < aMinuteAgo))
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), cancellationToken);
        return found;
    }

    /// <summary>Revokes a key: from now on it authenticates nothing, and open live streams that use it end.</summary>
    public async Task RevokeAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await context.ApiKeys.Where(k => k.Id == id && k.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, now), cancellationToken);
    }
}
