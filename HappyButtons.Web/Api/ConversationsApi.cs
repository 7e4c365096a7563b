using System.Security.Claims;
using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Identity;
using HappyButtons.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HappyButtons.Web.Api;

public sealed record ConversationListItemDto(long Id, string Ticket, string Department, string State, string? Assignee, string? CustomerId, string? Customer,
    string Subject, string? Priority, string? Urgency, DateTimeOffset? SlaDueAt, DateTimeOffset LastMessageAt, bool PleaseCheck, int Version);

public sealed record ConversationListDto(IReadOnlyList<ConversationListItemDto> Items, int Page, int PageSize, long Total);

public sealed record ConversationMessageDto(long? Id, string Direction, string? MessageId, string? From, string? To, string? Subject, DateTimeOffset At,
    string? Status);

public sealed record ConversationNoteDto(long Id, string? Author, string? Text, DateTimeOffset At, IReadOnlyList<long> Mentions);

public sealed record ConversationDto(long Id, string Ticket, string Department, string State, string? Assignee, string? CustomerId, string? Customer,
    string Subject, string? Priority, string? Urgency, DateTimeOffset? SlaDueAt, DateTimeOffset? FirstResponseAt, DateTimeOffset? ResolvedAt, bool PleaseCheck,
    int Version, IReadOnlyList<ConversationMessageDto> Messages, IReadOnlyList<ConversationNoteDto> Notes);

public sealed record ClaimRequest(string? UserName, int? Version);

public sealed record StateRequest(string? State, int? Version);

public sealed record ReplyRequest(string? TemplateKey, string? Body, bool Send = true, string? State = null, Guid? DraftId = null, IReadOnlyList<long>? AttachmentIds = null,
    CourtesyOverrideRequest? Override = null);

/// <summary>Sends a reply under the minimum courtesy score anyway, with the reason (audited).</summary>
public sealed record CourtesyOverrideRequest(string? Reason);

public sealed record VersionResponse(long Id, int Version);

public sealed record ReplyAccepted(string MessageId, CourtesyDto Courtesy);

public sealed record ReplyPreview(string Body, CourtesyDto Courtesy);

/// <summary>
/// The conversation API of the contract (API key): list and read conversations, claim one for a named user, change its
/// state, send a reply (scored for courtesy; under the minimum only with <c>"override": {"reason"}</c>).
/// </summary>
public static class ConversationsApi
{
    public static IEndpointRouteBuilder MapConversationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/conversations").RequireAuthorization(Policies.Api).WithTags("Conversations");
        api.MapGet("/", ListAsync);
        api.MapGet("/{id:long}", GetAsync);
        api.MapPost("/{id:long}/claim", ClaimAsync).DisableAntiforgery();
        api.MapPost("/{id:long}/state", SetStateAsync).DisableAntiforgery();
        api.MapPost("/{id:long}/replies", ReplyAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<Results<Ok<ConversationListDto>, ProblemHttpResult>> ListAsync(
        string? department, string? state, string? assignee, int? page, ConversationQueries queries, UserStore users, CancellationToken cancellationToken)
    {
        if (department is not null && !Departments.IsValid(department))
        {
            return Problem(StatusCodes.Status400BadRequest, "Unknown department", $"'department' must be one of {string.Join(", ", Departments.All)}.");
        }

        if (state is not null && !ConversationState.IsValid(state))
        {
            return Problem(StatusCodes.Status400BadRequest, "Unknown state", $"'state' must be one of {string.Join(", ", ConversationState.All)}.");
        }

        long? assigneeId = null;
        var view = QueueView.All;
        if (assignee is "none")
        {
            view = QueueView.Unassigned;
        }
        else if (assignee is not null)
        {
            var user = await users.FindByNameAsync(assignee, cancellationToken);
            if (user is null)
            {
                return Problem(StatusCodes.Status400BadRequest, "Unknown assignee", "'assignee' must be a user name, or 'none' for unassigned conversations.");
            }

            assigneeId = user.Id;
        }

        var result = await queries.ListAsync(new ConversationFilter(department, view, State: state, AssigneeId: assigneeId, Page: page ?? 1, PageSize: 50), cancellationToken);
        return TypedResults.Ok(new ConversationListDto(result.Items.Select(c => new ConversationListItemDto(c.Id, c.Ticket, c.Department, c.State, c.AssigneeName,
            c.CustomerNumber, c.CustomerAddress, c.Subject, c.Priority, c.Urgency, c.SlaDueAt, c.LastMessageAt, c.PleaseCheck, c.Version)).ToList(),
            result.Page, result.PageSize, result.Total));
    }

    private static async Task<Results<Ok<ConversationDto>, NotFound>> GetAsync(long id, ConversationQueries queries, CancellationToken cancellationToken)
    {
        var detail = await queries.GetAsync(id, null, cancellationToken);
        return detail is null ? TypedResults.NotFound() : TypedResults.Ok(ToDto(detail));
    }

    private static async Task<Results<Ok<VersionResponse>, NotFound, ProblemHttpResult>> ClaimAsync(
        long id, ClaimRequest? request, ConversationWork work, UserStore users, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request?.UserName) || await users.FindByNameAsync(request.UserName, cancellationToken) is not { IsDisabled: false } user)
        {
            return Problem(StatusCodes.Status400BadRequest, "Unknown user", "Name the user who takes the conversation: {\"userName\": \"…\"}.");
        }

        return Answer(id, await work.ClaimAsync(id, new Actor(user.Id, user.DisplayName), request.Version, cancellationToken));
    }

    private static async Task<Results<Ok<VersionResponse>, NotFound, ProblemHttpResult>> SetStateAsync(
        long id, StateRequest request, ConversationWork work, ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (!ConversationState.IsValid(request.State))
        {
            return Problem(StatusCodes.Status400BadRequest, "Unknown state", $"'state' must be one of {string.Join(", ", ConversationState.All)}.");
        }

        return Answer(id, await work.SetStateAsync(id, request.State!, ApiActor(principal), request.Version, cancellationToken));
    }

    private static async Task<Results<Accepted<ReplyAccepted>, Ok<ReplyPreview>, NotFound, ProblemHttpResult>> ReplyAsync(
        long id, ReplyRequest request, ConversationReplies replies, ConversationQueries queries, ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (await queries.FindAsync(id, null, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var actor = ApiActor(principal);
        var body = request.Body;
        if (string.IsNullOrWhiteSpace(body))
        {
            var start = await replies.ComposeAsync(id, actor.Name, request.TemplateKey, quote: true, cancellationToken);
            switch (start.Problem)
            {
                case ReplyStartProblem.UnknownTemplate:
                    return Problem(StatusCodes.Status400BadRequest, "Unknown template", $"There is no reply template '{request.TemplateKey}'.");
                case ReplyStartProblem.TemplateNotRendered:
                    return Problem(StatusCodes.Status422UnprocessableEntity, "Template not rendered", start.Error ?? "The template could not be rendered.");
            }

            body = start.Text;
        }

        if (!request.Send)
        {
            return TypedResults.Ok(new ReplyPreview(body, ToDto((await replies.ScoreAsync(id, body, cancellationToken))!)));
        }

        var draft = new ReplyDraft(request.DraftId ?? Guid.NewGuid(), body, request.State ?? ConversationState.Pending, request.AttachmentIds, SendDespiteNewerReply: true)
        {
            CourtesyOverrideReason = request.Override?.Reason,
        };
        var result = await replies.SendAsync(id, draft, actor, cancellationToken);
        return result.Refusal switch
        {
            null => TypedResults.Accepted($"/api/conversations/{id}", new ReplyAccepted(result.MessageId!,
                ToDto(result.Courtesy ?? (await replies.ScoreAsync(id, body, cancellationToken))!))),
            ReplyRefusal.NotFound => TypedResults.NotFound(),
            ReplyRefusal.CourtesyBelowMinimum => TypedResults.Problem(title: "Courtesy under the minimum",
                detail: $"The reply scores {result.Courtesy!.Score} of 100 for courtesy, under the minimum {result.MinimumCourtesy}. Improve it, or send it with " +
                        "\"override\": {\"reason\": \"…\"}. Nothing was sent.",
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?>
                {
                    ["score"] = result.Courtesy.Score,
                    ["minimum"] = result.MinimumCourtesy,
                    ["items"] = ToDto(result.Courtesy).Items,
                }),
            var refusal => Problem(StatusCodes.Status422UnprocessableEntity, "Reply refused", ReplyMessage(refusal!.Value, result.Detail)),
        };
    }

    private static CourtesyDto ToDto(Engine.Replies.CourtesyScore score) =>
        new(score.Score, score.Items.Select(i => new CourtesyItemDto(i.Rule, i.Points, i.Max, i.Passed)).ToList());

    public static ConversationDto ToDto(ConversationDetail d)
    {
        var s = d.Summary;
        return new ConversationDto(s.Id, s.Ticket, s.Department, s.State, s.AssigneeName, s.CustomerNumber, s.CustomerAddress, s.Subject, s.Priority, s.Urgency,
            s.SlaDueAt, s.FirstResponseAt, d.ResolvedAt, s.PleaseCheck, s.Version,
            d.Timeline.Where(t => t.Kind is EntryKind.Incoming or EntryKind.Outgoing).Select(t => new ConversationMessageDto(
                t.Kind == EntryKind.Incoming ? t.MessageId : null, t.Kind == EntryKind.Incoming ? "in" : "out", t.MessageIdHeader,
                t.Kind == EntryKind.Incoming ? t.FromAddress : t.AuthorName, t.ToAddress, t.Subject, t.At,
                t.Kind == EntryKind.Outgoing ? t.OutgoingStatus ?? "queued" : null)).ToList(),
            d.Timeline.Where(t => t.Kind == EntryKind.Note).Select(t => new ConversationNoteDto(t.Id, t.AuthorName, t.Text, t.At, t.Mentions)).ToList());
    }

    private static Results<Ok<VersionResponse>, NotFound, ProblemHttpResult> Answer(long id, WorkResult result) => result.Refusal switch
    {
        null => TypedResults.Ok(new VersionResponse(id, result.Version)),
        WorkRefusal.NotFound => TypedResults.NotFound(),
        WorkRefusal.Conflict => Problem(StatusCodes.Status409Conflict, "Changed in the meantime", $"Someone ({result.By ?? "unknown"}) changed the conversation; read it again."),
        WorkRefusal.AlreadyDone => Problem(StatusCodes.Status409Conflict, "Already done", $"The conversation is in that state already (last changed by {result.By ?? "unknown"})."),
        WorkRefusal.NotAMember => Problem(StatusCodes.Status422UnprocessableEntity, "Not a member", "The user is not a member of the conversation's department."),
        var other => Problem(StatusCodes.Status400BadRequest, "Refused", other.ToString() ?? "refused"),
    };

    /// <summary>An integration acts under its key's name (no user of its own).</summary>
    private static Actor ApiActor(ClaimsPrincipal principal) => new(0, principal.Identity?.Name ?? "api");

    private static string ReplyMessage(ReplyRefusal refusal, string? detail) => refusal switch
    {
        ReplyRefusal.EmptyBody => "The reply is empty.",
        ReplyRefusal.NoCustomerAddress => "The conversation has no customer address to reply to. Nothing was sent.",
        ReplyRefusal.InvalidCustomerAddress => $"The customer address '{detail}' is not a valid e-mail address. Nothing was sent.",
        ReplyRefusal.AttachmentsTooLarge => $"The attachments are too large (MB: {detail?.Replace("|", " of at most ", StringComparison.Ordinal)}). Nothing was sent.",
        ReplyRefusal.UnknownAttachment => "An attachment does not belong to the conversation or is no longer available. Nothing was sent.",
        ReplyRefusal.NoMailbox => "The department has no mailbox to send from. Nothing was sent.",
        ReplyRefusal.UnknownState => $"'state' must be one of {string.Join(", ", ConversationState.All)}.",
        _ => refusal.ToString(),
    };

    private static ProblemHttpResult Problem(int status, string title, string detail) => TypedResults.Problem(title: title, detail: detail, statusCode: status);
}
