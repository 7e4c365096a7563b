using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using HappyButtons.Engine.Agents;
using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Orders;
using HappyButtons.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HappyButtons.Web.Api;

public sealed record TaskListItemDto(long Id, long MessageId, long? ConversationId, string Department, string Agent, string? Intent, string Status,
    bool AutoExecuted, DateTimeOffset CreatedAt);

public sealed record TaskListDto(IReadOnlyList<TaskListItemDto> Items, int Page, int PageSize, int Total);

public sealed record TaskProposalDto(long Id, string Kind, double Confidence, string Reason, string? Outcome, bool Edited, JsonObject Payload);

public sealed record TaskCourtesyItemDto(string Rule, int Points, int Max);

public sealed record TaskCourtesyDto(int Score, IReadOnlyList<TaskCourtesyItemDto> Items);

public sealed record TaskReplyDto(string? Subject, string? Body, TaskCourtesyDto Courtesy);

public sealed record TaskOrderLineDto(string? Sku, long Quantity, decimal? UnitPrice, string? DeliveryDate, double? Confidence, string? SourceText);

public sealed record TaskOrderDto(string? CustomerId, string? PoNumber, IReadOnlyList<TaskOrderLineDto> Lines);

public sealed record TaskDto(long Id, long MessageId, long? ConversationId, string Department, string Agent, string? Intent, string Status,
    string AutomationPolicy, bool AutoExecuted, string? AutomationNote, string? DecidedBy, DateTimeOffset? DecidedAt, string? RejectReason, string? Error,
    long? OrderId, int Version, IReadOnlyList<TaskProposalDto> Proposals, TaskReplyDto? Reply, TaskOrderDto? Order);

public sealed record TaskReplyEdit(string? Subject, string? Body);

public sealed record TaskOrderLineEdit(string? Sku, long Quantity);

public sealed record TaskOrderEdit(string? CustomerId, string? PoNumber, IReadOnlyList<TaskOrderLineEdit>? Lines);

public sealed record TaskEditsDto(TaskReplyEdit? Reply, TaskOrderEdit? Order, string? HandoffTo, IReadOnlyList<string>? Skip);

public sealed record ApproveRequest(TaskEditsDto? Edits, int? Version);

public sealed record ApproveResponse(long? OrderId, string? OrderNumber, string? SentMessageId, bool AlreadyDone);

public sealed record RejectRequest(string? Reason, int? Version);

/// <summary>
/// The agent task API of the contract (API key): list and read tasks with their proposals, the reply with its courtesy
/// score and the order draft; approve (executes once, however often it is called) or reject with a reason.
/// </summary>
public static class TasksApi
{
    public static IEndpointRouteBuilder MapTasksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/tasks").RequireAuthorization(Policies.Api).WithTags("Agent tasks");
        api.MapGet("/", ListAsync);
        api.MapGet("/{id:long}", GetAsync);
        api.MapPost("/{id:long}/approve", ApproveAsync).DisableAntiforgery();
        api.MapPost("/{id:long}/reject", RejectAsync).DisableAntiforgery();
        return app;
    }

    private static readonly string[] Statuses =
        [AgentTaskStatus.Proposed, AgentTaskStatus.Approved, AgentTaskStatus.Rejected, AgentTaskStatus.Done, AgentTaskStatus.Failed];

    private static readonly string[] Kinds =
        [ProposalKind.Reply, ProposalKind.Order, ProposalKind.InvoiceCopy, ProposalKind.Handoff, ProposalKind.Hold, ProposalKind.Rma];

    private static async Task<Results<Ok<TaskListDto>, ProblemHttpResult>> ListAsync(
        string? department, string? status, int? page, AgentTaskQueries queries, CancellationToken cancellationToken)
    {
        if (department is not null && !Departments.IsValid(department))
        {
            return Problem(StatusCodes.Status400BadRequest, "Unknown department", $"'department' must be one of {string.Join(", ", Departments.All)}.");
        }

        if (status is not null && !Statuses.Contains(status))
        {
            return Problem(StatusCodes.Status400BadRequest, "Unknown status", $"'status' must be one of {string.Join(", ", Statuses)}.");
        }

        var result = await queries.ListAsync(department, status, page ?? 1, 50, cancellationToken);
        return TypedResults.Ok(new TaskListDto(
            result.Items.Select(t => new TaskListItemDto(t.Id, t.MessageId, t.ConversationId, t.Department, t.Agent, t.Intent, t.Status, t.AutoExecuted, t.CreatedAt)).ToList(),
            result.Page, result.PageSize, result.Total));
    }

    private static async Task<Results<Ok<TaskDto>, NotFound>> GetAsync(long id, AgentTaskQueries queries, ReplyDrafting drafting, CancellationToken cancellationToken) =>
        await queries.GetAsync(id, cancellationToken) is { } task ? TypedResults.Ok(ToDto(task, drafting)) : TypedResults.NotFound();

    private static async Task<Results<Ok<ApproveResponse>, NotFound, ProblemHttpResult>> ApproveAsync(
        long id, ApproveRequest? request, AgentTaskExecutor executor, ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var edits = request?.Edits;
        if (edits?.Skip?.FirstOrDefault(k => !Kinds.Contains(k)) is { } unknown)
        {
            return Problem(StatusCodes.Status400BadRequest, "Unknown proposal kind", $"'{unknown}' in 'skip' must be one of {string.Join(", ", Kinds)}.");
        }

        var taskEdits = edits is null ? null : new TaskEdits
        {
            ReplySubject = edits.Reply?.Subject, ReplyBody = edits.Reply?.Body, CustomerId = edits.Order?.CustomerId, PoNumber = edits.Order?.PoNumber,
            OrderLines = edits.Order?.Lines?.Select(l => new NewOrderLine(l.Sku ?? "", l.Quantity)).ToList(), HandoffTo = edits.HandoffTo, Skip = edits.Skip ?? [],
        };
        var result = await executor.ApproveAsync(id, taskEdits, ApiActor(principal), request?.Version, cancellationToken);
        return result.Refusal switch
        {
            null => TypedResults.Ok(new ApproveResponse(result.OrderId, result.OrderNumber, result.SentMessageId, result.AlreadyDone)),
            TaskRefusal.NotFound => TypedResults.NotFound(),
            TaskRefusal.Conflict => Problem(StatusCodes.Status409Conflict, "Task not open", result.Detail ?? "The task cannot be approved now."),
            TaskRefusal.Invalid => Problem(StatusCodes.Status400BadRequest, "Invalid edits", result.Detail ?? "The edits are invalid."),
            _ => Problem(StatusCodes.Status422UnprocessableEntity, "Execution failed", (result.Detail ?? "Executing the task failed.") + " Approve again to retry."),
        };
    }

    private static async Task<Results<Ok, NotFound, ProblemHttpResult>> RejectAsync(
        long id, RejectRequest? request, AgentTaskExecutor executor, ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var result = await executor.RejectAsync(id, request?.Reason, ApiActor(principal), request?.Version, cancellationToken);
        return result.Refusal switch
        {
            null => TypedResults.Ok(),
            TaskRefusal.NotFound => TypedResults.NotFound(),
            TaskRefusal.Invalid => Problem(StatusCodes.Status400BadRequest, "Reason missing", "A rejection needs a reason: {\"reason\": \"…\"}."),
            _ => Problem(StatusCodes.Status409Conflict, "Task not open", result.Detail ?? "The task cannot be rejected now."),
        };
    }

    public static TaskDto ToDto(AgentTaskView task, ReplyDrafting drafting)
    {
        var reply = task.Of(ProposalKind.Reply) is { } r
            ? new TaskReplyDto(r.Payload.String("subject"), r.Payload.String("body"), Courtesy(drafting.Score(r.Payload)))
            : null;
        var order = task.Of(ProposalKind.Order) is { } o
            ? new TaskOrderDto(o.Payload.String("customerId"), o.Payload.String("poNumber"),
                (o.Payload["lines"] as JsonArray ?? []).OfType<JsonObject>().Select(l => new TaskOrderLineDto(l.String("sku"), Number<long>(l, "quantity") ?? 0,
                    Number<decimal>(l, "unitPrice"), l.String("deliveryDate"), Number<double>(l, "confidence"), l.String("sourceText"))).ToList())
            : null;
        return new TaskDto(task.Id, task.MessageId, task.ConversationId, task.Department, task.Agent, task.Intent, task.Status, task.AutomationPolicy,
            task.AutoExecuted, task.AutomationNote, task.DecidedBy, task.DecidedAt, task.RejectReason, task.Error, task.ResultOrderId, task.Version,
            task.Proposals.Select(p => new TaskProposalDto(p.Id, p.Kind, p.Confidence, p.Reason, p.Outcome, p.Edited, p.Payload)).ToList(), reply, order);
    }

    private static TaskCourtesyDto Courtesy(HappyButtons.Engine.Replies.CourtesyScore score) =>
        new(score.Score, score.Items.Select(i => new TaskCourtesyItemDto(i.Rule, i.Points, i.Max)).ToList());

    private static T? Number<T>(JsonObject o, string name) where T : struct =>
        o[name] is JsonValue v && v.TryGetValue<T>(out var n) ? n : null;

    private static Actor ApiActor(ClaimsPrincipal principal) => new(0, principal.Identity?.Name ?? "api");

    private static ProblemHttpResult Problem(int status, string title, string detail) => TypedResults.Problem(title: title, detail: detail, statusCode: status);
}
