using System.Net;
using System.Net.Http.Json;
using HappyButtons.Engine.Identity;
using HappyButtons.Web.Security;
using Microsoft.Extensions.DependencyInjection;

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

/// <summary>
/// Every page of the app, found by reflection over its routes, requested as anonymous, as a member of another
/// department and as a clerk without administrator rights: each is refused (sign-in redirect or 403).
/// The interactive actions' server-side check is swept in <see cref="ActionAuthorizationTests"/>, the administration pages'
/// actions by a clerk without administrator rights in <see cref="AdminActionSweepTests"/>.
/// </summary>
public class RouteSweepTests(RouteSweepTests.Site site) : IClassFixture<RouteSweepTests.Site>
{
    public sealed class Site : HappyButtonsFactory, IAsyncLifetime
    {
        public long InfoMessageId { get; private set; }

        public async Task InitializeAsync()
        {
            await CreateUserAsync("ines", "Ines-Passwort-2026", false, Departments.Info);
            var api = CreateClient();
            InfoMessageId = await Messages.MailUploads.UploadAsync(api, Departments.Info,
                Messages.MailUploads.TextMail("Allgemeine Frage", "Guten Tag, eine allgemeine Frage zu Ihren Knöpfen. Viele Grüße"));
            await Messages.MailUploads.WaitUntilProcessedAsync(api, InfoMessageId);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    /// <summary>Every routed page with its parameters filled in for a department that is not "info" (or administration).</summary>
    public static TheoryData<string> ProtectedPages()
    {
        var data = new TheoryData<string>();
        var templates = typeof(Program).Assembly.GetTypes()
            .Where(t => !t.GetCustomAttributes(typeof(Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute), false).Any())
            .SelectMany(t => t.GetCustomAttributes(typeof(Microsoft.AspNetCore.Components.RouteAttribute), false).Cast<Microsoft.AspNetCore.Components.RouteAttribute>())
            .Select(r => r.Template).Distinct().Order();
        foreach (var template in templates)
        {
            data.Add(template);
        }

        return data;
    }

    private string Fill(string template, string department) => template
        .Replace("{Dept}", department).Replace("{Department}", department).Replace("{Id:long}", site.InfoMessageId.ToString())
        .Replace("{Id}", "oem-order").Replace("{Number}", "10042");

    [Theory]
    [MemberData(nameof(ProtectedPages))]
    public async Task Anonymous_IsSentToSignIn(string template)
    {
        var response = await site.CreateBrowserClient().GetAsync(Fill(template, Departments.Sales));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [MemberData(nameof(ProtectedPages))]
    public async Task AClerkOfInfo_IsRefused_EverythingOfOtherDepartmentsAndAdministration(string template)
    {
        if (template == "/account")
        {
            return;
        }

        var ines = await site.SignInAsync("ines", "Ines-Passwort-2026", Departments.Info);
        // A page of info itself is allowed, so the generic ones are asked for a department she is not in.
        var department = template.StartsWith("/info", StringComparison.Ordinal) ? null : Departments.Finance;
        if (department is null)
        {
            return;
        }

        var response = await ines.GetAsync(Fill(template, department));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task TheMessageOfInfo_IsNotReachable_ThroughAnotherDepartmentsAddress()
    {
        await site.CreateUserAsync("fred", "Fred-Passwort-2026", false, Departments.Finance);
        var fred = await site.SignInAsync("fred", "Fred-Passwort-2026", Departments.Finance);

        var page = await fred.GetAsync($"/finance/messages/{site.InfoMessageId}");
        var correct = await fred.GetAsync($"/finance/messages/{site.InfoMessageId}/correct");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, correct.StatusCode);
    }
}

/// <summary>The one server-side check every interactive action asks before it changes data.</summary>
public class ActionAuthorizationTests(ActionAuthorizationTests.Site site) : IClassFixture<ActionAuthorizationTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    private ActionAuthorization For(System.Security.Claims.ClaimsPrincipal principal) =>
        new(new HappyButtons.Tests.Components.ComponentContext.FixedAuthentication(principal), site.Services.GetRequiredService<SessionStore>());

    [Fact]
    public async Task Anonymous_MayDoNothing()
    {
        var rights = For(new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity()));

        Assert.Null(await rights.SignedInAsync());
        Assert.Null(await rights.InDepartmentAsync(Departments.Sales, orAdmin: true));
        Assert.Null(await rights.AdministratorAsync());
    }

    [Fact]
    public async Task AClerk_MayActInTheirDepartment_NotInAnother_AndNotAsAdministrator()
    {
        var clerk = await site.CreateUserAsync("clara", "Clara-Passwort-2026", false, Departments.Sales);
        var rights = For(await site.PrincipalAsync(clerk));

        Assert.Equal(clerk.Id, (await rights.InDepartmentAsync(Departments.Sales))!.Id);
        Assert.Null(await rights.InDepartmentAsync(Departments.Finance));
        Assert.Null(await rights.InDepartmentAsync(Departments.Finance, orAdmin: true));
        Assert.Null(await rights.InDepartmentAsync("no-such-department"));
        Assert.Null(await rights.AdministratorAsync());
    }

    [Fact]
    public async Task TheStoredUserCounts_NotTheCircuitsClaims()
    {
        var administration = site.Services.GetRequiredService<UserAdministration>();
        var dora = await site.CreateUserAsync("dora", "Dora-Passwort-2026", false, Departments.Sales, Departments.Support);
        var circuit = await site.PrincipalAsync(dora);

        // Membership taken away after the circuit started: the circuit's claims still say "support".
        Assert.True((await administration.UpdateAsync("admin", 1, dora.Id, new UserProfile(dora.DisplayName, null, false, [Departments.Sales]), CancellationToken.None)).Succeeded);
        Assert.Null(await For(circuit).InDepartmentAsync(Departments.Support));
        Assert.NotNull(await For(circuit).InDepartmentAsync(Departments.Sales));

        // A reset password (new security stamp) or a disabled account ends every right of the old session.
        Assert.True((await administration.ResetPasswordAsync("admin", dora.Id, "Dora-Neues-Passwort-1", CancellationToken.None)).Succeeded);
        Assert.Null(await For(circuit).SignedInAsync());
        var fresh = await site.Services.GetRequiredService<UserStore>().FindByIdAsync(dora.Id, CancellationToken.None);
        var signedInAgain = await site.PrincipalAsync(fresh!);
        Assert.NotNull(await For(signedInAgain).SignedInAsync());
        Assert.True((await administration.SetDisabledAsync("admin", 1, dora.Id, true, CancellationToken.None)).Succeeded);
        Assert.Null(await For(signedInAgain).SignedInAsync());
    }

    [Fact]
    public async Task AnAdministrator_IsAllowedAdministration_AndDepartmentsOnlyWhereAdminsMay()
    {
        var admin = await site.Services.GetRequiredService<UserStore>().FindByNameAsync("admin", CancellationToken.None);
        var rights = For(await site.PrincipalAsync(admin!));

        Assert.NotNull(await rights.AdministratorAsync());
        Assert.NotNull(await rights.InDepartmentAsync(Departments.Finance, orAdmin: true));
    }
}

public class LocalUrlTests
{
    [Theory]
    [InlineData("/sales/messages?q=knopf", true)]
    [InlineData("/", true)]
    [InlineData("//evil.example/x", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("/\t/evil.example/x", false)]
    [InlineData("/\n/evil.example", false)]
    [InlineData("/ /evil.example", false)]
    [InlineData("https://evil.example", false)]
    [InlineData("/x?next=https://evil.example", false)]
    [InlineData("sales", false)]
    [InlineData("", false)]
    public void OnlyPlainPathsOfThisSite_AreLocal(string url, bool local)
    {
        Assert.Equal(local, LocalUrl.IsLocal(url));
    }

    [Fact]
    public async Task TheLanguageSwitch_DoesNotRedirectOffSite_ThroughATab()
    {
        await using var site = new HappyButtonsFactory();
        var client = site.CreateBrowserClient();

        var response = await HtmlForms.SubmitAsync(client, "/login", "form[action='/account/language']",
            new() { ["language"] = "en", ["returnUrl"] = "/\t/evil.example/x" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}

public class PageHeaderTests(PageHeaderTests.Site site) : IClassFixture<PageHeaderTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    [Fact]
    public async Task HeadOfTheStartPage_AnswersLikeItsGet_NotWith405()
    {
        var client = site.CreateBrowserClient();

        var root = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));
        var login = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/login"));

        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.EndsWith("/login", root.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Empty(await login.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task EveryPage_CarriesTheContentSecurityPolicy()
    {
        var admin = await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);

        var login = await site.CreateBrowserClient().GetAsync("/login");
        var workspace = await admin.GetAsync("/info");
        var policy = login.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Equal(policy, workspace.Headers.GetValues("Content-Security-Policy").Single());
        foreach (var directive in new[] { "script-src 'self'", "connect-src 'self'", "font-src 'self'", "img-src 'self' data:", "frame-src 'self'",
                     "frame-ancestors 'self'", "base-uri 'self'", "form-action 'self'", "object-src 'none'" })
        {
            Assert.Contains(directive, policy);
        }

        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", policy);
    }

    [Fact]
    public async Task ThePublishedAssets_AreServed_blazor_MudBlazor_AndTheFont()
    {
        var client = site.CreateBrowserClient();
        var page = await (await client.GetAsync("/login")).Content.ReadAsStringAsync();

        foreach (var asset in new[] { "/_framework/blazor.web.js", "/_content/MudBlazor/MudBlazor.min.css", "/_content/MudBlazor/MudBlazor.min.js",
                     "/lib/roboto/files/roboto-latin-400-normal.woff2", "/js/reconnect.js", "/css/app.css" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(asset)).StatusCode);
        }

        Assert.DoesNotContain("https://", page.Replace("https://json.schemastore.org", "", StringComparison.Ordinal));
        Assert.DoesNotContain("<script>", page);
    }
}
