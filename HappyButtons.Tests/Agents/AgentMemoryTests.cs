using System.Text.Json.Nodes;
using HappyButtons.Engine.Agents;
using HappyButtons.Engine.Conversations;
using HappyButtons.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Agents;

/// <summary>What the agents remember of a customer survives a restart and reaches the next proposal.</summary>
public sealed class AgentMemoryTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static string FromClaudia => AgentSite.From("Claudia Lindner", "claudia@modehaus-lindner.de");

    [Fact]
    public async Task TheCustomersLastOrderAndAgreedPrices_SurviveARestart_AndReachTheNextQuote()
    {
        using var data = new TempDirectory("hb-agent-memory");
        string number;
        long conversation;
        await using (var first = new AgentSite(dataDirectory: data.Path))
        {
            await first.SeedCatalogAsync();
            var task = await first.TaskForAsync("sales", AgentSite.Mail("Bestellung 4500777001",
                "Sehr geehrte Damen und Herren,\n\nhiermit bestellen wir (Bestellnummer 4500777001):\nPos. 10  4.000 Stück HB-HN-2007 Hornknopf 20 mm dunkelbraun\n\n" +
                "Gewünschter Liefertermin: 22.12.2026\n\nMit freundlichen Grüßen\nClaudia Lindner", FromClaudia));
            var result = await first.Executor.ApproveAsync(task.Id, null, new Actor(0, "Anna Vertrieb"), null, None);
            Assert.True(result.Succeeded, result.Detail);
            number = result.OrderNumber!;
            conversation = task.ConversationId!.Value;
        }

        await using var second = new AgentSite(dataDirectory: data.Path);
        var memory = await second.Services.GetRequiredService<AgentMemoryStore>().ViewAsync("30101", conversation, None);

        Assert.StartsWith(number, memory["customer.last_order"]);
        Assert.Equal("0.3850 EUR", memory["customer.price:HB-HN-2007"]);
        Assert.Equal("de", memory["customer.language"]);
        Assert.Equal("Guten Tag Claudia Lindner", memory["customer.salutation"]);
        Assert.Equal(number, memory["conversation.order"]);

        var quote = await second.TaskForAsync("sales", AgentSite.Mail("Anfrage Angebot Hornknöpfe",
            "Guten Tag,\n\nbitte senden Sie uns ein Angebot über 3.000 Stück HB-HN-2007. Was kostet das Stück bei dieser Menge?\n\nViele Grüße\nClaudia Lindner", FromClaudia));
        var line = ((JsonArray)quote.Of(ProposalKind.Reply)!.Payload["quote"]!)[0]!.AsObject();
        Assert.Equal("0.3850 EUR", line.String("lastAgreedPrice"));
    }
}
