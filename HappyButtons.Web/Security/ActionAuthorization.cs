using HappyButtons.Engine.Identity;
using Microsoft.AspNetCore.Components.Authorization;

namespace HappyButtons.Web.Security;

/// <summary>The stored user behind an action that was allowed.</summary>
public sealed record ActingUser(long Id, string UserName, bool IsAdmin, IReadOnlyList<string> Departments);

/// <summary>
/// The server-side check of every interactive action that changes data. A circuit can be sent any event a page
/// ever rendered (or none it rendered): hiding a button is not a check. Each handler asks here first and does
/// nothing when the answer is null. The answer comes from the stored user, not the circuit's claims, so a
/// membership removed, a role taken or an account disabled a second ago already counts.
/// </summary>
public sealed class ActionAuthorization(AuthenticationStateProvider authentication, SessionStore sessions)
{
    /// <summary>The signed-in, enabled user whose session is still valid; null otherwise.</summary>
    public async Task<ActingUser?> SignedInAsync(CancellationToken cancellationToken = default)
    {
        var principal = (await authentication.GetAuthenticationStateAsync()).User;
        if (principal.Identity?.IsAuthenticated != true || principal.UserId() is not { } id)
        {
            return null;
        }

        // Not from memory: an action asks the database whether the session, the account and its rights still stand.
        var user = await sessions.ValidateAsync(principal.SessionToken(), id, principal.SecurityStamp(), fresh: true, cancellationToken);
        if (user is null)
        {
            return null;
        }

        return new ActingUser(user.Id, user.UserName, user.IsAdmin, user.Departments);
    }

    /// <summary>A member of <paramref name="department"/> (administrators only where <paramref name="orAdmin"/>); null otherwise.</summary>
    public async Task<ActingUser?> InDepartmentAsync(string department, bool orAdmin = false, CancellationToken cancellationToken = default)
    {
        var user = await SignedInAsync(cancellationToken);
        return user is not null && Departments.IsValid(department) && (user.Departments.Contains(department) || (orAdmin && user.IsAdmin)) ? user : null;
    }

    /// <summary>An administrator; null otherwise.</summary>
    public async Task<ActingUser?> AdministratorAsync(CancellationToken cancellationToken = default)
    {
        var user = await SignedInAsync(cancellationToken);
        return user is { IsAdmin: true } ? user : null;
    }
}
