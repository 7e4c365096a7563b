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

    public static string Screenshot(string name) => Path.Combine(ScreenshotDirectory, name + ".png");

    /// <summary>Signs in through the real sign-in page and waits for the department's workspace.</summary>
    public static async Task SignInAsync(IPage page, string user, string password, string department)
    {
        await page.GotoAsync("/login");
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", password);
        await page.SelectOptionAsync("#department", department);
        await page.ClickAsync("button[type=submit].w-100");
        await page.WaitForURLAsync("**/" + department);
    }
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
