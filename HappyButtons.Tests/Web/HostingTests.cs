using System.Net;
using HappyButtons.Engine.Identity;

namespace HappyButtons.Tests.Web;

public class HostingTests
{
    [Fact]
    public async Task BehindATrustedProxy_CookiesAreSecure_WhenTheProxySaysHttps()
    {
        await using var site = new HappyButtonsFactory(new Dictionary<string, string?> { ["HappyButtons:Security:TrustForwardedHeaders"] = "true" });
        var client = site.CreateBrowserClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var response = await HtmlForms.SubmitAsync(client, "/login", "form[method=post]", new()
        {
            ["Input.UserName"] = "admin", ["Input.Password"] = HappyButtonsFactory.AdminPassword, ["Input.Department"] = Departments.Info,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("hb_auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OverPlainHttp_CookiesAreHttpOnlyAndLax_ButNotSecure_AndNothingRedirectsToHttps()
    {
        await using var site = new HappyButtonsFactory();
        var client = site.CreateBrowserClient();

        var login = await client.GetAsync("/login");
        var response = await HtmlForms.SubmitAsync(client, "/login", "form[method=post]", new()
        {
            ["Input.UserName"] = "admin", ["Input.Password"] = HappyButtonsFactory.AdminPassword, ["Input.Department"] = Departments.Info,
        });

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("hb_auth=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("/info", response.Headers.Location!.OriginalString);
    }
}
