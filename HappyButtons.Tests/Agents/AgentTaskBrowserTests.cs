using HappyButtons.Engine.Agents;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HappyButtons.Tests.Agents;

/// <summary>A sales clerk approves the agent's order draft in the browser: the task panel shows the proposal in German, approving creates the order.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AgentTaskBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Password = "Vera-Passwort-2026";
    private readonly AgentSite _site = new();
    private Uri _baseAddress = default!;

    public async Task InitializeAsync()
    {
        _baseAddress = _site.StartKestrel();
        await _site.SeedCatalogAsync();
        await _site.CreateUserAsync("vera", Password, false, Departments.Sales);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task AClerk_EditsTheQuantity_AndApprovesTheOrderDraft_InTheTaskPanel()
    {
        var task = await _site.TaskForAsync("sales", AgentSite.Mail("Bestellung 4500321654",
            "Sehr geehrte Damen und Herren,\n\nhiermit bestellen wir (Bestellnummer 4500321654):\nPos. 10  4.000 Stück HB-HN-2007 Hornknopf 20 mm dunkelbraun\n" +
            "Pos. 20  2.500 Stück HB-HN-2507 Hornknopf 25 mm dunkelbraun\n\nGewünschter Liefertermin: 22.12.2026\n\nMit freundlichen Grüßen\nClaudia Lindner",
            AgentSite.From("Claudia Lindner", "claudia@modehaus-lindner.de")));
        await using var tab = await browser.OpenAsync(_baseAddress);
        var page = tab.Page;
        await page.SetViewportSizeAsync(1366, 900);
        await BrowserFixture.SignInAsync(page, "vera", Password, Departments.Sales);

        await page.GotoAsync($"/sales/inbox/{task.ConversationId}");
        await BrowserFixture.WaitForCircuitAsync(page);
        var panel = page.Locator($"#agent-task-{task.Id}");
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-status", "proposed");
        await Assertions.Expect(panel.Locator(".agent-proposal[data-kind='order'] .agent-reason")).ToContainTextAsync("Bestellung 4500321654: 2 Position(en) aus der Mail gelesen");
        await Assertions.Expect(panel.Locator(".agent-task-status")).ToHaveTextAsync("Vorgeschlagen");
        await panel.Locator(".agent-order-line").First.Locator(".agent-line-quantity input").FillAsync("5000");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("agent-task-proposed"), FullPage = true });

        await panel.Locator("button.agent-approve").ClickAsync();

        await Assertions.Expect(panel).ToHaveAttributeAsync("data-status", "done", new() { Timeout = 20_000 });
        await Assertions.Expect(panel.Locator(".agent-proposal[data-kind='order']")).ToHaveAttributeAsync("data-outcome", "edited");
        await Assertions.Expect(panel.Locator(".agent-proposal[data-kind='reply']")).ToHaveAttributeAsync("data-outcome", "unchanged");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("agent-task-done"), FullPage = true });
        await using var context = await _site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync();
        var order = await context.Orders.Include(o => o.Lines).SingleAsync(o => o.SourceMessageId == task.MessageId);
        Assert.Equal(5000, order.Lines.Single(l => l.Sku == "HB-HN-2007").Quantity);
        Assert.Equal("Vera Beispiel", (await _site.Tasks.GetAsync(task.Id, CancellationToken.None))!.DecidedBy);
        await tab.AssertCleanAsync();
    }
}
