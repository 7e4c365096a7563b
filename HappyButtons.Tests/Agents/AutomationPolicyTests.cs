using System.Text.Json.Nodes;
using HappyButtons.Engine.Agents;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HappyButtons.Tests.Agents;

/// <summary>The automation policy: only auto_send_when_confident executes, and never the risky kinds.</summary>
public sealed class AutomationPolicyTests
{
    private const string Auto = "auto_send_when_confident";
    private static readonly AgentAutomation Policy = new(Options.Create(new AgentOptions()));

    private static ProposalDraft Reply(double confidence = 0.95) =>
        new(ProposalKind.Reply, confidence, "reply", new JsonObject { ["body"] = "Sehr geehrte Damen und Herren, …" });

    private static ProposalDraft Order(decimal net) =>
        new(ProposalKind.Order, 0.97, "order", new JsonObject
        {
            ["customerId"] = "30101", ["net"] = net, ["lines"] = new JsonArray(new JsonObject { ["sku"] = "HB-HN-2007", ["quantity"] = 1000L }),
        });

    private static AgentContext Mail(Intent intent, bool fraudHold = false) =>
        AgentSite.Context("sales", intent, Language.De, "30101", "Betreff", "Text") with { FraudHold = fraudHold };

    [Fact]
    public void AConfidentLowRiskReply_RunsOnItsOwn_UnderAutoSend()
    {
        var decision = Policy.Decide(Auto, null, Mail(Intent.GeneralInquiry), [Reply()]);

        Assert.True(decision.Execute, decision.Note);
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("never")]
    [InlineData(null)]
    public void WithoutAutoSend_APersonAlwaysDecides(string? policy) =>
        Assert.False(Policy.Decide(policy, null, Mail(Intent.GeneralInquiry), [Reply()]).Execute);

    [Theory]
    [InlineData(Intent.BankChange)]
    [InlineData(Intent.Complaint)]
    [InlineData(Intent.ReturnRequest)]
    public void RiskyIntents_NeverRunOnTheirOwn(Intent intent)
    {
        var decision = Policy.Decide(Auto, 0.5, Mail(intent), [Reply(0.99)]);

        Assert.False(decision.Execute);
        Assert.StartsWith("Never automatic", decision.Note);
    }

    [Fact]
    public void AMailHeldByTheFraudChecks_NeverRunsOnItsOwn() =>
        Assert.False(Policy.Decide(Auto, 0.5, Mail(Intent.PaymentNotice, fraudHold: true), [Reply(0.99)]).Execute);

    [Theory]
    [InlineData(ProposalKind.Hold)]
    [InlineData(ProposalKind.Rma)]
    public void HoldsAndReturns_NeverRunOnTheirOwn(string kind) =>
        Assert.False(Policy.Decide(Auto, 0.5, Mail(Intent.GeneralInquiry), [new ProposalDraft(kind, 0.99, "x", [])]).Execute);

    [Fact]
    public void AnOrderAboveTheLimit_NeverRunsOnItsOwn_ButOneBelowDoes()
    {
        var above = Policy.Decide(Auto, null, Mail(Intent.Order), [Order(5000.01m)]);
        var below = Policy.Decide(Auto, null, Mail(Intent.Order), [Order(4999.99m)]);

        Assert.False(above.Execute);
        Assert.Contains("above the limit of 5,000.00 EUR", above.Note);
        Assert.True(below.Execute, below.Note);
    }

    [Fact]
    public void AProposalBelowTheRulesThreshold_WaitsForAPerson()
    {
        var decision = Policy.Decide(Auto, 0.97, Mail(Intent.GeneralInquiry), [Reply(0.95)]);

        Assert.False(decision.Execute);
        Assert.Equal("Confidence 95 % is below the rule's threshold 97 %: a person decides.", decision.Note);
    }

    [Fact]
    public async Task UnderAutoSend_TheCoordinatorExecutesTheSafeTask_AndHoldsTheBankChange_RecordingBoth()
    {
        await using var site = new AgentSite(new Dictionary<string, string?> { ["HappyButtons:Agents:DefaultAutomationThreshold"] = "0.5" });
        var inquiry = await site.ReceiveAsync("info", AgentSite.Mail("Frage zu Ihrem Unternehmen",
            "Sehr geehrte Damen und Herren,\n\nich interessiere mich für Ihr Unternehmen und hätte gerne allgemeine Informationen über Ihre Firma und Ihre Öffnungszeiten.\n\nMit freundlichen Grüßen\nPetra Schmidt",
            AgentSite.From("Petra Schmidt", "p.schmidt@uniform-schmidt.de"), "info@happybuttons.de"));
        var bank = await site.ReceiveAsync("finance", AgentSite.Mail("Neue Bankverbindung",
            "Sehr geehrte Damen und Herren,\n\nbitte ändern Sie unsere Bankverbindung: ab sofort IBAN DE02 1203 0000 0000 2020 51. Bitte bestätigen Sie die Änderung.\n\nMit freundlichen Grüßen\nPetra Schmidt",
            AgentSite.From("Petra Schmidt", "p.schmidt@uniform-schmidt.de"), "finance@happybuttons.de"));
        await using (var context = await site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync())
        {
            // As a routing rule with auto_send_when_confident would have set it.
            await context.Messages.Where(m => m.Id == inquiry.Message.Id || m.Id == bank.Message.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.Routing.Automation, Auto));
        }

        await site.Coordinator.RunAsync(CancellationToken.None);

        var auto = (await site.Tasks.GetAsync((await site.Tasks.OfMessageAsync(inquiry.Message.Id, CancellationToken.None))!.Value, CancellationToken.None))!;
        Assert.Equal(AgentTaskStatus.Done, auto.Status);
        Assert.True(auto.AutoExecuted);
        Assert.All(auto.Proposals, p => Assert.Equal("automatic", p.Outcome));
        Assert.StartsWith("Executed automatically", auto.AutomationNote);
        var audit = await site.Services.GetRequiredService<AuditLog>().RecentAsync(20, AgentTaskExecutor.AuditTarget(auto.Id), CancellationToken.None);
        Assert.Contains(audit, e => e.Action == "agent_task.auto" && e.Actor == AgentTaskExecutor.AutomationActor);

        var held = (await site.Tasks.GetAsync((await site.Tasks.OfMessageAsync(bank.Message.Id, CancellationToken.None))!.Value, CancellationToken.None))!;
        Assert.Equal(AgentTaskStatus.Proposed, held.Status);
        Assert.False(held.AutoExecuted);
        Assert.Contains(held.Proposals, p => p.Kind == ProposalKind.Hold);
        Assert.StartsWith("Never automatic", held.AutomationNote);
    }
}
