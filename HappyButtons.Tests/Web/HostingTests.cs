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

public class PdfToolHealthTests
{
    [Fact]
    public async Task Health_IsDegraded_AndSaysWhatToInstall_WhenPdftotextIsMissing()
    {
        await using var site = new HappyButtonsFactory(new Dictionary<string, string?> { ["HappyButtons:Documents:PdfToTextPath"] = "/nonexistent/pdftotext" });
        var request = new HttpRequestMessage(HttpMethod.Get, "/health") { Headers = { { "X-Api-Key", HappyButtonsFactory.ApiKey } } };

        var response = await site.CreateClient().SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"status\":\"Degraded\"", body);
        Assert.Contains("poppler-utils", body);
    }
}
