using HappyButtons.Engine.Jobs;

namespace HappyButtons.Tests.Jobs;

public sealed class CronScheduleTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public void Daily0230_OnTheSpringForwardDay_FiresOnceAtTheFirstInstantAfterTheGap()
    {
        // 2026-03-29: Berlin clocks jump from 02:00 CET to 03:00 CEST; 02:30 does not exist that day.
        var schedule = CronSchedule.Parse("0 30 2 * * ?", Berlin);

        var dayBefore = schedule.NextAfter(new DateTimeOffset(2026, 3, 28, 0, 0, 0, TimeSpan.Zero))!.Value;
        var gapDay = schedule.NextAfter(dayBefore)!.Value;
        var dayAfter = schedule.NextAfter(gapDay)!.Value;

        Assert.Equal(new DateTimeOffset(2026, 3, 28, 2, 30, 0, TimeSpan.FromHours(1)), dayBefore);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 0, 0, TimeSpan.FromHours(2)), gapDay);
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 2, 30, 0, TimeSpan.FromHours(2)), dayAfter);
    }

    [Fact]
    public void Daily0230_OnTheAutumnDay_FiresOnceAtTheFirstOfTheRepeatedHalfHours()
    {
        // 2026-10-25: Berlin clocks go back from 03:00 CEST to 02:00 CET; 02:30 happens twice.
        var schedule = CronSchedule.Parse("0 30 2 * * ?", Berlin);

        var repeatDay = schedule.NextAfter(new DateTimeOffset(2026, 10, 25, 0, 0, 0, TimeSpan.Zero))!.Value;
        var next = schedule.NextAfter(repeatDay)!.Value;

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(2)), repeatDay);
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 2, 30, 0, TimeSpan.FromHours(1)), next);
    }

    [Fact]
    public void FiveFieldCron_IsReadAsStandardCrontab()
    {
        var schedule = CronSchedule.Parse("30 4 * * 1", Berlin);

        var next = schedule.NextAfter(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero))!.Value; // a Friday

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 4, 30, 0, TimeSpan.FromHours(1)), next); // Monday 04:30 Berlin
        Assert.Equal("0 30 4 ? * MON", schedule.Normalised);
    }

    [Theory]
    [InlineData("")]
    [InlineData("every day")]
    [InlineData("0 61 * * * ?")]
    [InlineData("0 99 * * * ?")]
    [InlineData("0 0 25 * * ?")]
    [InlineData("75 * * * *")]
    [InlineData("1 2 3")]
    public void InvalidCron_IsRejected_WithAMessage(string expression)
    {
        Assert.False(CronSchedule.TryParse(expression, Berlin, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Theory]
    [InlineData("*/10 * * * * ?", "every 10 seconds")]
    [InlineData("0 */5 * * * ?", "every 5 minutes")]
    [InlineData("*/5 * * * *", "every 5 minutes")]
    [InlineData("0 0 3 * * ?", "daily at 03:00")]
    [InlineData("30 3 * * *", "daily at 03:30")]
    [InlineData("0 15 * * * ?", "hourly at minute 15")]
    [InlineData("0 0 8 ? * MON-FRI", "weekdays at 08:00")]
    [InlineData("0 0 6 ? * MON", "every Monday at 06:00")]
    [InlineData("0 0 1 1 * ?", "monthly on day 1 at 01:00")]
    [InlineData("0 0 0/2 * * ?", "every 2 hours")]
    [InlineData("0 0 12 LW * ?", "0 0 12 LW * ?")]
    public void CronDescriber_SaysCommonSchedulesInWords(string expression, string words)
    {
        Assert.Equal(words, CronDescriber.Describe(expression));
    }
}

public sealed class BackoffScheduleTests
{
    private static readonly BackoffSchedule Schedule = new(TimeSpan.FromSeconds(5), 2, TimeSpan.FromMinutes(10), 0.2);

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(5, 80)]
    [InlineData(8, 600)]
    [InlineData(50, 600)]
    public void Delay_GrowsExponentially_UpToTheCap_WithoutJitterAtTheMidpoint(int attempt, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), Schedule.DelayAfter(attempt, 0.5));
    }

    [Fact]
    public void Jitter_StaysWithinTwentyPercent()
    {
        Assert.Equal(TimeSpan.FromSeconds(16), Schedule.DelayAfter(3, 0));
        Assert.InRange(Schedule.DelayAfter(3, 0.99999), TimeSpan.FromSeconds(23.99), TimeSpan.FromSeconds(24));
        for (var i = 0; i < 1000; i++)
        {
            var delay = Schedule.DelayAfter(10);
            Assert.InRange(delay, TimeSpan.FromMinutes(8), TimeSpan.FromMinutes(12));
        }
    }
}
