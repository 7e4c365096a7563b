using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Mail.Mailboxes;
using HappyButtons.Web.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace HappyButtons.Web.Api;

public sealed record MessageAccepted(long Id);

public sealed record MessageAttachmentDto(string Name, string ContentType, long Size);

public sealed record ClassificationDto(string? Department, string? Intent, string? Urgency, string? Language, bool? IsOem, string? CustomerId, double? Confidence);

public sealed record RuleDto(string Id, string Name);

public sealed record RiskDto(int Score, IReadOnlyList<string> Signals);

public sealed record MessageDto(long Id, string? MessageId, string Mailbox, string? From, IReadOnlyList<string> To, string? Subject,
    DateTimeOffset ReceivedAt, string Status, IReadOnlyList<MessageAttachmentDto> Attachments, string? Text,
    ClassificationDto? Classification, RuleDto? Rule, DateTimeOffset? SlaDueAt, RiskDto? Risk, long? ConversationId, long? TaskId, long? OrderId);

public sealed record MessageListItemDto(long Id, string Mailbox, string? Department, string? From, string? Subject, DateTimeOffset ReceivedAt,
    string Status, int Attachments);

/// <summary>A page of messages; <c>totalIsExact</c> is false when a search found more than <c>total</c> (counted up to 1,000).</summary>
public sealed record MessageListDto(IReadOnlyList<MessageListItemDto> Items, int Page, int PageSize, long Total, bool TotalIsExact);

/// <summary>The message API of the contract: upload raw mail into the pipeline, read messages.</summary>
public static class MessagesApi
{
    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/messages").RequireAuthorization(Policies.Api).WithTags("Messages");
        api.MapPost("/", UploadAsync).Accepts<Stream>("message/rfc822").DisableAntiforgery();
        api.MapGet("/{id:long}", GetAsync);
        api.MapGet("/", ListAsync);
        return app;
    }

    /// <summary>Feeds a raw RFC 5322 message into the same pipeline as the mailboxes.</summary>
    private static async Task<Results<Accepted<MessageAccepted>, ProblemHttpResult>> UploadAsync(
        HttpContext context, string? mailbox, MessageIngest ingest, IOptions<MailOptions> options, CancellationToken cancellationToken)
    {
        if (!Departments.IsValid(mailbox))
        {
            return Problem(StatusCodes.Status400BadRequest, "Unknown mailbox", $"Query parameter 'mailbox' must be one of {string.Join(", ", Departments.All)}.");
        }

        if (!string.Equals(context.Request.ContentType?.Split(';')[0].Trim(), "message/rfc822", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send the raw mail with Content-Type: message/rfc822.");
        }

        var limit = options.Value.MaxMessageBytes;
        if (context.Request.ContentLength > limit)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Message too large", $"The message has {context.Request.ContentLength} bytes; the limit is {limit} (HappyButtons:Mail:MaxMessageBytes).");
        }

        // Kestrel's own limit counts a chunked body's framing too, so a chunked upload under the limit was refused: the
        // content is counted by LimitedStream instead, which stops reading at the limit.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = null;
        }

        try
        {
            await using var body = new LimitedStream(context.Request.Body, limit);
            var result = await ingest.IngestAsync(new IngestRequest(mailbox!, "api:" + Guid.NewGuid().ToString("N")), body, cancellationToken);
            return TypedResults.Accepted($"/api/messages/{result.MessageId}", new MessageAccepted(result.MessageId));
        }
        catch (Exception e) when (e is LimitedStream.TooLargeException || e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Message too large", $"The message is larger than {limit} bytes (HappyButtons:Mail:MaxMessageBytes).");
        }
    }

    private static async Task<Results<Ok<MessageDto>, NotFound>> GetAsync(long id, MessageQueries queries,
        HappyButtons.Engine.Conversations.ConversationQueries conversations, HappyButtons.Engine.Agents.AgentTaskQueries tasks, CancellationToken cancellationToken)
    {
        var message = await queries.GetAsync(id, cancellationToken);
        return message is null ? TypedResults.NotFound()
            : TypedResults.Ok(ToDto(message) with
            {
                ConversationId = await conversations.OfMessageAsync(id, cancellationToken), TaskId = await tasks.OfMessageAsync(id, cancellationToken),
            });
    }

    private static async Task<Results<Ok<MessageListDto>, ProblemHttpResult>> ListAsync(
        string? mailbox, string? status, int? page, string? search, MessageQueries queries, CancellationToken cancellationToken)
    {
        if (mailbox is not null && !Departments.IsValid(mailbox))
        {
            return Problem(StatusCodes.Status400BadRequest, "Unknown mailbox", $"'mailbox' must be one of {string.Join(", ", Departments.All)}.");
        }

        if (status is not null && !MessageStatus.All.Contains(status))
        {
            return Problem(StatusCodes.Status400BadRequest, "Unknown status", $"'status' must be one of {string.Join(", ", MessageStatus.All)}.");
        }

        var result = await queries.ListAsync(new MessageFilter(Mailbox: mailbox, Status: status, Search: search, Page: page ?? 1, PageSize: 50), cancellationToken);
        return TypedResults.Ok(new MessageListDto(
            result.Items.Select(m => new MessageListItemDto(m.Id, m.Mailbox, m.Department, m.FromAddress, m.Subject, m.ReceivedAt, m.Status, m.AttachmentCount)).ToList(),
            result.Page, result.PageSize, result.Total, result.TotalIsExact));
    }

    public static MessageDto ToDto(MessageDetail m) => new(
        m.Id, m.MessageId, m.Mailbox, m.FromAddress, m.To, m.Subject, m.ReceivedAt, m.Status,
        m.Attachments.Where(a => !a.IsInline).Select(a => new MessageAttachmentDto(a.FileName, a.ContentType, a.Size)).ToList(),
        m.BodyText,
        Classification: m.Intake is { } i ? new ClassificationDto(m.Department ?? m.Mailbox, i.Intent, i.Priority ?? i.Urgency, i.Language, i.IsOem, i.CustomerNumber, i.Confidence) : null,
        Rule: m.Intake is { RuleId: { } ruleId } rule ? new RuleDto(ruleId, rule.RuleName ?? ruleId) : null,
        SlaDueAt: m.Intake?.SlaDueAt,
        Risk: m.Intake is { RiskScore: { } score } risk ? new RiskDto(score, risk.RiskSignals.Select(s => s.Code).ToList()) : null,
        ConversationId: null, TaskId: null, OrderId: null);

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: status);
}
