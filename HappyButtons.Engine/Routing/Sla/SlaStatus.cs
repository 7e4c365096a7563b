using NodaTime;

namespace HappyButtons.Engine.Routing.Sla;

public enum SlaState { OnTrack, Warning, Breached }

/// <summary>Where a running SLA target stands: warning from 80 % of the business time, breached at 100 %.</summary>
public sealed record SlaStatus(SlaState State, Instant DueAt, Duration BusinessTimeLeft, double ElapsedFraction);

/// <summary>The due instants of a policy for a mail received at <see cref="Start"/>.</summary>
public sealed record SlaDeadlines(string Policy, Instant Start, Instant FirstResponseDue, Instant ResolutionDue);
