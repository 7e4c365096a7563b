using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Tests.Identity;

/// <summary>API keys, stored only as hashes, on SQLite and on PostgreSQL.</summary>
public abstract class ApiKeyStoreTests(TestProvider provider)
{
    private const string Key = "hb_integration_0123456789abcdef";

    [Fact]
    public async Task AKey_IsRecognised_ButOnlyItsHashAndPrefixAreStored()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock();
        var keys = new ApiKeyStore(database.Contexts, clock);

        await keys.CreateAsync("erp", Key, isAdmin: false, CancellationToken.None);

        var identity = await keys.ValidateAsync(Key, CancellationToken.None);
        Assert.Equal(("erp", false), (identity!.Name, identity.IsAdmin));
        Assert.Null(await keys.ValidateAsync(Key + "x", CancellationToken.None));
        Assert.Equal(1, await keys.CountActiveAsync(CancellationToken.None));
        await using var context = await database.Contexts.CreateDbContextAsync();
        var stored = await context.ApiKeys.SingleAsync();
        Assert.Equal(("hb_int", ApiKeyStore.Hash(Key)), (stored.KeyPrefix, stored.KeyHash));
        Assert.Equal(clock.GetUtcNow(), stored.LastUsedAt);
    }

    [Fact]
    public async Task ARevokedKey_IsRefused_AndNotCountedAsActive()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock();
        var keys = new ApiKeyStore(database.Contexts, clock);
        await keys.CreateAsync("old", Key, isAdmin: true, CancellationToken.None);
        await using (var context = await database.Contexts.CreateDbContextAsync())
        {
            await context.ApiKeys.ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, clock.GetUtcNow()));
        }

        Assert.Null(await keys.ValidateAsync(Key, CancellationToken.None));
        Assert.Equal(0, await keys.CountActiveAsync(CancellationToken.None));
    }

    [Fact]
    public async Task LastUse_IsWrittenAtMostOnceAMinute()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock();
        var keys = new ApiKeyStore(database.Contexts, clock);
        await keys.CreateAsync("erp", Key, isAdmin: true, CancellationToken.None);
        var first = clock.GetUtcNow();
        await keys.ValidateAsync(Key, CancellationToken.None);

        clock.Advance(TimeSpan.FromSeconds(30));
        await keys.ValidateAsync(Key, CancellationToken.None);
        var afterHalfAMinute = await LastUsedAsync(database);
        clock.Advance(TimeSpan.FromSeconds(31));
        await keys.ValidateAsync(Key, CancellationToken.None);

        Assert.Equal(first, afterHalfAMinute);
        Assert.Equal(clock.GetUtcNow(), await LastUsedAsync(database));
    }

    private static async Task<DateTimeOffset?> LastUsedAsync(TestDatabase database)
    {
        await using var context = await database.Contexts.CreateDbContextAsync();
        return await context.ApiKeys.Select(k => k.LastUsedAt).SingleAsync();
    }
}

public sealed class ApiKeyStoreTestsOnSqlite() : ApiKeyStoreTests(TestProvider.Sqlite);

public sealed class ApiKeyStoreTestsOnPostgreSql() : ApiKeyStoreTests(TestProvider.PostgreSql);
