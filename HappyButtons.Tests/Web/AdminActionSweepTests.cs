using System.Reflection;
using Bunit;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Engine.Routing.Persistence;
using HappyButtons.Tests.Components;
using HappyButtons.Tests.Components.Admin;
using HappyButtons.Web.Admin.Mailboxes;
using HappyButtons.Web.Admin.Routing;
using HappyButtons.Web.Admin.Sla;
using HappyButtons.Web.Admin.Users;
using HappyButtons.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HappyButtons.Tests.Web;

/// <summary>
/// The interactive actions of the administration pages, swept like <see cref="RouteSweepTests"/> sweeps their addresses:
/// a clerk without administrator rights whose circuit sends the event anyway (the page is never offered to them, but a
/// crafted circuit message reaches the handler) is told no and changes nothing. And every administration component
/// that can change data asks <see cref="ActionAuthorization"/>, so a new one cannot forget it unnoticed.
/// </summary>
public class AdminActionSweepTests(AdminActionSweepTests.Site site) : IClassFixture<AdminActionSweepTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    private const string Refused = "Das dürfen nur Administratoren.";

    private static readonly Type[] ChangingServices =
        [typeof(UserAdministration), typeof(RoutingRuleStore), typeof(SlaSettingsStore), typeof(MailboxAdministration), typeof(RuleSimulator),
         typeof(Engine.Replies.ReplyTemplateStore)];

    [Fact]
    public void EveryAdministrationComponentThatCanChangeData_AsksActionAuthorization()
    {
        var components = typeof(Program).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("HappyButtons.Web.Admin", StringComparison.Ordinal) == true && typeof(ComponentBase).IsAssignableFrom(t))
            .ToList();
        bool Injects(Type component, Type service) => component.GetProperties(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
            .Any(p => p.PropertyType == service && p.GetCustomAttribute<InjectAttribute>() is not null);

        var changing = components.Where(c => ChangingServices.Any(s => Injects(c, s))).ToList();

        Assert.True(changing.Count >= 8, $"found only {changing.Count} components; the sweep is broken");
        Assert.All(changing, c => Assert.True(Injects(c, typeof(ActionAuthorization)), $"{c.Name} changes data without asking ActionAuthorization"));
    }

    private async Task<BunitContext> ClerkContextAsync(string name)
    {
        var context = ComponentContext.Create(site, await site.ClerkAsync(name));
        context.Render<MudPopoverProvider>();
        context.Render<MudSnackbarProvider>();
        return context;
    }

    private async Task<IReadOnlyList<AuditEntry>> AuditAsync() => await site.Services.GetRequiredService<AuditLog>().RecentAsync(1000, null, CancellationToken.None);

    [Fact]
    public async Task AClerk_CannotCreateChangeResetDisableOrUnlockUsers()
    {
        var target = await site.CreateUserAsync("ziel", "Ziel-Passwort-2026", false, Departments.Sales);
        // Locked everywhere: guesses from more addresses than the account-wide limit allows.
        for (var i = 0; i < 20; i++)
        {
            await site.Services.GetRequiredService<SignInService>().SignInAsync("ziel", "falsch-falsch-falsch", Departments.Sales, $"198.51.100.{i}", CancellationToken.None);
        }

        var users = site.Services.GetRequiredService<UserStore>();
        var locked = (await users.FindByIdAsync(target.Id, CancellationToken.None))!;
        Assert.NotNull(locked.LockedUntil);
        await using var context = await ClerkContextAsync("clara");
        var auditBefore = (await AuditAsync()).Count;
        var dialogs = context.Render<MudDialogProvider>();

        var create = context.Render<UserCreateForm>();
        await create.TypeAsync("new-username", "eindringling");
        await create.TypeAsync("new-displayname", "Eindringling");
        await create.TypeAsync("new-password", "Eindringling-2026");
        await create.TickDepartmentAsync(Departments.Info);
        await create.Find("#create-user-button").ClickAsync(new MouseEventArgs());
        Assert.Contains(Refused, create.Find("#create-user-error").TextContent);

        var profile = context.Render<UserProfileForm>(p => p.Add(f => f.User, locked));
        await profile.CheckAsync("is-admin", true);
        await profile.TickDepartmentAsync(Departments.Finance);
        await profile.Find("#save-profile").ClickAsync(new MouseEventArgs());
        Assert.Contains(Refused, profile.Find("#profile-error").TextContent);

        var access = context.Render<UserAccessCard>(p => p.Add(c => c.User, locked));
        await access.TypeAsync("new-password", "Uebernommen-2026");
        await access.Find("#reset-password").ClickAsync(new MouseEventArgs());
        Assert.Contains(Refused, access.Find("#access-error").TextContent);
        await access.Find("#unlock-user").ClickAsync(new MouseEventArgs());
        access.Find("#disable-user").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("deaktivieren?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Deaktivieren").Click();
        dialogs.WaitForAssertion(() => Assert.DoesNotContain("deaktivieren?", dialogs.Markup));

        Assert.Null(await users.FindByNameAsync("eindringling", CancellationToken.None));
        var after = (await users.FindByIdAsync(target.Id, CancellationToken.None))!;
        Assert.Equal(locked, after with { Departments = locked.Departments });
        Assert.Equal(locked.Departments, after.Departments);
        Assert.Equal(auditBefore, (await AuditAsync()).Count);
    }

    [Fact]
    public async Task AClerk_CannotMoveDisableDeleteSaveOrSimulateRules()
    {
        var rules = site.Services.GetRequiredService<RoutingRuleStore>();
        var before = (await rules.ListAsync(CancellationToken.None)).Select(r => Engine.Routing.Persistence.RoutingRuleJson.Serialize(r) + r.Order + r.Enabled).ToList();
        await using var context = await ClerkContextAsync("carl");
        var auditBefore = (await AuditAsync()).Count;
        var dialogs = context.Render<MudDialogProvider>();

        var list = context.Render<RoutingRulesPage>();
        IEnumerable<AngleSharp.Dom.IElement> Buttons(string action) => list.FindAll($"td[data-rule='order-status']").Select(td => td.ParentElement!.QuerySelector($"[data-action='{action}']")!);
        await Buttons("up").Single().ClickAsync(new MouseEventArgs());
        Assert.Contains(Refused, list.Find("#rules-message").TextContent);
        await Buttons("disable").Single().ClickAsync(new MouseEventArgs());
        Buttons("delete").Single().Click();
        dialogs.WaitForAssertion(() => Assert.Contains("löschen?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Löschen").Click();
        dialogs.WaitForAssertion(() => Assert.DoesNotContain("löschen?", dialogs.Markup));

        var editor = context.Render<RuleEditor>(p => p.Add(e => e.Id, "order-status"));
        await editor.ChooseAsync<RuleEditor, string>("rule-department", "finance");
        await editor.Find("#save-rule").ClickAsync(new MouseEventArgs());
        Assert.Contains(Refused, editor.Find("#rule-errors").TextContent);
        await editor.InvokeAsync(() => editor.ById<MudTextField<string>, RuleEditor>("sim-raw").Instance.ValueChanged.InvokeAsync(Admin.RoutingAdminTests.LineDownMail));
        await editor.Find("#simulate-rule").ClickAsync(new MouseEventArgs());
        Assert.Empty(editor.FindAll("#simulation"));

        var simulator = context.Render<RuleSimulatorPage>();
        await simulator.InvokeAsync(() => simulator.ById<MudTextField<string>, RuleSimulatorPage>("sim-raw").Instance.ValueChanged.InvokeAsync(Admin.RoutingAdminTests.LineDownMail));
        await simulator.Find("#simulate").ClickAsync(new MouseEventArgs());
        Assert.Contains(Refused, simulator.Find("#simulate-error").TextContent);
        Assert.Empty(simulator.FindAll("#simulation"));

        Assert.Equal(before, (await rules.ListAsync(CancellationToken.None)).Select(r => Engine.Routing.Persistence.RoutingRuleJson.Serialize(r) + r.Order + r.Enabled).ToList());
        Assert.Equal(auditBefore, (await AuditAsync()).Count);
    }

    [Fact]
    public async Task AClerk_CannotChangeSlaPoliciesOrTheCalendar()
    {
        var sla = site.Services.GetRequiredService<SlaSettingsStore>();
        var calendar = await sla.CalendarAsync(CancellationToken.None);
        await using var context = await ClerkContextAsync("clemens");

        var policies = context.Render<SlaPolicyCard>();
        await policies.TypeAsync("policy-name", "sofort");
        await policies.NumberAsync("policy-first", 1);
        await policies.NumberAsync("policy-resolution", 2);
        await policies.Find("#save-policy").ClickAsync(new MouseEventArgs());
        Assert.Contains(Refused, policies.Find("#policy-error").TextContent);

        var calendarCard = context.Render<SlaCalendarCard>();
        await calendarCard.ChooseAsync<SlaCalendarCard, string>("federal-state", calendar.FederalState == "BY" ? "HH" : "BY");
        await calendarCard.Find("#save-calendar").ClickAsync(new MouseEventArgs());
        Assert.Contains(Refused, calendarCard.Find("#calendar-error").TextContent);

        Assert.Null(await sla.FindAsync("sofort", CancellationToken.None));
        Assert.Equal(calendar, await sla.CalendarAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AClerk_CannotSaveOrRestoreAReplyTemplate()
    {
        var templates = site.Services.GetRequiredService<Engine.Replies.ReplyTemplateStore>();
        var queries = site.Services.GetRequiredService<Engine.Replies.ReplyTemplateQueries>();
        var template = (await queries.ListAsync(Engine.Intake.Language.De, CancellationToken.None)).First(t => t.Key == "complaint");
        await templates.SaveAsync(template.Key, template.Language, template.Intent, template.Title + " (2)", template.Body, null, "admin", CancellationToken.None);
        var before = (await queries.GetAsync(template.Id, CancellationToken.None))!;
        await using var context = await ClerkContextAsync("carla");

        var editor = context.Render<HappyButtons.Web.Admin.Templates.TemplateEditor>(p => p.Add(e => e.Template, before));
        await editor.TypeAsync("template-title", "Gekapert");
        await editor.Find("#template-save").ClickAsync(new MouseEventArgs());
        Assert.Contains(Refused, editor.Find("#template-errors").TextContent);

        var history = context.Render<HappyButtons.Web.Admin.Templates.TemplateHistory>(p => p.Add(h => h.TemplateId, before.Id).Add(h => h.CurrentVersion, before.Version));
        await history.Find($"[data-restore='{before.Version - 1}']").ClickAsync(new MouseEventArgs());
        Assert.Contains(Refused, history.Find("#template-history-error").TextContent);

        var after = (await queries.GetAsync(template.Id, CancellationToken.None))!;
        Assert.Equal((before.Version, before.Title), (after.Version, after.Title));
    }

    [Fact]
    public async Task AClerk_CannotSaveOrTestAMailbox()
    {
        var registry = site.Services.GetRequiredService<MailboxRegistry>();
        var before = await registry.GetAsync(Departments.Sales, CancellationToken.None);
        await using var context = await ClerkContextAsync("cora");

        var page = context.Render<MailboxesPage>(p => p.Add(m => m.Department, Departments.Sales));
        await page.TypeAsync("address", "umgeleitet@evil.example");
        await page.Find("#save-mailbox").ClickAsync(new MouseEventArgs());
        Assert.Contains(Refused, page.Find("#mailbox-message").TextContent);
        await page.Find("#test-connection").ClickAsync(new MouseEventArgs());
        Assert.Empty(page.FindAll("#connection-test"));

        Assert.Equal(before, await registry.GetAsync(Departments.Sales, CancellationToken.None));
    }
}
