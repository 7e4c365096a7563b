using System.Security.Claims;
using HappyButtons.Engine.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace HappyButtons.Web.Security;

/// <summary>Builds the cookie principal from a user, and reads it back.</summary>
public static class UserPrincipal
{
    public static ClaimsPrincipal Create(AppUser user, string sessionToken)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.UserName),
            new(ClaimNames.UserId, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimNames.DisplayName, user.DisplayName),
            new(ClaimNames.Language, user.Language),
            new(ClaimNames.SecurityStamp, user.SecurityStamp),
            new(ClaimNames.Session, sessionToken),
        };
        claims.AddRange(user.Departments.Select(d => new Claim(ClaimNames.Department, d)));
        if (user.IsAdmin)
        {
            claims.Add(new Claim(ClaimTypes.Role, ClaimNames.AdminRole));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    public static long? UserId(this ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirst(ClaimNames.UserId)?.Value, out var id) ? id : null;

    public static string? SessionToken(this ClaimsPrincipal principal) => principal.FindFirst(ClaimNames.Session)?.Value;

    public static string? SecurityStamp(this ClaimsPrincipal principal) => principal.FindFirst(ClaimNames.SecurityStamp)?.Value;

    public static string DisplayName(this ClaimsPrincipal principal) =>
        principal.FindFirst(ClaimNames.DisplayName)?.Value ?? principal.Identity?.Name ?? "";

    public static IReadOnlyList<string> Departments(this ClaimsPrincipal principal) =>
        principal.FindAll(ClaimNames.Department).Select(c => c.Value).ToList();

    public static bool IsMemberOf(this ClaimsPrincipal principal, string department) =>
        principal.HasClaim(ClaimNames.Department, department);

    public static bool IsAdmin(this ClaimsPrincipal principal) => principal.IsInRole(ClaimNames.AdminRole);

    /// <summary>True when the principal no longer matches the stored user in something that is shown or authorised.</summary>
    public static bool IsStale(this ClaimsPrincipal principal, AppUser user) =>
        principal.DisplayName() != user.DisplayName
        || principal.FindFirst(ClaimNames.Language)?.Value != user.Language
        || principal.IsAdmin() != user.IsAdmin
        || !principal.Departments().SequenceEqual(user.Departments);
}
