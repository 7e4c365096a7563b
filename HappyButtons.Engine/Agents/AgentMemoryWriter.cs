using System.Globalization;
using System.Text.Json.Nodes;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Agents;

/// <summary>
/// What an executed task teaches the agents, written in the transaction that marks it done: the customer's last order and
/// agreed prices, their language and salutation, open issues (complaints, returns, held bank changes) per customer and
/// conversation.
/// </summary>
internal static class AgentMemoryWriter
{
    private static readonly HashSet<string> IssueIntents = ["complaint", "return_request", "bank_change", "technical_support"];

    public static async Task RememberAsync(HappyButtonsDbContext context, AgentTask task, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var customer = await context.Messages.AsNoTracking().Where(m => m.Id == task.MessageId).Select(m => m.Classification.CustomerNumber).SingleOrDefaultAsync(cancellationToken);
        var ofCustomer = new Dictionary<string, string>();
        var ofConversation = new Dictionary<string, string>
        {
            ["last_task"] = $"{task.Agent} · {task.Intent ?? "-"} · {now.UtcDateTime:yyyy-MM-dd}",
        };
        if (task.ResultOrderId is { } orderId)
        {
            var order = await context.Orders.AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);
            if (order is not null)
            {
                ofCustomer["last_order"] = $"{order.Number} ({order.CreatedAt.UtcDateTime:yyyy-MM-dd})";
                ofConversation["order"] = order.Number;
                foreach (var line in order.Lines)
                {
                    ofCustomer["price:" + line.Sku] = line.UnitPrice.ToString("0.0000", CultureInfo.InvariantCulture) + " " + order.Currency;
                }
            }
        }

        var reply = task.Proposals.Where(p => p.Kind == ProposalKind.Reply && p.Outcome != "rejected")
            .Select(p => JsonNode.Parse(p.EditedPayload ?? p.Payload)!.AsObject()).FirstOrDefault();
        if (reply is not null)
        {
            if (reply.String("language") is { } language) ofCustomer["language"] = language;
            var first = (reply.String("body") ?? "").Split('\n', 2)[0].Trim().TrimEnd(',');
            if (first.Length is > 0 and < 120) ofCustomer["salutation"] = first;
        }

        if (task.Intent is { } intent && IssueIntents.Contains(intent))
        {
            ofConversation["open_issue"] = intent;
            if (task.ConversationId is { } conversation) ofCustomer["open_issue:" + conversation] = intent;
        }

        if (customer is not null)
        {
            await AgentMemoryStore.RememberAsync(context, AgentMemoryStore.CustomerScope(customer), ofCustomer, now, cancellationToken);
        }

        if (task.ConversationId is { } id)
        {
            await AgentMemoryStore.RememberAsync(context, AgentMemoryStore.ConversationScope(id), ofConversation, now, cancellationToken);
        }
    }
}
