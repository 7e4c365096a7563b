using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HappyButtons.Engine.Kpis;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using HappyButtons.Tests.Web;
using HappyButtons.Web.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Kpis;

/// <summary>
/// The running app with the constructed week of <see cref="KpiHistory"/> and, for the gauges (window: today), two sales
/// mails of the last minute — one processed, one failed.
/// </summary>
public sealed class KpiWebSite() : HappyButtonsFactory(new Dictionary<string, string?>
{
    ["HappyButtons:Kpis:MetricsWindowDays"] = "1",
    ["HappyButtons:Kpis:MetricsCacheSeconds"] = "0",
    // The seeded week holds its own agent tasks: a coordinator running beside the seed would add tasks of its own (or take
    // a seeded mail's first, failing the seed on the one-task-per-mail index).
    ["HappyButtons:Agents:Trigger"] = "false",
    ["HappyButtons:Jobs:Workers"] = "0",
}), IAsyncLifetime
{
    public const string Password = "Kpi-Passwort-2026";

    public IDbContextFactory<HappyButtonsDbContext> Contexts => Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>();

    public async Task InitializeAsync()
    {
        await KpiHistory.SeedAsync(Contexts, withMailInThePipeline: false);
        var now = DateTimeOffset.UtcNow.AddSeconds(-1);
        await using var context = await Contexts.CreateDbContextAsync();
        context.Messages.Add(new Message { Mailbox = "sales", Department = "sales", SourceId = "now:1", ContentHash = "now1", Status = "processed", ReceivedAt = now, CreatedAt = now, UpdatedAt = now });
        context.Messages.Add(new Message { Mailbox = "sales", Department = "sales", SourceId = "now:2", ContentHash = "now2", Status = "failed", ReceivedAt = now, CreatedAt = now, UpdatedAt = now });
        await context.SaveChangesAsync();
        await CreateUserAsync("sara", Password, false, "sales");
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public HttpClient Api()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }
}

/// <summary><c>GET /api/kpis</c>, <c>/stats</c>, the survey page and the KPI gauges of <c>/metrics</c> on the running app.</summary>
public sealed class KpisWebTests(KpiWebSite site) : IClassFixture<KpiWebSite>
{
    private static readonly string[] ContractKeys =
        ["emailProcessingEfficiency", "orderFulfillmentRate", "customerSatisfaction", "agentUtilization", "slaCompliance", "automationRate", "performanceScore", "asOf", "definitions"];

    [Fact]
    public async Task Kpis_AnswerInTheContractShape_WithPercentages_AndNullWhereThereIsNoData()
    {
        var api = site.Api();

        var company = await api.GetFromJsonAsync<JsonElement>("/api/kpis?from=2026-11-10&to=2026-11-16");
        var finance = await api.GetFromJsonAsync<JsonElement>("/api/kpis?department=finance&from=2026-11-10&to=2026-11-16");

        Assert.Equal(ContractKeys.Order(), company.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal([42.9, 60.0, 75.0, 50.0, 50.0, 66.7, 57.4], ContractKeys[..7].Select(k => company.GetProperty(k).GetDouble()));
        Assert.True(company.GetProperty("asOf").TryGetDateTimeOffset(out _));
        var definitions = company.GetProperty("definitions");
        Assert.Equal(ContractKeys[..7].Order(), definitions.EnumerateObject().Select(p => p.Name).Order());
        Assert.Contains("re-routing", definitions.GetProperty("emailProcessingEfficiency").GetProperty("en").GetString());
        Assert.Contains("Liefertermin", definitions.GetProperty("orderFulfillmentRate").GetProperty("de").GetString());
        Assert.All(ContractKeys[..7], k => Assert.Equal(JsonValueKind.Null, finance.GetProperty(k).ValueKind));
    }

    [Fact]
    public async Task Kpis_NeedAnApiKey_ASignedInBrowserIsNotEnough()
    {
        var anonymous = await site.CreateBrowserClient().GetAsync("/api/kpis");
        var sara = await site.SignInAsync("sara", KpiWebSite.Password, "sales");
        var browser = await sara.GetAsync("/api/kpis?department=sales");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, browser.StatusCode);
    }

    [Theory]
    [InlineData("department=marketing", "Unknown department")]
    [InlineData("from=yesterday", "Invalid period")]
    [InlineData("from=2026-11-16&to=2026-11-10", "Invalid period")]
    [InlineData("from=2000-01-01&to=2026-11-10", "Invalid period")]
    public async Task Kpis_RefuseBadInput_With400AndAReason(string query, string title)
    {
        var response = await site.Api().GetAsync("/api/kpis?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(title, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Stats_HaveTheOperationalCounters()
    {
        // The coordinator gives the history's processed mails tasks of their own meanwhile: the waiting tasks are counted
        // against the database before and after the request.
        await using var context = await site.Contexts.CreateDbContextAsync();
        var waitingBefore = await context.AgentTasks.CountAsync(t => t.Status == "proposed");
        var stats = await site.Api().GetFromJsonAsync<Dictionary<string, int>>("/stats");
        var waitingAfter = await context.AgentTasks.CountAsync(t => t.Status == "proposed");

        Assert.Equal(2, stats!["messagesFailed"]);
        Assert.Equal(1, stats["messagesNeedReview"]);
        Assert.Equal(4, stats["conversationsPastDue"]);
        Assert.Equal(4, stats["ordersDelivered"]);
        Assert.Equal(0, stats["ordersInProduction"]);
        Assert.Equal(11, stats.Keys.Count(k => k.StartsWith("orders", StringComparison.Ordinal) && k != "ordersDeliveredToday"));
        Assert.InRange(stats["tasksWaitingForDecision"], Math.Max(1, waitingBefore), waitingAfter);
        Assert.True(stats["users"] >= 1);
    }

    [Fact]
    public async Task TheSurveyLink_RecordsOneRatingPerOrder_AnonymouslyUnderAStrictPolicy_AndRefusesAnAlteredToken()
    {
        long orderId;
        await using (var context = await site.Contexts.CreateDbContextAsync())
        {
            orderId = await context.Orders.Where(o => !context.SurveyResponses.Any(r => r.OrderId == o.Id)).Select(o => o.Id).FirstAsync();
        }

        var links = site.Services.GetRequiredService<CustomerSurvey>().LinksFor(orderId);
        var customer = site.CreateBrowserClient();
        // A person's click in the mail program: the browser marks it a user-activated top-level navigation.
        customer.DefaultRequestHeaders.Add("Sec-Fetch-Mode", "navigate");
        customer.DefaultRequestHeaders.Add("Sec-Fetch-User", "?1");
        customer.DefaultRequestHeaders.Add("Sec-Fetch-Dest", "document");

        var choices = await customer.GetAsync(links[0].Split('?')[0]);
        var rated = await customer.GetAsync(links[3]);
        var again = await customer.GetAsync(links[4]);
        var altered = await customer.GetAsync(links[3].Replace("/survey/", "/survey/x"));

        Assert.Equal(HttpStatusCode.OK, choices.StatusCode);
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Matches(await choices.Content.ReadAsStringAsync(), "name=\"rating\" value=\"[1-5]\"").Count);
        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
        Assert.Equal(SurveyEndpoints.ContentSecurityPolicy, rated.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("no-referrer", rated.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("Vielen Dank für Ihre Bewertung", await rated.Content.ReadAsStringAsync());
        Assert.Contains("updated your rating", await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, altered.StatusCode);
        await using var after = await site.Contexts.CreateDbContextAsync();
        Assert.Equal(5, (await after.SurveyResponses.SingleAsync(r => r.OrderId == orderId)).Rating);
    }

    [Fact]
    public async Task TheScrape_HasTheKpiGauges_PerDepartment_WithoutASampleWhereThereIsNoData_AndHttpRequestMetrics()
    {
        var api = site.Api();
        await api.GetAsync("/api/kpis");

        var scrape = PrometheusText.Parse(await api.GetStringAsync("/metrics"));

        foreach (var kpi in KpiDefinitions.All)
        {
            Assert.Equal("gauge", scrape.Types["happybuttons_kpi_" + kpi.MetricName]);
        }

        // Today: two sales mails, one processed, one failed.
        Assert.Equal(50, scrape.Value("happybuttons_kpi_email_processing_efficiency", new() { ["department"] = "sales" }));
        Assert.Equal(50, scrape.Value("happybuttons_kpi_email_processing_efficiency", new() { ["department"] = "all" }));
        Assert.Equal(50, scrape.Value("happybuttons_kpi_performance_score", new() { ["department"] = "sales" }));
        Assert.DoesNotContain(scrape.Samples, s => s.Name == "happybuttons_kpi_email_processing_efficiency" && s.Labels["department"] == "finance");
        Assert.DoesNotContain(scrape.Samples, s => s.Name == "happybuttons_kpi_automation_rate");
        Assert.Equal(0, scrape.Value("happybuttons_kpi_errors_total"));
        Assert.Contains(scrape.Samples, s => s.Name.StartsWith("http_request", StringComparison.Ordinal) && s.Labels.GetValueOrDefault("endpoint") == "/api/kpis");
    }
}
