using System.Globalization;
using HappyButtons.Engine.Intake.Persistence;
using Microsoft.AspNetCore.WebUtilities;

namespace HappyButtons.Web.Sales.Customers;

/// <summary>
/// What the customer list shows: search, page and order, kept in the query string (<c>q</c>, <c>p</c>, <c>sort</c>,
/// <c>dir</c>) so a reload, a bookmark and the way back from a customer keep it. Anything unknown gives the default.
/// </summary>
public sealed record CustomerListQuery(string? Search = null, int Page = 1, CustomerSort Sort = CustomerSort.Number, bool Descending = false)
{
    public const int PageSize = 25;

    public static readonly CustomerListQuery Default = new();

    private static readonly Dictionary<string, CustomerSort> SortNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["number"] = CustomerSort.Number, ["name"] = CustomerSort.Name, ["type"] = CustomerSort.Type, ["language"] = CustomerSort.Language,
    };

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Search);

    public static CustomerListQuery From(string? search, int? page, string? sort, string? direction) => new(
        string.IsNullOrWhiteSpace(search) ? null : search.Trim()[..Math.Min(search.Trim().Length, 100)],
        Math.Clamp(page ?? 1, 1, 100_000),
        sort is not null && SortNames.TryGetValue(sort, out var parsed) ? parsed : CustomerSort.Number,
        string.Equals(direction, "desc", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads a list view from its query string, e.g. the <c>list</c> parameter of a customer's address.</summary>
    public static CustomerListQuery Parse(string? queryString)
    {
        if (string.IsNullOrEmpty(queryString))
        {
            return Default;
        }

        var values = QueryHelpers.ParseQuery(queryString.StartsWith('?') ? queryString : "?" + queryString);
        string? Get(string key) => values.TryGetValue(key, out var v) ? v.ToString() : null;
        return From(Get("q"), int.TryParse(Get("p"), CultureInfo.InvariantCulture, out var p) ? p : null, Get("sort"), Get("dir"));
    }

    public static string SortName(CustomerSort sort) => SortNames.First(n => n.Value == sort).Key;

    public static CustomerSort ParseSort(string? name) => name is not null && SortNames.TryGetValue(name, out var sort) ? sort : CustomerSort.Number;

    public CustomerFilter ToFilter() => new(Search, Page, PageSize, Sort, Descending);

    public string ToQueryString()
    {
        var parts = new List<string>();
        if (IsFiltered) parts.Add("q=" + Uri.EscapeDataString(Search!));
        if (Page > 1) parts.Add("p=" + Page.ToString(CultureInfo.InvariantCulture));
        if (Sort != CustomerSort.Number) parts.Add("sort=" + SortName(Sort));
        if (Descending) parts.Add("dir=desc");
        return string.Join("&", parts);
    }

    public string ListUrl => "/sales/customers" + (ToQueryString() is { Length: > 0 } q ? "?" + q : "");
}
