using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HappyButtons.Tests.Identity;

/// <summary>The identity services over a real migrated database, with a clock the test controls.</summary>
public sealed class IdentityTestContext : IDisposable
{
    private IdentityTestContext(TestDatabase database)
    {
        Database = database;
        Users = new UserStore(database.Connections, Clock);
        Hasher = new PasswordHasher<AppUser>();
        Events = new EventHub();
        Presence = new PresenceTracker(Events);
        Audit = new AuditLog(database.Connections, Clock);
        SignIns = new SignInService(Users, Hasher, database.Connections, Options.Create(new SecurityOptions()), Clock, NullLogger<SignInService>.Instance);
        Administration = new UserAdministration(Users, Hasher, Audit, Presence);
    }

    public TestDatabase Database { get; }
    public ManualClock Clock { get; } = new();
    public UserStore Users { get; }
    public PasswordHasher<AppUser> Hasher { get; }
    public EventHub Events { get; }
    public PresenceTracker Presence { get; }
    public AuditLog Audit { get; }
    public SignInService SignIns { get; }
    public UserAdministration Administration { get; }

    public static async Task<IdentityTestContext> CreateAsync() => new(await TestDatabase.CreateMigratedAsync());

    public async Task<AppUser> AddUserAsync(string userName, string password, params string[] departments)
    {
        var (result, user) = await Administration.CreateAsync("test", new NewUser(userName, userName + " Display", null, password, false, departments), CancellationToken.None);
        Assert.True(result.Succeeded, result.Error);
        return user!;
    }

    public void Dispose() => Database.Dispose();
}
