using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Agents;

/// <summary>
/// What the agents remember per customer and per conversation, in the database (it survives restarts). Agents read it as
/// <see cref="AgentContext.Memory"/> with the keys prefixed <c>customer.</c> and <c>conversation.</c>; executed tasks write it.
/// </summary>
public sealed class AgentMemoryStore(IDbContextFactory<HappyButtonsDbContext> contexts)
{
    public static string CustomerScope(string number) => "customer:" + number;

    public static string ConversationScope(long id) => "conversation:" + id;

    /// <summary>The memory of many customers and conversations in one query, by scope.</summary>
    public async Task<IReadOnlyDictionary<string, Dictionary<string, string>>> LoadAsync(IReadOnlyCollection<string> scopes, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, Dictionary<string, string>>();
        if (scopes.Count == 0)
        {
            return result;
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var chunk in scopes.Chunk(500))
        {
            foreach (var row in await context.AgentMemory.AsNoTracking().Where(m => chunk.Contains(m.Scope)).ToListAsync(cancellationToken))
            {
                if (!result.TryGetValue(row.Scope, out var entries))
                {
                    result[row.Scope] = entries = new Dictionary<string, string>();
                }

                entries[row.Key] = row.Value;
            }
        }

        return result;
    }

    /// <summary>The context's view: the customer's entries as <c>customer.key</c>, the conversation's as <c>conversation.key</c>.</summary>
    public static IReadOnlyDictionary<string, string> View(IReadOnlyDictionary<string, Dictionary<string, string>> loaded, string? customer, long? conversation)
    {
        var view = new Dictionary<string, string>();
        if (customer is not null && loaded.TryGetValue(CustomerScope(customer), out var ofCustomer))
        {
            foreach (var (key, value) in ofCustomer)
            {
                view["customer." + key] = value;
            }
        }

        if (conversation is { } id && loaded.TryGetValue(ConversationScope(id), out var ofConversation))
        {
            foreach (var (key, value) in ofConversation)
            {
                view["conversation." + key] = value;
            }
        }

        return view;
    }

    public async Task<IReadOnlyDictionary<string, string>> ViewAsync(string? customer, long? conversation, CancellationToken cancellationToken)
    {
        var scopes = new List<string>();
        if (customer is not null) scopes.Add(CustomerScope(customer));
        if (conversation is { } id) scopes.Add(ConversationScope(id));
        return View(await LoadAsync(scopes, cancellationToken), customer, conversation);
    }

    /// <summary>Sets entries inside the caller's transaction (the one that marks the task done).</summary>
    public static async Task RememberAsync(HappyButtonsDbContext context, string scope, IReadOnlyDictionary<string, string> entries, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var keys = entries.Keys.ToList();
        var existing = await context.AgentMemory.Where(m => m.Scope == scope && keys.Contains(m.Key)).ToDictionaryAsync(m => m.Key, cancellationToken);
        foreach (var (key, value) in entries)
        {
            if (existing.TryGetValue(key, out var row))
            {
                row.Value = value;
                row.UpdatedAt = now;
            }
            else
            {
                context.AgentMemory.Add(new AgentMemory { Scope = scope, Key = key, Value = value, UpdatedAt = now });
            }
        }
    }
}
