using Dapper;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Routing.Sla;
using HappyButtons.Engine.Storage;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HappyButtons.Engine.Routing.Persistence;

/// <summary>The SLA calendar an administrator chose: federal state and business hours (Europe/Berlin).</summary>
public sealed record SlaCalendarSettings(string FederalState, LocalTime Opens, LocalTime Closes);

/// <summary>
/// SLA policies and the business calendar from the database, seeded from <see cref="SlaPolicies"/> and
/// <c>HappyButtons:Intake:FederalState</c>. Cached; every change rebuilds the clock and is audited.
/// </summary>
public sealed class SlaSettingsStore(IDbConnectionFactory connections, IOptions<IntakeOptions> options, AuditLog audit, TimeProvider clock)
{
    private volatile Snapshot? _snapshot;
    // Bumped by every change, so a load that raced with a change never caches what it read before it.
    private int _version;

    private sealed record Snapshot(IReadOnlyList<SlaPolicy> Policies, SlaCalendarSettings Calendar, SlaClock Clock);

    public async Task<IReadOnlyList<SlaPolicy>> PoliciesAsync(CancellationToken cancellationToken) => (await CurrentAsync(cancellationToken)).Policies;

    public async Task<SlaCalendarSettings> CalendarAsync(CancellationToken cancellationToken) => (await CurrentAsync(cancellationToken)).Calendar;

    public async Task<SlaClock> ClockAsync(CancellationToken cancellationToken) => (await CurrentAsync(cancellationToken)).Clock;

    public async Task<SlaPolicy?> FindAsync(string name, CancellationToken cancellationToken) =>
        (await PoliciesAsync(cancellationToken)).FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await connections.OpenAsync(cancellationToken);
        foreach (var policy in SlaPolicies.All)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO sla_policies (name, first_response_minutes, resolution_minutes, updated_at) VALUES (@Name, @First, @Resolution, @Now) ON CONFLICT (name) DO NOTHING",
                new { policy.Name, First = (long)policy.FirstResponse.TotalMinutes, Resolution = (long)policy.Resolution.TotalMinutes, Now = now }, cancellationToken: cancellationToken));
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO sla_calendar (id, federal_state, opens_minutes, closes_minutes, updated_at) VALUES (1, @State, 480, 1020, @Now) ON CONFLICT (id) DO NOTHING",
            new { State = options.Value.FederalState.ToUpperInvariant(), Now = now }, cancellationToken: cancellationToken));
        Invalidate();
    }

    /// <summary>Creates or changes a policy; targets are business time (a business day is the opening hours of one day).</summary>
    public async Task<string?> SavePolicyAsync(string name, int firstResponseMinutes, int resolutionMinutes, string actor, CancellationToken cancellationToken)
    {
        name = name.Trim().ToLowerInvariant();
        if (name.Length == 0 || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
            return "The name may contain only letters, digits, '-' and '_'.";
        if (firstResponseMinutes <= 0 || resolutionMinutes <= 0)
            return "Targets must be at least one minute.";
        if (resolutionMinutes < firstResponseMinutes)
            return "The resolution target must not be shorter than the first-response target.";

        await using (var connection = await connections.OpenAsync(cancellationToken))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO sla_policies (name, first_response_minutes, resolution_minutes, updated_at) VALUES (@Name, @First, @Resolution, @Now) " +
                "ON CONFLICT (name) DO UPDATE SET first_response_minutes = excluded.first_response_minutes, resolution_minutes = excluded.resolution_minutes, updated_at = excluded.updated_at",
                new { Name = name, First = firstResponseMinutes, Resolution = resolutionMinutes, Now = clock.GetUtcNow().ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
        }

        Invalidate();
        await audit.RecordAsync(actor, "sla.policy.save", "sla-policy:" + name, $"first response {firstResponseMinutes} min, resolution {resolutionMinutes} min", cancellationToken);
        return null;
    }

    public async Task<string?> SaveCalendarAsync(string federalState, LocalTime opens, LocalTime closes, string actor, CancellationToken cancellationToken)
    {
        federalState = federalState.Trim().ToUpperInvariant();
        if (!GermanHolidays.States.Contains(federalState))
            return $"\"{federalState}\" is not a German federal state code.";
        if (closes <= opens)
            return "Closing time must be after opening time.";

        await using (var connection = await connections.OpenAsync(cancellationToken))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE sla_calendar SET federal_state = @State, opens_minutes = @Opens, closes_minutes = @Closes, updated_at = @Now WHERE id = 1",
                new { State = federalState, Opens = opens.Hour * 60 + opens.Minute, Closes = closes.Hour * 60 + closes.Minute, Now = clock.GetUtcNow().ToUnixTimeMilliseconds() },
                cancellationToken: cancellationToken));
        }

        Invalidate();
        await audit.RecordAsync(actor, "sla.calendar.save", "sla-calendar", $"{federalState} {opens:HH:mm}-{closes:HH:mm}", cancellationToken);
        return null;
    }

    private void Invalidate()
    {
        Interlocked.Increment(ref _version);
        _snapshot = null;
    }

    private async Task<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is { } snapshot)
        {
            return snapshot;
        }

        var version = Volatile.Read(ref _version);

        await using var connection = await connections.OpenAsync(cancellationToken);
        var policies = (await connection.QueryAsync<(string Name, long First, long Resolution)>(new CommandDefinition(
                "SELECT name, first_response_minutes, resolution_minutes FROM sla_policies ORDER BY name", cancellationToken: cancellationToken)))
            .Select(p => new SlaPolicy(p.Name, Duration.FromMinutes(p.First), Duration.FromMinutes(p.Resolution))).ToList();
        if (policies.Count == 0)
        {
            policies = [.. SlaPolicies.All];
        }

        var row = await connection.QuerySingleOrDefaultAsync<(string State, long Opens, long Closes)?>(new CommandDefinition(
            "SELECT federal_state, opens_minutes, closes_minutes FROM sla_calendar WHERE id = 1", cancellationToken: cancellationToken));
        var calendar = row is { } r
            ? new SlaCalendarSettings(r.State, LocalTime.FromMinutesSinceMidnight((int)r.Opens), LocalTime.FromMinutesSinceMidnight((int)r.Closes))
            : new SlaCalendarSettings(options.Value.FederalState.ToUpperInvariant(), new LocalTime(8, 0), new LocalTime(17, 0));
        var fresh = new Snapshot(policies, calendar, new SlaClock(new BusinessCalendar(calendar.FederalState, opens: calendar.Opens, closes: calendar.Closes)));
        if (Volatile.Read(ref _version) == version)
        {
            _snapshot = fresh;
        }

        return fresh;
    }
}
