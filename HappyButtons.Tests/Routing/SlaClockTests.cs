using HappyButtons.Engine.Routing.Sla;
using NodaTime;
using static HappyButtons.Tests.Routing.BusinessCalendarTests;

namespace HappyButtons.Tests.Routing;

public sealed class SlaClockTests
{
    private readonly SlaClock _clock = new(new BusinessCalendar());

    [Fact]
    public void Status_IsOnTrack_BeforeEightyPercent()
    {
        var status = _clock.Status(Berlin_(2025, 3, 12, 9, 0), Duration.FromHours(1), Berlin_(2025, 3, 12, 9, 30));

        Assert.Equal(SlaState.OnTrack, status.State);
        Assert.Equal(Duration.FromMinutes(30), status.BusinessTimeLeft);
    }

    [Fact]
    public void Status_IsWarning_FromEightyPercentElapsed()
    {
        var status = _clock.Status(Berlin_(2025, 3, 12, 9, 0), Duration.FromHours(1), Berlin_(2025, 3, 12, 9, 48));

        Assert.Equal(SlaState.Warning, status.State);
        Assert.Equal(0.8, status.ElapsedFraction, 3);
    }

    [Fact]
    public void Status_IsBreached_AtTheDueTime()
    {
        var status = _clock.Status(Berlin_(2025, 3, 12, 9, 0), Duration.FromMinutes(30), Berlin_(2025, 3, 12, 9, 30));

        Assert.Equal(SlaState.Breached, status.State);
        Assert.Equal(Duration.Zero, status.BusinessTimeLeft);
    }

    [Fact]
    public void Status_DoesNotRunOverTheWeekend()
    {
        var friday = Berlin_(2025, 3, 14, 16, 30);

        var status = _clock.Status(friday, Duration.FromHours(1), Berlin_(2025, 3, 16, 12, 0));

        Assert.Equal(SlaState.OnTrack, status.State);
        Assert.Equal(Duration.FromMinutes(30), status.BusinessTimeLeft);
    }

    [Fact]
    public void Deadlines_OfDefaultPolicies()
    {
        var start = Berlin_(2025, 3, 12, 9, 0);

        Assert.Equal(Berlin_(2025, 3, 12, 10, 0), _clock.Deadlines(SlaPolicies.Oem1h, start).FirstResponseDue);
        Assert.Equal(Berlin_(2025, 3, 12, 9, 30), _clock.Deadlines(SlaPolicies.Critical30m, start).FirstResponseDue);
        Assert.Equal(Berlin_(2025, 3, 12, 17, 0), _clock.Deadlines(SlaPolicies.Standard, start).FirstResponseDue);
        Assert.Equal(Berlin_(2025, 3, 13, 9, 0), _clock.Deadlines(SlaPolicies.Finance, start).FirstResponseDue);
        Assert.Equal(Berlin_(2025, 3, 17, 9, 0), _clock.Deadlines(SlaPolicies.Standard, start).ResolutionDue);
    }

    [Fact]
    public void Policies_AreFoundByName()
    {
        Assert.Equal(["standard", "oem-1h", "critical-30m", "finance"], SlaPolicies.Names);
        Assert.Same(SlaPolicies.Oem1h, SlaPolicies.Find("OEM-1H"));
        Assert.Null(SlaPolicies.Find("gold"));
    }
}
