using System.Net;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Routing.Persistence;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace HappyButtons.Tests.Web.Admin;

public class RoutingSlaPageTests(RoutingSlaPageTests.Site site) : IClassFixture<RoutingSlaPageTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    [Fact]
    public async Task TheAdminChangesTheFederalStateAndHours_AndSeesThatStatesHolidays()
    {
        var admin = await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);

        var response = await HtmlForms.SubmitAsync(admin, "/admin/sla", "#calendar-form",
            new() { ["Calendar.FederalState"] = "BY", ["Calendar.Opens"] = "07:30", ["Calendar.Closes"] = "16:00" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.NotEmpty(page.QuerySelectorAll("#holidays li"));
        var calendar = await site.Services.GetRequiredService<SlaSettingsStore>().CalendarAsync(CancellationToken.None);
        Assert.Equal(new SlaCalendarSettings("BY", new LocalTime(7, 30), new LocalTime(16, 0)), calendar);
        var audit = await site.Services.GetRequiredService<AuditLog>().RecentAsync(5, "sla-calendar", CancellationToken.None);
        Assert.Contains(audit, a => a.Action == "sla.calendar.save");
    }

    [Fact]
    public async Task ANewPolicy_CanBeChosenInRules_AndABadOneIsRefused()
    {
        var admin = await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);

        var bad = await HtmlForms.SubmitAsync(admin, "/admin/sla", "#policy-form",
            new() { ["Policy.Name"] = "vip-2h", ["Policy.FirstResponseMinutes"] = "120", ["Policy.ResolutionMinutes"] = "60" });
        var good = await HtmlForms.SubmitAsync(admin, "/admin/sla", "#policy-form",
            new() { ["Policy.Name"] = "vip-2h", ["Policy.FirstResponseMinutes"] = "120", ["Policy.ResolutionMinutes"] = "540" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.NotNull((await HtmlForms.ParseAsync(good)).QuerySelector("#sla-policies tr[data-policy='vip-2h']"));
        var editor = await HtmlForms.GetDocumentAsync(admin, "/admin/routing/new");
        Assert.NotNull(editor.QuerySelector("#sla-policy option[value='vip-2h']"));
    }
}
