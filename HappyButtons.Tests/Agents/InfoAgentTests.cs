using System.Text.Json.Nodes;
using HappyButtons.Engine.Agents;
using HappyButtons.Engine.Agents.Info;
using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Replies;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Agents;

/// <summary>The info agent's triage and answers, and the coordinator's hand-over of an order inside a complaint to sales.</summary>
public sealed class InfoAgentTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly AgentSite _site = new();

    public Task InitializeAsync() => _site.SeedCatalogAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private InfoAgent Agent => _site.Services.GetRequiredService<InfoAgent>();

    [Fact]
    public async Task AnOrderInTheCentralMailbox_IsHandedToSales_WithTheReason()
    {
        var context = AgentSite.Context("info", Intent.Order, Language.De, "30101", "Bestellung", "Wir bestellen 2.000 Stück HB-HN-2007.");

        var handoff = Assert.Single(await Agent.ProposeAsync(context, None));

        Assert.Equal(ProposalKind.Handoff, handoff.Kind);
        Assert.Equal("sales", handoff.Payload.String("to"));
        Assert.Equal("Classified as order: sales handles it", handoff.Reason);
    }

    [Fact]
    public async Task AGeneralInquiry_InEnglish_IsAcknowledgedWithTheCaseNumber()
    {
        var context = AgentSite.Context("info", Intent.GeneralInquiry, Language.En, null, "Visiting your factory",
            "Hello, can we visit your production in Bavaria next spring? Regards, Sam", conversationId: 12);

        var reply = Assert.Single(await Agent.ProposeAsync(context, None));

        Assert.Equal(ProposalKind.Reply, reply.Kind);
        Assert.StartsWith("Dear Sir or Madam,", reply.Payload.String("body"));
        Assert.Contains(TicketNumber.Format(12), reply.Payload.String("body"));
        Assert.Equal($"Re: Visiting your factory [{TicketNumber.Format(12)}]", reply.Payload.String("subject"));
    }

    [Fact]
    public async Task AnAdministratorsEditOfATemplate_IsWhatTheNextProposalSays_AndRestoringTheOldVersionBringsItBack()
    {
        var context = AgentSite.Context("info", Intent.GeneralInquiry, Language.De, null, "Werksbesuch",
            "Guten Tag, können wir Ihre Fertigung besichtigen? Gruß, Sam", conversationId: 7);
        var before = Assert.Single(await Agent.ProposeAsync(context, None)).Payload.String("body")!;
        var templates = _site.Services.GetRequiredService<ReplyTemplateStore>();
        var stored = await _site.Services.GetRequiredService<ReplyTemplateCache>().FindAsync("general-inquiry", Language.De, None)
                     ?? throw new Xunit.Sdk.XunitException("the seeded template general-inquiry is missing");

        var saved = await templates.SaveAsync("general-inquiry", Language.De, stored.Intent, stored.Title,
            stored.Body.Replace("{{ salutation }},", "{{ salutation }},\n\nherzlichen Dank, dass Sie an uns gedacht haben."), stored.Version, "admin", None);
        var edited = Assert.Single(await Agent.ProposeAsync(context, None)).Payload.String("body")!;
        await templates.RestoreAsync(stored.Id, stored.Version, "admin", None);
        var restored = Assert.Single(await Agent.ProposeAsync(context, None)).Payload.String("body")!;

        Assert.True(saved.Succeeded, saved.Refusal.ToString());
        Assert.DoesNotContain("herzlichen Dank, dass Sie an uns gedacht haben", before);
        Assert.Contains("herzlichen Dank, dass Sie an uns gedacht haben", edited);
        Assert.Equal(before, restored);
    }

    [Fact]
    public async Task AGermanGeneralInquiry_ThroughThePipeline_GetsAFormalReply()
    {
        var task = await _site.TaskForAsync("info", AgentSite.Mail("Frage zu Ihrem Unternehmen",
            "Sehr geehrte Damen und Herren,\n\nich interessiere mich für Ihr Unternehmen und hätte gerne allgemeine Informationen über Ihre Firma und Ihre Öffnungszeiten.\n\nMit freundlichen Grüßen\nPetra Schmidt",
            AgentSite.From("Petra Schmidt", "p.schmidt@uniform-schmidt.de"), "info@happybuttons.de"));

        var reply = task.Of(ProposalKind.Reply) ?? throw new Xunit.Sdk.XunitException($"no reply among {string.Join(", ", task.Proposals.Select(p => p.Kind + ": " + p.Reason))} (intent {task.Intent}, {task.Department})");
        Assert.StartsWith("Guten Tag Petra Schmidt,", reply.Payload.String("body"));
        Assert.Contains("Vorgang HB-", reply.Payload.String("body"));
    }

    [Fact]
    public async Task AComplaintThatAlsoOrders_ReachesSalesToo_AsAnOrderDraftInTheSameTask()
    {
        var context = AgentSite.Context("support", Intent.Complaint, Language.De, "30101", "Reklamation Lieferung und Nachbestellung",
            "Sehr geehrte Damen und Herren,\n\ndie gelieferten Hornknöpfe sind teilweise gebrochen. Bitte prüfen Sie das.\n\n" +
            "Außerdem bestellen wir hiermit zusätzlich 2.500 Stück HB-HN-2507 zur Lieferung bis 22.12.2026.\n\nMit freundlichen Grüßen\nClaudia Lindner",
            new ReplyContact(ContactGender.Female, null, "Claudia", "Lindner"));

        var (agent, proposals, error) = await _site.Coordinator.ProposeAsync(context, None);

        Assert.Null(error);
        Assert.NotEqual("sales", agent); // the support department's agent (or info standing in) keeps the task
        var order = Assert.Single(proposals, p => p.Kind == ProposalKind.Order);
        Assert.Equal("sales", order.Payload.String("agent"));
        var line = Assert.Single(((JsonArray)order.Payload["lines"]!).OfType<JsonObject>(), l => l.String("sku") == "HB-HN-2507");
        Assert.Equal(2500, line["quantity"]!.GetValue<long>());
        Assert.Contains("handed to sales", order.Reason);
    }

    [Fact]
    public async Task AQuoteRequestRoutedToFinance_IsHandedToSales_WhenTheFinanceAgentHasNothingToOffer()
    {
        var context = AgentSite.Context("finance", Intent.QuoteRequest, Language.De, "30101", "Angebot", "Bitte ein Angebot über Knöpfe.");

        var (_, proposals, _) = await _site.Coordinator.ProposeAsync(context, None);

        var handoff = Assert.Single(proposals);
        Assert.Equal(ProposalKind.Handoff, handoff.Kind);
        Assert.Equal("sales", handoff.Payload.String("to"));
    }
}
