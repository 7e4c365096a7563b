using System.Data.Common;
using Hangfire;
using HappyButtons.Engine.Agents.Finance;
using HappyButtons.Engine.Agents.Info;
using HappyButtons.Engine.Agents.Sales;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Replies;
using HappyButtons.Engine.Routing.Persistence;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ContactRecord = HappyButtons.Engine.Intake.Customers.Contact;

namespace HappyButtons.Engine.Agents;

/// <summary>
/// Turns processed mails into agent tasks, a group at a time: it takes up to <c>GroupSize</c> processed mails without a
/// task, gives each to its department's agent (Info stands in for a department without one), adds the hand-overs
/// (an order inside a complaint also gets the Sales agent's order draft; a mail held by the fraud checks always gets a
/// hold), and stores the group's tasks and proposals in one transaction. The unique message id makes it idempotent: a
/// second node or a retried job never creates a second task for a mail. Then the automation policy executes what it allows.
/// </summary>
public sealed class AgentCoordinator(
    IDbContextFactory<HappyButtonsDbContext> contexts, DatabaseWriteGate writeGate, ISqlDialect dialect, IEnumerable<IDepartmentAgent> agents,
    SalesAgent sales, InfoAgent info, AgentMemoryStore memory, AgentAutomation automation, AgentTaskExecutor executor, RoutingRuleStore rules,
    EventHub events, IOptions<AgentOptions> options, TimeProvider clock, ILogger<AgentCoordinator> logger)
{
    public const string RecurringId = "agent-tasks";

    private const int MaxTextLength = 20_000;

    private readonly IReadOnlyDictionary<string, IDepartmentAgent> _agents =
        agents.GroupBy(a => a.Department).ToDictionary(g => g.Key, g => g.First());

    /// <summary>Proposes tasks for every processed mail without one; returns how many tasks it created.</summary>
    [JobName("Agenten-Aufgaben vorschlagen", "Propose agent tasks")]
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [5, 30, 120])]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        long after = 0;
        while (true)
        {
            var (created, last) = await ProposeGroupAsync(after, cancellationToken);
            if (last is null)
            {
                return total;
            }

            total += created;
            after = last.Value;
        }
    }

    private sealed record Candidate(long Id, string? Department, string Mailbox, string? Intent, string? Language, string? Customer, double? Confidence,
        string? FromAddress, string? FromName, string? Subject, string? Text, DateTimeOffset ReceivedAt, string? Automation, string? RuleId, bool FraudHold,
        int? RiskScore, long? ConversationId);

    /// <summary>One group: the processed mails after <paramref name="after"/> without a task; returns the tasks created and the last id looked at (null: none left).</summary>
    public async Task<(int Created, long? Last)> ProposeGroupAsync(long after, CancellationToken cancellationToken)
    {
        var candidates = await CandidatesAsync(after, cancellationToken);
        if (candidates.Count == 0)
        {
            return (0, null);
        }

        var contexts = await ContextsAsync(candidates, cancellationToken);
        var thresholds = (await rules.ListAsync(cancellationToken)).ToDictionary(r => r.Id, r => r.Actions.AutomationThreshold);
        var now = clock.GetUtcNow();
        // The agents only read: the group's mails are proposed for in parallel, stored together below.
        var proposed = new (string Agent, IReadOnlyList<ProposalDraft> Proposals, string? Error)[candidates.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, candidates.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (i, token) => proposed[i] = await ProposeAsync(contexts[candidates[i].Id], token));
        var tasks = new List<(AgentTask Task, AgentContext Context, AutomationDecision Decision)>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            var context = contexts[candidate.Id];
            var (agent, proposals, error) = proposed[i];
            var policy = candidate.Automation ?? "draft";
            var decision = error is null
                ? automation.Decide(policy, candidate.RuleId is null ? null : thresholds.GetValueOrDefault(candidate.RuleId), context, proposals)
                : new AutomationDecision(false, "The agent failed; a person decides.");
            var task = new AgentTask
            {
                MessageId = candidate.Id, ConversationId = candidate.ConversationId, Department = context.Department, Agent = agent,
                Intent = candidate.Intent, AutomationPolicy = policy, AutomationNote = decision.Stored, Error = error, CreatedAt = now, UpdatedAt = now, Version = 1,
                Proposals = proposals.Select(p => new AgentProposal { Kind = p.Kind, Confidence = p.Confidence, Reason = p.Reason, Payload = p.Payload.ToJsonString() }).ToList(),
            };
            tasks.Add((task, context, decision));
        }

        var stored = await StoreAsync(tasks.Select(t => t.Task).ToList(), cancellationToken);
        if (stored > 0)
        {
            events.Publish(new AgentTasksProposed(stored));
            foreach (var (task, _, _) in tasks.Where(t => t.Task.Id != 0))
            {
                events.Publish(new AgentTaskChanged(task.Id, task.ConversationId, task.Department, task.Status));
            }
        }

        foreach (var (task, _, _) in tasks.Where(t => t.Task.Id != 0 && t.Decision.Execute))
        {
            var result = await executor.ExecuteAutomaticallyAsync(task.Id, cancellationToken);
            if (!result.Succeeded)
            {
                logger.LogWarning("Automatic execution of agent task {TaskId} failed: {Detail}", task.Id, result.Detail);
            }
        }

        return (stored, candidates[^1].Id);
    }

    /// <summary>The agent's proposals, with the coordinator's hand-overs; an agent that throws leaves a task with the error instead.</summary>
    public async Task<(string Agent, IReadOnlyList<ProposalDraft> Proposals, string? Error)> ProposeAsync(AgentContext context, CancellationToken cancellationToken)
    {
        var agent = _agents.GetValueOrDefault(context.Department) ?? info;
        var proposals = new List<ProposalDraft>();
        try
        {
            proposals.AddRange(await agent.ProposeAsync(context, cancellationToken));
            if (context.Intent is Intent.Complaint or Intent.ReturnRequest or Intent.TechnicalSupport && context.Department != sales.Department
                && proposals.All(p => p.Kind != ProposalKind.Order) && await sales.OrderInsideAsync(context, cancellationToken) is { } order)
            {
                proposals.Add(order);
            }

            var home = context.Intent.HomeDepartment().ToApiName();
            if (proposals.Count == 0 && agent != info && home != context.Department && context.Intent is not (Intent.Spam or Intent.AutoReply))
            {
                proposals.Add(InfoAgent.Handoff(context, home));
            }

            if (context.FraudHold && proposals.All(p => p.Kind != ProposalKind.Hold))
            {
                proposals.Insert(0, FinanceAgent.Hold(context));
            }

            return (agent.Department, proposals, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The {Agent} agent failed on message {MessageId}", agent.Department, context.MessageId);
            return (agent.Department, [], $"The {agent.Department} agent failed: {e.Message}");
        }
    }

    private async Task<List<Candidate>> CandidatesAsync(long after, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await context.Messages.AsNoTracking()
            .Where(m => m.Id > after && (m.Status == MessageStatus.Processed || m.Status == MessageStatus.NeedsReview) && !m.Archived
                        && !context.AgentTasks.Any(t => t.MessageId == m.Id))
            .OrderBy(m => m.Id).Take(Math.Max(1, options.Value.GroupSize))
            .Select(m => new Candidate(m.Id, m.Department, m.Mailbox, m.Classification.Intent, m.Classification.Language, m.Classification.CustomerNumber,
                m.Classification.Confidence, m.FromAddress, m.FromName, m.Subject, m.NewText ?? m.BodyText, m.ReceivedAt, m.Routing.Automation, m.Routing.RuleId,
                m.Risk.FraudHold, m.Risk.Score,
                context.ConversationEntries.Where(e => e.MessageId == m.Id).Select(e => (long?)e.ConversationId).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return rows;
    }

    /// <summary>The agents' view of each mail, with the contacts and the memory of the group read in one query each.</summary>
    private async Task<Dictionary<long, AgentContext>> ContextsAsync(IReadOnlyList<Candidate> candidates, CancellationToken cancellationToken)
    {
        var addresses = candidates.Select(c => c.FromAddress?.Trim().ToLowerInvariant()).OfType<string>().Distinct().ToList();
        Dictionary<string, ContactRecord> contacts;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            contacts = new Dictionary<string, ContactRecord>();
            foreach (var chunk in addresses.Chunk(500))
            {
                foreach (var c in await db.Contacts.AsNoTracking().Where(c => chunk.Contains(c.Email)).ToListAsync(cancellationToken))
                {
                    contacts.TryAdd(c.Email, new ContactRecord(c.FirstName, c.LastName, c.Email, c.CustomerNumber, c.Title, c.PreferredSalutation));
                }
            }
        }

        var scopes = candidates.Where(c => c.Customer is not null).Select(c => AgentMemoryStore.CustomerScope(c.Customer!))
            .Concat(candidates.Where(c => c.ConversationId is not null).Select(c => AgentMemoryStore.ConversationScope(c.ConversationId!.Value))).Distinct().ToList();
        var remembered = await memory.LoadAsync(scopes, cancellationToken);
        return candidates.ToDictionary(c => c.Id, c => new AgentContext(
            c.Id, c.ConversationId, c.Department ?? c.Mailbox,
            TaxonomyNames.TryParseIntent(c.Intent, out var intent) ? intent : Intent.GeneralInquiry,
            c.Language switch { "en" => Language.En, "de" => Language.De, null => Language.De, _ => Language.Other },
            c.Customer, c.FromAddress, c.FromName, c.Subject ?? "", c.Text is { Length: > MaxTextLength } text ? text[..MaxTextLength] : c.Text ?? "")
        {
            Memory = AgentMemoryStore.View(remembered, c.Customer, c.ConversationId),
            Contact = c.FromAddress is { } from && contacts.TryGetValue(from.Trim().ToLowerInvariant(), out var contact) ? ReplyContact.From(contact) : ReplyContact.Unknown,
            FraudHold = c.FraudHold,
            RiskScore = c.RiskScore,
            ClassificationConfidence = c.Confidence ?? 0.5,
            ReceivedAt = c.ReceivedAt,
        });
    }

    /// <summary>The group's tasks in one transaction; when another node stored some of them first, the rest one by one.</summary>
    private async Task<int> StoreAsync(List<AgentTask> tasks, CancellationToken cancellationToken)
    {
        try
        {
            using var turn = await writeGate.EnterAsync(cancellationToken);
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            context.AgentTasks.AddRange(tasks);
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return tasks.Count;
        }
        catch (DbUpdateException e) when (e.InnerException is DbException inner && dialect.IsUniqueViolation(inner))
        {
            var stored = 0;
            foreach (var task in tasks)
            {
                task.Id = 0;
                foreach (var proposal in task.Proposals)
                {
                    proposal.Id = 0;
                    proposal.TaskId = 0;
                }

                try
                {
                    using var turn = await writeGate.EnterAsync(cancellationToken);
                    await using var context = await contexts.CreateDbContextAsync(cancellationToken);
                    context.AgentTasks.Add(task);
                    await context.SaveChangesAsync(cancellationToken);
                    stored++;
                }
                catch (DbUpdateException one) when (one.InnerException is DbException again && dialect.IsUniqueViolation(again))
                {
                    task.Id = 0;
                }
            }

            return stored;
        }
    }
}
