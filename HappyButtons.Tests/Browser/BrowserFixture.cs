using Microsoft.Playwright;

namespace HappyButtons.Tests.Browser;

/// <summary>
/// One headless Debian Chromium for the browser tests (never a downloaded browser), and a place for screenshots.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing. Run scripts/test.sh (it installs the Debian chromium package) or apt-get install chromium.");
        }

        Directory.CreateDirectory(ScreenshotDirectory);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>
    /// A page at 1366x900 that records what must never happen: a Content-Security-Policy violation (as the page's
    /// <c>securitypolicyviolation</c> event and as Chromium's console report), a script error, a console error.
    /// </summary>
    public async Task<WatchedPage> OpenAsync(Uri baseAddress)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = baseAddress.ToString(), ViewportSize = new() { Width = 1366, Height = 900 } });
        // Init scripts are injected by the browser itself, not as page script, so the page's CSP does not apply to them.
        await context.AddInitScriptAsync("""
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
            """);
        var page = await context.NewPageAsync();
        var watched = new WatchedPage(context, page);
        page.PageError += (_, error) => watched.Problems.Add("page error: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                watched.Problems.Add("console: " + message.Text);
            }
        };
        return watched;
    }

    public static string Screenshot(string name) => Path.Combine(ScreenshotDirectory, name + ".png");

    /// <summary>Signs in through the real sign-in page and waits for the department's workspace to be interactive.</summary>
    public static async Task SignInAsync(IPage page, string user, string password, string department)
    {
        await page.GotoAsync("/login");
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", password);
        await page.SelectOptionAsync("#department", department);
        await page.ClickAsync("button.sign-in");
        await page.WaitForURLAsync("**/" + department);
        await WaitForCircuitAsync(page);
    }

    /// <summary>Waits until the page's circuit is up (the layout re-rendered interactively).</summary>
    public static Task WaitForCircuitAsync(IPage page, float timeout = 30_000) =>
        Assertions.Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(1, new() { Timeout = timeout });
}

/// <summary>A browser page with the problems it reported; <see cref="AssertCleanAsync"/> fails on any, CSP violations included.</summary>
public sealed class WatchedPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    public List<string> Problems { get; } = [];

    /// <summary>Console text a test expects (Chromium reports the page's own 403 or 404 status as a console error).</summary>
    public List<string> Expected { get; } = [];

    public async Task AssertCleanAsync()
    {
        var violations = await Page.EvaluateAsync<string[]>("() => window.__cspViolations || []");
        Assert.Empty(violations);
        Assert.Empty(Problems.Where(p => !Expected.Any(e => p.Contains(e, StringComparison.Ordinal))));
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}

/// <summary>
/// Browser tests share one Chromium and run after every parallel test class, on their own: a page waits for a real
/// server, and a cold server starved by a dozen CPU-heavy property tests beside it once took over 30 s to sign in.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
