using System.Globalization;
using HappyButtons.Engine.Intake;
using Microsoft.AspNetCore.WebUtilities;

namespace HappyButtons.Web.Workspace.Messages;

/// <summary>
/// What the inbox shows: search, status filter, page and order, kept in the query string (<c>q</c>, <c>s</c>,
/// <c>p</c>, <c>sort</c>, <c>dir</c>) so a reload, a bookmark and "back to the inbox" from a message keep it.
/// Anything unknown falls back to the default view: newest first, page 1.
/// </summary>
public sealed record InboxQuery(string? Search = null, string? Status = null, int Page = 1, MessageSort Sort = MessageSort.Received, bool Descending = true)
{
    public const int PageSize = 25;

    public static readonly InboxQuery Default = new();

    private static readonly Dictionary<string, MessageSort> SortNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["received"] = MessageSort.Received, ["sla"] = MessageSort.SlaDue, ["priority"] = MessageSort.Priority, ["sender"] = MessageSort.Sender,
    };

    /// <summary>Filtered by a search or a status: the list is then not replaced under the reader's eyes when mail arrives.</summary>
    public bool IsFiltered => !string.IsNullOrWhiteSpace(Search) || Status is not null;

    /// <summary>The default view (first page, newest first, no filter) is the one that updates itself when mail arrives.</summary>
    public bool IsLive => !IsFiltered && Page == 1 && Sort == MessageSort.Received && Descending;

    public static InboxQuery From(string? search, string? status, int? page, string? sort, string? direction) => new(
        string.IsNullOrWhiteSpace(search) ? null : search.Trim()[..Math.Min(search.Trim().Length, 200)],
        status is not null && MessageStatus.All.Contains(status) ? status : null,
        Math.Clamp(page ?? 1, 1, 100_000),
        sort is not null && SortNames.TryGetValue(sort, out var parsed) ? parsed : MessageSort.Received,
        !string.Equals(direction, "asc", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads the inbox part of a query string such as <c>q=knopf&amp;p=2</c> (the <c>inbox</c> parameter of a message link).</summary>
    public static InboxQuery Parse(string? queryString)
    {
        if (string.IsNullOrEmpty(queryString))
        {
            return Default;
        }

        var values = QueryHelpers.ParseQuery(queryString.StartsWith('?') ? queryString : "?" + queryString);
        string? Get(string key) => values.TryGetValue(key, out var v) ? v.ToString() : null;
        return From(Get("q"), Get("s"), int.TryParse(Get("p"), CultureInfo.InvariantCulture, out var p) ? p : null, Get("sort"), Get("dir"));
    }

    public MessageFilter ToFilter(string department) =>
        new(Department: department, Status: Status, Search: Search, Page: Page, PageSize: PageSize, Sort: Sort, Descending: Descending);

    /// <summary>The query string of this view without the leading "?", empty for the default view.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(Search)) parts.Add("q=" + Uri.EscapeDataString(Search));
        if (Status is not null) parts.Add("s=" + Uri.EscapeDataString(Status));
        if (Page > 1) parts.Add("p=" + Page.ToString(CultureInfo.InvariantCulture));
        if (Sort != MessageSort.Received) parts.Add("sort=" + SortNames.First(n => n.Value == Sort).Key);
        if (!Descending) parts.Add("dir=asc");
        return string.Join("&", parts);
    }

    public string InboxUrl(string department) => $"/{department}/messages" + (ToQueryString() is { Length: > 0 } q ? "?" + q : "");

    /// <summary>A message's address that remembers this view for its "back to the inbox" link.</summary>
    public string MessageUrl(string department, long id) =>
        $"/{department}/messages/{id}" + (ToQueryString() is { Length: > 0 } q ? "?inbox=" + Uri.EscapeDataString(q) : "");

    public static string SortName(MessageSort sort) => SortNames.First(n => n.Value == sort).Key;
}
