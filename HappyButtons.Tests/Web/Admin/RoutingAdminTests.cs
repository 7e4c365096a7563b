using Bunit;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Routing.Persistence;
using HappyButtons.Tests.Components;
using HappyButtons.Tests.Components.Admin;
using HappyButtons.Web.Admin.Routing;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HappyButtons.Tests.Web.Admin;

/// <summary>The routing rule list, the rule editor and the simulator, driven as components signed in as the administrator.</summary>
public class RoutingAdminTests(RoutingAdminTests.Site site) : IClassFixture<RoutingAdminTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    internal const string LineDownMail =
        "From: \"Dr. Anna Weber\" <a.weber@autowerk-sued.de>\nTo: support@happybuttons.de\nSubject: DRINGEND: Bandstillstand Werk Ingolstadt\n" +
        "Date: Wed, 12 Mar 2025 09:15:00 +0100\n\nDie Clips HB-9002 brechen beim Einclipsen. Unser Band steht seit 06:00 Uhr. Wir brauchen sofort Ersatzware.\n";

    private RoutingRuleStore Rules => site.Services.GetRequiredService<RoutingRuleStore>();

    private async Task<BunitContext> AdminContextAsync()
    {
        var context = ComponentContext.Create(site, await site.AdminAsync());
        context.Render<MudPopoverProvider>();
        return context;
    }

    private static async Task FillNewRuleAsync(IRenderedComponent<RuleEditor> editor, string id, int order)
    {
        await editor.TypeAsync("rule-id", id);
        await editor.TypeAsync("rule-name", "Test " + id);
        await editor.NumberAsync("rule-order", order);
    }

    [Fact]
    public async Task TheRuleList_ShowsTheDefaultRulesInOrder_WithConditionsAndActionsAsGermanSentences()
    {
        await using var context = await AdminContextAsync();

        var page = context.Render<RoutingRulesPage>();

        var ids = page.FindAll("#rules-table td[data-rule]").Select(td => td.GetAttribute("data-rule")).ToList();
        Assert.Equal("key-account-tag", ids[0]);
        Assert.Equal("triage", ids[^1]);
        var lineDown = page.Find("td[data-rule='line-down']").ParentElement!.TextContent;
        Assert.Contains("Der Text enthält eines von „Bandstillstand“", lineDown);
        Assert.Contains("An Kundendienst leiten", lineDown);
        Assert.Contains("Priorität auf kritisch setzen", lineDown);
        var oemOrder = page.Find("td[data-rule='oem-order']").ParentElement!.TextContent;
        Assert.Contains("Die Mail betrifft einen OEM-Kunden", oemOrder);
        Assert.Contains("Anliegen: Bestellung oder Lieferstatus", oemOrder);
        Assert.Contains("Kundenart: OEM-Kunde", page.Find("td[data-rule='key-account-tag']").ParentElement!.TextContent);
        Assert.Equal("13 Regeln", page.Find(".table-total").TextContent.Trim());
    }

    [Fact]
    public async Task MovingARuleUp_ChangesTheOrderTheRulesRunIn()
    {
        var before = (await Rules.ListAsync(CancellationToken.None)).Select(r => r.Id).ToList();
        var index = before.IndexOf("order-status");
        await using var context = await AdminContextAsync();
        var snackbars = context.Render<MudSnackbarProvider>();
        var page = context.Render<RoutingRulesPage>();

        page.Find("td[data-rule='order-status']").ParentElement!.QuerySelector("[data-action='up']")!.Click();

        snackbars.WaitForAssertion(() => Assert.Contains("nach oben verschoben", snackbars.Markup));
        var after = (await Rules.ListAsync(CancellationToken.None)).Select(r => r.Id).ToList();
        Assert.Equal(index - 1, after.IndexOf("order-status"));
        Assert.Equal(before[index - 1], after[index]);
        page.WaitForAssertion(() => Assert.Equal("order-status", page.FindAll("td[data-rule]")[index - 1].GetAttribute("data-rule")));
    }

    [Fact]
    public async Task ARefusedMove_IsExplainedInGerman_WithTheRightSingular()
    {
        await using var context = await AdminContextAsync();
        context.Render<MudSnackbarProvider>();
        var page = context.Render<RoutingRulesPage>();

        // The catch-all rule stops without conditions: above another rule it would hide it.
        page.Find("td[data-rule='triage']").ParentElement!.QuerySelector("[data-action='up']")!.Click();

        page.WaitForAssertion(() => Assert.Contains("Regel triage: Eine Regel mit Stopp und ohne Bedingungen muss die letzte sein; sie verdeckt 1 spätere Regel.",
            page.Find("#rules-message").TextContent));
        Assert.Equal("triage", (await Rules.ListAsync(CancellationToken.None))[^1].Id);
    }

    [Fact]
    public async Task DeletingARule_AsksFirst_AndCancelKeepsIt()
    {
        Assert.True((await Rules.SaveAsync(Rule("to-delete", 500), null, "test", CancellationToken.None)).Succeeded);
        await using var context = await AdminContextAsync();
        var dialogs = context.Render<MudDialogProvider>();
        var snackbars = context.Render<MudSnackbarProvider>();
        var page = context.Render<RoutingRulesPage>();
        var delete = () => page.Find("td[data-rule='to-delete']").ParentElement!.QuerySelector("[data-action='delete']")!.Click();

        delete();
        dialogs.WaitForAssertion(() => Assert.Contains("Regel Test to-delete löschen?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Abbrechen").Click();
        dialogs.WaitForAssertion(() => Assert.DoesNotContain("löschen?", dialogs.Markup));
        Assert.NotNull(await Rules.FindAsync("to-delete", CancellationToken.None));

        delete();
        dialogs.WaitForAssertion(() => Assert.Contains("Regel Test to-delete löschen?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Löschen").Click();

        snackbars.WaitForAssertion(() => Assert.Contains("Test to-delete wurde gelöscht.", snackbars.Markup));
        Assert.Null(await Rules.FindAsync("to-delete", CancellationToken.None));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("td[data-rule='to-delete']")));
        var audit = await site.Services.GetRequiredService<AuditLog>().RecentAsync(5, "routing-rule:to-delete", CancellationToken.None);
        Assert.Contains(audit, a => a is { Action: "routing.rule.delete", Actor: "admin" });
    }

    [Fact]
    public async Task TheEditor_OffersDepartmentAndPriorityAsPickersWithGermanNames()
    {
        await using var context = await AdminContextAsync();

        var editor = context.Render<RuleEditor>(p => p.Add(e => e.Id, "line-down"));

        var department = editor.ById<MudSelect<string>, RuleEditor>("rule-department");
        Assert.Equal("support", department.Instance.Value);
        Assert.Equal("Kundendienst", department.Instance.ToStringFunc!("support"));
        var priority = editor.ById<MudSelect<string>, RuleEditor>("rule-set-urgency");
        Assert.Equal("critical", priority.Instance.Value);
        Assert.Equal("kritisch", priority.Instance.ToStringFunc!("critical"));
        var oemOrder = context.Render<RuleEditor>(p => p.Add(e => e.Id, "oem-order"));
        var intents = oemOrder.ById<MudSelect<string>, RuleEditor>("rule-intents").Instance;
        Assert.Equal(["order", "order_status"], intents.SelectedValues.Order());
        Assert.Equal("Lieferstatus", intents.ToStringFunc!("order_status"));
        Assert.Empty(editor.FindComponents<MudTextField<string>>().Where(f => f.Instance.Label is "Abteilung" or "Priorität setzen" or "Postfächer"));
    }

    [Fact]
    public async Task AnInvalidRegex_IsRefusedAtTheField_AndNothingIsSaved()
    {
        await using var context = await AdminContextAsync();
        var editor = context.Render<RuleEditor>();

        await FillNewRuleAsync(editor, "bad-regex", 15);
        await editor.TypeAsync("rule-regex", "([a-z");
        await editor.ChooseAsync<RuleEditor, string>("rule-department", "sales");
        editor.Find("#save-rule").Click();

        editor.WaitForAssertion(() => Assert.Contains("Das ist kein gültiger regulärer Ausdruck.", editor.Find(".rule-form").TextContent));
        Assert.Null(await Rules.FindAsync("bad-regex", CancellationToken.None));
    }

    [Fact]
    public async Task ARuleThatDoesNothing_IsRefusedInGerman()
    {
        await using var context = await AdminContextAsync();
        var editor = context.Render<RuleEditor>();

        await FillNewRuleAsync(editor, "does-nothing", 15);
        await editor.ChooseManyAsync("rule-intents", "complaint");
        editor.Find("#save-rule").Click();

        editor.WaitForAssertion(() => Assert.Contains("Die Regel bewirkt noch nichts: Wählen Sie mindestens eine Aktion.", editor.Find("#rule-errors").TextContent));
        Assert.Null(await Rules.FindAsync("does-nothing", CancellationToken.None));
    }

    [Fact]
    public async Task AStopRuleWithoutConditions_MustBeLast_ButAContinueRuleMayComeFirst_AndIsAudited()
    {
        await using var context = await AdminContextAsync();
        var navigation = context.Services.GetRequiredService<NavigationManager>();
        context.Render<MudSnackbarProvider>();
        var stop = context.Render<RuleEditor>();
        await FillNewRuleAsync(stop, "catch-all", 1);
        await stop.TypeAsync("rule-tags", "all");

        stop.Find("#save-rule").Click();

        stop.WaitForAssertion(() => Assert.Contains("Eine Regel mit Stopp und ohne Bedingungen muss die letzte sein; sie verdeckt 13 spätere Regeln.",
            stop.Find("#rule-errors").TextContent));
        Assert.Null(await Rules.FindAsync("catch-all", CancellationToken.None));

        var go = context.Render<RuleEditor>();
        await FillNewRuleAsync(go, "tag-all", 1);
        await go.TypeAsync("rule-tags", "seen");
        await go.InvokeAsync(() => go.ById<MudSwitch<bool>, RuleEditor>("rule-continue").Instance.ValueChanged.InvokeAsync(true));
        go.Find("#save-rule").Click();

        go.WaitForAssertion(() => Assert.EndsWith("/admin/routing", navigation.Uri));
        var saved = await Rules.FindAsync("tag-all", CancellationToken.None);
        Assert.False(saved!.StopProcessing);
        var audit = await site.Services.GetRequiredService<AuditLog>().RecentAsync(10, "routing-rule:tag-all", CancellationToken.None);
        Assert.Contains(audit, a => a is { Action: "routing.rule.create", Actor: "admin" });
        Assert.True((await Rules.DeleteAsync("tag-all", "test", CancellationToken.None)).Succeeded);
    }

    [Fact]
    public async Task SwitchingEnabledOffInTheEditor_DisablesTheRule_AndKeepsEverythingElse()
    {
        var before = await Rules.FindAsync("payment-notice", CancellationToken.None);
        await using var context = await AdminContextAsync();
        var navigation = context.Services.GetRequiredService<NavigationManager>();
        context.Render<MudSnackbarProvider>();
        var editor = context.Render<RuleEditor>(p => p.Add(e => e.Id, "payment-notice"));

        await editor.InvokeAsync(() => editor.ById<MudSwitch<bool>, RuleEditor>("rule-enabled").Instance.ValueChanged.InvokeAsync(false));
        editor.Find("#save-rule").Click();

        editor.WaitForAssertion(() => Assert.EndsWith("/admin/routing", navigation.Uri));
        var rule = await Rules.FindAsync("payment-notice", CancellationToken.None);
        Assert.False(rule!.Enabled);
        Assert.Equal(before! with { Enabled = false }, rule, new RuleComparer());
        Assert.True((await Rules.SetEnabledAsync("payment-notice", true, "test", CancellationToken.None)).Succeeded);
    }

    [Fact]
    public async Task ASaveFromAnOlderVersion_IsRefusedWithWhoSavedFirst_AndReloadingLetsTheEditorSaveAgain()
    {
        await using var context = await AdminContextAsync();
        var navigation = context.Services.GetRequiredService<NavigationManager>();
        context.Render<MudSnackbarProvider>();
        var editor = context.Render<RuleEditor>(p => p.Add(e => e.Id, "technical-support"));
        var current = await Rules.FindAsync("technical-support", CancellationToken.None);
        // Another administrator saves the rule while this editor is open.
        Assert.True((await Rules.SaveAsync(current! with { Actions = current.Actions with { Tags = ["anna-was-here"] } }, "technical-support", "anna", CancellationToken.None)).Succeeded);

        await editor.TypeAsync("rule-tags", "mine");
        await editor.Find("#save-rule").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());

        Assert.Contains("Diese Regel wurde inzwischen von anna geändert", editor.Find("#rule-errors").TextContent);
        Assert.Equal(["anna-was-here"], (await Rules.FindAsync("technical-support", CancellationToken.None))!.Actions.Tags);
        await editor.Find("#reload-rule").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
        Assert.Equal("anna-was-here", editor.ById<MudTextField<string>, RuleEditor>("rule-tags").Instance.Value);
        Assert.Empty(editor.FindAll("#rule-errors"));
        await editor.TypeAsync("rule-tags", "anna-was-here, mine");
        await editor.Find("#save-rule").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
        Assert.EndsWith("/admin/routing", navigation.Uri);
        Assert.Equal(["anna-was-here", "mine"], (await Rules.FindAsync("technical-support", CancellationToken.None))!.Actions.Tags);
    }

    [Fact]
    public async Task TheEditor_SimulatesTheDraftRule_WithoutSavingIt()
    {
        await using var context = await AdminContextAsync();
        var editor = context.Render<RuleEditor>(p => p.Add(e => e.Id, "line-down"));

        await editor.ChooseAsync<RuleEditor, string>("rule-department", "sales");
        await editor.InvokeAsync(() => editor.ById<MudTextField<string>, RuleEditor>("sim-raw").Instance.ValueChanged.InvokeAsync(LineDownMail));
        editor.Find("#simulate-rule").Click();

        editor.WaitForAssertion(() => Assert.Equal("sales", editor.Find("#sim-department").GetAttribute("data-department")), TimeSpan.FromSeconds(20));
        Assert.Equal("Vertrieb", editor.Find("#sim-department").TextContent.Trim());
        Assert.Contains("mit dem Regelentwurf", editor.Find("#simulation").TextContent);
        Assert.Equal("support", (await Rules.FindAsync("line-down", CancellationToken.None))!.Actions.Department);
    }

    [Fact]
    public async Task TheSimulator_ShowsEnrichmentClassificationAndEveryRule_InGerman()
    {
        await using var context = await AdminContextAsync();
        var page = context.Render<RuleSimulatorPage>();

        await page.InvokeAsync(() => page.ById<MudTextField<string>, RuleSimulatorPage>("sim-raw").Instance.ValueChanged.InvokeAsync(LineDownMail));
        await page.ChooseAsync<RuleSimulatorPage, string>("sim-mailbox", "support");
        page.Find("#simulate").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("#sim-trace tr[data-rule='line-down'][data-outcome='Matched']")), TimeSpan.FromSeconds(20));
        Assert.NotNull(page.Find("#sim-trace tr[data-rule='triage'][data-outcome='NotReached']"));
        Assert.Equal("Kundendienst", page.Find("#sim-department").TextContent.Trim());
        Assert.Equal("critical", page.Find("#sim-urgency").GetAttribute("data-urgency"));
        Assert.Contains("kritisch", page.Find("#sim-urgency").TextContent);
        Assert.Contains("Produktionsstillstand: „bandstillstand“", page.Find("#sim-urgency").TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("10042", page.Find("#sim-enrichment").TextContent);
        Assert.Contains("critical-30m", page.Find("#sim-sla").TextContent);
        var lineDown = page.Find("#sim-trace tr[data-rule='line-down']").TextContent;
        Assert.Contains("trifft zu", lineDown);
        Assert.Contains("Der Text enthält „bandstillstand“", lineDown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Der Lauf wurde von der Regel line-down beendet.", page.Find("#sim-trace tr[data-rule='triage']").TextContent);
        var everything = page.Find("#simulation").TextContent;
        foreach (var english in new[] { " is not in ", " matches ", "contains", "intent ", "urgency ", "stopped by", "regular", "oemOEM", "needs_review", "model:", "rule:" })
        {
            Assert.DoesNotContain(english, everything);
        }
    }

    [Fact]
    public async Task TheSimulator_ExplainsAnEmptyRequest()
    {
        await using var context = await AdminContextAsync();
        var page = context.Render<RuleSimulatorPage>();

        page.Find("#simulate").Click();

        page.WaitForAssertion(() => Assert.Equal("Fügen Sie eine rohe Mail ein oder geben Sie eine Nachrichten-ID ein.", page.Find("#simulate-error").TextContent.Trim()));
    }

    private static Engine.Routing.RoutingRule Rule(string id, int order) => new(id, "Test " + id, order,
        new Engine.Routing.RuleConditions { Intents = ["spam"] }, new Engine.Routing.RuleActions { Tags = ["x"] });

    /// <summary>Rules compared by what they say (their lists are not value-equal records).</summary>
    private sealed class RuleComparer : IEqualityComparer<Engine.Routing.RoutingRule>
    {
        public bool Equals(Engine.Routing.RoutingRule? x, Engine.Routing.RoutingRule? y) =>
            Engine.Routing.Persistence.RoutingRuleJson.Serialize(x!) == Engine.Routing.Persistence.RoutingRuleJson.Serialize(y!)
            && x!.Id == y!.Id && x.Order == y.Order && x.Enabled == y.Enabled;

        public int GetHashCode(Engine.Routing.RoutingRule obj) => obj.Id.GetHashCode();
    }
}
