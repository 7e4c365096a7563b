using System.Net;
using AngleSharp.Html.Dom;
using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Web;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Hardening;

/// <summary>Issue 18, item 4: signing out, a disabled account or an administrator ends the session on the server.</summary>
public class SessionRevocationTests(SessionRevocationTests.Site site) : IClassFixture<SessionRevocationTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    private const string Password = "Sitzungs-Passwort-1";

    [Fact]
    public async Task ACopiedCookie_StopsWorking_AfterSignOut()
    {
        await site.CreateUserAsync("otto", Password, false, Departments.Info);
        var (owner, cookie) = await SignInAsync("otto");
        var thief = CopyOf(cookie);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/info")).StatusCode);

        var signOut = await HtmlForms.SubmitAsync(owner, "/account", "form[action='/logout']", []);

        Assert.Equal("/login", signOut.Headers.Location!.OriginalString);
        var afterwards = await thief.GetAsync("/info");
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.Equal("/login", afterwards.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task EverySessionOfADisabledUser_Ends_AndEnablingDoesNotReviveThem()
    {
        var user = await site.CreateUserAsync("paula", Password, false, Departments.Sales);
        var (_, office) = await SignInAsync("paula", Departments.Sales);
        var (_, laptop) = await SignInAsync("paula", Departments.Sales);
        var administration = site.Services.GetRequiredService<UserAdministration>();
        Assert.Equal(2, (await site.Services.GetRequiredService<SessionStore>().ListActiveAsync(user.Id, CancellationToken.None)).Count);

        await administration.SetDisabledAsync("admin", 1, user.Id, true, CancellationToken.None);
        await administration.SetDisabledAsync("admin", 1, user.Id, false, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Redirect, (await CopyOf(office).GetAsync("/sales")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await CopyOf(laptop).GetAsync("/sales")).StatusCode);
        Assert.Empty(await site.Services.GetRequiredService<SessionStore>().ListActiveAsync(user.Id, CancellationToken.None));
    }

    [Fact]
    public async Task AnAdministrator_EndsOneSession_AndOnlyThatCookieStops()
    {
        var user = await site.CreateUserAsync("quirin", Password, false, Departments.Support);
        var (_, first) = await SignInAsync("quirin", Departments.Support);
        var (_, second) = await SignInAsync("quirin", Departments.Support);
        var sessions = await site.Services.GetRequiredService<SessionStore>().ListActiveAsync(user.Id, CancellationToken.None);

        // The most recent first: the second sign-in's session.
        var result = await site.Services.GetRequiredService<UserAdministration>().EndSessionAsync("admin", user.Id, sessions[0].Id, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(HttpStatusCode.OK, (await CopyOf(first).GetAsync("/support")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await CopyOf(second).GetAsync("/support")).StatusCode);
    }

    private async Task<(HttpClient Client, string Cookie)> SignInAsync(string userName, string department = Departments.Info)
    {
        var cookies = new CookieContainer();
        var client = site.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));
        var response = await HtmlForms.SubmitAsync(client, "/login", "form[method=post]", new()
        {
            ["Input.UserName"] = userName, ["Input.Password"] = Password, ["Input.Department"] = department,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, cookies.GetCookies(new Uri("http://localhost"))["hb_auth"]!.Value);
    }

    /// <summary>A second client that holds nothing but a copy of the session cookie, as someone who took it would.</summary>
    private HttpClient CopyOf(string cookie)
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", "hb_auth=" + cookie);
        return client;
    }
}

/// <summary>Issue 18, item 1: the sign-in limit belongs to the sign-in endpoint, whatever spelling of its path reaches it.</summary>
public class SignInRateLimitTests(SignInRateLimitTests.Site site) : IClassFixture<SignInRateLimitTests.Site>
{
    /// <summary>Three posts a minute per address; each case comes from an address of its own (a proxy's header, trusted here).</summary>
    public sealed class Site() : HappyButtonsFactory(new Dictionary<string, string?>
    {
        ["HappyButtons:Security:LoginAttemptsPerMinute"] = "3",
        ["HappyButtons:Security:TrustForwardedHeaders"] = "true",
    });

    private const string Password = "Grenzen-Passwort-1";

    [Theory]
    [InlineData("/login", "198.51.100.1")]
    [InlineData("/login/", "198.51.100.2")]
    [InlineData("/LOGIN", "198.51.100.3")]
    [InlineData("/Login/", "198.51.100.4")]
    [InlineData("/login?x=1", "198.51.100.5")]
    [InlineData("/login/?ReturnUrl=%2Finfo", "198.51.100.6")]
    public async Task SignInPosts_AreLimited_ThroughEverySpellingOfThePath_AndTheRightPasswordGetsNoCookie(string path, string address)
    {
        var userName = "limit" + address.Split('.')[^1];
        await site.CreateUserAsync(userName, Password, false, Departments.Info);
        var client = site.CreateBrowserClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await PostAsync(client, path, userName, "wrong-password-" + i)).StatusCode);
        }

        var right = await PostAsync(client, path, userName, Password);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.False(right.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("hb_auth=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/info")).StatusCode);
    }

    [Fact]
    public async Task TheSignInPage_ItselfIsNotLimited()
    {
        var client = site.CreateBrowserClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.200");

        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/login/")).StatusCode);
        }
    }

    /// <summary>Posts the sign-in form read from <c>/login</c> to <paramref name="path"/>, hidden fields (antiforgery, handler) included.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string userName, string password)
    {
        var form = (IHtmlFormElement)(await HtmlForms.GetDocumentAsync(client, "/login")).QuerySelector("form[method=post]")!;
        var values = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>()
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        values.Add(new("Input.UserName", userName));
        values.Add(new("Input.Password", password));
        values.Add(new("Input.Department", Departments.Info));
        return await client.PostAsync(path, new FormUrlEncodedContent(values));
    }
}
