using HappyButtons.Engine.Events;
using HappyButtons.Engine.Kpis;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using HappyButtons.Tests.Orders;
using HappyButtons.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Kpis;

/// <summary>The after-delivery survey: signed links, one rating per order (a later one replaces it), forged or altered links refused.</summary>
public sealed class SurveyTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static CustomerSurvey Survey(TestDatabase database, IDataProtectionProvider? keys = null, EventHub? hub = null) =>
        new(keys ?? DataProtectionProvider.Create("HappyButtons.Tests.Survey"), database.Contexts, new DatabaseWriteGate(),
            database.Services.GetRequiredService<ISqlDialect>(), new FixedOptions<KpiOptions>(new KpiOptions { PublicBaseUrl = "https://knopf.example.de/" }),
            hub ?? new EventHub(), new ManualClock(KpiHistory.Now));

    private static async Task<long> OrderAsync(TestDatabase database)
    {
        await using var context = await database.Contexts.CreateDbContextAsync();
        context.Customers.Add(new Customer { Number = "K1", Name = "Kunde", Type = "regular", Version = 1 });
        var order = new Order { Number = "AB-1", CustomerNumber = "K1", State = "delivered", CreatedAt = KpiHistory.Now, CreatedBy = "sara", UpdatedAt = KpiHistory.Now, Version = 1 };
        context.Orders.Add(order);
        await context.SaveChangesAsync();
        return order.Id;
    }

    [Fact]
    public async Task ALink_RecordsTheRating_AndASecondRatingReplacesIt_InTheOneRowOfTheOrder()
    {
        await using var database = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        var order = await OrderAsync(database);
        var hub = new EventHub();
        using var events = hub.Subscribe(e => e is SurveyAnswered);
        var survey = Survey(database, hub: hub);
        var links = survey.LinksFor(order);
        var token = Uri.UnescapeDataString(links[4].Split('/')[4].Split('?')[0]);

        var first = await survey.RecordAsync(token, 5, None);
        var second = await survey.RecordAsync(token, 1, None);

        Assert.Equal(5, links.Count);
        Assert.StartsWith("https://knopf.example.de/survey/", links[0]);
        Assert.EndsWith("?rating=5", links[4]);
        Assert.Equal((SurveyOutcome.Recorded, SurveyOutcome.Updated), (first, second));
        await using var context = await database.Contexts.CreateDbContextAsync();
        var answer = Assert.Single(await context.SurveyResponses.ToListAsync());
        Assert.Equal((order, 1), (answer.OrderId, answer.Rating));
        Assert.True(events.Reader.TryRead(out var published));
        Assert.Equal(order, ((SurveyAnswered)published).OrderId);
    }

    [Fact]
    public async Task AnAlteredOrForeignToken_OrARatingOutOfRange_IsRefused_AndRecordsNothing()
    {
        await using var database = await TestDatabase.CreateAsync(TestProvider.Sqlite);
        var order = await OrderAsync(database);
        var survey = Survey(database);
        var token = survey.TokenFor(order);
        var altered = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];
        var foreign = Survey(database, DataProtectionProvider.Create("Someone else")).TokenFor(order);

        Assert.Equal(SurveyOutcome.InvalidToken, await survey.RecordAsync(altered, 5, None));
        Assert.Equal(SurveyOutcome.InvalidToken, await survey.RecordAsync(foreign, 5, None));
        Assert.Equal(SurveyOutcome.InvalidToken, await survey.RecordAsync("order:" + order, 5, None));
        Assert.Equal(SurveyOutcome.InvalidToken, await survey.RecordAsync("", 5, None));
        Assert.Equal(SurveyOutcome.InvalidRating, await survey.RecordAsync(token, 6, None));
        Assert.Equal(SurveyOutcome.InvalidRating, await survey.RecordAsync(token, null, None));
        Assert.Equal(SurveyOutcome.UnknownOrder, await survey.RecordAsync(survey.TokenFor(order + 99), 4, None));
        await using var context = await database.Contexts.CreateDbContextAsync();
        Assert.Empty(await context.SurveyResponses.ToListAsync());
        Assert.Equal(SurveyOutcome.Recorded, await survey.RecordAsync(token, 4, None));
    }
}
