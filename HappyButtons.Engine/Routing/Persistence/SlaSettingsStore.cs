using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Routing.Sla;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HappyButtons.Engine.Routing.Persistence;

/// <summary>The SLA calendar an administrator chose: federal state and business hours (Europe/Berlin).</summary>
public sealed record SlaCalendarSettings(string FederalState, LocalTime Opens, LocalTime Closes);

/// <summary>
/// SLA policies and the business calendar from the database, seeded from <see cref="SlaPolicies"/> and
/// <c>HappyButtons:Intake:FederalState</c>. Cached; every change rebuilds the clock and is audited.
/// </summary>
public sealed class SlaSettingsStore(
    IDbContextFactory<HappyButtonsDbContext> contexts, ISqlDialect dialect, IOptions<IntakeOptions> options, AuditLog audit, TimeProvider clock)
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

    /// <summary>Adds the standard policies and the calendar where they are missing; what an administrator changed stays.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            var names = await context.SlaPolicies.Select(p => p.Name).ToListAsync(cancellationToken);
            context.SlaPolicies.AddRange(SlaPolicies.All.Where(p => !names.Contains(p.Name)).Select(p => new SlaPolicyEntry
            {
                Name = p.Name, FirstResponseMinutes = (int)p.FirstResponse.TotalMinutes, ResolutionMinutes = (int)p.Resolution.TotalMinutes, UpdatedAt = now,
            }));
            if (!await context.SlaCalendar.AnyAsync(cancellationToken))
            {
                context.SlaCalendar.Add(new SlaCalendar { FederalState = options.Value.FederalState.ToUpperInvariant(), OpensMinutes = 480, ClosesMinutes = 1020, UpdatedAt = now });
            }

            try
            {
                await context.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (dialect.IsUniqueViolation(e))
            {
                // Another node seeded at the same moment; its rows are the same defaults.
            }
        }

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

        await SavePolicyRowAsync(name, firstResponseMinutes, resolutionMinutes, cancellationToken);
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

        var now = clock.GetUtcNow();
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await context.SlaCalendar.Where(c => c.Id == 1).ExecuteUpdateAsync(u => u
                .SetProperty(c => c.FederalState, federalState)
                .SetProperty(c => c.OpensMinutes, opens.Hour * 60 + opens.Minute)
                .SetProperty(c => c.ClosesMinutes, closes.Hour * 60 + closes.Minute)
                .SetProperty(c => c.UpdatedAt, now), cancellationToken);
        }

        Invalidate();
        await audit.RecordAsync(actor, "sla.calendar.save", "sla-calendar", $"{federalState} {opens:HH:mm}-{closes:HH:mm}", cancellationToken);
        return null;
    }

    /// <summary>Inserts or updates one policy; a policy another administrator created at the same moment is updated instead.</summary>
    private async Task SavePolicyRowAsync(string name, int firstResponseMinutes, int resolutionMinutes, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var context = await contexts.CreateDbContextAsync(cancellationToken);
                var policy = await context.SlaPolicies.SingleOrDefaultAsync(p => p.Name == name, cancellationToken);
                if (policy is null)
                {
                    policy = new SlaPolicyEntry { Name = name };
                    context.SlaPolicies.Add(policy);
                }

                policy.FirstResponseMinutes = firstResponseMinutes;
                policy.ResolutionMinutes = resolutionMinutes;
                policy.UpdatedAt = clock.GetUtcNow();
                await context.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException e) when (attempt < 3 && dialect.IsUniqueViolation(e))
            {
            }
        }
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

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        // Sorted here: the providers' collations order text differently.
        var policies = (await context.SlaPolicies.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new SlaPolicy(p.Name, Duration.FromMinutes(p.FirstResponseMinutes), Duration.FromMinutes(p.ResolutionMinutes))).ToList();
        if (policies.Count == 0)
        {
            policies = [.. SlaPolicies.All];
        }

        var row = await context.SlaCalendar.AsNoTracking().SingleOrDefaultAsync(c => c.Id == 1, cancellationToken);
        var calendar = row is not null
            ? new SlaCalendarSettings(row.FederalState, LocalTime.FromMinutesSinceMidnight(row.OpensMinutes), LocalTime.FromMinutesSinceMidnight(row.ClosesMinutes))
            : new SlaCalendarSettings(options.Value.FederalState.ToUpperInvariant(), new LocalTime(8, 0), new LocalTime(17, 0));
        var fresh = new Snapshot(policies, calendar, new SlaClock(new BusinessCalendar(calendar.FederalState, opens: calendar.Opens, closes: calendar.Closes)));
        if (Volatile.Read(ref _version) == version)
        {
            _snapshot = fresh;
        }

        return fresh;
    }
}
