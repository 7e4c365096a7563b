using System.Text.Json.Nodes;
using HappyButtons.Engine.Agents;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Replies;

namespace HappyButtons.Tests.Agents.Quality;

/// <summary>
/// The hand-over of an order inside a complaint, found by the held-out quality set: a complaint or return that only
/// refers to the order it is about ("on order AB-…", "zu viele bestellt") must not get a sales order draft; one that
/// orders more still does.
/// </summary>
public sealed class ComplaintHandOverTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly AgentSite _site = new();

    public Task InitializeAsync() => _site.SeedCatalogAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Theory]
    [InlineData(Intent.Complaint, Language.En, "30108", "Short delivery on order AB-2026-00008",
        "Dear Sir or Madam,\n\nwe only received 6,000 of the 8,000 jeans buttons HB-JN-27L-CU on order AB-2026-00008. Two cartons are missing.\n\nBest regards")]
    [InlineData(Intent.ReturnRequest, Language.De, "30102", "Rücksendung aus Auftrag AB-2026-00001",
        "Guten Tag,\n\nwir haben beim Auftrag AB-2026-00001 zu viele Zinnknöpfe bestellt und möchten 200 Stück HB-ZN-1400 originalverpackt zurücksenden.\n\nFreundliche Grüße")]
    [InlineData(Intent.Complaint, Language.De, "30106", "Reklamation Bestellung US-4471",
        "Sehr geehrte Damen und Herren,\n\nvon den mit unserer Bestellung US-4471 gelieferten Knöpfen HB-4H-18L-BLK sind 1.500 Stück gebrochen.\n\nMit freundlichen Grüßen")]
    public async Task AComplaintThatOnlyNamesItsOrder_GetsNoSalesOrderDraft(Intent intent, Language language, string customer, string subject, string text)
    {
        var context = AgentSite.Context("support", intent, language, customer, subject, text);

        var (_, proposals, error) = await _site.Coordinator.ProposeAsync(context, None);

        Assert.Null(error);
        Assert.DoesNotContain(proposals, p => p.Kind == ProposalKind.Order);
    }

    [Theory]
    [InlineData(Language.En, "30104", "The buttons HB-2220 are scratched. We would also like to order HB-2215, 2,500 pcs.", "HB-2215", 2500)]
    [InlineData(Language.En, "30104", "Some buttons arrived scratched. Please also send 2,000 pcs HB-2215 as a new order.", "HB-2215", 2000)]
    [InlineData(Language.De, "30101", "Die Hornknöpfe sind gebrochen. Bitte liefern Sie zusätzlich 2.500 Stück HB-HN-2507.", "HB-HN-2507", 2500)]
    [InlineData(Language.De, "30101", "Die Hornknöpfe sind gebrochen. Wir möchten außerdem 2.500 Stück HB-HN-2507 nachbestellen.", "HB-HN-2507", 2500)]
    public async Task AComplaintThatOrdersMore_StillReachesSales(Language language, string customer, string text, string sku, int quantity)
    {
        var context = AgentSite.Context("support", Intent.Complaint, language, customer, "Reklamation", text, ReplyContact.Unknown);

        var (_, proposals, error) = await _site.Coordinator.ProposeAsync(context, None);

        Assert.Null(error);
        var order = Assert.Single(proposals, p => p.Kind == ProposalKind.Order);
        var line = Assert.Single(((JsonArray)order.Payload["lines"]!).OfType<JsonObject>(), l => l.String("sku") == sku);
        Assert.Equal(quantity, line["quantity"]!.GetValue<long>());
    }
}
