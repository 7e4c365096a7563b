using System.Net;
using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HappyButtons.Tests.Web;

/// <summary>
/// The real application with its own data directory in a temp folder, a known administrator password
/// and API key. <see cref="StartKestrel"/> serves it on a free loopback port for the browser tests.
/// </summary>
public class HappyButtonsFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Admin-Passwort-2026!";
    public const string ApiKey = "hb_test_0123456789abcdefghijklmnop";

    private readonly Dictionary<string, string?> _settings;
    private bool _kestrel;

    public HappyButtonsFactory(IDictionary<string, string?>? settings = null, string? dataDirectory = null)
    {
        Data = new TempDirectory("hb-web");
        DataDirectory = dataDirectory ?? Data.Path;
        _settings = new Dictionary<string, string?>
        {
            ["HappyButtons:DataDirectory"] = DataDirectory,
            ["HappyButtons:Bootstrap:AdminPassword"] = AdminPassword,
            ["HappyButtons:Bootstrap:ApiKey"] = ApiKey,
            ["HappyButtons:Security:LoginAttemptsPerMinute"] = "1000",
            ["HappyButtons:Live:Heartbeat"] = "00:00:02",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public TempDirectory Data { get; }

    /// <summary>The settings the app runs with (a restarted site on the same database takes them over).</summary>
    public IReadOnlyDictionary<string, string?> Settings => _settings;

    public LogCapture Logs { get; } = new();

    public string DataDirectory { get; }

    /// <summary>Starts a real Kestrel server on 127.0.0.1 and returns its base address.</summary>
    public Uri StartKestrel(int port = 0)
    {
        _kestrel = true;
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address);
    }

    public HttpClient CreateBrowserClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<AppUser> CreateUserAsync(string userName, string password, bool isAdmin = false, params string[] departments)
    {
        var administration = Services.GetRequiredService<UserAdministration>();
        var (result, user) = await administration.CreateAsync("test", new NewUser(userName, DisplayNameOf(userName), null, password, isAdmin, departments), CancellationToken.None);
        Assert.True(result.Succeeded, result.Error);
        return user!;
    }

    public static string DisplayNameOf(string userName) => char.ToUpperInvariant(userName[0]) + userName[1..] + " Beispiel";

    /// <summary>A cookie client signed in through the real sign-in form.</summary>
    public async Task<HttpClient> SignInAsync(string userName, string password, string department)
    {
        var client = CreateBrowserClient();
        var response = await HtmlForms.SubmitAsync(client, "/login", "form[method=post]", new()
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["Input.Department"] = department,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The principal a cookie of <paramref name="user"/> carries after signing in, with a session of its own.</summary>
    public async Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(AppUser user)
    {
        var token = await Services.GetRequiredService<SessionStore>().StartAsync(user.Id, user.Departments.FirstOrDefault(), "127.0.0.1", "test", CancellationToken.None);
        return HappyButtons.Web.Security.UserPrincipal.Create(user, token);
    }

    /// <summary>A clock to use instead of the system's (set before the app starts).</summary>
    public TimeProvider? Clock { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Data.Dispose();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Data.Dispose();
        GC.SuppressFinalize(this);
    }
}
