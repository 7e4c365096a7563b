using System.Text.Json.Nodes;
using HappyButtons.Engine.Agents;
using HappyButtons.Engine.Agents.Sales;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Orders;
using HappyButtons.Engine.Replies;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Agents;

/// <summary>The sales agent on realistic German and English mails: order drafts, quotes at the customer's prices, order status from the real order.</summary>
public sealed class SalesAgentTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly AgentSite _site = new();

    public Task InitializeAsync() => _site.SeedCatalogAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private SalesAgent Agent => _site.Services.GetRequiredService<SalesAgent>();

    [Fact]
    public async Task AGermanPurchaseOrder_BecomesAnOrderDraft_WithCustomerPoNumberAndLines_AndAConfirmationReply()
    {
        var task = await _site.TaskForAsync("sales", AgentSite.Mail("Bestellung 4500123987",
            "Sehr geehrte Damen und Herren,\n\nhiermit bestellen wir (Bestellnummer 4500123987):\n" +
            "Pos. 10  4.000 Stück HB-HN-2007 Hornknopf 20 mm dunkelbraun\nPos. 20  2.500 Stück HB-HN-2507 Hornknopf 25 mm dunkelbraun\n\n" +
            "Gewünschter Liefertermin: 22.12.2026\n\nMit freundlichen Grüßen\nClaudia Lindner\nModehaus Lindner GmbH",
            AgentSite.From("Claudia Lindner", "claudia@modehaus-lindner.de")));

        Assert.Equal("sales", task.Agent);
        var order = task.Of(ProposalKind.Order)!;
        Assert.Equal("30101", order.Payload.String("customerId"));
        Assert.Equal("4500123987", order.Payload.String("poNumber"));
        var lines = ((JsonArray)order.Payload["lines"]!).OfType<JsonObject>().ToList();
        Assert.Equal(["HB-HN-2007", "HB-HN-2507"], lines.Select(l => l.String("sku")));
        Assert.Equal([4000L, 2500L], lines.Select(l => l["quantity"]!.GetValue<long>()));
        Assert.Equal(0.3850m, lines[0]["unitPrice"]!.GetValue<decimal>()); // the customer's own price, not the list price 0.42
        Assert.InRange(order.Confidence, 0.7, 1);
        Assert.Contains("4500123987", order.Reason);

        var reply = task.Of(ProposalKind.Reply)!;
        var body = reply.Payload.String("body")!;
        Assert.StartsWith("Guten Tag Claudia Lindner,", body);
        Assert.Contains("Bestellung 4500123987", body);
        Assert.Contains(ReplyDrafting.PendingOrderNumber, body);
        Assert.Contains("22.12.2026", body);
        Assert.Contains("Amtsgericht", body); // the §35a signature
    }

    [Fact]
    public async Task AnEnglishPurchaseOrder_GetsAnEnglishConfirmation_AddressedToTheContact()
    {
        var task = await _site.TaskForAsync("sales", AgentSite.Mail("Purchase order PO-77812",
            "Dear Sales Team,\n\nplease find our purchase order PO-77812:\n- 10,000 pcs HB-2210 metal shank button 18mm antique brass at EUR 0.26 per piece\n" +
            "- 2,500 pcs HB-1010 shirt button white 11mm, EUR 0.030\n\nRequested delivery date: 30 April 2027.\n\nKind regards, Oliver Grant",
            AgentSite.From("Oliver Grant", "o.grant@brightwear.co.uk")));

        var order = task.Of(ProposalKind.Order)!;
        Assert.Equal("30104", order.Payload.String("customerId"));
        Assert.Equal("PO-77812", order.Payload.String("poNumber"));
        var reply = task.Of(ProposalKind.Reply)!;
        Assert.Equal("en", reply.Payload.String("language"));
        Assert.StartsWith("Dear Oliver Grant,", reply.Payload.String("body"));
        Assert.Contains("thank you for your order PO-77812", reply.Payload.String("body"));
        Assert.Contains("30 April 2027", reply.Payload.String("body"));
    }

    [Fact]
    public async Task AQuoteRequest_IsAnsweredWithTheCustomersOwnPrices_WhereItHasThem()
    {
        var context = AgentSite.Context("sales", Intent.QuoteRequest, Language.De, "20011", "Anfrage Knöpfe",
            "Guten Tag,\n\nbitte senden Sie uns ein Angebot über 50.000 Stück HB-4711.\n\nViele Grüße\nThomas Faden",
            new ReplyContact(ContactGender.Male, "Dipl.-Ing.", "Thomas", "Faden"));

        var proposal = Assert.Single(await Agent.ProposeAsync(context, None));

        Assert.Equal(ProposalKind.Reply, proposal.Kind);
        var line = Assert.Single(((JsonArray)proposal.Payload["quote"]!).OfType<JsonObject>());
        Assert.Equal("HB-4711", line.String("sku"));
        Assert.Equal(0.0360m, line["unitPrice"]!.GetValue<decimal>());
        Assert.Equal("customer", line.String("priceSource"));
        var body = proposal.Payload.String("body")!;
        Assert.StartsWith("Sehr geehrter Herr Dipl.-Ing. Faden,", body);
        Assert.Contains("50.000 Stk HB-4711", body);
        Assert.Contains("0,036 EUR", body);
        Assert.Contains("1 product(s), 1 at the customer's own prices", proposal.Reason);
    }

    [Fact]
    public async Task AnEnglishQuoteRequest_OfAnUnknownSender_IsQuotedAtListPrice()
    {
        var context = AgentSite.Context("sales", Intent.QuoteRequest, Language.En, null, "Request for quotation",
            "Hello,\n\ncould you quote 5,000 pcs HB-HN-2007 horn buttons?\n\nThanks, Jamie");

        var proposal = Assert.Single(await Agent.ProposeAsync(context, None));

        var line = Assert.Single(((JsonArray)proposal.Payload["quote"]!).OfType<JsonObject>());
        Assert.Equal(0.42m, line["unitPrice"]!.GetValue<decimal>());
        Assert.Equal("list", line.String("priceSource"));
        Assert.StartsWith("Dear Sir or Madam,", proposal.Payload.String("body"));
        Assert.Contains("unit price 0.42 EUR", proposal.Payload.String("body"));
    }

    [Fact]
    public async Task AForwardedOrder_WhoseLinesAreOnlyInTheQuotedMail_BecomesAnOrderDraft()
    {
        var task = await _site.TaskForAsync("sales", AgentSite.Mail("WG: Nachbestellung Hornknöpfe",
            "Hallo zusammen,\n\nbitte die Bestellung unten wie besprochen ausführen.\n\nGruß\nMarkus Lindner\n\n" +
            "-----Ursprüngliche Nachricht-----\nVon: Claudia Lindner <claudia@modehaus-lindner.de>\nGesendet: Freitag, 4. Dezember 2026 16:12\n" +
            "An: Lindner, Markus\nBetreff: Nachbestellung Hornknöpfe\n\nBestellnummer 4500125530\n\n" +
            "3.000 Stück HB-HN-2007 Hornknopf 20 mm dunkelbraun\n1.500 Stück HB-HN-2507 Hornknopf 25 mm dunkelbraun\n\nDanke\nClaudia",
            AgentSite.From("Markus Lindner", "markus@modehaus-lindner.de")));

        var order = task.Of(ProposalKind.Order) ?? throw new Xunit.Sdk.XunitException(
            $"no order draft among {string.Join(", ", task.Proposals.Select(p => p.Kind + ": " + p.Reason))} (intent {task.Intent})");
        var lines = ((JsonArray)order.Payload["lines"]!).OfType<JsonObject>().ToList();
        Assert.Equal(["HB-HN-2007", "HB-HN-2507"], lines.Select(l => l.String("sku")));
        Assert.Equal([3000L, 1500L], lines.Select(l => l["quantity"]!.GetValue<long>()));
        Assert.Equal("4500125530", order.Payload.String("poNumber"));
    }

    [Fact]
    public async Task AnOrderAboveOurQuotedOffer_OrdersOnlyWhatItsOwnWordsSay()
    {
        var task = await _site.TaskForAsync("sales", AgentSite.Mail("Bestellung 4500125777",
            "Sehr geehrte Damen und Herren,\n\nhiermit bestellen wir (Bestellnummer 4500125777) 2.000 Stück HB-HN-2007, Lieferung bis 18.01.2027.\n\nMit freundlichen Grüßen\nClaudia Lindner\n\n" +
            "Am 01.12.2026 um 10:15 schrieb Happy Buttons Vertrieb:\n> gerne bieten wir Ihnen an:\n> - 5.000 Stück HB-HN-2507 Hornknopf 25 mm dunkelbraun\n" +
            "> - 2.000 Stück HB-HN-2007 Hornknopf 20 mm dunkelbraun",
            AgentSite.From("Claudia Lindner", "claudia@modehaus-lindner.de")));

        var order = task.Of(ProposalKind.Order) ?? throw new Xunit.Sdk.XunitException(
            $"no order draft among {string.Join(", ", task.Proposals.Select(p => p.Kind + ": " + p.Reason))} (intent {task.Intent})");
        var line = Assert.Single(((JsonArray)order.Payload["lines"]!).OfType<JsonObject>());
        Assert.Equal("HB-HN-2007", line.String("sku"));
        Assert.Equal(2000L, line["quantity"]!.GetValue<long>());
    }

    [Fact]
    public async Task AnOrderStatusQuestion_IsAnsweredFromTheOrdersRealState()
    {
        var order = await _site.OrderAsync("30101", "4500999111", OrderState.InProduction, new NewOrderLine("HB-HN-2007", 2000));
        var german = AgentSite.Context("sales", Intent.OrderStatus, Language.De, "30101", "Liefertermin?",
            "Guten Tag,\n\nwie ist der Stand unserer Bestellung 4500999111? Wann können wir mit der Lieferung rechnen?\n\nGruß C. Lindner");
        var english = AgentSite.Context("sales", Intent.OrderStatus, Language.En, "30101", $"Status of {order.Number}", "Where is our order?");

        var de = Assert.Single(await Agent.ProposeAsync(german, None));
        var en = Assert.Single(await Agent.ProposeAsync(english, None));

        Assert.Equal(order.Number, de.Payload.String("orderNumber"));
        Assert.Equal("in_production", de.Payload.String("orderState"));
        Assert.Contains($"Bestellung {order.Number} (Ihre Bestellnummer 4500999111)", de.Payload.String("body"));
        Assert.Contains("in der Fertigung", de.Payload.String("body"));
        Assert.Contains("po_number", de.Reason);
        Assert.Contains("currently in production", en.Payload.String("body"));
        Assert.InRange(en.Confidence, 0.85, 1);
    }

    [Fact]
    public async Task AStatusQuestion_NeverAnswersWithAnotherCustomersOrder_ButPromisesTheAnswer()
    {
        var other = await _site.OrderAsync("10042", "X-1", OrderState.Confirmed, new NewOrderLine("HB-9001", 10000));
        var context = AgentSite.Context("sales", Intent.OrderStatus, Language.De, "30102", "Status", $"Wo ist Auftrag {other.Number}?");

        var reply = Assert.Single(await Agent.ProposeAsync(context, None));

        Assert.Null(reply.Payload.String("orderNumber"));
        Assert.DoesNotContain(other.Number, reply.Payload.String("body"));
        Assert.Contains("innerhalb eines Werktages", reply.Payload.String("body"));
        Assert.True(reply.Confidence < 0.5, $"confidence {reply.Confidence}: a promise to look, never executed on its own");
        Assert.StartsWith("No order of the sender matches", reply.Reason);
    }
}
