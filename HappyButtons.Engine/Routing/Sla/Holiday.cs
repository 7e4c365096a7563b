using NodaTime;

namespace HappyButtons.Engine.Routing.Sla;

/// <summary>A public holiday on which no business time passes.</summary>
public sealed record Holiday(LocalDate Date, string Name);
