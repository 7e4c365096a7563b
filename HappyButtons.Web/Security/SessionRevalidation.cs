using HappyButtons.Engine.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace HappyButtons.Web.Security;

/// <summary>
/// Re-checks the session of every open circuit every few seconds (<c>HappyButtons:Web:RevalidateSeconds</c>): a session
/// ended by sign-out (in any tab, or of a copied cookie), by an administrator, a disabled account, a reset or changed
/// password or a deleted user turns the circuit anonymous, and the layout then leaves for the sign-in page. The cookie
/// itself is checked on each request by the cookie handler, against the same <see cref="SessionStore"/>.
/// </summary>
public sealed class SessionRevalidation(ILoggerFactory loggerFactory, SessionStore sessions, IOptions<WebOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => options.Value.Revalidate;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var principal = authenticationState.User;
        if (principal.UserId() is not { } id)
        {
            // API keys never open circuits; an anonymous state stays anonymous.
            return principal.Identity?.IsAuthenticated != true;
        }

        return await sessions.ValidateAsync(principal.SessionToken(), id, principal.SecurityStamp(), fresh: false, cancellationToken) is not null;
    }
}
