using HappyButtons.Engine.Identity;
using HappyButtons.Web.Localization;
using HappyButtons.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace HappyButtons.Web.Account;

/// <summary>Plain form posts of the shell: sign out and choose the UI language.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/logout", SignOutAsync).ExcludeFromDescription();
        app.MapPost("/account/language", SetLanguageAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery, PresenceTracker presence)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        if (context.User.UserId() is { } id)
        {
            presence.SignOut(id);
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect(SecuritySetup.LoginPath);
    }

    private static async Task<IResult> SetLanguageAsync(
        HttpContext context, IAntiforgery antiforgery, UserStore users, [FromForm] string? language, [FromForm] string? returnUrl)
    {
        if (language is null || !UiText.Languages.Contains(language))
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
