using System.Net;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake;
using Bunit;
using HappyButtons.Tests.Components.Admin;
using HappyButtons.Tests.Web;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Intake.Persistence;

public sealed class CorrectionPageTests(IntakeSite site) : IClassFixture<IntakeSite>
{
    [Fact]
    public async Task TheCorrectionPage_ShowsTheMessageBadges_AndTheSimulatorReplaysAStoredMessage()
    {
        var message = await site.ProcessAsync("sales", DemoMessages.Get("kessler-call-off-urgent"));
        var admin = await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);

        var page = await HtmlForms.GetDocumentAsync(admin, $"/{message.Department}/messages/{message.Id}/correct");
        await using var context = Components.ComponentContext.Create(site, await Components.Admin.AdminComponents.AdminAsync(site));
        var simulator = context.Render<HappyButtons.Web.Admin.Routing.RuleSimulatorPage>();
        await simulator.NumberAsync<HappyButtons.Web.Admin.Routing.RuleSimulatorPage, long?>("sim-message-id", message.Id);
        await simulator.Find("#simulate").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());

        Assert.Equal("sales", message.Department);
        Assert.NotNull(page.QuerySelector("[data-badge='oem']"));
        Assert.Contains(page.QuerySelector("[data-badge='urgency']")!.TextContent.Trim(), new[] { "hoch", "kritisch" });
        Assert.NotNull(page.QuerySelector("[data-badge='sla']"));
        Assert.NotNull(simulator.Find("#sim-trace tr[data-rule='oem-order'][data-outcome='Matched']"));
    }

    [Fact]
    public async Task ACorrectionWithoutTheAntiforgeryToken_IsRejected()
    {
        var admin = await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);

        var response = await admin.PostAsync("/info/messages/1/correct", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "correct", ["Correction.Intent"] = "spam", ["Correction.Department"] = "info",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
