using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Routing;
using HappyButtons.Engine.Routing.Sla;
using HappyButtons.Tests.Intake;

namespace HappyButtons.Tests.Routing;

/// <summary>The whole intake (enrich, classify, route, SLA) over the demo mails with the default rules.</summary>
public sealed class RoutingTableTests
{
    private static readonly IntakePipeline Pipeline = new(
        Mails.Enricher, Mails.Classifier, new RoutingEvaluator(DefaultRoutingRules.All), new SlaClock(new BusinessCalendar()));

    [Theory]
    [InlineData("oem-call-off", Department.Sales, Intent.Order, Urgency.High, "oem-1h")]
    [InlineData("oem-line-down", Department.Support, Intent.Complaint, Urgency.Critical, "critical-30m")]
    [InlineData("regular-order", Department.Sales, Intent.Order, Urgency.Normal, "standard")]
    [InlineData("english-quote", Department.Sales, Intent.QuoteRequest, Urgency.Normal, "standard")]
    [InlineData("order-status", Department.Sales, Intent.OrderStatus, Urgency.Normal, "standard")]
    [InlineData("complaint-colour", Department.Support, Intent.Complaint, Urgency.High, "standard")]
    [InlineData("return-rma", Department.Support, Intent.ReturnRequest, Urgency.High, "standard")]
    [InlineData("technical-corozo", Department.Support, Intent.TechnicalSupport, Urgency.Normal, "standard")]
    [InlineData("invoice-copy", Department.Finance, Intent.InvoiceRequest, Urgency.Normal, "finance")]
    [InlineData("payment-advice", Department.Finance, Intent.PaymentNotice, Urgency.Normal, "finance")]
    [InlineData("bank-change-fraud", Department.Finance, Intent.BankChange, Urgency.High, "finance")]
    [InlineData("bank-change-genuine", Department.Finance, Intent.BankChange, Urgency.Normal, "finance")]
    [InlineData("out-of-office", Department.Info, Intent.AutoReply, Urgency.Low, "standard")]
    [InlineData("bounce", Department.Info, Intent.AutoReply, Urgency.Low, "standard")]
    [InlineData("spam-seo", Department.Info, Intent.Spam, Urgency.Normal, "standard")]
    [InlineData("general-visit", Department.Info, Intent.GeneralInquiry, Urgency.Normal, "standard")]
    [InlineData("ceo-fraud", Department.Finance, Intent.BankChange, Urgency.High, "finance")]
    [InlineData("kessler-call-off-urgent", Department.Sales, Intent.Order, Urgency.Critical, "oem-1h")]
    [InlineData("attachment-only", Department.Info, Intent.GeneralInquiry, Urgency.Normal, "standard")]
    [InlineData("distributor-order-en", Department.Sales, Intent.Order, Urgency.Normal, "standard")]
    public void DemoMail_IsRoutedAsExpected(string key, Department department, Intent intent, Urgency urgency, string sla)
    {
        var result = Pipeline.Process(DemoMessages.Get(key));
        var why = string.Join(" | ", result.Classification.Reasons.Concat(result.Enrichment.Urgency.Reasons));

        Assert.Equal(intent, result.Classification.Intent);
        Assert.Equal(department, result.Routing.Department);
        Assert.Equal(urgency, result.Routing.Urgency);
        Assert.True(sla == result.Routing.SlaPolicy, $"SLA {result.Routing.SlaPolicy}; {why}");
        Assert.Null(result.Routing.Error);
    }

    [Fact]
    public void FraudulentBankChange_IsHeld_AndNeverAutomated()
    {
        var result = Pipeline.Process(DemoMessages.Get("bank-change-fraud"));

        Assert.True(result.Enrichment.Risk.Score >= 60, $"risk {result.Enrichment.Risk.Score}");
        Assert.True(result.Routing.FraudHold);
        Assert.Equal(AutomationPolicy.Never, result.Routing.Automation);
        Assert.Equal("fraud-high-risk", result.Routing.DecidingRuleId);
    }

    [Fact]
    public void LineDown_EscalatesToQualityAndSupportLeads_WithThirtyMinuteSla()
    {
        var result = Pipeline.Process(DemoMessages.Get("oem-line-down"));

        Assert.Equal([DefaultRoutingRules.QualityLead, DefaultRoutingRules.SupportLead], result.Routing.EscalateTo);
        Assert.Contains("key-account", result.Routing.Tags);
        Assert.Equal(DemoMessages.Get("oem-line-down").ReceivedAt.AddMinutes(30), result.Sla!.FirstResponseDue.ToDateTimeOffset());
    }

    [Fact]
    public void AutoRepliesAndSpam_AreArchived_WithoutSla()
    {
        foreach (var key in new[] { "out-of-office", "bounce", "spam-seo" })
        {
            var result = Pipeline.Process(DemoMessages.Get(key));
            Assert.True(result.Routing.Archive, key);
            Assert.Null(result.Sla);
        }
    }

    [Fact]
    public void AttachmentOnlyMail_GoesToTriage_AndNeedsReview()
    {
        var result = Pipeline.Process(DemoMessages.Get("attachment-only"));

        Assert.True(result.NeedsReview);
        Assert.Equal("triage", result.Routing.DecidingRuleId);
    }
}
