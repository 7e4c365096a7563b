using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using HappyButtons.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Storage;

/// <summary>
/// Search in the message list on both providers: whole words unless a term ends in *, accents folded, and the page of a
/// common word (many matches: the date index is walked, hits counted up to the limit) ordered like the page of a rare one.
/// </summary>
public abstract class MessageSearchTests(TestProvider provider)
{
    private const int Mails = 2_600;
    private static readonly string[] Departments = ["info", "sales", "support", "finance"];

    [Fact]
    public async Task ACommonWord_ARareWord_AndAPrefix_GiveTheNewestReceivedFirst_CountedExactlyUpToTheLimit()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var expected = await FillAsync(database);
        var queries = new MessageQueries(database.Contexts, database.Services.GetRequiredService<ISqlDialect>());

        // "knopf" is in 2,400 mails (above the walk threshold), "quitte" in 200, "Knöpfe" (folded: knopfe) in 100. A status
        // filter that every mail passes is a filtered search above the limit: within the capped ids (page 3), beyond
        // them (page 21), and the last, short page of an exact one.
        const string processed = MessageStatus.Processed;
        foreach (var (search, department, status, page) in new (string, string?, string?, int)[]
                 {
                     ("knopf", null, null, 1), ("knopf", null, null, 7), ("knopf", "sales", null, 2), ("quitte", null, null, 1),
                     ("quitte", "finance", null, 1), ("knöpf*", null, null, 2), ("KNOPFE", "support", null, 1),
                     ("knopf", null, processed, 3), ("knopf", null, processed, 21), ("quitte", null, processed, 4), ("quitte", null, processed, 5),
                 })
        {
            var word = search.TrimEnd('*').Replace("ö", "o", StringComparison.Ordinal).ToLowerInvariant();
            var matching = expected.Where(m => (department is null || m.Department == department)
                    && m.Words.Any(w => search.EndsWith('*') ? w.StartsWith(word, StringComparison.Ordinal) : w == word))
                .OrderByDescending(m => m.ReceivedAt).ThenByDescending(m => m.Id).Select(m => m.Id).ToList();

            var result = await queries.ListAsync(new MessageFilter(Department: department, Status: status, Search: search, Page: page, PageSize: 50),
                CancellationToken.None);

            Assert.Equal(Math.Min(matching.Count, MessageQueries.SearchCountLimit), result.Total);
            Assert.Equal(matching.Count <= MessageQueries.SearchCountLimit, result.TotalIsExact);
            Assert.Equal(matching.Skip((page - 1) * 50).Take(50), result.Items.Select(i => i.Id));
        }

        // Whole words: a beginning alone finds nothing unless it is asked for with *.
        Assert.Equal(0, (await queries.ListAsync(new MessageFilter(Search: "knö"), CancellationToken.None)).Total);
        Assert.Equal(0, (await queries.ListAsync(new MessageFilter(Search: "quit"), CancellationToken.None)).Total);
        Assert.Equal(200, (await queries.ListAsync(new MessageFilter(Search: "quit*"), CancellationToken.None)).Total);
    }

    private sealed record Stored(long Id, string Department, DateTimeOffset ReceivedAt, string[] Words);

    /// <summary>Mails whose received times are shuffled against their ids, as when an old mailbox is imported.</summary>
    private static async Task<List<Stored>> FillAsync(TestDatabase database)
    {
        var random = new Random(17);
        var start = DateTimeOffset.UtcNow.AddDays(-100);
        var mails = new List<Message>();
        await using (var context = await database.Contexts.CreateDbContextAsync())
        {
            for (var i = 0; i < Mails; i++)
            {
                var word = i < 2_400 ? "knopf" : "quitte";
                var extra = i % 26 == 0 ? " Knöpfe" : "";
                var received = start.AddMinutes(random.Next(0, 100 * 24 * 60));
                var message = new Message
                {
                    Mailbox = Departments[i % 4], Department = Departments[i % 4], SourceId = $"search:{i}", ContentHash = $"{i:x64}", Size = 100,
                    ReceivedAt = received, Status = MessageStatus.Processed, CreatedAt = received, UpdatedAt = received, ProcessedAt = received,
                    FromAddress = $"kunde{i % 50}@example.test", Subject = $"Anfrage {i}", BodyText = $"Guten Tag, bitte {word}{extra} liefern.",
                };
                mails.Add(message);
                context.Messages.Add(message);
            }

            await context.SaveChangesAsync();
        }

        return mails.Select(m => new Stored(m.Id, m.Department!, m.ReceivedAt,
            ["guten", "tag", "bitte", "liefern", "anfrage", .. m.BodyText!.Split(' ', ',', '.').Select(w => w.Replace("ö", "o", StringComparison.Ordinal).ToLowerInvariant())])).ToList();
    }
}

public sealed class MessageSearchTestsOnSqlite() : MessageSearchTests(TestProvider.Sqlite);

public sealed class MessageSearchTestsOnPostgreSql() : MessageSearchTests(TestProvider.PostgreSql);
