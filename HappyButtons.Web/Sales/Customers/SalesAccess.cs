using System.Security.Claims;
using HappyButtons.Engine.Identity;
using HappyButtons.Web.Security;

namespace HappyButtons.Web.Sales.Customers;

/// <summary>Customer pages are for sales members and administrators.</summary>
public static class SalesAccess
{
    public static bool Allows(ClaimsPrincipal user) => user.IsAdmin() || user.IsMemberOf(Departments.Sales);
}
