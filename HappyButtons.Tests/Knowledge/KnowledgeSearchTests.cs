using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Knowledge;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using HappyButtons.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace HappyButtons.Tests.Knowledge;

/// <summary>The search over the seeded knowledge base: realistic customer questions in German and English find the right article.</summary>
public sealed class KnowledgeSearchTests(ITestOutputHelper output)
{
    /// <summary>A customer's question, its language, and the topic that answers it.</summary>
    public static TheoryData<string, string, string> Questions() => new()
    {
        { "Bei wie viel Grad kann man die Hemdknöpfe waschen? Halten die 60 Grad aus?", "de", "washing-temperatures" },
        { "Can your polyester buttons be washed at 95 degrees? We make chef's jackets for an industrial laundry.", "en", "washing-temperatures" },
        { "Färben die dunkelblauen Knöpfe beim ersten Waschen auf den hellen Stoff ab?", "de", "colour-fastness" },
        { "Wie groß sind 24 Linien in Millimetern? Wir brauchen die Knopflochlänge.", "de", "sizes-lignes" },
        { "What is 28L in mm? Our pattern maker only knows millimetres.", "en", "sizes-lignes" },
        { "Wie lange ist die Lieferzeit für 20.000 Stück in Sonderfarbe?", "de", "delivery-times" },
        { "How long does delivery take to France for stock items?", "en", "delivery-times" },
        { "Was ist die Mindestbestellmenge für Perlmuttknöpfe? Wir brauchen nur 300 Stück.", "de", "minimum-order-quantities" },
        { "Could you send us a few samples of the horn buttons before we order?", "en", "samples" },
        { "Können Sie uns vorab Musterknöpfe und eine Farbkarte zusenden?", "de", "samples" },
        { "Dürfen wir unbenutzte Knöpfe zurückschicken und bekommen wir eine Gutschrift?", "de", "returns-policy" },
        { "Sind Ihre Knöpfe OEKO-TEX zertifiziert? Wir brauchen auch eine REACH-Erklärung für Babykleidung.", "de", "certificates" },
        { "Are the metal buttons nickel-free? Our customer asks for a REACH declaration.", "en", "certificates" },
        { "We are based in Switzerland. Who pays the customs duties and which HS code do you use?", "en", "customs-non-eu" },
        { "Wie pflege ich Hornknöpfe, damit sie nicht stumpf werden? Darf man darüber bügeln?", "de", "button-care" },
        { "Bitte senden Sie uns eine Kopie der Rechnung, und gilt noch 2 % Skonto?", "de", "invoice-questions" },
        { "Some buttons arrived broken. How do I make a complaint, do you need photos?", "en", "complaint-procedure" },
    };

    private static KnowledgeIndex Seeded() =>
        KnowledgeIndex.Build(DefaultKnowledgeArticles.All.Select((d, i) => new KnowledgeArticle
        {
            Id = i + 1, Topic = d.Topic, Language = d.Language, Title = d.Title, Body = d.Body, Keywords = d.Keywords, Intents = d.Intents,
            Products = d.Products, UpdatedBy = "test", Active = true,
        }));

    [Theory]
    [MemberData(nameof(Questions))]
    public void TheRightArticle_RanksFirst_InTheQuestionsLanguage(string question, string language, string topic)
    {
        var hits = Seeded().Search(new KnowledgeQuery(question, language));
        output.WriteLine(string.Join("\n", hits.Take(3).Select(h => $"{h.Article.Topic} {h.Score:0.00} conf {h.Confidence:0.00} [{string.Join(", ", h.MatchedWords)}]")));

        Assert.NotEmpty(hits);
        Assert.Equal((topic, language), (hits[0].Article.Topic, hits[0].Article.Language));
        Assert.True(hits[0].Confidence >= 0.4, $"confidence {hits[0].Confidence}");
    }

    [Theory]
    [InlineData("Wann hat Ihr Werksverkauf am Samstag geöffnet?", "de")]
    [InlineData("Do you sponsor our local football club?", "en")]
    public void AQuestionNoArticleAnswers_FindsNothingConfident(string question, string language)
    {
        var hits = Seeded().Search(new KnowledgeQuery(question, language));
        output.WriteLine(string.Join("\n", hits.Take(3).Select(h => $"{h.Article.Topic} {h.Score:0.00} conf {h.Confidence:0.00} [{string.Join(", ", h.MatchedWords)}]")));

        Assert.True(hits.Count == 0 || hits[0].Confidence < 0.4, $"{hits.FirstOrDefault()?.Article.Topic} {hits.FirstOrDefault()?.Confidence}");
    }

    [Fact]
    public void TheMatchedWords_AreTheCustomersOwn()
    {
        var hit = Seeded().Search(new KnowledgeQuery("Kann man die Knöpfe bei 60 Grad waschen?", "de"))[0];

        Assert.Equal("Waschtemperaturen", hit.Article.Title);
        Assert.Contains("waschen", hit.MatchedWords);
        Assert.Contains("60", hit.MatchedWords);
        Assert.Contains("Grad", hit.MatchedWords);
    }
}
