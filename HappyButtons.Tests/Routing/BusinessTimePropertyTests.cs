using HappyButtons.Engine.Routing.Sla;
using NodaTime;

namespace HappyButtons.Tests.Routing;

/// <summary>Invariants of business-time arithmetic over many random starts and durations (fixed seed).</summary>
public sealed class BusinessTimePropertyTests
{
    private static readonly Instant From = Instant.FromUtc(2024, 1, 1, 0, 0);

    [Theory]
    [InlineData("NW")]
    [InlineData("BY")]
    [InlineData("SN")]
    public void AddBusinessTime_AndBusinessTimeBetween_AreInverse_AndDueIsAlwaysInsideOfficeHours(string state)
    {
        var calendar = new BusinessCalendar(state);
        var random = new Random(20250312);
        for (var i = 0; i < 400; i++)
        {
            var start = From + Duration.FromMinutes(random.Next(0, 4 * 365 * 24 * 60));
            var target = Duration.FromMinutes(random.Next(1, 5 * 9 * 60));

            var due = calendar.AddBusinessTime(start, target);

            Assert.Equal(target, calendar.BusinessTimeBetween(start, due));
            var local = due.InZone(calendar.Zone);
            Assert.True(calendar.IsBusinessDay(local.Date), $"{start} + {target} = {local} is not a business day");
            Assert.InRange(local.TimeOfDay, calendar.Opens, calendar.Closes);
            Assert.True(due > start);
        }
    }

    [Fact]
    public void EasterSunday_IsAlwaysASundayBetween22MarchAnd25April()
    {
        for (var year = 1900; year <= 2200; year++)
        {
            var easter = GermanHolidays.EasterSunday(year);
            Assert.Equal(IsoDayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new LocalDate(year, 3, 22), new LocalDate(year, 4, 25));
        }
    }
}
