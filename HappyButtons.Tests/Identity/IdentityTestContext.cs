using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HappyButtons.Tests.Identity;

/// <summary>The identity services over a real migrated database of either provider, with a clock the test controls.</summary>
public sealed class IdentityTestContext : IAsyncDisposable
{
    private IdentityTestContext(TestDatabase database, SecurityOptions security)
    {
        Database = database;
        Users = new UserStore(database.Contexts, database.Services.GetRequiredService<ISqlDialect>(), Clock);
        Events = new EventHub();
        Presence = new PresenceTracker(Events);
        Audit = new AuditLog(database.Contexts, Clock);
        Security = security;
        AddressLockouts = new AddressLockouts(database.Contexts, database.Services.GetRequiredService<ISqlDialect>(), Clock);
        Sessions = new SessionStore(database.Contexts, Users, Clock, Options.Create(security));
        SignIns = new SignInService(Users, AddressLockouts, Hasher, database.Contexts, Options.Create(security), Clock, NullLogger<SignInService>.Instance, Prometheus.Metrics.NewCustomRegistry());
        Administration = new UserAdministration(Users, Hasher, Audit, Presence, Sessions, AddressLockouts);
    }

    public TestDatabase Database { get; }
    public ManualClock Clock { get; } = new();
    public UserStore Users { get; }
    public CountingPasswordHasher Hasher { get; } = new();
    public EventHub Events { get; }
    public PresenceTracker Presence { get; }
    public AuditLog Audit { get; }
    public SecurityOptions Security { get; }
    public AddressLockouts AddressLockouts { get; }
    public SessionStore Sessions { get; }
    public SignInService SignIns { get; }
    public UserAdministration Administration { get; }

    public static async Task<IdentityTestContext> CreateAsync(TestProvider provider, SecurityOptions? security = null) =>
        new(await TestDatabase.CreateAsync(provider), security ?? new SecurityOptions());

    public async Task<AppUser> AddUserAsync(string userName, string password, params string[] departments)
    {
        var (result, user) = await Administration.CreateAsync("test", new NewUser(userName, userName + " Display", null, password, false, departments), CancellationToken.None);
        Assert.True(result.Succeeded, result.Error);
        return user!;
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}

/// <summary>ASP.NET Core Identity's hasher, counting how many passwords it was asked to check.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<AppUser>
{
    private readonly PasswordHasher<AppUser> _inner = new();
    private int _verified;

    public int Verified => Volatile.Read(ref _verified);

    public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verified);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
