using NodaTime;

namespace HappyButtons.Engine.Routing.Sla;

/// <summary>Computes SLA due times and states on a <see cref="BusinessCalendar"/>.</summary>
public sealed class SlaClock(BusinessCalendar calendar)
{
    public const double WarningThreshold = 0.8;

    public BusinessCalendar Calendar => calendar;

    public SlaDeadlines Deadlines(SlaPolicy policy, Instant start) =>
        new(policy.Name, start, calendar.AddBusinessTime(start, policy.FirstResponse), calendar.AddBusinessTime(start, policy.Resolution));

    /// <summary>The state of a target of <paramref name="target"/> business time started at <paramref name="start"/>, seen at <paramref name="now"/>.</summary>
    public SlaStatus Status(Instant start, Duration target, Instant now)
    {
        var due = calendar.AddBusinessTime(start, target);
        var elapsed = calendar.BusinessTimeBetween(start, now);
        var fraction = target == Duration.Zero ? (now >= due ? 1 : 0) : elapsed / target;
        var left = target - elapsed;
        var state = now >= due || fraction >= 1 ? SlaState.Breached
            : fraction >= WarningThreshold ? SlaState.Warning
            : SlaState.OnTrack;
        return new SlaStatus(state, due, left < Duration.Zero ? Duration.Zero : left, fraction);
    }
}
