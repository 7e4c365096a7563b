using HappyButtons.Engine.Routing;
using HappyButtons.Engine.Routing.Sla;
using static HappyButtons.Tests.Routing.RoutingTestData;

namespace HappyButtons.Tests.Routing;

public sealed class RoutingRuleValidatorTests
{
    private readonly RoutingRuleValidator _validator = new(SlaPolicies.Names);
    private static readonly RuleActions ToSales = new() { Department = "sales" };

    [Fact]
    public void DefaultRules_AreValid()
    {
        Assert.Empty(_validator.Validate(DefaultRoutingRules.All));
        Assert.True(DefaultRoutingRules.All.Count >= 10);
    }

    [Fact]
    public void InvalidRegex_IsRejected_WithAReadableMessage()
    {
        var errors = _validator.Validate(Rule("r", 10, new RuleConditions { Regex = "Rechnung (\\d+" }, ToSales));

        var error = Assert.Single(errors);
        Assert.Equal("regex", error.Field);
        Assert.Contains("not a valid regular expression", error.Message);
    }

    [Fact]
    public void UnknownDepartmentIntentUrgencyAndSla_AreRejected()
    {
        var rule = Rule("r", 10,
            new RuleConditions { Intents = ["orders"], MinimumUrgency = "very high", Languages = ["fr"], CustomerTypes = ["vip"] },
            new RuleActions { Department = "marketing", SlaPolicy = "gold", SetUrgency = "asap" });

        var fields = _validator.Validate(rule).Select(e => e.Field).ToList();

        Assert.Equal(["intents", "languages", "customer types", "minimum urgency", "department", "urgency", "SLA policy"], fields);
    }

    [Fact]
    public void EmptyNameAndEmptyActions_AreRejected()
    {
        var errors = _validator.Validate(new RoutingRule("r", " ", 10, new RuleConditions { Intents = ["order"] }, new RuleActions()));

        Assert.Contains(errors, e => e.Field == "name");
        Assert.Contains(errors, e => e.Field == "actions");
    }

    [Fact]
    public void UnconditionalStopRule_IsRejected_WhenItIsNotLast()
    {
        var rules = new[]
        {
            Rule("catch-all", 10, new RuleConditions(), ToSales),
            Rule("orders", 20, new RuleConditions { Intents = ["order"] }, ToSales),
        };

        var error = Assert.Single(_validator.Validate(rules));

        Assert.Equal("catch-all", error.RuleId);
        Assert.Contains("must be the last rule", error.Message);
    }

    [Fact]
    public void UnconditionalContinueRule_AndUnconditionalLastRule_AreAllowed()
    {
        var rules = new[]
        {
            Rule("tag-all", 5, new RuleConditions(), new RuleActions { Tags = ["intake"] }, stop: false),
            Rule("orders", 20, new RuleConditions { Intents = ["order"] }, ToSales),
            Rule("triage", 99, new RuleConditions(), new RuleActions { Department = "info" }),
        };

        Assert.Empty(_validator.Validate(rules));
    }

    [Fact]
    public void RiskBoundsEscalationAddressesAndDuplicateIds_AreChecked()
    {
        var rules = new[]
        {
            Rule("r", 10, new RuleConditions { MinimumRiskScore = 80, MaximumRiskScore = 20 }, new RuleActions { EscalateTo = ["chef at happybuttons"] }),
            Rule("r", 20, new RuleConditions { MaximumRiskScore = 120 }, ToSales),
        };

        var errors = _validator.Validate(rules);

        Assert.Contains(errors, e => e.Field == "risk score");
        Assert.Contains(errors, e => e.Field == "maximum risk score");
        Assert.Contains(errors, e => e.Field == "escalate to");
        Assert.Contains(errors, e => e.Field == "id");
    }
}
