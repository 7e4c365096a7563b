using HappyButtons.Engine.Agents;
using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Storage;
using HappyButtons.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Agents;

/// <summary>The coordinator and the exactly-once approval on PostgreSQL, the scale-out provider: row locks instead of SQLite's single writer.</summary>
public sealed class AgentPostgresTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task OnPostgreSql_TwoCoordinatorsProposeOneTaskPerMail_AndThreeApprovalsAtOnceCreateOneOrder()
    {
        await using var site = new AgentSite(provider: TestProvider.PostgreSql);
        await site.SeedCatalogAsync();
        var (message, _) = await site.ReceiveAsync("sales", AgentSite.Mail("Bestellung 4500555001",
            "Sehr geehrte Damen und Herren,\n\nhiermit bestellen wir (Bestellnummer 4500555001):\nPos. 10  4.000 Stück HB-HN-2007 Hornknopf 20 mm dunkelbraun\n\n" +
            "Gewünschter Liefertermin: 22.12.2026\n\nMit freundlichen Grüßen\nClaudia Lindner", AgentSite.From("Claudia Lindner", "claudia@modehaus-lindner.de")));

        await Task.WhenAll(site.Coordinator.RunAsync(None), site.Coordinator.RunAsync(None));
        var id = (await site.Tasks.OfMessageAsync(message.Id, None))!.Value;
        var task = (await site.Tasks.GetAsync(id, None))!;
        var results = await Task.WhenAll(Enumerable.Range(1, 3).Select(i =>
            site.Executor.ApproveAsync(task.Id, null, new Actor(0, "Clerk " + i), task.Version, None)));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Detail));
        Assert.Single(results.Select(r => r.OrderId).Distinct());
        Assert.Single(results.Select(r => r.SentMessageId).Distinct());
        await using var context = await site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await context.AgentTasks.CountAsync(t => t.MessageId == message.Id));
        Assert.Equal(1, await context.Orders.CountAsync(o => o.SourceMessageId == message.Id));
        Assert.Equal(1, await context.ConversationEntries.CountAsync(e => e.Kind == "outgoing" && e.ConversationId == task.ConversationId));
    }
}
