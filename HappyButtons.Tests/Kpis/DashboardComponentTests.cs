using Bunit;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Orders;
using HappyButtons.Tests.Components;
using HappyButtons.Web.Dashboard;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HappyButtons.Tests.Kpis;

/// <summary>The dashboard page as a component: its server-side check at every load, live reloads included.</summary>
public sealed class DashboardComponentTests(KpiWebSite site) : IClassFixture<KpiWebSite>
{
    [Fact]
    public async Task TheDashboard_ShowsTheRefusal_AtTheNextLiveReload_OnceTheMembershipIsTaken()
    {
        var administration = site.Services.GetRequiredService<UserAdministration>();
        var clerk = await site.CreateUserAsync("rita", "Rita-Passwort-2026", false, Departments.Sales, Departments.Finance);
        await using var context = ComponentContext.Create(site, clerk);
        context.Services.AddSingleton(site.Services.GetRequiredService<DashboardLoader>());
        context.Render<MudPopoverProvider>();
        var page = context.Render<DashboardPage>(p => p.Add(x => x.Dept, Departments.Sales));
        page.WaitForAssertion(() => Assert.Equal(7, page.FindAll("[data-kpi]").Count));

        // Sales taken away while the dashboard is open: the circuit's claims still say "sales", the stored user does not.
        Assert.True((await administration.UpdateAsync("admin", 1, clerk.Id, new UserProfile(clerk.DisplayName, null, false, [Departments.Finance]), CancellationToken.None)).Succeeded);
        site.Services.GetRequiredService<EventHub>().Publish(new OrderChanged(1, "AB-1", "confirmed", "created", "test"));

        page.WaitForAssertion(() =>
        {
            Assert.Empty(page.FindAll("[data-kpi]"));
            Assert.Contains("403", page.Find(".error-code").TextContent);
        });
    }
}
