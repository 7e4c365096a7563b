using System.Net;
using System.Text.Json;
using HappyButtons.Engine.Identity;

namespace HappyButtons.Tests.Web.Api;

/// <summary>The API documentation (Scalar) and its OpenAPI document: administrators and API keys only, the key scheme declared.</summary>
public class ApiDocsTests(ApiDocsTests.Site site) : IClassFixture<ApiDocsTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    private HttpRequestMessage WithKey(string path) => new(HttpMethod.Get, path) { Headers = { { "X-Api-Key", ApiKey } } };

    private const string ApiKey = HappyButtonsFactory.ApiKey;

    [Fact]
    public async Task TheUi_IsRefused_ToAnonymousAndToAClerk()
    {
        await site.CreateUserAsync("clara", "Clara-Passwort-2026", false, Departments.Sales);
        var clerk = await site.SignInAsync("clara", "Clara-Passwort-2026", Departments.Sales);

        var anonymous = await site.CreateBrowserClient().GetAsync("/api/docs/");
        var refused = await clerk.GetAsync("/api/docs/");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("scalar", await refused.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheUi_IsServedToAnAdministratorAndToAnApiKey_UnderTheAppsPolicyWithOneNonce_AndLeadsBackToTheApp()
    {
        var admin = await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);

        var page = await admin.GetAsync("/api/docs/");
        var withKey = await site.CreateClient().SendAsync(WithKey("/api/docs/"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = System.Text.RegularExpressions.Regex.Match(policy, "script-src 'self' 'nonce-([^']+)';").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"nonce=\"{nonce}\"", html);
        Assert.DoesNotContain("unsafe-inline' 'self'", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Contains("connect-src 'self'", policy);
        Assert.Contains("id=\"back-to-app\"", html);
        Assert.Contains("Zurück zu Happy Buttons", System.Net.WebUtility.HtmlDecode(html));
        Assert.DoesNotContain("cdn.jsdelivr", html);
    }

    [Fact]
    public async Task TheDocument_DeclaresTheApiKeyScheme_AndTheOperationsThatNeedIt()
    {
        var response = await site.CreateClient().SendAsync(WithKey("/openapi/v1.json"));

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var scheme = document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/messages/{id}").GetProperty("get").GetProperty("security")[0].TryGetProperty("ApiKey", out _));
        Assert.Equal("Happy Buttons API", document.RootElement.GetProperty("info").GetProperty("title").GetString());
    }
}
