using HappyButtons.Engine.Routing.Sla;
using NodaTime;

namespace HappyButtons.Tests.Routing;

public sealed class GermanHolidaysTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2019, 4, 21)]
    [InlineData(2038, 4, 25)]
    public void EasterSunday_IsComputedByTheGregorianAlgorithm(int year, int month, int day)
    {
        Assert.Equal(new LocalDate(year, month, day), GermanHolidays.EasterSunday(year));
    }

    [Fact]
    public void MovingHolidays_Of2025_InNorthRhineWestphalia()
    {
        var dates = GermanHolidays.For(2025, "NW").ToDictionary(h => h.Name, h => h.Date);

        Assert.Equal(new LocalDate(2025, 4, 18), dates["Karfreitag"]);
        Assert.Equal(new LocalDate(2025, 4, 21), dates["Ostermontag"]);
        Assert.Equal(new LocalDate(2025, 5, 29), dates["Christi Himmelfahrt"]);
        Assert.Equal(new LocalDate(2025, 6, 9), dates["Pfingstmontag"]);
        Assert.Equal(new LocalDate(2025, 6, 19), dates["Fronleichnam"]);
        Assert.Equal(new LocalDate(2025, 11, 1), dates["Allerheiligen"]);
        Assert.False(dates.ContainsKey("Reformationstag"));
    }

    [Fact]
    public void MovingHolidays_Of2026_AndNationalHolidays()
    {
        var dates = GermanHolidays.For(2026, "NW").ToDictionary(h => h.Name, h => h.Date);

        Assert.Equal(new LocalDate(2026, 4, 3), dates["Karfreitag"]);
        Assert.Equal(new LocalDate(2026, 5, 14), dates["Christi Himmelfahrt"]);
        Assert.Equal(new LocalDate(2026, 6, 4), dates["Fronleichnam"]);
        Assert.Equal(new LocalDate(2026, 1, 1), dates["Neujahr"]);
        Assert.Equal(new LocalDate(2026, 5, 1), dates["Tag der Arbeit"]);
        Assert.Equal(new LocalDate(2026, 10, 3), dates["Tag der Deutschen Einheit"]);
        Assert.Equal(new LocalDate(2026, 12, 25), dates["1. Weihnachtstag"]);
        Assert.Equal(new LocalDate(2026, 12, 26), dates["2. Weihnachtstag"]);
    }

    [Theory]
    [InlineData("BY", 2025, 1, 6, true)]
    [InlineData("ST", 2025, 1, 6, true)]
    [InlineData("NW", 2025, 1, 6, false)]
    [InlineData("BE", 2025, 3, 8, true)]
    [InlineData("MV", 2024, 3, 8, true)]
    [InlineData("MV", 2022, 3, 8, false)]
    [InlineData("SL", 2025, 8, 15, true)]
    [InlineData("NW", 2025, 8, 15, false)]
    [InlineData("TH", 2025, 9, 20, true)]
    [InlineData("SN", 2025, 10, 31, true)]
    [InlineData("HH", 2025, 10, 31, true)]
    [InlineData("HH", 2016, 10, 31, false)]
    [InlineData("NW", 2017, 10, 31, true)]
    [InlineData("NW", 2025, 10, 31, false)]
    [InlineData("BW", 2025, 11, 1, true)]
    [InlineData("BE", 2025, 11, 1, false)]
    [InlineData("SN", 2025, 11, 19, true)]
    [InlineData("SN", 2024, 11, 20, true)]
    [InlineData("SN", 2027, 11, 17, true)]
    [InlineData("BY", 2025, 11, 19, false)]
    [InlineData("HE", 2027, 5, 27, true)]
    [InlineData("BE", 2027, 5, 27, false)]
    public void StateSpecificHolidays_FollowTheFederalState(string state, int year, int month, int day, bool isHoliday)
    {
        var holidays = GermanHolidays.For(year, state);

        Assert.Equal(isHoliday, holidays.Any(h => h.Date == new LocalDate(year, month, day)));
    }

    [Fact]
    public void UnknownState_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => GermanHolidays.For(2025, "XX"));
    }
}
