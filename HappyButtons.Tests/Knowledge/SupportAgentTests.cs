using System.Text.Json.Nodes;
using HappyButtons.Engine.Agents;
using HappyButtons.Engine.Agents.Support;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Documents;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Knowledge;
using HappyButtons.Engine.Orders;
using HappyButtons.Engine.Replies;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using HappyButtons.Tests.Orders;
using HappyButtons.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Knowledge;

/// <summary>The Support agent on realistic mails in German and English, over a real database with the seeded knowledge base and an order.</summary>
public abstract class SupportAgentTests(TestProvider provider)
{
    private sealed class Desk
    {
        public required SupportAgent Agent { get; init; }
        public required OrderSite Orders { get; init; }
        public required TestDatabase Database { get; init; }
        public long OrderId { get; set; }

        public async Task<long> ArticleIdAsync(string topic, string language)
        {
            await using var context = await Database.Contexts.CreateDbContextAsync();
            return await context.KnowledgeArticles.Where(a => a.Topic == topic && a.Language == language).Select(a => a.Id).SingleAsync();
        }
    }

    private static async Task<Desk> DeskAsync(TestDatabase database, CompanyOptions? company = null)
    {
        var orders = new OrderSite(database);
        await orders.SeedAsync();
        await using (var context = await database.Contexts.CreateDbContextAsync())
        {
            context.Contacts.Add(new Contact
            {
                CustomerNumber = "10042", FirstName = "Ingrid", LastName = "Krüger", Title = "Dr.", PreferredSalutation = "Frau", Email = "i.krueger@autowerk-sued.de",
            });
            await context.SaveChangesAsync();
        }

        var knowledge = new KnowledgeBase(database.Contexts, database.Services.GetRequiredService<ISqlDialect>(), new AuditLog(database.Contexts, orders.Clock), orders.Clock);
        await knowledge.SeedAsync(DefaultKnowledgeArticles.All, CancellationToken.None);
        var writer = new SupportReplyWriter(new ReplyRenderer(new FixedOptions<CompanyOptions>(company ?? TestCompany.Complete())));
        var desk = new Desk
        {
            Agent = new SupportAgent(new KnowledgeSearch(database.Contexts), writer, orders.Queries, database.Contexts), Orders = orders, Database = database,
        };
        desk.OrderId = await orders.CreateAsync();
        return desk;
    }

    private static AgentContext Mail(Intent intent, Language language, string subject, string text, string? from = null, string? customer = null, long? conversation = null) =>
        new(1, conversation, "support", intent, language, customer, from, null, subject, text);

    private static JsonObject Payload(ProposalDraft proposal) => proposal.Payload;

    [Fact]
    public async Task AGermanQuestion_GetsAFormalReplyFromTheWashingArticle_NamingTheArticleAndTheWords()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var desk = await DeskAsync(database);

        var proposals = await desk.Agent.ProposeAsync(Mail(Intent.TechnicalSupport, Language.De, "Frage zu Hemdknöpfen",
            "Sehr geehrte Damen und Herren,\n\nunsere Kunden waschen die Arbeitshemden bei 60 Grad, teilweise als Kochwäsche. " +
            "Halten Ihre Knöpfe das aus?\n\nMit freundlichen Grüßen\nIngrid Krüger", "I.Krueger@autowerk-sued.de", "10042", conversation: 7), CancellationToken.None);

        var reply = Assert.Single(proposals);
        Assert.Equal(ProposalKind.Reply, reply.Kind);
        Assert.Equal(await desk.ArticleIdAsync("washing-temperatures", "de"), (long)Payload(reply)["articleId"]!);
        Assert.Equal("Waschtemperaturen", (string)Payload(reply)["articleTitle"]!);
        Assert.StartsWith("Beitrag „Waschtemperaturen“ passt zu ", reply.Reason);
        Assert.Contains("'waschen'", reply.Reason);
        Assert.Contains("'60'", reply.Reason);
        Assert.InRange(reply.Confidence, 0.4, 1);
        Assert.Equal("Re: Frage zu Hemdknöpfen [HB-10007]", (string)Payload(reply)["subject"]!);
        var body = (string)Payload(reply)["body"]!;
        Assert.StartsWith("Sehr geehrte Frau Dr. Krüger,\n\nvielen Dank für Ihre Anfrage", body);
        Assert.Contains("bis 95 °C und für die Industriewäsche geeignet", body);
        Assert.Contains("(Vorgang HB-10007)", body);
        Assert.Contains("Mit freundlichen Grüßen\n\nKundendienst\nHappy Buttons GmbH", body);
        Assert.DoesNotContain("{{", body);
        var courtesy = CourtesyScorer.Score(body, Language.De, ReplyContact.From(new Engine.Intake.Customers.Contact("Ingrid", "Krüger", "", "10042", "Dr.", "Frau")), TestCompany.Complete());
        Assert.True(courtesy.Score >= 85, string.Join(", ", courtesy.Items.Where(i => !i.Passed).Select(i => i.Rule)));
    }

    [Fact]
    public async Task AnEnglishQuestion_GetsAnEnglishReplyFromTheCertificatesArticle()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var desk = await DeskAsync(database);

        var proposals = await desk.Agent.ProposeAsync(Mail(Intent.GeneralInquiry, Language.En, "Documentation for our buyer",
            "Dear Sir or Madam,\n\nour buyer in Sweden asks for the OEKO-TEX certificate of the polyester buttons, and whether the snap fasteners " +
            "are nickel-free. Could you send us the documents?\n\nKind regards\nErik Lund", "erik.lund@nordic-wear.se"), CancellationToken.None);

        var reply = Assert.Single(proposals);
        Assert.Equal("Certificates: OEKO-TEX and REACH", (string)Payload(reply)["articleTitle"]!);
        var body = (string)Payload(reply)["body"]!;
        Assert.StartsWith("Dear Sir or Madam,\n\nthank you for your enquiry", body);
        Assert.Contains("nickel-free within the meaning of Annex XVII", body);
        Assert.Contains("Kind regards\n\nCustomer Service\n", body);
        Assert.Equal("Re: Documentation for our buyer", (string)Payload(reply)["subject"]!);
        Assert.True(CourtesyScorer.Score(body, Language.En, null, TestCompany.Complete()).Score >= 85);
    }

    [Fact]
    public async Task AQuestionNoArticleAnswers_GetsOnlyALowConfidenceHoldingReply_ThatSaysSo()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var desk = await DeskAsync(database);

        var proposals = await desk.Agent.ProposeAsync(Mail(Intent.GeneralInquiry, Language.De, "Werksverkauf",
            "Guten Tag,\n\nwann hat Ihr Werksverkauf am Samstag geöffnet?\n\nViele Grüße\nKarin Maus"), CancellationToken.None);

        var reply = Assert.Single(proposals);
        Assert.Equal(ProposalKind.Reply, reply.Kind);
        Assert.Null(Payload(reply)["articleId"]);
        Assert.True(reply.Confidence <= 0.2);
        Assert.StartsWith("Kein Beitrag", reply.Reason);
        Assert.Contains("bitte selbst beantworten", reply.Reason);
        Assert.Contains("Innerhalb von 2 Werktagen erhalten Sie von uns eine ausführliche Antwort.", (string)Payload(reply)["body"]!);
    }

    [Fact]
    public async Task AGermanComplaintNamingTheOrder_ProposesAnRmaWithTheNamedLineAndQuantity_AndAnAcknowledgement()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var desk = await DeskAsync(database);

        var proposals = await desk.Agent.ProposeAsync(Mail(Intent.Complaint, Language.De, "Reklamation AB-2026-00001",
            "Sehr geehrte Damen und Herren,\n\nin Ihrer Lieferung zum Auftrag AB-2026-00001 sind bei den Knöpfen\nHB-4H-18L-BLK etwa 1.500 Stück gebrochen, " +
            "die Kanten sind abgesplittert.\nBitte um schnellen Ersatz.\n\nMit freundlichen Grüßen\nIngrid Krüger", "i.krueger@autowerk-sued.de", "10042", 3),
            CancellationToken.None);

        Assert.Equal([ProposalKind.Rma, ProposalKind.Reply], proposals.Select(p => p.Kind));
        var rma = Payload(proposals[0]);
        Assert.Equal("defect", (string)rma["reason"]!);
        Assert.Equal(desk.OrderId, (long)rma["orderId"]!);
        Assert.Equal("AB-2026-00001", (string)rma["orderNumber"]!);
        var line = Assert.Single(rma["lines"]!.AsArray())!;
        Assert.Equal(("HB-4H-18L-BLK", 1_500L, 10_000L, true), ((string)line["sku"]!, (long)line["quantity"]!, (long)line["orderedQuantity"]!, (bool)line["quantityStated"]!));
        Assert.Equal("Reklamation: Grund Mangel/defekt („gebrochen“); Auftrag AB-2026-00001, 1 Position(en)", proposals[0].Reason);
        Assert.True(proposals[0].Confidence >= 0.85);
        var body = (string)Payload(proposals[1])["body"]!;
        Assert.StartsWith("Sehr geehrte Frau Dr. Krüger,\n\nvielen Dank für Ihre Nachricht zu Ihrer Bestellung AB-2026-00001. Es tut uns leid, dass Knöpfe aus Ihrer Lieferung fehlerhaft sind;", body);
        Assert.Contains("unter dem Vorgang HB-10003 aufgenommen", body);
        Assert.Null(Payload(proposals[1])["articleId"]);
    }

    [Fact]
    public async Task AnEnglishShortDelivery_ProposesTheShortfallOfTheNamedLine()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var desk = await DeskAsync(database);

        var proposals = await desk.Agent.ProposeAsync(Mail(Intent.Complaint, Language.En, "Delivery for order AB-2026-00001 incomplete",
            "Dear Sir or Madam,\n\nfor order AB-2026-00001 we only received 8,000 of the 10,000 black buttons (HB-4H-18L-BLK). " +
            "Please ship the rest.\n\nKind regards\nPetra Klein", "einkauf@autowerk-sued.de", "10042"), CancellationToken.None);

        var rma = Payload(proposals[0]);
        Assert.Equal("quantity_short", (string)rma["reason"]!);
        var line = Assert.Single(rma["lines"]!.AsArray())!;
        Assert.Equal(("HB-4H-18L-BLK", 2_000L), ((string)line["sku"]!, (long)line["quantity"]!));
        Assert.Contains("We are sorry that the delivery was incomplete", (string)Payload(proposals[1])["body"]!);
    }

    [Fact]
    public async Task AReturnRequestNamingTheCustomersPoNumber_FindsTheOrder_WithAllItsLines()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var desk = await DeskAsync(database);

        var proposals = await desk.Agent.ProposeAsync(Mail(Intent.ReturnRequest, Language.De, "Rücksendung zu unserer Bestellung PO-4711",
            "Guten Tag,\n\nSie haben uns marine statt schwarz geliefert. Wir möchten die Ware zurücksenden.\n\nGruß\nPetra Klein",
            "einkauf@autowerk-sued.de", "10042"), CancellationToken.None);

        var rma = Payload(proposals[0]);
        Assert.Equal("wrong_colour", (string)rma["reason"]!);
        Assert.Equal("AB-2026-00001", (string)rma["orderNumber"]!);
        Assert.Equal([("HB-4H-18L-BLK", 10_000L, false), ("HB-2H-24L-WHT", 2_500L, false)],
            rma["lines"]!.AsArray().Select(l => ((string)l!["sku"]!, (long)l["quantity"]!, (bool)l["quantityStated"]!)));
        Assert.StartsWith("Rücksendung: ", proposals[0].Reason);
        Assert.Contains("Rücksendenummer (RMA)", (string)Payload(proposals[1])["body"]!);
    }

    [Fact]
    public async Task AnotherCustomersOrderNumber_IsNotAttached_AndTheReasonSaysSo()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var desk = await DeskAsync(database);

        var proposals = await desk.Agent.ProposeAsync(Mail(Intent.Complaint, Language.De, "Reklamation",
            "Guten Tag,\n\ndie Knöpfe aus Auftrag AB-2026-00001 sind defekt.\n\nGruß", "info@ohne-adresse.de", "20077"), CancellationToken.None);

        var rma = Payload(proposals[0]);
        Assert.Null(rma["orderId"]);
        Assert.Empty(rma["lines"]!.AsArray());
        Assert.Contains("Auftrag AB-2026-00001 gehört nicht zu diesem Kunden", proposals[0].Reason);
        Assert.StartsWith("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Es tut uns leid,", (string)Payload(proposals[1])["body"]!);
    }

    [Fact]
    public async Task WithoutCompleteCompanyData_TheReplyLacksTheSignature_AndSaysWhy()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var desk = await DeskAsync(database, new CompanyOptions { Name = "Happy Buttons" });

        var reply = (await desk.Agent.ProposeAsync(Mail(Intent.TechnicalSupport, Language.De, "Linien", "Wie viel mm sind 24 Linien?"), CancellationToken.None)).Single();

        Assert.Equal("Knopfgrößen in Linien", (string)reply.Payload["articleTitle"]!);
        Assert.Contains("HappyButtons:Company:", (string)reply.Payload["warning"]!);
        Assert.EndsWith("Mit freundlichen Grüßen\n\nKundendienst\n", (string)reply.Payload["body"]!);
    }

    [Theory]
    [InlineData(Intent.Order)]
    [InlineData(Intent.InvoiceRequest)]
    [InlineData(Intent.Spam)]
    public async Task MailsThatAreNotSupportsWork_GetNoProposal(Intent intent)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var desk = await DeskAsync(database);

        Assert.Empty(await desk.Agent.ProposeAsync(Mail(intent, Language.De, "Bestellung", "Wir bestellen 5.000 Stück HB-4H-18L-BLK."), CancellationToken.None));
    }
}

public sealed class SupportAgentTestsOnSqlite() : SupportAgentTests(TestProvider.Sqlite);

public sealed class SupportAgentTestsOnPostgreSql() : SupportAgentTests(TestProvider.PostgreSql);

/// <summary>The reasons read from complaints and returns, German and English.</summary>
public sealed class ComplaintReaderTests
{
    [Theory]
    [InlineData("Mehrere Knöpfe sind gebrochen, bei anderen ist die Öse abgerissen.", "defect")]
    [InlineData("The buttons are cracked after the first wash.", "defect")]
    [InlineData("Sie haben uns die falsche Ware geliefert, das haben wir nicht bestellt.", "wrong_delivery")]
    [InlineData("We received the wrong items - these are not what we ordered.", "wrong_delivery")]
    [InlineData("Die Farbe stimmt nicht: wir haben dunkelbraun statt schwarz erhalten.", "wrong_colour")]
    [InlineData("Geliefert wurden 24L statt 28L.", "wrong_size")]
    [InlineData("The buttons are too small for our buttonholes.", "wrong_size")]
    [InlineData("Es fehlen 2.000 Stück, geliefert wurden nur 8.000 statt 10.000.", "quantity_short")]
    [InlineData("Der Karton war stark beschädigt und viele Knöpfe sind zerbrochen.", "transit_damage")]
    [InlineData("The parcel arrived damaged, the box was crushed.", "transit_damage")]
    [InlineData("Wir möchten die Knöpfe zurückgeben, wir brauchen sie nicht mehr.", "other")]
    public void TheReason_IsReadFromTheMail(string text, string reason)
    {
        Assert.Equal(reason, ComplaintReader.Read("", text).Reason.Code());
    }

    [Theory]
    [InlineData("nur 8.000 statt 10.000 Stück", 2_000L)]
    [InlineData("we only received 8,000 of the 10,000 buttons", 2_000L)]
    [InlineData("only 450 pieces instead of 500", 50L)]
    public void TheShortfall_IsTheDifference(string text, long shortfall)
    {
        Assert.Equal(shortfall, ComplaintReader.Read("", text).Shortfall);
    }

    [Fact]
    public void QuotedLinesOfOurOwnMail_AreNotRead()
    {
        var reading = ComplaintReader.Read("Re: Ihre Bestellung", "Danke, alles angekommen.\n> Falls Knöpfe gebrochen sind, melden Sie sich.");

        Assert.Equal("other", reading.Reason.Code());
    }
}
