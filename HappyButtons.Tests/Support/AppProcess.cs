using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HappyButtons.Tests.Support;

/// <summary>
/// The real application as an operating-system process of its own (the Web project's build output, Production
/// environment), on a free loopback port: for what only a real process shows — its file permissions, a SIGKILL.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    public const string AdminPassword = "Admin-Passwort-2026!";
    public const string ApiKey = "hb_proc_0123456789abcdefghijklmnop";

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the app on <paramref name="dataDirectory"/> and returns once <c>/health</c> answers.</summary>
    public static async Task<AppProcess> StartAsync(string dataDirectory, IDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [WebDll(), "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(WebDll())!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["HappyButtons__DataDirectory"] = dataDirectory;
        start.Environment["HappyButtons__Bootstrap__AdminPassword"] = AdminPassword;
        start.Environment["HappyButtons__Bootstrap__ApiKey"] = ApiKey;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = new Process { StartInfo = start };
        var app = new AppProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app process ended with {process.ExitCode}:\n{app.Output}");
            }

            try
            {
                if ((await client.GetAsync("/health")).StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable)
                {
                    return app;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            if (DateTime.UtcNow > deadline)
            {
                await app.DisposeAsync();
                throw new TimeoutException("The app process did not answer /health within 60 s:\n" + app.Output);
            }

            await Task.Delay(200);
        }
    }

    public HttpClient ApiClient()
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    /// <summary>SIGKILL: no shutdown code runs, as when the machine loses power or the OOM killer strikes.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static string WebDll()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "HappyButtons.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("HappyButtons.sln not found above the test output.");
        }

        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var dll = Path.Combine(root, "HappyButtons.Web", "bin", configuration, "net10.0", "HappyButtons.Web.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} is missing: build the solution first.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
