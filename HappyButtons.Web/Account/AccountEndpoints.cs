using HappyButtons.Engine.Identity;
using HappyButtons.Web.Localization;
using HappyButtons.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace HappyButtons.Web.Account;

/// <summary>Plain form posts of the shell: sign out and choose the UI language.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // The antiforgery middleware validates both posts (the metadata asks it to); the handlers only read its verdict.
        app.MapPost("/logout", SignOutAsync).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();
        app.MapPost("/account/language", SetLanguageAsync).WithMetadata(new RequireAntiforgeryTokenAttribute()).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static bool HasValidToken(HttpContext context) =>
        context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: true };

    private static async Task<IResult> SignOutAsync(HttpContext context, PresenceTracker presence, SessionStore sessions)
    {
        if (!HasValidToken(context))
        {
            return Results.BadRequest();
        }

        // The server-side session ends: a copy of the cookie is worth nothing from now on, and the session's open
        // circuits (other tabs) leave for the sign-in page at their next revalidation.
        if (context.User.SessionToken() is { } token)
        {
            await sessions.EndAsync(token, SessionEndReasons.SignedOut, context.RequestAborted);
        }

        if (context.User.UserId() is { } id)
        {
            presence.SignOut(id);
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect(SecuritySetup.LoginPath);
    }

    private static async Task<IResult> SetLanguageAsync(HttpContext context, UserStore users)
    {
        if (!HasValidToken(context) || !context.Request.HasFormContentType)
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var language = form["language"].ToString();
        var returnUrl = form["returnUrl"].ToString();
        if (!UiText.Languages.Contains(language))
        {
            return Results.BadRequest();
        }

        context.Response.Cookies.Append(UiText.CookieName, language, new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, MaxAge = TimeSpan.FromDays(365),
        });
        var authenticated = await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (authenticated.Principal?.UserId() is { } id)
        {
            await users.SetLanguageAsync(id, language, context.RequestAborted);
        }

        return Results.Redirect(LocalUrl.OrDefault(returnUrl, "/"));
    }
}
