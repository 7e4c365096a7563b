using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Routing;
using HappyButtons.Tests.Intake;
using static HappyButtons.Tests.Routing.RoutingTestData;

namespace HappyButtons.Tests.Routing;

public sealed class RoutingEvaluatorTests
{
    private static readonly RuleActions ToSales = new() { Department = "sales" };
    private static readonly RuleActions ToSupport = new() { Department = "support" };

    [Fact]
    public void Rules_RunInOrder_AndTheFirstMatchingStopRuleDecides()
    {
        var evaluator = new RoutingEvaluator([
            Rule("b", 20, new RuleConditions { Intents = ["order"] }, ToSupport),
            Rule("a", 10, new RuleConditions { Intents = ["order"] }, ToSales),
        ]);

        var decision = evaluator.Evaluate(Input(Intent.Order));

        Assert.Equal(Department.Sales, decision.Department);
        Assert.Equal("a", decision.DecidingRuleId);
        Assert.Equal(["a", "b"], decision.Trace.Select(t => t.RuleId));
        Assert.Equal(RuleOutcome.NotReached, decision.Trace[1].Outcome);
    }

    [Fact]
    public void ContinueRule_AddsTags_AndLetsLaterRulesDecide()
    {
        var evaluator = new RoutingEvaluator([
            Rule("tag", 10, new RuleConditions { Intents = ["order"] }, new RuleActions { Tags = ["seen"], RaiseUrgencyTo = "high" }, stop: false),
            Rule("route", 20, new RuleConditions { Intents = ["order"] }, ToSales with { Tags = ["sales"] }),
        ]);

        var decision = evaluator.Evaluate(Input(Intent.Order));

        Assert.Equal(Department.Sales, decision.Department);
        Assert.Equal(["seen", "sales"], decision.Tags);
        Assert.Equal(Urgency.High, decision.Urgency);
        Assert.Equal(2, decision.MatchedRules.Count());
    }

    [Fact]
    public void DisabledRule_IsSkipped_AndShownAsDisabled()
    {
        var evaluator = new RoutingEvaluator([
            Rule("off", 10, new RuleConditions { Intents = ["order"] }, ToSupport, enabled: false),
            Rule("on", 20, new RuleConditions { Intents = ["order"] }, ToSales),
        ]);

        var decision = evaluator.Evaluate(Input(Intent.Order));

        Assert.Equal(Department.Sales, decision.Department);
        Assert.Equal(RuleOutcome.Disabled, decision.Trace[0].Outcome);
    }

    [Fact]
    public void Trace_ExplainsEachCondition_OfANonMatchingRule()
    {
        var evaluator = new RoutingEvaluator([
            Rule("oem", 10, new RuleConditions { Intents = ["order"], CustomerTypes = ["oem"], Mailboxes = ["sales"] }, ToSales),
        ]);

        var trace = evaluator.Evaluate(Input(Intent.Order)).Trace.Single();

        Assert.Equal(RuleOutcome.NotMatched, trace.Outcome);
        Assert.Contains(trace.Conditions, c => c.Condition == "intent" && c.Matched);
        Assert.Contains(trace.Conditions, c => c.Condition == "customer type" && !c.Matched && c.Explanation.Contains("unknown"));
        Assert.Contains(trace.Conditions, c => c.Condition == "mailbox" && !c.Matched && c.Explanation.Contains("info"));
    }

    [Theory]
    [InlineData("*@autowerk-sued.de", true)]
    [InlineData("autowerk-sued.de", true)]
    [InlineData("einkauf@*", true)]
    [InlineData("a.weber@autowerk-sued.de", false)]
    [InlineData("*@kessler-group.com", false)]
    public void SenderCondition_SupportsExactDomainAndWildcards(string pattern, bool matches)
    {
        var evaluator = new RoutingEvaluator([Rule("s", 10, new RuleConditions { Senders = [pattern] }, ToSales)]);

        var decision = evaluator.Evaluate(Input(Intent.GeneralInquiry, from: "einkauf@autowerk-sued.de"));

        Assert.Equal(matches, decision.Department == Department.Sales);
    }

    [Fact]
    public void KeywordRegexAttachmentAndRiskConditions_AllMustHold()
    {
        var rule = Rule("all", 10, new RuleConditions
        {
            AnyKeywords = ["Prüfbericht", "test report"],
            AllKeywords = ["knöpfe"],
            Regex = @"\bHB-\d{4}\b",
            AttachmentTypes = [".pdf"],
            MaximumRiskScore = 20,
            Languages = ["de"],
        }, ToSupport);
        var evaluator = new RoutingEvaluator([rule]);
        var withPdf = Mails.TestMail("kontakt@neukunde-textil.de", "Pruefbericht", "Anbei der Prüfbericht für die Knöpfe HB-4711.",
            attachments: [new IntakeAttachment("bericht.PDF", "application/pdf", 1000)]);
        var withoutPdf = Mails.TestMail("kontakt@neukunde-textil.de", "Pruefbericht", "Anbei der Prüfbericht für die Knöpfe HB-4711.");

        Assert.Equal(Department.Support, evaluator.Evaluate(Input(withPdf, Intent.TechnicalSupport)).Department);
        var missed = evaluator.Evaluate(Input(withoutPdf, Intent.TechnicalSupport));
        Assert.Equal(Department.Info, missed.Department);
        Assert.Contains(missed.Trace[0].Conditions, c => c.Condition == "attachment" && !c.Matched);
    }

    [Fact]
    public void CatastrophicBacktrackingRegex_TimesOut_AndTheMailGoesToInfoWithTheError()
    {
        var evaluator = new RoutingEvaluator([
            Rule("evil", 10, new RuleConditions { Regex = "(a+)+$" }, ToSales),
            Rule("later", 20, new RuleConditions { Intents = ["order"] }, ToSupport),
        ]);
        var message = Mails.TestMail("kontakt@neukunde-textil.de", "Test", new string('a', 40) + "!");

        var decision = evaluator.Evaluate(Input(message, Intent.Order));

        Assert.Equal(Department.Info, decision.Department);
        Assert.NotNull(decision.Error);
        Assert.Contains("RegexMatchTimeoutException", decision.Error);
        Assert.Equal(RuleOutcome.Failed, decision.Trace[0].Outcome);
        Assert.Equal(RuleOutcome.NotReached, decision.Trace[1].Outcome);
        Assert.Equal(AutomationPolicy.Never, decision.Automation);
        Assert.Contains("routing-error", decision.Tags);
    }

    [Fact]
    public void RuleWithInvalidValues_FailsSafely_InsteadOfThrowing()
    {
        var evaluator = new RoutingEvaluator([Rule("bad", 10, new RuleConditions { Intents = ["orders"] }, new RuleActions { Department = "marketing" })]);

        var decision = evaluator.Evaluate(Input(Intent.Order));

        Assert.Equal(Department.Info, decision.Department);
        Assert.Contains("unknown intent", decision.Error);
    }

    [Fact]
    public void FraudHold_ForcesAutomationNever_EvenIfALaterRuleAllowsAutoSend()
    {
        var evaluator = new RoutingEvaluator([
            Rule("hold", 10, new RuleConditions { Intents = ["invoice_request"] }, new RuleActions { FraudHold = true }, stop: false),
            Rule("auto", 20, new RuleConditions { Intents = ["invoice_request"] }, new RuleActions { Department = "finance", Automation = AutomationPolicy.AutoSendWhenConfident }),
        ]);

        var decision = evaluator.Evaluate(Input(Intent.InvoiceRequest));

        Assert.True(decision.FraudHold);
        Assert.Equal(AutomationPolicy.Never, decision.Automation);
    }

    [Fact]
    public void NoMatchingRule_GoesToInfo_WithStandardSla()
    {
        var decision = new RoutingEvaluator([]).Evaluate(Input(Intent.Order));

        Assert.Equal(Department.Info, decision.Department);
        Assert.Equal("standard", decision.SlaPolicy);
        Assert.Null(decision.Error);
    }
}
