using NodaTime;

namespace HappyButtons.Engine.Routing.Sla;

public enum SlaState { OnTrack, Warning, Breached }

/// <summary>Where a running SLA target stands: warning from 80 % of the business time, breached at 100 %.</summary>
public sealed record SlaStatus(SlaState State, Instant DueAt, Duration BusinessTimeLeft, double ElapsedFraction);
