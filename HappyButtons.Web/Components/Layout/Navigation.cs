using HappyButtons.Engine.Identity;

namespace HappyButtons.Web.Components.Layout;

/// <summary>One entry of the side navigation. <paramref name="Scope"/> is a department code, "admin", or "*" for every department.</summary>
public sealed record NavItem(string Scope, string Href, string Icon, string Text);

/// <summary>The side navigation per workspace; features add their entries here.</summary>
public static class Navigation
{
    public static readonly IReadOnlyList<NavItem> Items =
    [
        new("*", "/{dept}", "bi-speedometer2", "Overview"),
        new("*", "/{dept}/messages", "bi-inbox", "Inbox"),
        new("sales", "/sales/customers", "bi-building", "Customers"),
        new("admin", "/admin/users", "bi-people", "Users"),
        new("admin", "/admin/routing", "bi-signpost-split", "Routing rules"),
        new("admin", "/admin/routing/simulator", "bi-diagram-3", "Rule simulator"),
        new("admin", "/admin/sla", "bi-stopwatch", "SLA"),
        new("admin", "/admin/jobs", "bi-gear-wide-connected", "Jobs"),
        new("admin", "/admin/mailboxes", "bi-mailbox", "Mailboxes"),
        new("admin", "/api/docs", "bi-braces", "API documentation"),
    ];

    public static IEnumerable<NavItem> For(string scope) =>
        Items.Where(i => i.Scope == scope || (i.Scope == "*" && Departments.IsValid(scope)))
            .Select(i => i with { Href = i.Href.Replace("{dept}", scope, StringComparison.Ordinal) });

    /// <summary>
    /// The entry to highlight: the one whose address is the path, else the longest that the path lies under
    /// (a section stays highlighted on its sub-pages; the overview only on itself).
    /// </summary>
    public static NavItem? Current(IReadOnlyList<NavItem> items, string path) =>
        items.FirstOrDefault(i => path.Equals(i.Href, StringComparison.OrdinalIgnoreCase))
        ?? items.Where(i => i.Href.Count(c => c == '/') > 1 && path.StartsWith(i.Href + "/", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(i => i.Href.Length).FirstOrDefault();

    /// <summary>The workspace a path belongs to: its first segment when that is a department or "admin".</summary>
    public static string? ScopeOf(string path)
    {
        var first = path.TrimStart('/').Split('/', '?')[0].ToLowerInvariant();
        return Departments.IsValid(first) || first == "admin" ? first : null;
    }
}
