using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Documents;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Mail.Outgoing;
using HappyButtons.Engine.Orders;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Agents;

/// <summary>
/// Approves (executes) and rejects agent tasks — exactly once. An approval first takes the task with a lease in one
/// conditional UPDATE (status, lease, version), so a second click or a second person finds it taken and waits for the
/// result instead of executing again. Each step is idempotent on its own: the order is looked up by its source mail
/// before one is created and recorded on the task at once; the reply's Message-ID comes from the task id, so the outbox
/// and the timeline take it once. A run that died mid-way (its lease expired) or failed is resumed by approving again.
/// </summary>
public sealed partial class AgentTaskExecutor(
    IDbContextFactory<HappyButtonsDbContext> contexts, DatabaseWriteGate writeGate, OrderService orders, ConversationReplies replies, ConversationWork work,
    AuditLog audit, EventHub events, AgentExecutionProbe probe, IOptions<AgentOptions> options, TimeProvider clock, ILogger<AgentTaskExecutor> logger)
{
    public const string AutomationActor = "Happy Buttons Agent";

    public static string AuditTarget(long taskId) => "agent_task:" + taskId;

    public async Task<TaskResult> ApproveAsync(long taskId, TaskEdits? edits, Actor actor, int? expectedVersion, CancellationToken cancellationToken)
    {
        edits ??= new TaskEdits();
        if (edits.OrderLines is { } lines && (lines.Count == 0 || lines.Any(l => string.IsNullOrWhiteSpace(l.Sku) || l.Quantity <= 0)))
        {
            return new TaskResult(TaskRefusal.Invalid, "Every order line needs a SKU and a quantity of at least 1.");
        }

        if (edits.ReplyBody is { } body && string.IsNullOrWhiteSpace(body))
        {
            return new TaskResult(TaskRefusal.Invalid, "The reply must not be empty.");
        }

        if (edits.HandoffTo is { } to && !Identity.Departments.IsValid(to))
        {
            return new TaskResult(TaskRefusal.Invalid, $"'{to}' is no department.");
        }

        return await ExecuteAsync(taskId, edits, actor, expectedVersion, automatic: false, cancellationToken);
    }

    /// <summary>Executes a task the automation policy allowed; every proposal's outcome is <c>automatic</c>.</summary>
    public Task<TaskResult> ExecuteAutomaticallyAsync(long taskId, CancellationToken cancellationToken) =>
        ExecuteAsync(taskId, new TaskEdits(), new Actor(0, AutomationActor), null, automatic: true, cancellationToken);

    public async Task<TaskResult> RejectAsync(long taskId, string? reason, Actor actor, int? expectedVersion, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return new TaskResult(TaskRefusal.Invalid, "A rejection needs a reason.");
        }

        var now = clock.GetUtcNow();
        AgentTask? task;
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            var taken = await context.AgentTasks
                .Where(t => t.Id == taskId && (t.Status == AgentTaskStatus.Proposed || t.Status == AgentTaskStatus.Failed)
                            && (t.ExecutingUntil == null || t.ExecutingUntil < now) && (expectedVersion == null || t.Version == expectedVersion))
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.Status, AgentTaskStatus.Rejected).SetProperty(t => t.RejectReason, reason.Trim())
                    .SetProperty(t => t.DecidedAt, now).SetProperty(t => t.DecidedById, actor.UserId == 0 ? null : actor.UserId)
                    .SetProperty(t => t.DecidedByName, actor.Name).SetProperty(t => t.UpdatedAt, now).SetProperty(t => t.Version, t => t.Version + 1), cancellationToken);
            task = await context.AgentTasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken);
            if (task is null)
            {
                return new TaskResult(TaskRefusal.NotFound);
            }

            if (taken == 0)
            {
                return new TaskResult(TaskRefusal.Conflict, Why(task));
            }

            await context.AgentProposals.Where(p => p.TaskId == taskId && p.Outcome == null)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.Outcome, "rejected").SetProperty(p => p.DecidedAt, now), cancellationToken);
            audit.Add(context, actor.Name, "agent_task.reject", AuditTarget(taskId), reason.Trim());
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        events.Publish(new AgentTaskChanged(taskId, task.ConversationId, task.Department, AgentTaskStatus.Rejected));
        return new TaskResult(null);
    }

    private async Task<TaskResult> ExecuteAsync(long taskId, TaskEdits edits, Actor actor, int? expectedVersion, bool automatic, CancellationToken cancellationToken)
    {
        var (task, refusal) = await TakeAsync(taskId, edits, actor, expectedVersion, automatic, cancellationToken);
        if (task is null)
        {
            return refusal!;
        }

        events.Publish(new AgentTaskChanged(taskId, task.ConversationId, task.Department, AgentTaskStatus.Approved));
        try
        {
            var result = await RunStepsAsync(task, actor, cancellationToken);
            if (result.Refusal is not null)
            {
                await FailAsync(task, result.Detail ?? "failed", cancellationToken);
                return result;
            }

            await FinishAsync(task, result, actor, automatic, cancellationToken);
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Executing agent task {TaskId} failed", taskId);
            await FailAsync(task, e.Message, CancellationToken.None);
            return new TaskResult(TaskRefusal.Failed, e.Message);
        }
    }

    /// <summary>Takes the task for this execution (status approved, a lease, the version raised) and stores the edits, in one transaction.</summary>
    private async Task<(AgentTask? Task, TaskResult? Refusal)> TakeAsync(long taskId, TaskEdits edits, Actor actor, int? expectedVersion, bool automatic,
        CancellationToken cancellationToken)
    {
        var deadline = clock.GetUtcNow() + TimeSpan.FromSeconds(20);
        while (true)
        {
            var now = clock.GetUtcNow();
            var until = now + TimeSpan.FromSeconds(options.Value.ExecutionLeaseSeconds);
            using (await writeGate.EnterAsync(cancellationToken))
            {
                await using var context = await contexts.CreateDbContextAsync(cancellationToken);
                await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
                var taken = await context.AgentTasks
                    .Where(t => t.Id == taskId && (t.Status == AgentTaskStatus.Proposed || t.Status == AgentTaskStatus.Failed || t.Status == AgentTaskStatus.Approved)
                                && (t.ExecutingUntil == null || t.ExecutingUntil < now) && (expectedVersion == null || t.Version == expectedVersion))
                    .ExecuteUpdateAsync(set => set.SetProperty(t => t.Status, AgentTaskStatus.Approved).SetProperty(t => t.ExecutingUntil, until)
                        .SetProperty(t => t.DecidedAt, now).SetProperty(t => t.DecidedById, actor.UserId == 0 ? null : actor.UserId)
                        .SetProperty(t => t.DecidedByName, actor.Name).SetProperty(t => t.AutoExecuted, automatic)
                        .SetProperty(t => t.UpdatedAt, now).SetProperty(t => t.Version, t => t.Version + 1), cancellationToken);
                var task = await context.AgentTasks.Include(t => t.Proposals).SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken);
                if (task is null)
                {
                    return (null, new TaskResult(TaskRefusal.NotFound));
                }

                if (taken == 1)
                {
                    ApplyEdits(task, edits);
                    audit.Add(context, actor.Name, automatic ? "agent_task.auto" : "agent_task.approve", AuditTarget(taskId),
                        automatic ? (task.AutomationNote is { } note ? AutomationDecision.English(note) : null) : $"{task.Agent}: {string.Join(", ", task.Proposals.Select(p => p.Kind))}");
                    await context.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return (task, null);
                }

                if (task.Status == AgentTaskStatus.Done)
                {
                    return (null, await DoneResultAsync(context, task, cancellationToken));
                }

                if (task.Status != AgentTaskStatus.Approved || expectedVersion is not null && task.Version != expectedVersion && task.ExecutingUntil is null)
                {
                    return (null, new TaskResult(TaskRefusal.Conflict, Why(task)));
                }
            }

            // Someone else executes it right now (a double click, a colleague): wait for their result rather than execute twice.
            if (clock.GetUtcNow() > deadline)
            {
                return (null, new TaskResult(TaskRefusal.Conflict, "The task is being executed by someone else; look again in a moment."));
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private static void ApplyEdits(AgentTask task, TaskEdits edits)
    {
        foreach (var proposal in task.Proposals.Where(p => p.Outcome is null or "rejected"))
        {
            if (edits.Skip.Contains(proposal.Kind))
            {
                proposal.Outcome = "rejected";
                continue;
            }

            proposal.Outcome = null;
            var payload = JsonNode.Parse(proposal.EditedPayload ?? proposal.Payload)!.AsObject();
            var before = payload.ToJsonString();
            switch (proposal.Kind)
            {
                case ProposalKind.Reply:
                    if (edits.ReplyBody is { } body) payload["body"] = body.Replace("\r\n", "\n");
                    if (edits.ReplySubject is { } subject && !string.IsNullOrWhiteSpace(subject)) payload["subject"] = subject.Trim();
                    break;
                case ProposalKind.Order:
                    if (edits.CustomerId is { } customer) payload["customerId"] = customer.Trim();
                    if (edits.PoNumber is { } po) payload["poNumber"] = po.Trim();
                    if (edits.OrderLines is { } lines)
                    {
                        // What the agent read about a line (price, date, source text) stays with the line of the same SKU.
                        var read = (payload["lines"] as JsonArray ?? []).OfType<JsonObject>().Where(l => l.String("sku") is not null)
                            .GroupBy(l => l.String("sku")!).ToDictionary(g => g.Key, g => g.First());
                        payload["lines"] = new JsonArray(lines.Select(l =>
                        {
                            var line = read.TryGetValue(l.Sku.Trim(), out var known) ? (JsonObject)known.DeepClone() : new JsonObject();
                            line["sku"] = l.Sku.Trim();
                            line["quantity"] = l.Quantity;
                            return (JsonNode?)line;
                        }).ToArray());
                    }

                    break;
                case ProposalKind.Handoff:
                    if (edits.HandoffTo is { } to) payload["to"] = to;
                    break;
            }

            if (payload.ToJsonString() != before)
            {
                proposal.EditedPayload = payload.ToJsonString();
            }
        }
    }

    private sealed record Step(AgentProposal Proposal, JsonObject Payload);

    private async Task<TaskResult> RunStepsAsync(AgentTask task, Actor actor, CancellationToken cancellationToken)
    {
        var active = task.Proposals.Where(p => p.Outcome != "rejected").OrderBy(p => p.Id)
            .Select(p => new Step(p, JsonNode.Parse(p.EditedPayload ?? p.Payload)!.AsObject())).ToList();
        long? orderId = task.ResultOrderId;
        string? orderNumber = null;
        if (active.FirstOrDefault(s => s.Proposal.Kind == ProposalKind.Order) is { } order)
        {
            var created = await OrderAsync(task, order.Payload, actor, cancellationToken);
            if (created.Refusal is not null)
            {
                return created;
            }

            (orderId, orderNumber) = (created.OrderId, created.OrderNumber);
            await probe.PassedAsync("order", task.Id);
        }

        string? sentMessageId = null;
        if (active.FirstOrDefault(s => s.Proposal.Kind == ProposalKind.Reply) is { } reply)
        {
            var sent = await ReplyAsync(task, reply.Payload, active.FirstOrDefault(s => s.Proposal.Kind == ProposalKind.InvoiceCopy)?.Payload, orderNumber, actor,
                cancellationToken);
            if (sent.Refusal is not null)
            {
                return sent;
            }

            sentMessageId = sent.SentMessageId;
            await probe.PassedAsync("reply", task.Id);
        }

        if (active.FirstOrDefault(s => s.Proposal.Kind == ProposalKind.Handoff) is { } handoff && task.ConversationId is { } conversation)
        {
            var to = handoff.Payload.String("to") ?? task.Department;
            var moved = await work.MoveAsync(conversation, to, handoff.Proposal.Reason, actor, null, cancellationToken);
            if (!moved.Succeeded && moved.Refusal != WorkRefusal.AlreadyDone)
            {
                return new TaskResult(TaskRefusal.Failed, $"The conversation could not be handed to {to}: {moved.Refusal}.");
            }
        }

        return new TaskResult(null, null, orderId, orderNumber, sentMessageId);
    }

    private async Task<TaskResult> OrderAsync(AgentTask task, JsonObject payload, Actor actor, CancellationToken cancellationToken)
    {
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            // The order of this mail may exist already: created by a run that died before it recorded it on the task.
            var existing = await context.Orders.AsNoTracking().Where(o => task.ResultOrderId != null ? o.Id == task.ResultOrderId : o.SourceMessageId == task.MessageId)
                .Select(o => new { o.Id, o.Number }).FirstOrDefaultAsync(cancellationToken);
            if (existing is not null)
            {
                await RecordAsync(task.Id, t => t.SetProperty(x => x.ResultOrderId, existing.Id), cancellationToken);
                return new TaskResult(null, OrderId: existing.Id, OrderNumber: existing.Number);
            }
        }

        var customer = payload.String("customerId");
        var lines = (payload["lines"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(l => new NewOrderLine(l.String("sku") ?? "", l["quantity"]?.GetValue<long>() ?? 0)).ToList();
        if (customer is null)
        {
            return new TaskResult(TaskRefusal.Failed, "The order has no customer: choose one and approve again.");
        }

        var delivery = DateOnly.TryParseExact(payload.String("deliveryDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        var result = await orders.CreateAsync(new NewOrder(customer, payload.String("poNumber"), lines, delivery, task.MessageId, task.ConversationId),
            actor.Name, cancellationToken);
        if (result.Created is not { } created)
        {
            return new TaskResult(TaskRefusal.Failed, string.Join(" ", result.Errors));
        }

        await RecordAsync(task.Id, t => t.SetProperty(x => x.ResultOrderId, created.Id), cancellationToken);
        return new TaskResult(null, OrderId: created.Id, OrderNumber: created.Number);
    }

    private async Task<TaskResult> ReplyAsync(AgentTask task, JsonObject payload, JsonObject? invoiceCopy, string? orderNumber, Actor actor,
        CancellationToken cancellationToken)
    {
        if (task.ConversationId is not { } conversation)
        {
            return new TaskResult(TaskRefusal.Failed, "The mail belongs to no conversation; a reply cannot be sent.");
        }

        var body = payload.String("body") ?? "";
        if (body.Contains(ReplyDrafting.PendingOrderNumber, StringComparison.Ordinal))
        {
            if (orderNumber is null && task.ResultOrderId is { } recorded)
            {
                await using var context = await contexts.CreateDbContextAsync(cancellationToken);
                orderNumber = await context.Orders.Where(o => o.Id == recorded).Select(o => o.Number).SingleOrDefaultAsync(cancellationToken);
            }

            if (orderNumber is null)
            {
                return new TaskResult(TaskRefusal.Failed, "The reply names the order number, but no order was created (the order proposal was rejected).");
            }

            body = body.Replace(ReplyDrafting.PendingOrderNumber, orderNumber, StringComparison.Ordinal);
        }

        var files = new List<OutgoingAttachment>();
        if (invoiceCopy?.Long("orderId") is { } invoicedOrder)
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            var invoice = await context.OrderDocuments.AsNoTracking().Where(x => x.OrderId == invoicedOrder && x.Kind == "invoice")
                .Select(x => new { x.Number, x.Pdf }).SingleOrDefaultAsync(cancellationToken);
            if (invoice is null)
            {
                return new TaskResult(TaskRefusal.Failed, "The order has no invoice to attach.");
            }

            files.Add(new OutgoingAttachment($"Rechnung-{invoice.Number}.pdf", "application/pdf", invoice.Pdf));
        }

        var sent = await replies.SendAsync(conversation, new ReplyDraft(DraftIdOf(task.Id), body) { Files = files }, actor, cancellationToken);
        if (!sent.Succeeded)
        {
            return new TaskResult(TaskRefusal.Failed, $"The reply was not sent: {sent.Refusal}{(sent.Detail is null ? "" : " (" + sent.Detail + ")")}.");
        }

        if (sent.OutgoingMailId is { } outgoing)
        {
            await RecordAsync(task.Id, t => t.SetProperty(x => x.ResultOutgoingMailId, outgoing), cancellationToken);
        }

        return new TaskResult(null, SentMessageId: sent.MessageId);
    }

    /// <summary>The reply's draft id, the same for every run of the task: its Message-ID makes a second send the same mail.</summary>
    public static Guid DraftIdOf(long taskId) => new(SHA256.HashData(Encoding.UTF8.GetBytes("agent-task:" + taskId.ToString(CultureInfo.InvariantCulture)))[..16]);

    private async Task RecordAsync(long taskId, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<AgentTask>> set, CancellationToken cancellationToken)
    {
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await context.AgentTasks.Where(t => t.Id == taskId).ExecuteUpdateAsync(set, cancellationToken);
    }

    private async Task FinishAsync(AgentTask task, TaskResult result, Actor actor, bool automatic, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            var row = await context.AgentTasks.Include(t => t.Proposals).SingleAsync(t => t.Id == task.Id, cancellationToken);
            row.Status = AgentTaskStatus.Done;
            row.ExecutedAt = now;
            row.ExecutingUntil = null;
            row.Error = null;
            row.UpdatedAt = now;
            row.Version++;
            row.ResultOrderId = result.OrderId ?? row.ResultOrderId;
            foreach (var proposal in row.Proposals.Where(p => p.Outcome is null))
            {
                proposal.Outcome = automatic ? "automatic" : proposal.EditedPayload is null ? "unchanged" : "edited";
                proposal.DecidedAt = now;
            }

            await AgentMemoryWriter.RememberAsync(context, row, now, cancellationToken);
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        events.Publish(new AgentTaskChanged(task.Id, task.ConversationId, task.Department, AgentTaskStatus.Done));
    }

    private async Task FailAsync(AgentTask task, string error, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            await context.AgentTasks.Where(t => t.Id == task.Id).ExecuteUpdateAsync(set => set.SetProperty(t => t.Status, AgentTaskStatus.Failed)
                .SetProperty(t => t.Error, error.Length > 2000 ? error[..2000] : error).SetProperty(t => t.ExecutingUntil, (DateTimeOffset?)null)
                .SetProperty(t => t.UpdatedAt, now).SetProperty(t => t.Version, t => t.Version + 1), cancellationToken);
        }

        events.Publish(new AgentTaskChanged(task.Id, task.ConversationId, task.Department, AgentTaskStatus.Failed));
    }

    private static async Task<TaskResult> DoneResultAsync(HappyButtonsDbContext context, AgentTask task, CancellationToken cancellationToken)
    {
        var number = task.ResultOrderId is { } id ? await context.Orders.Where(o => o.Id == id).Select(o => o.Number).SingleOrDefaultAsync(cancellationToken) : null;
        var sent = task.ResultOutgoingMailId is { } mail ? await context.OutgoingMail.Where(m => m.Id == mail).Select(m => m.MessageIdHeader).SingleOrDefaultAsync(cancellationToken) : null;
        sent = sent?.Trim().TrimStart('<').TrimEnd('>');
        return new TaskResult(null, null, task.ResultOrderId, number, sent) { AlreadyDone = true };
    }

    private static string Why(AgentTask task) => task.Status switch
    {
        AgentTaskStatus.Rejected => $"The task was rejected by {task.DecidedByName}: {task.RejectReason}",
        AgentTaskStatus.Done => $"The task was executed already (by {task.DecidedByName}).",
        AgentTaskStatus.Approved => $"The task is being executed by {task.DecidedByName}.",
        _ => "The task was changed in the meantime; look at it again.",
    };
}
