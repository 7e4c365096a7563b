using Bunit;
using HappyButtons.Engine.Intake.Persistence;
using HappyButtons.Tests.Support;
using HappyButtons.Web.Workspace;

namespace HappyButtons.Tests.Components;

public class BadgeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static IntakeFindings Findings(string? priority = "high", bool oem = true, int risk = 45, DateTimeOffset? due = null, bool fraudHold = false) => new(
        "order", "normal", priority, "de", oem, "10042", 0.9, "oem-order", "OEM-Bestellung", "oem-1h", due ?? Now.AddMinutes(95), null, risk,
        [new StoredRiskSignal("SPF_FAIL", 25, "SPF check fail: the sending server is not allowed for this domain"), new StoredRiskSignal("REPLY_TO_MISMATCH", 20, "replies would go to x")],
        [], "draft", [], fraudHold, false, null, null);

    [Fact]
    public async Task Badges_SpeakGerman_AndNeverShowACode()
    {
        await using var context = ComponentContext.Create(null, null, new ManualClock(Now));

        var cut = context.Render<MessageBadges>(p => p.Add(b => b.Intake, Findings(fraudHold: true)));

        Assert.Equal("hoch", cut.Find("[data-badge=urgency]").TextContent.Trim());
        Assert.Equal("OEM", cut.Find("[data-badge=oem]").TextContent.Trim());
        Assert.Equal("Risiko 45", cut.Find("[data-badge=risk]").TextContent.Trim());
        Assert.Equal("Betrugssperre", cut.Find("[data-badge=fraud-hold]").TextContent.Trim());
        Assert.Equal("noch 1 Std. 35 Min.", cut.Find("[data-badge=sla]").TextContent.Trim());
        var riskTitle = cut.Find("[data-badge=risk]").GetAttribute("title")!;
        Assert.Contains("SPF-Prüfung fehlgeschlagen", riskTitle);
        Assert.DoesNotContain("SPF_FAIL", cut.Markup);
        Assert.DoesNotContain("sending server", cut.Markup);
    }

    [Theory]
    [InlineData(-30, "SLA seit 30 Min. überschritten")]
    [InlineData(20, "noch 20 Min.")]
    [InlineData(60 * 26 + 5, "noch 1 T 2 Std.")]
    public async Task TheSlaBadge_CountsTheTimeLeft_OrSinceTheBreach(int minutes, string text)
    {
        await using var context = ComponentContext.Create(null, null, new ManualClock(Now));

        var cut = context.Render<MessageBadges>(p => p.Add(b => b.Intake, Findings(due: Now.AddMinutes(minutes))));

        Assert.Equal(text, cut.Find("[data-badge=sla]").TextContent.Trim());
    }

    [Fact]
    public async Task NormalPriority_IsQuietInLists_AndShownOnTheMessagePage()
    {
        await using var context = ComponentContext.Create(null, null, new ManualClock(Now));

        var list = context.Render<MessageBadges>(p => p.Add(b => b.Intake, Findings(priority: "normal", oem: false, risk: 0)));
        var page = context.Render<MessageBadges>(p => p.Add(b => b.Intake, Findings(priority: "normal")).Add(b => b.ShowNormal, true));

        Assert.Empty(list.FindAll("[data-badge=urgency]"));
        Assert.Empty(list.FindAll("[data-badge=oem]"));
        Assert.Equal("normal", page.Find("[data-badge=urgency]").TextContent.Trim());
    }

    [Fact]
    public async Task TheSlaBadge_TicksOnTheUiClock_InALiveParent()
    {
        var clock = new ManualClock(Now);
        await using var context = ComponentContext.Create(null, null, clock, new HappyButtons.Web.WebOptions { ClockTickSeconds = 0.2 });
        context.Render<MudBlazor.MudPopoverProvider>();

        var cut = context.Render<TickingBadges>(p => p.Add(b => b.Intake, Findings(due: Now.AddMinutes(30))));
        Assert.Equal("noch 30 Min.", cut.Find("[data-badge=sla]").TextContent.Trim());
        clock.Advance(TimeSpan.FromMinutes(10));

        cut.WaitForAssertion(() => Assert.Equal("noch 20 Min.", cut.Find("[data-badge=sla]").TextContent.Trim()), TimeSpan.FromSeconds(5));
    }
}
