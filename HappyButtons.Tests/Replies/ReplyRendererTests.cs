using HappyButtons.Engine.Documents;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Replies;
using HappyButtons.Tests.Orders;

namespace HappyButtons.Tests.Replies;

/// <summary>Reply templates: rendered with the conversation's facts, refused with the variable's name when one is missing.</summary>
public sealed class ReplyRendererTests
{
    private static readonly ReplyContact Krueger = new(ContactGender.Female, "Dr.", "Sabine", "Krüger");
    private static readonly ReplyContact Oberlaender = new(ContactGender.Male, "Prof.", "Karl", "Oberländer");

    private static ReplyRenderer Renderer(CompanyOptions? company = null) => new(new FixedOptions<CompanyOptions>(company ?? TestCompany.Complete()));

    private static ReplyFacts Facts(Language language, ReplyContact contact) => new(language, contact, "Sara Vogel", "sales")
    {
        Ticket = "HB-12", OrderNumber = "AB-2026-00012", PoNumber = "PO-4711", DeliveryDate = new DateOnly(2026, 12, 15),
        InvoiceNumber = "RE-2026-00034", QuoteDueDate = new DateOnly(2026, 12, 10),
    };

    [Fact]
    public void AnOrderConfirmation_IsRenderedWithSalutationFactsClosingAndSignature()
    {
        var rendering = Renderer().Render(DefaultReplyTemplates.Find("order-confirmation", Language.De)!, Facts(Language.De, Krueger));

        Assert.True(rendering.Succeeded, rendering.Error);
        Assert.StartsWith("Sehr geehrte Frau Dr. Krüger,\n\nvielen Dank für Ihre Bestellung PO-4711.", rendering.Text);
        Assert.Contains("Auftragsnummer AB-2026-00012", rendering.Text);
        Assert.Contains("am 15.12.2026", rendering.Text);
        Assert.Contains("Mit freundlichen Grüßen\n\nSara Vogel\nVertrieb\nHappy Buttons GmbH · Knopfweg 7 · 80331 München\n", rendering.Text);
        Assert.Contains("Sitz der Gesellschaft: München · Registergericht: Amtsgericht München · HRB 234567", rendering.Text);
        Assert.Contains("Geschäftsführung: Anna Knopf, Bernd Faden", rendering.Text);
    }

    [Fact]
    public void AnEnglishTemplate_WritesTheDateAndSignatureInEnglish()
    {
        var rendering = Renderer().Render(DefaultReplyTemplates.Find("order-status", Language.En)!, Facts(Language.En, Oberlaender));

        Assert.StartsWith("Dear Professor Oberländer,", rendering.Text);
        Assert.Contains("delivered on 15 December 2026", rendering.Text);
        Assert.Contains("Kind regards", rendering.Text);
        Assert.Contains("Managing directors: Anna Knopf, Bernd Faden", rendering.Text);
    }

    [Fact]
    public void AMissingFact_IsAClearErrorNamingTheVariable_NotAnEmptyGap()
    {
        var facts = Facts(Language.De, Krueger) with { OrderNumber = null, DeliveryDate = null };

        var rendering = Renderer().Render(DefaultReplyTemplates.Find("order-status", Language.De)!, facts);

        Assert.False(rendering.Succeeded);
        Assert.Null(rendering.Text);
        Assert.Equal(["order_number", "delivery_date"], rendering.MissingVariables);
        Assert.Contains("{{ order_number }}", rendering.Error);
        Assert.Contains("{{ delivery_date }}", rendering.Error);
    }

    [Fact]
    public void AnUnknownContact_StillGetsASalutation_TheGeneralOne()
    {
        var rendering = Renderer().Render(DefaultReplyTemplates.Find("general-inquiry", Language.De)!, Facts(Language.De, ReplyContact.Unknown));

        Assert.StartsWith("Sehr geehrte Damen und Herren,\n", rendering.Text);
    }

    [Fact]
    public void IncompleteCompanyData_RefusesTheSignature_NamingTheMissingKey()
    {
        var company = TestCompany.Complete();
        company.RegisterNumber = "";

        var rendering = Renderer(company).Render(DefaultReplyTemplates.Find("general-inquiry", Language.De)!, Facts(Language.De, Krueger));

        Assert.False(rendering.Succeeded);
        Assert.Contains("HappyButtons:Company:RegisterNumber", rendering.Error);
        Assert.Equal(["signature"], rendering.MissingVariables);
    }

    [Fact]
    public void Validation_ReportsUnknownVariables_AndAcceptsOwnAssignmentsAndBuiltins()
    {
        var check = ReplyRenderer.Validate("{{ salutation }},\n{{ x = order_number | string.upcase }}{{ x }} {{ ordr_number }} {{ customer.vip }}\n{{ signature }}");

        Assert.False(check.IsValid);
        Assert.Equal(["ordr_number", "customer"], check.UnknownVariables);
        Assert.True(ReplyRenderer.Validate(DefaultReplyTemplates.All[0].Body).IsValid);
        Assert.Empty(check.SyntaxErrors);
    }

    [Fact]
    public void ASyntaxError_IsReported_AndNotRendered()
    {
        var check = ReplyRenderer.Validate("{{ salutation }},\n{{ if }}");
        var rendering = Renderer().Render("{{ if }}", Facts(Language.De, Krueger));

        Assert.NotEmpty(check.SyntaxErrors);
        Assert.False(rendering.Succeeded);
    }

    [Fact]
    public void RenderingATemplateWithAnUnknownVariable_IsRefusedNamingIt()
    {
        var rendering = Renderer().Render("{{ salutation }},\nIhre Kundennummer {{ customer_number }}", Facts(Language.De, Krueger));

        Assert.Equal(["customer_number"], rendering.MissingVariables);
        Assert.Contains("{{ customer_number }}", rendering.Error);
    }

    public static TheoryData<string, Language> Seeded()
    {
        var data = new TheoryData<string, Language>();
        foreach (var t in DefaultReplyTemplates.All)
        {
            data.Add(t.Key, t.Language);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeded))]
    public void EverySeededTemplate_IsValid_AndScoresAtLeast85WithDemoData(string key, Language language)
    {
        var template = DefaultReplyTemplates.All.Single(t => t.Key == key && t.Language == language);
        foreach (var contact in new[] { Krueger, Oberlaender, ReplyContact.Unknown })
        {
            var rendering = Renderer().Render(template, Facts(language, contact));
            Assert.True(rendering.Succeeded, rendering.Error);

            var score = CourtesyScorer.Score(rendering.Text!, language, contact, TestCompany.Complete());

            Assert.True(ReplyRenderer.Validate(template.Body).IsValid);
            Assert.True(score.Score >= 85, $"{key}/{language}: {score.Score} " + string.Join(", ", score.Items.Where(i => !i.Passed).Select(i => i.Rule)));
        }
    }

    [Fact]
    public void TheMainIntents_HaveATemplateInBothLanguages()
    {
        foreach (var intent in new[] { "order", "order_status", "quote_request", "complaint", "invoice_request", "general_inquiry" })
        {
            Assert.Single(DefaultReplyTemplates.ForIntent(intent, Language.De));
            Assert.Single(DefaultReplyTemplates.ForIntent(intent, Language.En));
        }
    }
}
