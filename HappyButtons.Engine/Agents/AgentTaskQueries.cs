using System.Text.Json.Nodes;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Agents;

/// <summary>One proposal as shown: its content as it will be executed (a person's edit, else the agent's) and the agent's reason.</summary>
public sealed record ProposalView(long Id, string Kind, double Confidence, string Reason, string? ReasonKey, IReadOnlyList<string> ReasonArgs,
    JsonObject Payload, bool Edited, string? Outcome, DateTimeOffset? DecidedAt);

public sealed record AgentTaskView(long Id, long MessageId, long? ConversationId, string Department, string Agent, string? Intent, string Status,
    string AutomationPolicy, bool AutoExecuted, string? AutomationNote, DateTimeOffset CreatedAt, DateTimeOffset? DecidedAt, string? DecidedBy,
    string? RejectReason, DateTimeOffset? ExecutedAt, long? ResultOrderId, long? ResultOutgoingMailId, string? Error, int Version,
    IReadOnlyList<ProposalView> Proposals)
{
    /// <summary>The automation note's English format and arguments, for the UI to word in the clerk's language.</summary>
    public (string Format, string[] Args)? AutomationNoteParts { get; init; }

    public ProposalView? Of(string kind) => Proposals.FirstOrDefault(p => p.Kind == kind);

    /// <summary>Open for a decision: proposed, or failed (approve again to resume).</summary>
    public bool IsOpen => Status is AgentTaskStatus.Proposed or AgentTaskStatus.Failed;
}

public sealed record AgentTaskSummary(long Id, long MessageId, long? ConversationId, string Department, string Agent, string? Intent, string Status,
    bool AutoExecuted, DateTimeOffset CreatedAt);

public sealed record AgentTaskPage(IReadOnlyList<AgentTaskSummary> Items, int Page, int PageSize, int Total);

/// <summary>Reads tasks for the API, the task panel and the KPIs; filtering and paging happen in the database.</summary>
public sealed class AgentTaskQueries(IDbContextFactory<HappyButtonsDbContext> contexts)
{
    public async Task<AgentTaskPage> ListAsync(string? department, string? status, int page, int pageSize, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 200);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var query = context.AgentTasks.AsNoTracking();
        if (department is not null) query = query.Where(t => t.Department == department);
        if (status is not null) query = query.Where(t => t.Status == status);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(t => t.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(t => new AgentTaskSummary(t.Id, t.MessageId, t.ConversationId, t.Department, t.Agent, t.Intent, t.Status, t.AutoExecuted, t.CreatedAt))
            .ToListAsync(cancellationToken);
        return new AgentTaskPage(items, page, pageSize, total);
    }

    public async Task<AgentTaskView?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var task = await context.AgentTasks.AsNoTracking().Include(t => t.Proposals).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        return task is null ? null : View(task);
    }

    /// <summary>The tasks of a conversation's mails, newest first.</summary>
    public async Task<IReadOnlyList<AgentTaskView>> OfConversationAsync(long conversationId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var tasks = await context.AgentTasks.AsNoTracking().Include(t => t.Proposals).Where(t => t.ConversationId == conversationId)
            .OrderByDescending(t => t.Id).Take(20).ToListAsync(cancellationToken);
        return tasks.Select(View).ToList();
    }

    public async Task<long?> OfMessageAsync(long messageId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.AgentTasks.AsNoTracking().Where(t => t.MessageId == messageId).Select(t => (long?)t.Id).SingleOrDefaultAsync(cancellationToken);
    }

    private static AgentTaskView View(AgentTask t) => new(t.Id, t.MessageId, t.ConversationId, t.Department, t.Agent, t.Intent, t.Status, t.AutomationPolicy,
        t.AutoExecuted, t.AutomationNote is { } note ? AutomationDecision.English(note) : null, t.CreatedAt, t.DecidedAt, t.DecidedByName, t.RejectReason, t.ExecutedAt, t.ResultOrderId, t.ResultOutgoingMailId,
        t.Error, t.Version, t.Proposals.OrderBy(p => p.Id).Select(Proposal).ToList())
    {
        AutomationNoteParts = t.AutomationNote is { } stored ? AutomationDecision.Parse(stored) : null,
    };

    private static ProposalView Proposal(AgentProposal p)
    {
        var payload = JsonNode.Parse(p.EditedPayload ?? p.Payload) as JsonObject ?? [];
        var args = payload[Proposals.ReasonArgs] is JsonArray list ? list.Select(a => a?.ToString() ?? "").ToList() : [];
        return new ProposalView(p.Id, p.Kind, p.Confidence, p.Reason, payload.String(Proposals.ReasonKey), args, payload, p.EditedPayload is not null, p.Outcome, p.DecidedAt);
    }
}
