using HappyButtons.Engine.Identity;

namespace HappyButtons.Engine.Orders;

/// <summary>
/// Who may move an order: sales confirms and cancels, production plans and reports, the warehouse packs, ships and
/// records the delivery, finance invoices and closes, administrators do everything. Sales and finance are the departments
/// of those names; production and warehouse are roles given to a user on top of a department (table <c>user_roles</c>).
/// </summary>
public static class OrderRoles
{
    public const string Sales = Departments.Sales;
    public const string Production = "production";
    public const string Warehouse = "warehouse";
    public const string Finance = Departments.Finance;
    public const string Admin = "admin";

    /// <summary>The roles an administrator can give beyond the departments.</summary>
    public static IReadOnlyList<string> Assignable { get; } = [Production, Warehouse];

    public static IReadOnlyList<string> All { get; } = [Sales, Production, Warehouse, Finance, Admin];

    /// <summary>The order roles of a user from their departments, admin flag and extra roles.</summary>
    public static IReadOnlySet<string> Of(IEnumerable<string> departments, bool isAdmin, IEnumerable<string> extraRoles)
    {
        var roles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var department in departments)
        {
            if (department is Sales or Finance)
            {
                roles.Add(department);
            }
        }

        roles.UnionWith(extraRoles.Where(r => Assignable.Contains(r)));
        if (isAdmin)
        {
            roles.Add(Admin);
        }

        return roles;
    }
}

/// <summary>The person (or API client) moving an order: the name the history and audit show, and their order roles.</summary>
public sealed record OrderActor(string Name, IReadOnlySet<string> Roles)
{
    public bool May(string role) => Roles.Contains(OrderRoles.Admin) || Roles.Contains(role);

    /// <summary>Anyone who works with orders at all: sees the board and the order pages.</summary>
    public bool SeesOrders => Roles.Count > 0;

    public static OrderActor Administrator(string name) => new(name, new HashSet<string> { OrderRoles.Admin });
}
