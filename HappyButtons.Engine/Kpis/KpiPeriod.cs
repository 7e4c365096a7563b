namespace HappyButtons.Engine.Kpis;

/// <summary>A half-open period [From, To) of instants.</summary>
public sealed record KpiPeriod(DateTimeOffset From, DateTimeOffset To)
{
    public TimeSpan Length => To - From;

    /// <summary>The period of the same length right before this one (the trend compares against it).</summary>
    public KpiPeriod Previous() => new(From - Length, From);

    /// <summary>Whole Berlin days: from the start of <paramref name="first"/> to the start of the day after <paramref name="last"/>.</summary>
    public static KpiPeriod Days(DateOnly first, DateOnly last) => new(BerlinDays.Start(first), BerlinDays.Start(last.AddDays(1)));

    /// <summary>The last <paramref name="days"/> Berlin days up to and including today, ending now.</summary>
    public static KpiPeriod LastDays(int days, DateTimeOffset now) => new(BerlinDays.Start(BerlinDays.Of(now).AddDays(1 - days)), now);
}

/// <summary>Which departments the figures cover: null = the whole company.</summary>
public sealed record KpiScope(IReadOnlyList<string>? Departments)
{
    public static KpiScope Company { get; } = new((IReadOnlyList<string>?)null);

    public static KpiScope Department(string department) => new([department]);

    /// <summary>The snapshot scope: the department code for one department, "all" for the company.</summary>
    public string SnapshotKey => Departments is [var one] ? one : Storage.Model.KpiSnapshot.Overall;
}

/// <summary>Days as the business counts them: Europe/Berlin.</summary>
public static class BerlinDays
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static DateOnly Of(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    public static DateTimeOffset Start(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
