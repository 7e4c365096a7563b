using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Intake.Classification;
using HappyButtons.Engine.Intake.Training;
using static HappyButtons.Tests.Intake.Mails;

namespace HappyButtons.Tests.Intake;

public sealed class ClassifierTests
{
    private static MessageClassification Classify(IntakeMessage message) => Classifier.Classify(message, Enrich(message));

    [Theory]
    [InlineData("Bestellung 4711", "Hiermit bestellen wir 5.000 Stk Art.-Nr. HB-4711 Knopf 4-Loch 15mm schwarz. Bitte Auftragsbestätigung.", Intent.Order, Department.Sales)]
    [InlineData("Reklamation", "Die gelieferten Knöpfe sind gebrochen und haben eine Farbabweichung. Bitte Ersatz.", Intent.Complaint, Department.Support)]
    [InlineData("Rechnungskopie", "Bitte senden Sie uns eine Kopie der Rechnung RE-2025-0815.", Intent.InvoiceRequest, Department.Finance)]
    [InlineData("Quote request", "Could you please quote 20,000 corozo buttons 20mm? Please include lead time.", Intent.QuoteRequest, Department.Sales)]
    [InlineData("Where is our order?", "Our order PO-4411 has not arrived yet, can you send the tracking number?", Intent.OrderStatus, Department.Sales)]
    public void Classifier_PredictsIntentAndDepartment_ForClearMails(string subject, string body, Intent intent, Department department)
    {
        var result = Classify(TestMail("kontakt@neukunde-textil.de", subject, body));

        Assert.Equal(intent, result.Intent);
        Assert.Equal(department, result.Department);
        Assert.False(result.NeedsReview, string.Join("; ", result.Reasons));
    }

    [Fact]
    public void Classifier_ReturnsAutoReply_WhenHeadersSayAutomated()
    {
        var result = Classify(TestMail("someone@kunde.de", "Re: Bestellung", "Vielen Dank für Ihre Bestellung über 5.000 Stück.", headers: ("Auto-Submitted", "auto-replied")));

        Assert.Equal(Intent.AutoReply, result.Intent);
        Assert.Equal(Department.Info, result.Department);
    }

    [Fact]
    public void Classifier_ReturnsBankChange_WhenBankChangeWordingAppearsInAnotherWise()
    {
        var result = Classify(TestMail("buchhaltung@strickwaren-becker.de", "Rechnung RE-2025-1020",
            "Anbei die Rechnung. Bitte beachten Sie unsere neue Bankverbindung für die Zahlung."));

        Assert.Equal(Intent.BankChange, result.Intent);
        Assert.Equal(Department.Finance, result.Department);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("Hallo", "")]
    [InlineData("", "???")]
    public void Classifier_FlagsNeedsReview_ForLowInformationMails(string subject, string body)
    {
        var result = Classify(TestMail("kontakt@neukunde-textil.de", subject, body));

        Assert.True(result.NeedsReview, $"confidence {result.Confidence:0.00}");
        Assert.True(result.Confidence < Classifier.Options.ReviewThreshold);
    }

    [Fact]
    public void Classifier_FlagsNeedsReview_ForAttachmentOnlyMail()
    {
        var message = TestMail("kontakt@neukunde-textil.de", "", "", attachments: [new IntakeAttachment("scan0001.pdf", "application/pdf", 120_000)]);

        Assert.True(Classify(message).NeedsReview);
    }

    [Fact]
    public void Classifier_ReadsExtractedAttachmentText_WhenTheMailItselfIsEmpty()
    {
        var order = new IntakeAttachment("Bestellung_4500123.pdf", "application/pdf", 48_000,
            "Bestellung 4500123\nPos. 1  Art.-Nr. HB-4711 Knopf 4-Loch 15mm schwarz  5.000 Stk\nPos. 2  Art.-Nr. HB-4712 Knopf 18mm  2.000 Stk\nLiefertermin KW 14. Bitte Auftragsbestätigung.");

        var result = Classify(TestMail("einkauf@neukunde-textil.de", "", "", attachments: [order]));

        Assert.Equal(Intent.Order, result.Intent);
        Assert.Equal(Department.Sales, result.Department);
    }

    [Fact]
    public void Classifier_FlagsNeedsReview_ForMixedLanguageMail()
    {
        var german = TestMail("kontakt@neukunde-textil.de", "Lieferung", "Wo bleibt unsere Lieferung? Wir warten schon lange auf die Ware und brauchen sie dringend.");
        var mixed = TestMail("kontakt@neukunde-textil.de", "Lieferung", "Wo bleibt unsere Lieferung? Wir warten schon seit zwei Wochen auf die Ware. Please check the status and send us the tracking number.");

        var mixedResult = Classify(mixed);

        Assert.Contains(mixedResult.Reasons, r => r.Contains("mixed languages"));
        Assert.True(mixedResult.NeedsReview, $"confidence {mixedResult.Confidence:0.00}");
        Assert.DoesNotContain(Classify(german).Reasons, r => r.Contains("mixed languages"));
    }

    [Fact]
    public async Task Learn_ChangesThePrediction_ForTheCorrectedExample_AndStoresIt()
    {
        var store = new InMemoryTrainingExampleStore();
        var classifier = await MessageClassifier.CreateAsync(TrainingCorpus.All, store);
        var message = TestMail("kontakt@neukunde-textil.de", "Knopfmuseum", "Wir planen eine Ausstellung über historische Knöpfe und suchen Leihgaben aus Ihrem Archiv.");
        var before = classifier.Classify(message, Enrich(message));
        var corrected = before.Intent == Intent.QuoteRequest ? Intent.TechnicalSupport : Intent.QuoteRequest;

        await classifier.LearnAsync(message, corrected, corrected.HomeDepartment());
        var after = classifier.Classify(message, Enrich(message));

        Assert.Equal(corrected, after.Intent);
        Assert.Equal(corrected.HomeDepartment(), after.Department);
        var stored = Assert.Single(await store.ListAsync());
        Assert.Equal(corrected, stored.Intent);
    }

    [Fact]
    public async Task CreateAsync_ReplaysStoredCorrections()
    {
        var store = new InMemoryTrainingExampleStore();
        var text = "Knopfmuseum\nWir planen eine Ausstellung über historische Knöpfe und suchen Leihgaben aus Ihrem Archiv.";
        for (var i = 0; i < 5; i++) await store.AddAsync(new TrainingExample(text, Intent.Spam, Department.Info));

        var classifier = await MessageClassifier.CreateAsync(TrainingCorpus.All, store);

        Assert.Equal(Intent.Spam, classifier.Predict(text).Intent);
    }

    [Fact]
    public void TextNormalizer_FoldsUmlautsStemsAndCollapsesNumbers()
    {
        var tokens = TextNormalizer.Tokens("Lieferungen GRÖSSE Größe 5.000 Stück ordered");

        Assert.Equal(["liefer", "groess", "groess", "0", "0", "stueck", "order"], tokens);
    }
}
