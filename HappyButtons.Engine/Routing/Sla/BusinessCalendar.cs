using System.Collections.Concurrent;
using NodaTime;

namespace HappyButtons.Engine.Routing.Sla;

/// <summary>
/// Working time for SLAs: working days and hours in a time zone, minus the public holidays of a
/// German federal state. Default Mon-Fri 08:00-17:00 Europe/Berlin, state NW. Working hours are
/// converted per day through the zone, so DST changes never shift opening times.
/// </summary>
public sealed class BusinessCalendar
{
    private readonly ConcurrentDictionary<int, HashSet<LocalDate>> _holidaysByYear = new();
    private readonly HashSet<IsoDayOfWeek> _workingDays;

    public BusinessCalendar(
        string state = "NW", DateTimeZone? zone = null, LocalTime? opens = null, LocalTime? closes = null,
        IEnumerable<IsoDayOfWeek>? workingDays = null)
    {
        if (!GermanHolidays.States.Contains(state)) throw new ArgumentException($"unknown federal state \"{state}\"", nameof(state));
        State = state.ToUpperInvariant();
        Zone = zone ?? DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        Opens = opens ?? new LocalTime(8, 0);
        Closes = closes ?? new LocalTime(17, 0);
        if (Closes <= Opens) throw new ArgumentException("closing time must be after opening time", nameof(closes));
        _workingDays = new HashSet<IsoDayOfWeek>(workingDays ??
            [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday]);
        if (_workingDays.Count == 0) throw new ArgumentException("at least one working day is needed", nameof(workingDays));
    }

    public string State { get; }
    public DateTimeZone Zone { get; }
    public LocalTime Opens { get; }
    public LocalTime Closes { get; }

    public bool IsHoliday(LocalDate date) =>
        _holidaysByYear.GetOrAdd(date.Year, year => GermanHolidays.For(year, State).Select(h => h.Date).ToHashSet()).Contains(date);

    public bool IsBusinessDay(LocalDate date) => _workingDays.Contains(date.DayOfWeek) && !IsHoliday(date);

    /// <summary>The instant when <paramref name="businessTime"/> of working time has passed after <paramref name="start"/>.</summary>
    public Instant AddBusinessTime(Instant start, Duration businessTime)
    {
        if (businessTime < Duration.Zero) throw new ArgumentOutOfRangeException(nameof(businessTime), "must not be negative");
        var remaining = businessTime;
        var date = start.InZone(Zone).Date;
        for (var guard = 0; guard < 3660; guard++, date = date.PlusDays(1))
        {
            if (!IsBusinessDay(date)) continue;
            var (open, close) = WorkingInterval(date);
            var from = start > open ? start : open;
            if (from >= close) continue;
            var available = close - from;
            if (remaining <= available) return from + remaining;
            remaining -= available;
        }
        throw new InvalidOperationException("no business time within ten years; check the calendar");
    }

    /// <summary>Working time between two instants (zero when <paramref name="to"/> is not after <paramref name="from"/>).</summary>
    public Duration BusinessTimeBetween(Instant from, Instant to)
    {
        if (to <= from) return Duration.Zero;
        var total = Duration.Zero;
        var last = to.InZone(Zone).Date;
        for (var date = from.InZone(Zone).Date; date <= last; date = date.PlusDays(1))
        {
            if (!IsBusinessDay(date)) continue;
            var (open, close) = WorkingInterval(date);
            var start = from > open ? from : open;
            var end = to < close ? to : close;
            if (end > start) total += end - start;
        }
        return total;
    }

    private (Instant Open, Instant Close) WorkingInterval(LocalDate date) =>
        ((date + Opens).InZoneLeniently(Zone).ToInstant(), (date + Closes).InZoneLeniently(Zone).ToInstant());
}
