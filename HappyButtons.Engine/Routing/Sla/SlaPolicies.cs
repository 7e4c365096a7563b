using NodaTime;

namespace HappyButtons.Engine.Routing.Sla;

/// <summary>The default SLA policies; a business day is the 9 working hours 08:00-17:00.</summary>
public static class SlaPolicies
{
    public const string StandardName = "standard";
    public const string Oem1hName = "oem-1h";
    public const string Critical30mName = "critical-30m";
    public const string FinanceName = "finance";

    public static readonly Duration BusinessDay = Duration.FromHours(9);

    public static SlaPolicy Standard { get; } = new(StandardName, Duration.FromHours(8), BusinessDay * 3);
    public static SlaPolicy Oem1h { get; } = new(Oem1hName, Duration.FromHours(1), BusinessDay);
    public static SlaPolicy Critical30m { get; } = new(Critical30mName, Duration.FromMinutes(30), Duration.FromHours(4));
    public static SlaPolicy Finance { get; } = new(FinanceName, BusinessDay, BusinessDay * 3);

    public static IReadOnlyList<SlaPolicy> All { get; } = [Standard, Oem1h, Critical30m, Finance];

    public static IReadOnlyList<string> Names { get; } = All.Select(p => p.Name).ToList();

    public static SlaPolicy? Find(string name) =>
        All.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
