using HappyButtons.Engine.Kpis;
using HappyButtons.Engine.Orders;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using HappyButtons.Tests.Browser;
using HappyButtons.Tests.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HappyButtons.Tests.Kpis;

/// <summary>The KPI dashboard in a real browser: it shows the figures and follows an order through the lifecycle without a reload.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly OrdersWebSite _site = new();
    private Uri _baseAddress = default!;

    public async Task InitializeAsync()
    {
        _baseAddress = _site.StartKestrel();
        await _site.InitializeAsync();
        await SeedRecentWeeksAsync(_site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>());
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task TheSalesDashboard_UpdatesFulfilmentAndOrdersByState_WhenAnOrderIsDelivered_WithoutAReload()
    {
        var (id, _) = await _site.CreateOrderAsync();
        await using (var context = await _site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync())
        {
            await context.Orders.Where(o => o.Id == id).ExecuteUpdateAsync(set => set.SetProperty(o => o.RequestedDeliveryDate, BerlinDays.Of(DateTimeOffset.UtcNow)));
        }

        var admin = OrderActor.Administrator("admin");
        foreach (var state in new[] { OrderState.Confirmed, OrderState.Planned, OrderState.InProduction, OrderState.Produced, OrderState.Packed, OrderState.Shipped })
        {
            Assert.True((await _site.Orders.TransitionAsync(id, state, admin)).Succeeded);
        }

        await using var tab = await browser.OpenAsync(_baseAddress);
        var page = tab.Page;
        await BrowserFixture.SignInAsync(page, "sara", OrdersWebSite.Password, "sales");
        await page.GotoAsync("/sales/dashboard?days=7");
        await BrowserFixture.WaitForCircuitAsync(page);
        var fulfilment = page.Locator("[data-kpi='orderFulfillmentRate'] .kpi-value");
        var shipped = page.Locator("#orders-by-state tr[data-state='shipped'] .orders-count");
        var delivered = page.Locator("#orders-by-state tr[data-state='delivered'] .orders-count");
        await Assertions.Expect(shipped).ToHaveTextAsync("1");
        await Assertions.Expect(delivered).ToHaveCountAsync(0);
        await Assertions.Expect(fulfilment).ToHaveTextAsync("Keine Daten");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("kpi-dashboard-before"), FullPage = true });
        await page.EvaluateAsync("window.__notReloaded = true");

        Assert.True((await _site.Orders.TransitionAsync(id, OrderState.Delivered, admin)).Succeeded);

        await Assertions.Expect(delivered).ToHaveTextAsync("1");
        await Assertions.Expect(shipped).ToHaveCountAsync(0);
        await Assertions.Expect(fulfilment).ToHaveTextAsync("100,0 %");
        Assert.True(await page.EvaluateAsync<bool>("window.__notReloaded === true"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("kpi-dashboard-after"), FullPage = true });
        await tab.AssertCleanAsync();

        // An administrator sees the company over 90 days, and may switch to any department.
        await using var adminTab = await browser.OpenAsync(_baseAddress);
        await BrowserFixture.SignInAsync(adminTab.Page, "admin", HappyButtons.Tests.Web.HappyButtonsFactory.AdminPassword, "sales");
        await adminTab.Page.GotoAsync("/dashboard?days=90");
        await BrowserFixture.WaitForCircuitAsync(adminTab.Page);
        await Assertions.Expect(adminTab.Page.Locator("h1")).ToContainTextAsync("Kennzahlen · Unternehmen");
        await Assertions.Expect(adminTab.Page.Locator(".dashboard-scopes [data-scope]")).ToHaveCountAsync(5);
        await Assertions.Expect(adminTab.Page.Locator("#orders-by-state tr[data-state='delivered'] .orders-count")).ToHaveTextAsync("1");
        await adminTab.Page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("kpi-dashboard-company-90-days"), FullPage = true });
        await adminTab.AssertCleanAsync();
    }

    /// <summary>Two weeks of plausible business in sales and the other departments, so the charts have something to draw.</summary>
    private static async Task SeedRecentWeeksAsync(IDbContextFactory<HappyButtonsDbContext> contexts)
    {
        await using var context = await contexts.CreateDbContextAsync();
        var now = DateTimeOffset.UtcNow;
        var today = BerlinDays.Of(now);
        var departments = new[] { "info", "sales", "support", "finance" };
        var n = 0;
        for (var day = 13; day >= 0; day--)
        {
            var date = today.AddDays(-day);
            for (var d = 0; d < departments.Length; d++)
            {
                var count = 3 + (day * 7 + d * 5) % 9;
                for (var i = 0; i < count; i++)
                {
                    var at = BerlinDays.Start(date).AddHours(8 + i % 9).AddMinutes(i * 7 % 60);
                    if (at > now)
                    {
                        continue;
                    }

                    var status = (i + day) % 11 == 0 ? "failed" : (i + day) % 7 == 0 ? "needs_review" : "processed";
                    context.Messages.Add(new Message
                    {
                        Mailbox = departments[d], Department = departments[d], SourceId = "seed:" + ++n, ContentHash = "seed" + n, Status = status, ReceivedAt = at,
                        CreatedAt = at, UpdatedAt = at, ProcessedAt = status == "processed" ? at.AddSeconds(40) : null, Subject = "Anfrage " + n,
                    });
                }
            }

            if (day > 0)
            {
                foreach (var scope in departments.Append(KpiSnapshot.Overall))
                {
                    context.KpiSnapshots.Add(new KpiSnapshot
                    {
                        Day = date, Scope = scope, ComputedAt = now, MailsReceived = 10,
                        EmailProcessingEfficiency = 78 + day % 5 * 3, SlaCompliance = 85 + (day * 3) % 10, OrderFulfillmentRate = scope is "sales" or "all" ? 70 + day % 4 * 5 : null,
                        CustomerSatisfaction = scope is "sales" or "all" ? 80 + day % 3 * 4 : null, AgentUtilization = 60 + day % 6 * 4, AutomationRate = 30 + day % 5 * 2,
                        PerformanceScore = 70 + day % 4 * 2,
                    });
                }
            }
        }

        for (var i = 0; i < 9; i++)
        {
            var created = now.AddHours(-30 + i * 3);
            context.Conversations.Add(new Conversation
            {
                Department = "sales", State = i == 8 ? "pending" : "open", Subject = "Anfrage " + i, CreatedAt = created, LastMessageAt = created, LastIncomingAt = created,
                UpdatedAt = created, Version = 1, SlaDueAt = i switch { < 2 => now.AddHours(-2 + i), < 4 => now.AddMinutes(45), 7 => null, _ => now.AddHours(6) },
            });
        }

        await context.SaveChangesAsync();
    }
}
