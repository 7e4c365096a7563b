using System.Text.RegularExpressions;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Customers;

namespace HappyButtons.Engine.Routing;

/// <summary>
/// A rule with its text values parsed and its regex compiled once. A rule that cannot be compiled
/// keeps the reason in <see cref="Error"/>; the evaluator then fails it safely instead of throwing.
/// </summary>
internal sealed class CompiledRule
{
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(100);

    private CompiledRule(RoutingRule rule) => Rule = rule;

    public RoutingRule Rule { get; }
    public string? Error { get; private set; }
    public HashSet<Intent> Intents { get; } = [];
    public HashSet<Language> Languages { get; } = [];
    public HashSet<string> CustomerTypes { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Urgency? MinimumUrgency { get; private set; }
    public Regex? Regex { get; private set; }
    public string[] AnyKeywords { get; private set; } = [];
    public string[] AllKeywords { get; private set; } = [];
    public Department? Department { get; private set; }
    public Urgency? SetUrgency { get; private set; }
    public Urgency? RaiseUrgencyTo { get; private set; }

    public static CompiledRule Compile(RoutingRule rule)
    {
        var compiled = new CompiledRule(rule);
        try
        {
            compiled.Parse();
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            compiled.Error = e.Message;
        }
        return compiled;
    }

    private void Parse()
    {
        var c = Rule.Conditions;
        foreach (var name in c.Intents)
            Intents.Add(TaxonomyNames.TryParseIntent(name, out var intent) ? intent : throw new FormatException($"unknown intent \"{name}\""));
        foreach (var name in c.Languages)
            Languages.Add(Enum.TryParse<Language>(name, true, out var language) ? language : throw new FormatException($"unknown language \"{name}\""));
        foreach (var name in c.CustomerTypes)
            CustomerTypes.Add(name.Equals("unknown", StringComparison.OrdinalIgnoreCase) || Enum.TryParse<CustomerType>(name, true, out _)
                ? name : throw new FormatException($"unknown customer type \"{name}\""));
        MinimumUrgency = ParseUrgency(c.MinimumUrgency);
        if (!string.IsNullOrEmpty(c.Regex))
            Regex = new Regex(c.Regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeout);
        AnyKeywords = c.AnyKeywords.Select(TextFolding.Fold).ToArray();
        AllKeywords = c.AllKeywords.Select(TextFolding.Fold).ToArray();

        var a = Rule.Actions;
        if (a.Department is not null)
            Department = TaxonomyNames.TryParseDepartment(a.Department, out var department) ? department : throw new FormatException($"unknown department \"{a.Department}\"");
        SetUrgency = ParseUrgency(a.SetUrgency);
        RaiseUrgencyTo = ParseUrgency(a.RaiseUrgencyTo);
    }

    private static Urgency? ParseUrgency(string? name) =>
        name is null ? null : TaxonomyNames.TryParseUrgency(name, out var urgency) ? urgency : throw new FormatException($"unknown urgency \"{name}\"");
}
