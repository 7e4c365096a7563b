using HappyButtons.Engine.Routing.Sla;
using NodaTime;

namespace HappyButtons.Tests.Routing;

public sealed class BusinessCalendarTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private readonly BusinessCalendar _calendar = new();

    internal static Instant Berlin_(int year, int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Berlin).ToInstant();

    [Fact]
    public void AddBusinessTime_StaysWithinTheDay_DuringOfficeHours()
    {
        Assert.Equal(Berlin_(2025, 3, 12, 10, 30), _calendar.AddBusinessTime(Berlin_(2025, 3, 12, 9, 30), Duration.FromHours(1)));
    }

    [Fact]
    public void AddBusinessTime_ContinuesNextMorning_AfterClosingTime()
    {
        Assert.Equal(Berlin_(2025, 3, 13, 9, 0), _calendar.AddBusinessTime(Berlin_(2025, 3, 12, 16, 0), Duration.FromHours(2)));
    }

    [Fact]
    public void AddBusinessTime_StartsAtOpening_WhenStartedBeforeHours()
    {
        Assert.Equal(Berlin_(2025, 3, 12, 8, 30), _calendar.AddBusinessTime(Berlin_(2025, 3, 12, 6, 15), Duration.FromMinutes(30)));
    }

    [Fact]
    public void AddBusinessTime_SkipsTheWeekend()
    {
        var fridayAfternoon = Berlin_(2025, 3, 14, 16, 30);

        Assert.Equal(Berlin_(2025, 3, 17, 8, 30), _calendar.AddBusinessTime(fridayAfternoon, Duration.FromHours(1)));
    }

    [Fact]
    public void AddBusinessTime_StartsMonday_WhenReceivedOnSaturday()
    {
        Assert.Equal(Berlin_(2025, 3, 17, 9, 0), _calendar.AddBusinessTime(Berlin_(2025, 3, 15, 11, 0), Duration.FromHours(1)));
    }

    [Fact]
    public void AddBusinessTime_SkipsEasterHolidays()
    {
        // Thursday before Easter 2025, 16:00: Good Friday, the weekend and Easter Monday are not business days.
        var due = _calendar.AddBusinessTime(Berlin_(2025, 4, 17, 16, 0), Duration.FromHours(2));

        Assert.Equal(Berlin_(2025, 4, 22, 9, 0), due);
    }

    [Fact]
    public void AddBusinessTime_RespectsTheFederalState()
    {
        var allSaintsEve = Berlin_(2024, 10, 31, 16, 0);

        Assert.Equal(Berlin_(2024, 11, 4, 9, 0), new BusinessCalendar("NW").AddBusinessTime(allSaintsEve, Duration.FromHours(2)));
        Assert.Equal(Berlin_(2024, 11, 1, 9, 0), new BusinessCalendar("BE").AddBusinessTime(allSaintsEve, Duration.FromHours(2)));
        Assert.Equal(Berlin_(2024, 11, 1, 9, 0), new BusinessCalendar("SN").AddBusinessTime(Berlin_(2024, 10, 30, 16, 0), Duration.FromHours(2)));
    }

    [Fact]
    public void AddBusinessTime_KeepsOfficeHours_AcrossSpringDstChange()
    {
        // Friday 28 March 2025 16:00 CET + 2 h -> Monday 31 March 09:00 CEST (clocks went forward on Sunday).
        var due = _calendar.AddBusinessTime(Berlin_(2025, 3, 28, 16, 0), Duration.FromHours(2));

        Assert.Equal(new LocalDateTime(2025, 3, 31, 9, 0), due.InZone(Berlin).LocalDateTime);
        Assert.Equal(Offset.FromHours(2), due.InZone(Berlin).Offset);
    }

    [Fact]
    public void AddBusinessTime_KeepsOfficeHours_AcrossAutumnDstChange()
    {
        var due = _calendar.AddBusinessTime(Berlin_(2025, 10, 24, 16, 0), Duration.FromHours(2));

        Assert.Equal(new LocalDateTime(2025, 10, 27, 9, 0), due.InZone(Berlin).LocalDateTime);
        Assert.Equal(Offset.FromHours(1), due.InZone(Berlin).Offset);
    }

    [Fact]
    public void AddBusinessTime_OfThreeBusinessDays_SpansAWeekend()
    {
        Assert.Equal(Berlin_(2025, 3, 17, 10, 0), _calendar.AddBusinessTime(Berlin_(2025, 3, 12, 10, 0), SlaPolicies.BusinessDay * 3));
    }

    [Fact]
    public void BusinessTimeBetween_CountsOnlyWorkingHours()
    {
        var friday = Berlin_(2025, 3, 14, 15, 0);
        var monday = Berlin_(2025, 3, 17, 10, 0);

        Assert.Equal(Duration.FromHours(4), _calendar.BusinessTimeBetween(friday, monday));
        Assert.Equal(Duration.Zero, _calendar.BusinessTimeBetween(monday, friday));
    }

    [Fact]
    public void BusinessTimeBetween_IsInverseOfAddBusinessTime()
    {
        var start = Berlin_(2025, 12, 23, 14, 20);
        var target = Duration.FromHours(13);

        var due = _calendar.AddBusinessTime(start, target);

        Assert.Equal(target, _calendar.BusinessTimeBetween(start, due));
        Assert.Equal(Berlin_(2025, 12, 29, 9, 20), due);
    }
}
