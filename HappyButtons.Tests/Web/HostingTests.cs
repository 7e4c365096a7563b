using System.Net;
using HappyButtons.Engine.Identity;

namespace HappyButtons.Tests.Web;

public class HostingTests
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public async Task ForwardedProto_IsHonoured_OnlyWhenProxiesAreTrusted(string trust, bool expectSecure)
    {
        await using var site = new HappyButtonsFactory(new Dictionary<string, string?> { ["HappyButtons:Security:TrustForwardedHeaders"] = trust });
        var client = site.CreateBrowserClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/login") { Headers = { { "X-Forwarded-Proto", "https" }, { "X-Forwarded-For", "203.0.113.7" } } };

        var response = await client.SendAsync(request);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("hb_csrf=", StringComparison.Ordinal));
        Assert.Equal(expectSecure, cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
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
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("http", response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.Scheme : "http");
        Assert.EndsWith("/info", response.Headers.Location.OriginalString);
    }
}

public class ApiDescriptionTests(ApiDescriptionTests.Site site) : IClassFixture<ApiDescriptionTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    [Fact]
    public async Task TheOpenApiDocument_NeedsAKeyOrAnAdministrator_AndDescribesTheMessageApi()
    {
        var anonymous = await site.CreateBrowserClient().GetAsync("/openapi/v1.json");
        var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json") { Headers = { { "X-Api-Key", HappyButtonsFactory.ApiKey } } };
        var withKey = await site.CreateClient().SendAsync(request);
        var admin = await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, HappyButtons.Engine.Identity.Departments.Info);
        var asAdmin = await admin.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asAdmin.StatusCode);
        var document = await withKey.Content.ReadAsStringAsync();
        Assert.Contains("/api/messages/{id}", document);
        Assert.Contains("/api/jobs", document);
    }
}

public class DataProtectionKeyTests
{
    [Fact]
    public async Task TheKeyDirectory_IsReadableByTheServiceAccountOnly()
    {
        await using var site = new HappyButtonsFactory();
        site.CreateClient();

        var mode = File.GetUnixFileMode(Path.Combine(site.DataDirectory, "keys"));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, mode);
    }
}
