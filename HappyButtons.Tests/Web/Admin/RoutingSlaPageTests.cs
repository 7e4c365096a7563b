using Bunit;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Routing.Persistence;
using HappyButtons.Tests.Components;
using HappyButtons.Tests.Components.Admin;
using HappyButtons.Web.Admin.Routing;
using HappyButtons.Web.Admin.Sla;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using NodaTime;

namespace HappyButtons.Tests.Web.Admin;

/// <summary>The SLA page's two forms, driven as components signed in as the administrator.</summary>
public class RoutingSlaPageTests(RoutingSlaPageTests.Site site) : IClassFixture<RoutingSlaPageTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    private SlaSettingsStore Sla => site.Services.GetRequiredService<SlaSettingsStore>();

    [Fact]
    public async Task TheAdminChangesTheFederalStateAndHours_AndSeesThatStatesHolidaysByName()
    {
        await using var context = ComponentContext.Create(site, await site.AdminAsync());
        context.Render<MudPopoverProvider>();
        var snackbars = context.Render<MudSnackbarProvider>();
        var card = context.Render<SlaCalendarCard>();

        await card.ChooseAsync<SlaCalendarCard, string>("federal-state", "BY");
        var pickers = card.FindComponents<MudTimePicker>();
        await card.InvokeAsync(() => pickers[0].Instance.TimeChanged.InvokeAsync(new TimeSpan(7, 30, 0)));
        await card.InvokeAsync(() => pickers[1].Instance.TimeChanged.InvokeAsync(new TimeSpan(16, 0, 0)));
        card.Find("#save-calendar").Click();

        snackbars.WaitForAssertion(() => Assert.Contains("Der Geschäftskalender wurde gespeichert.", snackbars.Markup));
        Assert.Equal(new SlaCalendarSettings("BY", new LocalTime(7, 30), new LocalTime(16, 0)), await Sla.CalendarAsync(CancellationToken.None));
        Assert.Contains("Nächste Feiertage in Bayern", card.Markup);
        Assert.NotEmpty(card.FindAll("#holidays li"));
        var audit = await site.Services.GetRequiredService<AuditLog>().RecentAsync(5, "sla-calendar", CancellationToken.None);
        Assert.Contains(audit, a => a.Action == "sla.calendar.save");
    }

    [Fact]
    public async Task ClosingBeforeOpening_IsRefusedInGerman()
    {
        var before = await Sla.CalendarAsync(CancellationToken.None);
        await using var context = ComponentContext.Create(site, await site.AdminAsync());
        context.Render<MudPopoverProvider>();
        var card = context.Render<SlaCalendarCard>();

        var pickers = card.FindComponents<MudTimePicker>();
        await card.InvokeAsync(() => pickers[0].Instance.TimeChanged.InvokeAsync(new TimeSpan(18, 0, 0)));
        await card.InvokeAsync(() => pickers[1].Instance.TimeChanged.InvokeAsync(new TimeSpan(8, 0, 0)));
        card.Find("#save-calendar").Click();

        card.WaitForAssertion(() => Assert.Equal("Die Schließzeit muss nach der Öffnungszeit liegen.", card.Find("#calendar-error").TextContent.Trim()));
        Assert.Equal(before, await Sla.CalendarAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ANewPolicy_CanBeChosenInRules_AndABadOneIsRefusedInGerman()
    {
        await using var context = ComponentContext.Create(site, await site.AdminAsync());
        context.Render<MudPopoverProvider>();
        var snackbars = context.Render<MudSnackbarProvider>();
        var card = context.Render<SlaPolicyCard>();

        await card.TypeAsync("policy-name", "vip-2h");
        await card.NumberAsync("policy-first", 120);
        await card.NumberAsync("policy-resolution", 60);
        card.Find("#save-policy").Click();

        card.WaitForAssertion(() => Assert.Equal("Das Lösungsziel darf nicht kürzer sein als das Ziel für die Erstreaktion.", card.Find("#policy-error").TextContent.Trim()));
        Assert.Null(await Sla.FindAsync("vip-2h", CancellationToken.None));

        await card.NumberAsync("policy-resolution", 540);
        card.Find("#save-policy").Click();

        snackbars.WaitForAssertion(() => Assert.Contains("Die SLA-Richtlinie vip-2h wurde gespeichert.", snackbars.Markup));
        card.WaitForAssertion(() => Assert.Contains("9 Std.", card.Find("#sla-policies tr[data-policy='vip-2h']").TextContent));
        Assert.Contains("2 Std.", card.Find("#sla-policies tr[data-policy='vip-2h']").TextContent);
        var editor = context.Render<RuleEditor>();
        Assert.Contains(editor.FindComponents<MudSelectItem<string>>(), item => item.Instance.Value == "vip-2h");
    }

    [Fact]
    public async Task EditingAPolicy_FillsTheFormWithItsTargets()
    {
        await using var context = ComponentContext.Create(site, await site.AdminAsync());
        var card = context.Render<SlaPolicyCard>();

        card.Find("#sla-policies tr[data-policy='oem-1h'] [data-action='edit']").Click();

        Assert.Equal("oem-1h", card.ById<MudTextField<string>, SlaPolicyCard>("policy-name").Instance.Value);
        Assert.Equal(60, card.ById<MudNumericField<int>, SlaPolicyCard>("policy-first").Instance.Value);
    }
}
