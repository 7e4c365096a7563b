using System.Globalization;
using HappyButtons.Engine.Orders.Extraction;
using HappyButtons.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HappyButtons.Web.Api;

public sealed record ExtractedLineDto(string? Sku, decimal? Quantity, decimal? UnitPrice, string? DeliveryDate, double Confidence, string SourceText);

public sealed record ExtractionDto(string? PoNumber, string? CustomerId, IReadOnlyList<ExtractedLineDto> Lines, IReadOnlyList<string> Warnings);

/// <summary><c>GET /api/messages/{id}/extraction</c>: the purchase order read from a message (empty lines when it holds none).</summary>
public static class ExtractionApi
{
    public static IEndpointRouteBuilder MapExtractionApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/messages/{id:long}/extraction", GetAsync).RequireAuthorization(Policies.Api).WithTags("Messages");
        return app;
    }

    private static async Task<Results<Ok<ExtractionDto>, NotFound>> GetAsync(long id, MessageOrderExtraction extraction, CancellationToken cancellationToken)
    {
        var result = await extraction.ExtractAsync(id, cancellationToken);
        if (result is null)
        {
            return TypedResults.NotFound();
        }

        var order = result.Order;
        return TypedResults.Ok(new ExtractionDto(order.PoNumber?.Value, result.CustomerNumber,
            order.Lines.Select(l => new ExtractedLineDto(l.Sku, l.Quantity, l.UnitPrice, l.DeliveryDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                l.Confidence, l.SourceText)).ToList(),
            order.Warnings.Select(w => w.Message).ToList()));
    }
}
