using System.Net;
using System.Net.Http.Json;
using HappyButtons.Engine.Identity;

namespace HappyButtons.Tests.Web;

public class AccessTests(AccessTests.Site site) : IClassFixture<AccessTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    private const string Password = "Vertrieb-Passwort-1";

    [Fact]
    public async Task AnonymousVisitor_IsSentToSignIn_FromAWorkspace()
    {
        var client = site.CreateBrowserClient();

        var response = await client.GetAsync("/sales");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
        Assert.Contains("ReturnUrl=%2Fsales", response.Headers.Location.Query);
    }

    [Fact]
    public async Task Health_IsAnonymous_AndShowsDetailsOnlyWithAKey()
    {
        var client = site.CreateBrowserClient();

        var anonymous = await client.GetFromJsonAsync<Dictionary<string, object>>("/health");
        var request = new HttpRequestMessage(HttpMethod.Get, "/health") { Headers = { { "X-Api-Key", HappyButtonsFactory.ApiKey } } };
        var detailed = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Equal("Healthy", anonymous!["status"].ToString());
        Assert.Single(anonymous);
        Assert.Contains("\"database\"", detailed);
        Assert.Contains("\"data-directory\"", detailed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-0123456789")]
    public async Task Stats_Returns401_WithoutAValidKey(string? key)
    {
        var client = site.CreateBrowserClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/stats");
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Stats_CountsUsersAndDepartments_WithTheKeyAsBearer()
    {
        var client = site.CreateBrowserClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/stats") { Headers = { { "Authorization", "Bearer " + HappyButtonsFactory.ApiKey } } };

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stats = await response.Content.ReadFromJsonAsync<Dictionary<string, int>>();
        Assert.True(stats!["users"] >= 1);
        Assert.Equal(4, stats["departments"]);
        Assert.True(stats.ContainsKey("signInsToday"));
    }

    [Fact]
    public async Task ASalesUser_LandsOnSales_AndGets403OnFinance_WithAFriendlyPage()
    {
        await site.CreateUserAsync("vera", Password, false, Departments.Sales);
        var client = await site.SignInAsync("vera", Password, Departments.Sales);

        var sales = await client.GetAsync("/sales");
        var finance = await client.GetAsync("/finance");

        Assert.Equal(HttpStatusCode.OK, sales.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, finance.StatusCode);
        var page = await HtmlForms.ParseAsync(finance);
        Assert.Contains("Kein Zugriff", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/sales']"));
    }

    [Fact]
    public async Task AMemberOfTwoDepartments_SwitchesWithoutSigningInAgain()
    {
        await site.CreateUserAsync("paul", Password, false, Departments.Sales, Departments.Support);
        var client = await site.SignInAsync("paul", Password, Departments.Sales);

        var support = await client.GetAsync("/support");

        // The menu's entries themselves: Components/DepartmentSwitcherTests.
        Assert.Equal(HttpStatusCode.OK, support.StatusCode);
        var page = await HtmlForms.ParseAsync(support);
        Assert.Equal("Kundendienst", page.QuerySelector(".workspace-header h1")!.TextContent.Trim());
        Assert.Contains("Kundendienst", page.QuerySelector(".department-switcher")!.TextContent);
    }

    [Fact]
    public async Task SignIn_ShowsOneGenericMessage_ForUnknownUserAndWrongPassword()
    {
        await site.CreateUserAsync("greta", Password, false, Departments.Info);

        var unknown = await PostLoginAsync("niemand", Password, Departments.Info);
        var wrong = await PostLoginAsync("greta", "falsches-passwort", Departments.Info);

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.Status);
        Assert.Equal(unknown.Error, wrong.Error);
        Assert.Contains("Anmeldung fehlgeschlagen", unknown.Error);
    }

    [Fact]
    public async Task SignIn_ExplainsMissingMembership_OnlyAfterTheRightPassword()
    {
        await site.CreateUserAsync("hans", Password, false, Departments.Support);

        var result = await PostLoginAsync("hans", Password, Departments.Finance);

        Assert.Equal(HttpStatusCode.Forbidden, result.Status);
        Assert.Contains("nicht Mitglied der Abteilung Buchhaltung", result.Error);
        Assert.Contains("Kundendienst", result.Error);
    }

    [Fact]
    public async Task FormsWithoutAntiforgeryToken_AreRejected()
    {
        await site.CreateUserAsync("ida", Password, false, Departments.Sales);
        var client = site.CreateBrowserClient();

        var login = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["Input.UserName"] = "ida", ["Input.Password"] = Password, ["Input.Department"] = Departments.Sales,
        }));
        var signedIn = await site.SignInAsync("ida", Password, Departments.Sales);
        var logout = await signedIn.PostAsync("/logout", new FormUrlEncodedContent([]));
        var language = await signedIn.PostAsync("/account/language", new FormUrlEncodedContent(new Dictionary<string, string> { ["language"] = "en" }));

        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.Null(login.Headers.Location);
        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, language.StatusCode);
        Assert.Contains("Die Anfrage konnte nicht verarbeitet werden", await logout.Content.ReadAsStringAsync());
        Assert.Equal("de", (await HtmlForms.GetDocumentAsync(signedIn, "/sales")).DocumentElement.GetAttribute("lang"));
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/sales")).StatusCode);
    }

    [Fact]
    public async Task AdminPages_AreForbidden_ForNonAdministrators()
    {
        await site.CreateUserAsync("jana", Password, false, Departments.Info);
        var client = await site.SignInAsync("jana", Password, Departments.Info);

        var response = await client.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Administratoren vorbehalten", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        await site.CreateUserAsync("karl", Password, false, Departments.Info);
        var client = await site.SignInAsync("karl", Password, Departments.Info);

        var response = await HtmlForms.SubmitAsync(client, "/account", "form[action='/logout']", []);

        Assert.Equal("/login", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/info")).StatusCode);
    }

    [Fact]
    public async Task Language_SwitchesToEnglish_ForTheUser()
    {
        await site.CreateUserAsync("lena", Password, false, Departments.Sales);
        var client = await site.SignInAsync("lena", Password, Departments.Sales);

        await HtmlForms.SubmitAsync(client, "/account", "form[action='/account/language']", new() { ["language"] = "en" });
        var page = await HtmlForms.GetDocumentAsync(client, "/sales");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sales", page.QuerySelector(".workspace-header h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task UnknownPages_Get404_WithAFriendlyPage()
    {
        var response = await site.CreateBrowserClient().GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Seite nicht gefunden", await response.Content.ReadAsStringAsync());
    }

    private async Task<(HttpStatusCode Status, string Error)> PostLoginAsync(string user, string password, string department)
    {
        var client = site.CreateBrowserClient();
        var response = await HtmlForms.SubmitAsync(client, "/login", "form[method=post]", new()
        {
            ["Input.UserName"] = user, ["Input.Password"] = password, ["Input.Department"] = department,
        });
        var page = await HtmlForms.ParseAsync(response);
        return (response.StatusCode, page.QuerySelector("#login-error")?.TextContent ?? "");
    }
}

public class MetricsTests(MetricsTests.Site site) : IClassFixture<MetricsTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    [Fact]
    public async Task Metrics_NeedAKey_AndCountSignInsByOutcome()
    {
        var client = site.CreateBrowserClient();
        await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);

        var anonymous = await client.GetAsync("/metrics");
        var request = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { { "X-Api-Key", HappyButtonsFactory.ApiKey } } };
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("# TYPE hb_signin_attempts_total counter", text);
        Assert.Matches(@"hb_signin_attempts_total\{outcome=""succeeded""\} [1-9]", text);
    }
}
