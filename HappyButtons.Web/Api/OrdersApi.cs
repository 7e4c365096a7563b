using System.Security.Claims;
using HappyButtons.Engine.Documents;
using HappyButtons.Engine.Orders;
using HappyButtons.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HappyButtons.Web.Api;

public sealed record NewOrderLineDto(string Sku, long Quantity);

public sealed record NewOrderDto(string CustomerId, string? PoNumber, IReadOnlyList<NewOrderLineDto>? Lines, DateOnly? RequestedDeliveryDate = null,
    long? SourceMessageId = null);

public sealed record OrderCreatedDto(long Id, string Number);

public sealed record OrderLineDto(string Sku, string Description, long Quantity, string Unit, decimal UnitPrice, decimal VatRate, decimal Total);

public sealed record OrderHistoryDto(string From, string To, DateTimeOffset At, string By, string? Reason, string? Change);

public sealed record OrderDocumentDto(string Kind, string Number, DateTimeOffset IssuedAt, string Url, string? XmlUrl);

public sealed record OrderDto(long Id, string Number, string CustomerId, string CustomerName, string? PoNumber, string State,
    IReadOnlyList<OrderLineDto> Lines, decimal Net, decimal Vat, decimal Gross, string Currency, DateOnly? RequestedDeliveryDate,
    DateOnly? ConfirmedDeliveryDate, long? SourceMessageId, int Version, IReadOnlyList<OrderHistoryDto> History, IReadOnlyList<OrderDocumentDto> Documents);

public sealed record OrderListItemDto(long Id, string Number, string CustomerId, string CustomerName, string? PoNumber, string State, DateOnly? Due,
    decimal Net, string Currency);

public sealed record OrderListDto(IReadOnlyList<OrderListItemDto> Items, int Page, int PageSize, int Total);

public sealed record TransitionRequestDto(string? To, string? Reason = null);

public sealed record TransitionDoneDto(long Id, string State, int Version);

public sealed record CreditNoteRequestDto(string? Reason, IReadOnlyList<NewOrderLineDto>? Lines = null);

public sealed record CreditNoteDto(string Number, string Url, string XmlUrl);

public sealed record CreditNoteRefusedDto(string Error);

public sealed record LinesRefusedDto(string Error, string State, int Version);

public sealed record TransitionRefusedDto(string Error, string State, IReadOnlyList<string> Allowed);

/// <summary>The order API of the contract: create (integrations), list, read, move through the lifecycle, download documents.</summary>
public static class OrdersApi
{
    public static IEndpointRouteBuilder MapOrdersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/orders").RequireAuthorization(Policies.Api).WithTags("Orders");
        api.MapPost("/", CreateAsync).DisableAntiforgery();
        api.MapGet("/", ListAsync);
        api.MapGet("/{id:long}", GetAsync);
        api.MapPost("/{id:long}/transitions", TransitionAsync).DisableAntiforgery();
        api.MapPut("/{id:long}/lines", EditLinesAsync).DisableAntiforgery();
        api.MapPost("/{id:long}/credit-notes", CreditNoteAsync).DisableAntiforgery();
        api.MapGet("/{id:long}/documents/{name}", DocumentAsync);
        return app;
    }

    private static async Task<Results<Created<OrderCreatedDto>, ProblemHttpResult>> CreateAsync(
        NewOrderDto body, ClaimsPrincipal user, OrderService orders, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.CustomerId))
        {
            return TypedResults.Problem(title: "Customer missing", detail: "'customerId' names the customer (its number).", statusCode: StatusCodes.Status400BadRequest);
        }

        var request = new NewOrder(body.CustomerId.Trim(), body.PoNumber, (body.Lines ?? []).Select(l => new NewOrderLine(l.Sku ?? "", l.Quantity)).ToList(),
            body.RequestedDeliveryDate, body.SourceMessageId);
        var result = await orders.CreateAsync(request, user.Identity?.Name ?? "api", cancellationToken);
        return result.Created is { } created
            ? TypedResults.Created($"/api/orders/{created.Id}", new OrderCreatedDto(created.Id, created.Number))
            : TypedResults.Problem(title: "Order not created", detail: string.Join(" ", result.Errors), statusCode: StatusCodes.Status400BadRequest);
    }

    private static async Task<Results<Ok<OrderListDto>, ProblemHttpResult>> ListAsync(
        string? state, string? customer, int? page, OrderQueries queries, CancellationToken cancellationToken)
    {
        OrderState? wanted = null;
        if (state is not null && (wanted = OrderStates.Parse(state)) is null)
        {
            return TypedResults.Problem(title: "Unknown state", detail: $"'state' must be one of {string.Join(", ", OrderStates.Codes)}.", statusCode: StatusCodes.Status400BadRequest);
        }

        var result = await queries.ListAsync(new OrderFilter(wanted, customer, Page: page ?? 1, PageSize: 50), cancellationToken);
        return TypedResults.Ok(new OrderListDto(
            result.Items.Select(o => new OrderListItemDto(o.Id, o.Number, o.CustomerNumber, o.CustomerName, o.PoNumber, o.State.Code(), o.Due, o.Net, o.Currency)).ToList(),
            result.Page, result.PageSize, result.Total));
    }

    private static async Task<Results<Ok<OrderDto>, NotFound>> GetAsync(long id, OrderQueries queries, CancellationToken cancellationToken) =>
        await queries.GetAsync(id, cancellationToken) is { } order ? TypedResults.Ok(ToDto(order)) : TypedResults.NotFound();

    private static async Task<Results<Ok<TransitionDoneDto>, Conflict<TransitionRefusedDto>, NotFound, ProblemHttpResult>> TransitionAsync(
        long id, TransitionRequestDto body, ClaimsPrincipal user, OrderService orders, CancellationToken cancellationToken)
    {
        if (OrderStates.Parse(body.To) is not { } to)
        {
            return TypedResults.Problem(title: "Unknown state", detail: $"'to' must be one of {string.Join(", ", OrderStates.Codes)}.", statusCode: StatusCodes.Status400BadRequest);
        }

        // An administrative key may take every step; any other key none (integrations create and read orders).
        var actor = new OrderActor(user.Identity?.Name ?? "api", user.IsAdmin() ? new HashSet<string> { OrderRoles.Admin } : new HashSet<string>());
        var result = await orders.TransitionAsync(id, to, actor, reason: body.Reason, cancellationToken: cancellationToken);
        if (result.NotFound)
        {
            return TypedResults.NotFound();
        }

        return result.Refusal is { } refusal
            ? TypedResults.Conflict(new TransitionRefusedDto(refusal.Message("en"), refusal.Current.Code(), refusal.Allowed.Select(s => s.Code()).ToList()))
            : TypedResults.Ok(new TransitionDoneDto(id, result.State!.Value.Code(), result.Version));
    }

    /// <summary>
    /// Replaces the order's lines (administrative key): <c>200</c> with the order, <c>409</c> when its state no longer allows it or
    /// an <c>If-Match</c> version is outdated, <c>422</c> when the lines break a rule, <c>403</c> for a key that may not.
    /// </summary>
    private static async Task<Results<Ok<OrderDto>, Conflict<LinesRefusedDto>, UnprocessableEntity<LinesRefusedDto>, NotFound, ProblemHttpResult>> EditLinesAsync(
        long id, IReadOnlyList<NewOrderLineDto>? body, HttpRequest request, ClaimsPrincipal user, OrderLineEditor editor, OrderQueries queries,
        CancellationToken cancellationToken)
    {
        int? expected = null;
        if (request.Headers.IfMatch.ToString() is { Length: > 0 } ifMatch)
        {
            if (!int.TryParse(ifMatch.Trim().Trim('"').Replace("W/", "").Trim('"'), out var version))
            {
                return TypedResults.Problem(title: "Bad If-Match", detail: "'If-Match' carries the order's version, e.g. \"3\".", statusCode: StatusCodes.Status400BadRequest);
            }

            expected = version;
        }

        var actor = new OrderActor(user.Identity?.Name ?? "api", user.IsAdmin() ? new HashSet<string> { OrderRoles.Admin } : new HashSet<string>());
        var result = await editor.EditAsync(id, (body ?? []).Select(l => new NewOrderLine(l.Sku ?? "", l.Quantity)).ToList(), actor, expected, cancellationToken);
        if (result.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (result.Refusal is { } refusal)
        {
            var state = refusal.State?.Code() ?? "";
            return refusal.Kind switch
            {
                LineEditRefusalKind.Role => TypedResults.Problem(title: "Not allowed", detail: refusal.Message("en"), statusCode: StatusCodes.Status403Forbidden),
                LineEditRefusalKind.Invalid => TypedResults.UnprocessableEntity(new LinesRefusedDto(refusal.Message("en"), state, result.Version)),
                _ => TypedResults.Conflict(new LinesRefusedDto(refusal.Message("en"), state, result.Version)),
            };
        }

        return TypedResults.Ok(ToDto((await queries.GetAsync(id, cancellationToken))!));
    }

    /// <summary>
    /// A credit note (administrative key) over the given lines, or without lines over everything not credited yet: 201, 404,
    /// 409 when there is no invoice, no reason or nothing left, 422 when a line is not invoiced or more than remains.
    /// </summary>
    private static async Task<Results<Created<CreditNoteDto>, Conflict<CreditNoteRefusedDto>, UnprocessableEntity<CreditNoteRefusedDto>, NotFound>> CreditNoteAsync(
        long id, CreditNoteRequestDto body, ClaimsPrincipal user, OrderService orders, CancellationToken cancellationToken)
    {
        var actor = new OrderActor(user.Identity?.Name ?? "api", user.IsAdmin() ? new HashSet<string> { OrderRoles.Admin } : new HashSet<string>());
        var lines = body.Lines?.Select(l => new NewOrderLine(l.Sku ?? "", l.Quantity)).ToList();
        var result = await orders.IssueCreditNoteAsync(id, body.Reason, lines, actor, cancellationToken);
        return result.Refusal switch
        {
            null => TypedResults.Created($"/api/orders/{id}/documents/{result.Number}.pdf",
                new CreditNoteDto(result.Number!, $"/api/orders/{id}/documents/{result.Number}.pdf", $"/api/orders/{id}/documents/{result.Number}.xml")),
            "not_found" => TypedResults.NotFound(),
            "role" => TypedResults.Conflict(new CreditNoteRefusedDto("Only finance and administrators issue credit notes.")),
            "reason" => TypedResults.Conflict(new CreditNoteRefusedDto("A credit note needs a reason.")),
            "nothing_left" => TypedResults.Conflict(new CreditNoteRefusedDto("Everything invoiced is credited already.")),
            "no_lines" => TypedResults.UnprocessableEntity(new CreditNoteRefusedDto("No line has a quantity to credit.")),
            "lines" => TypedResults.UnprocessableEntity(new CreditNoteRefusedDto(
                "The credit note was not issued: " + string.Join("; ", result.Problems!.Select(p => p.Message("en"))) + ".")),
            _ => TypedResults.Conflict(new CreditNoteRefusedDto("The order has no invoice to correct.")),
        };
    }

    /// <summary><c>confirmation.pdf</c>, <c>delivery-note.pdf</c>, <c>invoice.pdf</c>, <c>credit-note.pdf</c> or <c>invoice.xml</c>, exactly as issued.</summary>
    private static async Task<Results<FileContentHttpResult, NotFound>> DocumentAsync(long id, string name, OrderDocuments documents, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(name);
        // A document by its number (e.g. GS-2026-00002.pdf): one of several credit notes.
        if (extension is ".pdf" or ".xml" && await documents.FindByNumberAsync(id, Path.GetFileNameWithoutExtension(name), cancellationToken) is { } numbered)
        {
            return extension == ".pdf" ? TypedResults.File(numbered.Pdf, "application/pdf", numbered.Number + ".pdf")
                : numbered.Xml is { } xml ? TypedResults.File(xml, "application/xml", numbered.Number + ".xml") : TypedResults.NotFound();
        }

        if (DocumentKinds.FromCode(Path.GetFileNameWithoutExtension(name)) is not { } kind || extension is not (".pdf" or ".xml")
            || (extension == ".xml" && kind is not (DocumentKind.Invoice or DocumentKind.CreditNote)))
        {
            return TypedResults.NotFound();
        }

        if (await documents.FindAsync(id, kind, cancellationToken) is not { } document)
        {
            return TypedResults.NotFound();
        }

        return extension == ".pdf"
            ? TypedResults.File(document.Pdf, "application/pdf", document.Number + ".pdf")
            : TypedResults.File(document.Xml!, "application/xml", document.Number + ".xml");
    }

    public static OrderDto ToDto(OrderDetail o) => new(
        o.Id, o.Number, o.CustomerNumber, o.CustomerName, o.PoNumber, o.State.Code(),
        o.Lines.Select(l => new OrderLineDto(l.Sku, l.Description, l.Quantity, l.Unit, l.UnitPrice, l.VatRate, l.Total)).ToList(),
        o.Totals.Net, o.Totals.Vat, o.Totals.Gross, o.Currency, o.RequestedDeliveryDate, o.ConfirmedDeliveryDate, o.SourceMessageId, o.Version,
        o.History.Select(h => new OrderHistoryDto(h.From.Code(), h.To.Code(), h.At, h.By, h.Reason, h.Change)).ToList(),
        o.Documents.Select(d => new OrderDocumentDto(d.Kind.Code(), d.Number, d.IssuedAt, $"/api/orders/{o.Id}/documents/{DocumentName(d)}.pdf",
            d.HasXml ? $"/api/orders/{o.Id}/documents/{DocumentName(d)}.xml" : null)).ToList());

    /// <summary>Credit notes are addressed by number (an order can have several), the other documents by kind.</summary>
    private static string DocumentName(OrderDocumentInfo document) => document.Kind == DocumentKind.CreditNote ? document.Number : document.Kind.Slug();
}
