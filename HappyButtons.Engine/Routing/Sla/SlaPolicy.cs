using NodaTime;

namespace HappyButtons.Engine.Routing.Sla;

/// <summary>Response targets in business time (working hours of the <see cref="BusinessCalendar"/>).</summary>
public sealed record SlaPolicy(string Name, Duration FirstResponse, Duration Resolution);
