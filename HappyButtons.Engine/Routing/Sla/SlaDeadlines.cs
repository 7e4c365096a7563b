using NodaTime;

namespace HappyButtons.Engine.Routing.Sla;

/// <summary>The due instants of a policy for a mail received at <see cref="Start"/>.</summary>
public sealed record SlaDeadlines(string Policy, Instant Start, Instant FirstResponseDue, Instant ResolutionDue);
