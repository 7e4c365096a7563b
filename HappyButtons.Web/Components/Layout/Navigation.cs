using HappyButtons.Engine.Identity;
using MudBlazor;

namespace HappyButtons.Web.Components.Layout;

/// <summary>
/// One entry of the side navigation. <paramref name="Scope"/> is a department code, "admin", or "*" for every department;
/// <paramref name="Icon"/> a MudBlazor icon (<c>Icons.Material.*</c>); <paramref name="FullPageLoad"/> for addresses that
/// are not Blazor pages (the job dashboard, the API description), which the interactive router must not try to render.
/// </summary>
public sealed record NavItem(string Scope, string Href, string Icon, string Text, bool FullPageLoad = false);

/// <summary>The side navigation per workspace; features add their entries here.</summary>
public static class Navigation
{
    public static readonly IReadOnlyList<NavItem> Items =
    [
        new("*", "/{dept}", Icons.Material.Outlined.Dashboard, "Overview"),
        new("*", "/{dept}/inbox", Icons.Material.Outlined.AssignmentInd, "Work queue"),
        new("*", "/{dept}/messages", Icons.Material.Outlined.Inbox, "Inbox"),
        new("*", "/{dept}/dashboard", Icons.Material.Outlined.Insights, "KPI dashboard"),
        new("sales", "/sales/customers", Icons.Material.Outlined.Business, "Customers"),
        new("sales", "/sales/orders", Icons.Material.Outlined.ViewKanban, "Orders"),
        new("finance", "/finance/orders", Icons.Material.Outlined.ViewKanban, "Orders"),
        new("admin", "/admin/orders", Icons.Material.Outlined.ViewKanban, "Orders"),
        new("admin", "/dashboard", Icons.Material.Outlined.Insights, "KPI dashboard"),
        new("admin", "/admin/users", Icons.Material.Outlined.People, "Users"),
        new("admin", "/admin/routing", Icons.Material.Outlined.AltRoute, "Routing rules"),
        new("admin", "/admin/routing/simulator", Icons.Material.Outlined.Science, "Rule simulator"),
        new("admin", "/admin/sla", Icons.Material.Outlined.Timer, "SLA"),
        new("admin", "/admin/templates", Icons.Material.Outlined.ForwardToInbox, "Reply templates"),
        new("admin", "/admin/mailboxes", Icons.Material.Outlined.MarkunreadMailbox, "Mailboxes"),
        new("admin", "/admin/catalog", Icons.Material.Outlined.Inventory2, "Catalog"),
        new("admin", "/admin/knowledge", Icons.Material.Outlined.MenuBook, "Knowledge base"),
        new("admin", "/admin/jobs", Icons.Material.Outlined.Schedule, "Background jobs", FullPageLoad: true),
        new("admin", "/api/docs", Icons.Material.Outlined.DataObject, "API documentation", FullPageLoad: true),
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
