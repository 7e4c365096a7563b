using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Knowledge;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Knowledge;

/// <summary>The stored knowledge base on SQLite and on PostgreSQL: seed, search, edits against versions, feedback once per person.</summary>
public abstract class KnowledgeBaseTests(TestProvider provider)
{
    private sealed record Stores(KnowledgeBase Knowledge, KnowledgeSearch Search, AuditLog Audit, ManualClock Clock);

    private static async Task<Stores> SeededAsync(TestDatabase database)
    {
        var clock = new ManualClock();
        var audit = new AuditLog(database.Contexts, clock);
        var search = new KnowledgeSearch(database.Contexts, clock);
        var knowledge = new KnowledgeBase(database.Contexts, database.Services.GetRequiredService<ISqlDialect>(), audit, clock, search);
        await knowledge.SeedAsync(DefaultKnowledgeArticles.All, CancellationToken.None);
        return new Stores(knowledge, search, audit, clock);
    }

    private static KnowledgeArticleDraft Draft(Engine.Storage.Model.KnowledgeArticle a) =>
        new(a.Topic, a.Language, a.Title, a.Body, a.Keywords, a.Intents, a.Products, a.Active);

    [Fact]
    public async Task TheSeed_GoesIntoAnEmptyKnowledgeBaseOnce_AndTheSearchRanksOnThisProvider()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stores = await SeededAsync(database);
        await stores.Knowledge.SeedAsync(DefaultKnowledgeArticles.All, CancellationToken.None);

        var all = await stores.Knowledge.ListAsync(null, null, CancellationToken.None);
        var german = await stores.Search.SearchAsync(new KnowledgeQuery("Bei wie viel Grad kann man die Knöpfe waschen?", "de"), CancellationToken.None);
        var english = await stores.Search.SearchAsync(new KnowledgeQuery("Which HS code do you use for customs to Switzerland?", "en"), CancellationToken.None);
        var listed = await stores.Knowledge.ListAsync("Zolltarifnummer Schweiz", "de", CancellationToken.None);

        Assert.Equal(24, all.Count);
        Assert.Equal(12, all.Select(a => a.Article.Topic).Distinct().Count());
        Assert.Equal("Waschtemperaturen", german[0].Article.Title);
        Assert.Equal("Customs for deliveries outside the EU", english[0].Article.Title);
        Assert.Equal("Zoll bei Lieferungen außerhalb der EU", listed[0].Article.Title);
        Assert.NotNull(listed[0].Score);
    }

    [Fact]
    public async Task ADeactivatedArticle_IsNoLongerFound_AndAnEditIsFoundAtOnce()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stores = await SeededAsync(database);
        var question = new KnowledgeQuery("Sind Ihre Knöpfe OEKO-TEX zertifiziert?", "de");
        var before = (await stores.Search.SearchAsync(question, CancellationToken.None))[0].Article;

        var off = await stores.Knowledge.SaveAsync(before.Id, Draft(before) with { Active = false }, before.Version, "anna", CancellationToken.None);
        var afterwards = await stores.Search.SearchAsync(question, CancellationToken.None);
        var samples = (await stores.Knowledge.ListAsync(null, "de", CancellationToken.None)).Single(a => a.Article.Topic == "samples").Article;
        await stores.Knowledge.SaveAsync(samples.Id, Draft(samples) with { Keywords = samples.Keywords + ", OEKO-TEX-Muster" }, samples.Version, "anna", CancellationToken.None);
        var edited = await stores.Search.SearchAsync(question, CancellationToken.None);

        Assert.Equal("certificates", before.Topic);
        Assert.True(off.Succeeded);
        Assert.DoesNotContain(afterwards, h => h.Article.Id == before.Id);
        Assert.Equal("samples", edited[0].Article.Topic);
        Assert.Equal("knowledge.deactivate", (await stores.Audit.RecentAsync(5, KnowledgeBase.Target(before.Id), CancellationToken.None)).Single().Action);
    }

    [Fact]
    public async Task AnEditOnAnotherNode_IsFoundAfterTheStampInterval()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stores = await SeededAsync(database);
        var otherNode = new KnowledgeBase(database.Contexts, database.Services.GetRequiredService<ISqlDialect>(), stores.Audit, stores.Clock);
        var question = new KnowledgeQuery("Wie viel mm sind 24 Linien?", "de");
        var article = (await stores.Search.SearchAsync(question, CancellationToken.None))[0].Article;

        await otherNode.SaveAsync(article.Id, Draft(article) with { Active = false }, article.Version, "ben", CancellationToken.None);
        var soon = await stores.Search.SearchAsync(question, CancellationToken.None);
        stores.Clock.Advance(KnowledgeSearch.StampInterval);
        var later = await stores.Search.SearchAsync(question, CancellationToken.None);

        Assert.Equal(article.Id, soon[0].Article.Id);
        Assert.DoesNotContain(later, h => h.Article.Id == article.Id);
    }

    [Fact]
    public async Task AnEditStartedBeforeAnotherSave_IsRefused_NamingWhoSaved_ButFeedbackDoesNotCount()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stores = await SeededAsync(database);
        var copy = (await stores.Knowledge.ListAsync(null, "en", CancellationToken.None)).Single(a => a.Article.Topic == "samples").Article;

        await stores.Knowledge.RateAsync(copy.Id, new KnowledgeRater("user:9", "Sven"), true, null, null, CancellationToken.None);
        var anna = await stores.Knowledge.SaveAsync(copy.Id, Draft(copy) with { Title = "Free samples" }, copy.Version, "anna", CancellationToken.None);
        var ben = await stores.Knowledge.SaveAsync(copy.Id, Draft(copy) with { Body = "Overwritten." }, copy.Version, "ben", CancellationToken.None);
        var invalid = await stores.Knowledge.SaveAsync(null, new KnowledgeArticleDraft("Neu Thema", "fr", " ", "", Intents: "complaint,quatsch"), 0, "anna", CancellationToken.None);
        var taken = await stores.Knowledge.SaveAsync(null, Draft(copy), 0, "anna", CancellationToken.None);

        Assert.True(anna.Succeeded);
        Assert.Equal("Dieser Beitrag wurde inzwischen von anna geändert; bitte neu laden.", ben.Conflict!.Message("de"));
        Assert.Equal(5, invalid.Errors.Count);
        Assert.Contains("Unknown intents: quatsch.", invalid.Errors);
        Assert.True(taken.Conflict!.Taken);
        var stored = (await stores.Knowledge.GetAsync(copy.Id, CancellationToken.None))!;
        Assert.Equal(("Free samples", copy.Body, copy.Version + 1, 1), (stored.Title, stored.Body, stored.Version, stored.HelpfulCount));
    }

    [Fact]
    public async Task Feedback_CountsOncePerPerson_AndAChangedMindMovesTheVote()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stores = await SeededAsync(database);
        var article = (await stores.Knowledge.ListAsync(null, "de", CancellationToken.None)).Single(a => a.Article.Topic == "washing-temperatures").Article;
        var sven = new KnowledgeRater("user:9", "Sven");
        var tina = new KnowledgeRater("user:10", "Tina");

        var first = await stores.Knowledge.RateAsync(article.Id, sven, true, null, 41, CancellationToken.None);
        var again = await stores.Knowledge.RateAsync(article.Id, sven, true, null, 42, CancellationToken.None);
        var other = await stores.Knowledge.RateAsync(article.Id, tina, true, 12345, null, CancellationToken.None);
        var helpful = (await stores.Knowledge.GetAsync(article.Id, CancellationToken.None))!;
        var changed = await stores.Knowledge.RateAsync(article.Id, sven, false, null, null, CancellationToken.None);
        var missing = await stores.Knowledge.RateAsync(99_999, sven, true, null, null, CancellationToken.None);

        Assert.Equal([FeedbackOutcome.Counted, FeedbackOutcome.Unchanged, FeedbackOutcome.Counted, FeedbackOutcome.Changed, FeedbackOutcome.NotFound],
            [first, again, other, changed, missing]);
        Assert.Equal((2, 0), (helpful.HelpfulCount, helpful.NotHelpfulCount));
        var after = (await stores.Knowledge.GetAsync(article.Id, CancellationToken.None))!;
        Assert.Equal((1, 1, article.Version), (after.HelpfulCount, after.NotHelpfulCount, after.Version));
        await using var context = await database.Contexts.CreateDbContextAsync();
        var votes = await context.KnowledgeFeedback.OrderBy(f => f.RaterKey).ToListAsync();
        Assert.Equal([("user:10", true, (long?)null), ("user:9", false, (long?)null)], votes.Select(v => (v.RaterKey, v.Helpful, v.TaskId)));
        Assert.Equal(41, votes.Single(v => v.RaterKey == "user:9").MessageId);
    }

    [Fact]
    public async Task TheSamePersonRatingInTwoWindowsAtOnce_IsCountedOnce()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var stores = await SeededAsync(database);
        var article = (await stores.Knowledge.ListAsync(null, "en", CancellationToken.None)).Single(a => a.Article.Topic == "samples").Article;
        var sven = new KnowledgeRater("user:9", "Sven");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => stores.Knowledge.RateAsync(article.Id, sven, true, null, null, CancellationToken.None))));

        Assert.Equal(1, outcomes.Count(o => o == FeedbackOutcome.Counted));
        Assert.Equal(1, (await stores.Knowledge.GetAsync(article.Id, CancellationToken.None))!.HelpfulCount);
    }
}

public sealed class KnowledgeBaseTestsOnSqlite() : KnowledgeBaseTests(TestProvider.Sqlite);

public sealed class KnowledgeBaseTestsOnPostgreSql() : KnowledgeBaseTests(TestProvider.PostgreSql);
