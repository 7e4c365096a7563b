using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Mail.Store;
using HappyButtons.Web.Security;
using Microsoft.Net.Http.Headers;

namespace HappyButtons.Web.Workspace.Messages;

/// <summary>
/// What the message page loads besides itself: the HTML body for the sandboxed iframe and attachment downloads.
/// Same rule as the page: members of the message's department or its mailbox's department.
/// </summary>
public static class MessageFileEndpoints
{
    /// <summary>No script, no remote content, no plugins, and a sandbox even when the URL is opened directly.</summary>
    public const string HtmlContentSecurityPolicy = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";

    public static IEndpointRouteBuilder MapMessageFiles(this IEndpointRouteBuilder app)
    {
        var messages = app.MapGroup("/{department}/messages/{id:long}").RequireAuthorization().ExcludeFromDescription();
        messages.MapGet("/html", HtmlAsync);
        messages.MapGet("/attachments/{ordinal:int}", AttachmentAsync);
        return app;
    }

    private static async Task<IResult> HtmlAsync(
        string department, long id, HttpContext context, MessageQueries queries, RawMailStore rawMail, MailHtmlCache htmlCache, CancellationToken cancellationToken)
    {
        var (message, denied) = await AuthorizeAsync(department, id, context, queries, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        if (!message!.HasHtml || !rawMail.Exists(message.ContentHash))
        {
            return Results.NotFound();
        }

        var html = await htmlCache.GetAsync(message.ContentHash, cancellationToken);
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = HtmlContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "private, no-store";
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static async Task<IResult> AttachmentAsync(
        string department, long id, int ordinal, HttpContext context, MessageQueries queries, RawMailStore rawMail, CancellationToken cancellationToken)
    {
        var (_, denied) = await AuthorizeAsync(department, id, context, queries, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var attachment = await queries.GetAttachmentAsync(id, ordinal, cancellationToken);
        if (attachment is null || !rawMail.Exists(attachment.ContentHash))
        {
            return Results.NotFound();
        }

        // Always a download, never rendered by the browser: an attached .html or .svg must not run in our origin.
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(attachment.FileName);
        var headers = context.Response.Headers;
        headers.ContentDisposition = disposition.ToString();
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        headers.CacheControl = "private, no-store";
        return Results.Stream(rawMail.Open(attachment.ContentHash), "application/octet-stream");
    }

    private static async Task<(MessageDetail? Message, IResult? Denied)> AuthorizeAsync(
        string department, long id, HttpContext context, MessageQueries queries, CancellationToken cancellationToken)
    {
        if (!Departments.IsValid(department))
        {
            return (null, Results.NotFound());
        }

        if (!context.User.IsMemberOf(department))
        {
            return (null, Results.StatusCode(StatusCodes.Status403Forbidden));
        }

        var message = await queries.GetAsync(id, cancellationToken);
        if (message is null)
        {
            return (null, Results.NotFound());
        }

        return MessageAccess.CanSee(context.User, message) ? (message, null) : (null, Results.StatusCode(StatusCodes.Status403Forbidden));
    }
}
