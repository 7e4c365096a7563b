using System.Globalization;
using HappyButtons.Engine.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace HappyButtons.Web.Admin.Users;

/// <summary>
/// What the user table shows: search, department, page and order, kept in the query string (<c>q</c>, <c>dept</c>, <c>p</c>,
/// <c>sort</c>, <c>dir</c>) so a reload and "back to users" from a user's page keep it. Anything unknown falls back to the
/// default: all users by user name, page 1.
/// </summary>
public sealed record UserListQuery(string? Search = null, string? Department = null, int Page = 1, UserSort Sort = UserSort.UserName, bool Descending = false)
{
    public const int PageSize = 25;

    public static readonly UserListQuery Default = new();

    public bool IsFiltered => Search is not null || Department is not null;

    public static UserListQuery From(string? search, string? department, int? page, string? sort, string? direction) => new(
        string.IsNullOrWhiteSpace(search) ? null : search.Trim()[..Math.Min(search.Trim().Length, 100)],
        Departments.IsValid(department) ? department : null,
        Math.Clamp(page ?? 1, 1, 100_000),
        string.Equals(sort, "name", StringComparison.OrdinalIgnoreCase) ? UserSort.DisplayName : UserSort.UserName,
        string.Equals(direction, "desc", StringComparison.OrdinalIgnoreCase));

    public static UserListQuery Parse(string? queryString)
    {
        if (string.IsNullOrEmpty(queryString))
        {
            return Default;
        }

        var values = QueryHelpers.ParseQuery(queryString.StartsWith('?') ? queryString : "?" + queryString);
        string? Get(string key) => values.TryGetValue(key, out var v) ? v.ToString() : null;
        return From(Get("q"), Get("dept"), int.TryParse(Get("p"), CultureInfo.InvariantCulture, out var p) ? p : null, Get("sort"), Get("dir"));
    }

    public UserFilter ToFilter() => new(Search, Department, Sort, Descending, Page, PageSize);

    public string ToQueryString()
    {
        var parts = new List<string>();
        if (Search is not null) parts.Add("q=" + Uri.EscapeDataString(Search));
        if (Department is not null) parts.Add("dept=" + Department);
        if (Page > 1) parts.Add("p=" + Page.ToString(CultureInfo.InvariantCulture));
        if (Sort == UserSort.DisplayName) parts.Add("sort=name");
        if (Descending) parts.Add("dir=desc");
        return string.Join("&", parts);
    }

    public string ListUrl => "/admin/users" + (ToQueryString() is { Length: > 0 } q ? "?" + q : "");

    /// <summary>A user's page that remembers this view for its "back to users" link.</summary>
    public string UserUrl(long id) => $"/admin/users/{id}" + (ToQueryString() is { Length: > 0 } q ? "?users=" + Uri.EscapeDataString(q) : "");
}
