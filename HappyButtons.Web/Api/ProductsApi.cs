using HappyButtons.Engine.Catalog;
using HappyButtons.Engine.Storage.Model;
using HappyButtons.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HappyButtons.Web.Api;

/// <summary>A product as integrations send it (the contract's upsert item).</summary>
public sealed record ProductUpsertItem(string? Sku, string? Name, string? Unit, decimal? UnitPrice, string? Currency, decimal? VatRate);

public sealed record ProductDto(string Sku, string Name, string Unit, decimal UnitPrice, string Currency, decimal VatRate,
    int MinimumOrderQuantity, long StockOnHand, long StockReserved, bool Active);

public sealed record ProductListDto(IReadOnlyList<ProductDto> Items, int Page, int PageSize, long Total);

public sealed record ProductsUpserted(int Upserted);

/// <summary>The catalog API of the contract: <c>GET /api/products</c> (paged, searched) and the <c>POST</c> upsert by SKU.</summary>
public static class ProductsApi
{
    public const int MaxUpsertItems = 5_000;

    public static IEndpointRouteBuilder MapProductsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/products").RequireAuthorization(Policies.Api).WithTags("Catalog");
        api.MapGet("/", ListAsync);
        api.MapPost("/", UpsertAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<Ok<ProductListDto>> ListAsync(string? search, int? page, int? pageSize, CatalogStore catalog, CancellationToken cancellationToken)
    {
        var result = await catalog.ListAsync(new ProductFilter(search, Page: page ?? 1, PageSize: pageSize ?? 50), cancellationToken);
        return TypedResults.Ok(new ProductListDto(result.Items.Select(ToDto).ToList(), result.Page, result.PageSize, result.Total));
    }

    /// <summary>
    /// Inserts or updates the products by SKU, all or none: one invalid item refuses the whole request with a message per
    /// item (<c>errors["[3].vatRate"]</c>), so an import never half-happens.
    /// </summary>
    private static async Task<Results<Ok<ProductsUpserted>, ValidationProblem>> UpsertAsync(
        List<ProductUpsertItem?>? items, HttpContext context, CatalogStore catalog, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (items is null || items.Count == 0)
        {
            errors["$"] = ["Send a JSON array of products: [{\"sku\", \"name\", \"unit\", \"unitPrice\", \"currency\", \"vatRate\"}]."];
            return TypedResults.ValidationProblem(errors, title: "No products");
        }

        if (items.Count > MaxUpsertItems)
        {
            errors["$"] = [$"At most {MaxUpsertItems} products per request; this one has {items.Count}."];
            return TypedResults.ValidationProblem(errors, title: "Too many products");
        }

        var drafts = new List<ProductDraft>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var itemErrors = new List<string>();
            if (item is null)
            {
                errors[$"[{i}]"] = ["The item is empty."];
                continue;
            }

            if (item.UnitPrice is null) itemErrors.Add("unitPrice is missing.");
            if (item.VatRate is null) itemErrors.Add("vatRate is missing.");
            var draft = new ProductDraft(item.Sku ?? "", item.Name ?? "", null, null, null, item.Unit ?? "", item.UnitPrice ?? 0, item.Currency?.Trim() ?? "",
                item.VatRate ?? 19m, MinimumOrderQuantity: 1, StockOnHand: 0);
            itemErrors.AddRange(ProductRules.Validate(draft));
            if (item.Sku is { Length: > 0 } && seen.TryGetValue(ProductRules.NormalizeSku(item.Sku), out var first))
            {
                itemErrors.Add($"The SKU {ProductRules.NormalizeSku(item.Sku)} is already item [{first}] of this request.");
            }
            else if (item.Sku is { Length: > 0 })
            {
                seen[ProductRules.NormalizeSku(item.Sku)] = i;
            }

            if (itemErrors.Count > 0)
            {
                errors[$"[{i}]"] = [.. itemErrors.Distinct()];
            }
            else
            {
                drafts.Add(draft);
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid products", detail: $"{errors.Count} of {items.Count} product(s) are invalid; nothing was saved.");
        }

        var actor = "api:" + (context.User.Identity?.Name ?? "key");
        return TypedResults.Ok(new ProductsUpserted(await catalog.UpsertAsync(drafts, actor, cancellationToken)));
    }

    private static ProductDto ToDto(Product p) =>
        new(p.Sku, p.Name, p.Unit, p.ListPrice, p.Currency, p.VatRate, p.MinimumOrderQuantity, p.StockOnHand, p.StockReserved, p.Active);
}
