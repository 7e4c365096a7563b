using System.Net;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Routing.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Web.Admin;

public class RoutingAdminTests(RoutingAdminTests.Site site) : IClassFixture<RoutingAdminTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    private const string LineDownMail =
        "From: \"Dr. Anna Weber\" <a.weber@autowerk-sued.de>\nTo: support@happybuttons.de\nSubject: DRINGEND: Bandstillstand Werk Ingolstadt\n" +
        "Date: Wed, 12 Mar 2025 09:15:00 +0100\n\nDie Clips HB-9002 brechen beim Einclipsen. Unser Band steht seit 06:00 Uhr. Wir brauchen sofort Ersatzware.\n";

    private RoutingRuleStore Rules => site.Services.GetRequiredService<RoutingRuleStore>();

    private Task<HttpClient> AdminAsync() => site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);

    private static Dictionary<string, string> NewRule(string id, string order, params (string Key, string Value)[] fields)
    {
        var values = new Dictionary<string, string> { ["Model.Id"] = id, ["Model.Name"] = "Test " + id, ["Model.Order"] = order, ["Model.Enabled"] = "true", ["Model.Action"] = "save" };
        foreach (var (key, value) in fields) values["Model." + key] = value;
        return values;
    }

    [Fact]
    public async Task TheRuleList_ShowsTheDefaultRulesInOrder()
    {
        var page = await HtmlForms.GetDocumentAsync(await AdminAsync(), "/admin/routing");

        var ids = page.QuerySelectorAll("#rules-table tbody tr").Select(r => r.GetAttribute("data-rule")).ToList();
        Assert.Equal("key-account-tag", ids[0]);
        Assert.Equal("triage", ids[^1]);
    }

    [Fact]
    public async Task AnInvalidRegex_IsRejectedAtSave_WithTheMessageAtTheField()
    {
        var response = await HtmlForms.SubmitAsync(await AdminAsync(), "/admin/routing/new", "#rule-form",
            NewRule("bad-regex", "15", ("Regex", "([a-z"), ("Department", "sales")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Contains("not a valid regular expression", page.QuerySelector(".invalid-feedback[data-field='regex']")!.TextContent);
        Assert.Null(await Rules.FindAsync("bad-regex", CancellationToken.None));
    }

    [Fact]
    public async Task AStopRuleWithoutConditions_MustBeLast_ButAContinueRuleMayComeFirst_AndIsAudited()
    {
        var admin = await AdminAsync();

        var stop = await HtmlForms.SubmitAsync(admin, "/admin/routing/new", "#rule-form", NewRule("catch-all", "1", ("Tags", "all")));
        var go = await HtmlForms.SubmitAsync(admin, "/admin/routing/new", "#rule-form", NewRule("tag-all", "1", ("Tags", "seen"), ("Continue", "true")));

        Assert.Equal(HttpStatusCode.BadRequest, stop.StatusCode);
        Assert.Contains("must be the last rule", (await HtmlForms.ParseAsync(stop)).QuerySelector("#rule-errors")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, go.StatusCode);
        var saved = await Rules.FindAsync("tag-all", CancellationToken.None);
        Assert.False(saved!.StopProcessing);
        var audit = await site.Services.GetRequiredService<AuditLog>().RecentAsync(10, "routing-rule:tag-all", CancellationToken.None);
        Assert.Contains(audit, a => a is { Action: "routing.rule.create", Actor: "admin" });
    }

    [Fact]
    public async Task MovingARuleUp_ChangesTheOrderTheRulesRunIn()
    {
        var before = (await Rules.ListAsync(CancellationToken.None)).Select(r => r.Id).ToList();
        var index = before.IndexOf("order-status");

        var response = await HtmlForms.SubmitAsync(await AdminAsync(), "/admin/routing", "#rules-form", new() { ["Command.Value"] = "up:order-status" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = (await Rules.ListAsync(CancellationToken.None)).Select(r => r.Id).ToList();
        Assert.Equal(index - 1, after.IndexOf("order-status"));
        Assert.Equal(before[index - 1], after[index]);
    }

    [Fact]
    public async Task TheSimulator_ShowsEnrichmentClassificationAndTheTraceOfEveryRule_ForAPastedMail()
    {
        var response = await HtmlForms.SubmitAsync(await AdminAsync(), "/admin/routing/simulator", "#simulate-form",
            new() { ["Input.RawMail"] = LineDownMail, ["Input.Mailbox"] = "support" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("#sim-trace tr[data-rule='line-down'][data-outcome='Matched']"));
        Assert.NotNull(page.QuerySelector("#sim-trace tr[data-rule='triage'][data-outcome='NotReached']"));
        Assert.Equal("support", page.QuerySelector("#sim-department")!.TextContent.Trim());
        Assert.Contains("critical", page.QuerySelector("#sim-urgency")!.TextContent);
        Assert.Contains("10042", page.QuerySelector("#sim-enrichment")!.TextContent);
        Assert.Contains("critical-30m", page.QuerySelector("#sim-sla")!.TextContent);
    }

    [Fact]
    public async Task TheEditor_SimulatesTheDraftRule_WithoutSavingIt()
    {
        var admin = await AdminAsync();
        var form = RuleFields(await HtmlForms.GetDocumentAsync(admin, "/admin/routing/edit/line-down"));
        form["Model.Department"] = "sales";
        form["Model.Action"] = "simulate";
        form["Model.RawMail"] = LineDownMail;

        var response = await HtmlForms.SubmitAsync(admin, "/admin/routing/edit/line-down", "#rule-form", form);

        var page = await HtmlForms.ParseAsync(response);
        Assert.Equal("sales", page.QuerySelector("#sim-department")!.TextContent.Trim());
        Assert.Equal("support", (await Rules.FindAsync("line-down", CancellationToken.None))!.Actions.Department);
    }

    [Fact]
    public async Task UncheckingEnabledInTheEditor_DisablesTheRule()
    {
        var admin = await AdminAsync();
        var form = RuleFields(await HtmlForms.GetDocumentAsync(admin, "/admin/routing/edit/payment-notice"));
        form.Remove("Model.Enabled");
        form["Model.Action"] = "save";

        var response = await HtmlForms.SubmitAsync(admin, "/admin/routing/edit/payment-notice", "#rule-form", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var rule = await Rules.FindAsync("payment-notice", CancellationToken.None);
        Assert.False(rule!.Enabled);
        Assert.Equal("finance", rule.Actions.Department);
    }

    /// <summary>The editor's visible fields as the browser would post them (checked boxes only).</summary>
    private static Dictionary<string, string> RuleFields(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        var fields = new Dictionary<string, string>();
        foreach (var input in page.QuerySelectorAll("#rule-form input:not([type=hidden])").OfType<AngleSharp.Html.Dom.IHtmlInputElement>())
        {
            if (input.Type == "checkbox" && !input.IsChecked) continue;
            fields[input.Name!] = input.Value;
        }

        foreach (var select in page.QuerySelectorAll("#rule-form select").OfType<AngleSharp.Html.Dom.IHtmlSelectElement>())
            fields[select.Name!] = select.Value ?? "";
        return fields;
    }
}
