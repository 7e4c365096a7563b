using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Jobs;
using HappyButtons.Engine.Storage;
using HappyButtons.Web.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HappyButtons.Tests.Jobs;

/// <summary>
/// The jobs API on a small test server: the job engine, <c>MapJobsApi</c>, and a stand-in for the app's "Api"
/// policy (a fixed key), so the endpoints are tested on their own.
/// </summary>
public sealed class JobsApiTests : IAsyncLifetime
{
    private const string Key = "jobs-api-test-key";
    private readonly TempDatabase _database = new();
    private readonly FlakySwitch _flaky = new();
    private WebApplication _app = default!;
    private HttpClient _client = default!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(JobTestHost.FastSettings);
        var services = builder.Services;
        services.AddSingleton<IDbConnectionFactory>(new SqliteConnectionFactory(_database.Path));
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<EventHub>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton(TimeProvider.System);
        services.AddJobEngine(builder.Configuration);
        services.AddSingleton(_flaky);
        services.AddJobHandler<CountPayload, ThrowingHandler>("test.flaky", JobTestHost.QuickRetries);
        services.AddRecurringJob("test.hourly", "test.flaky", "0 0 * * * ?", new CountPayload(1));
        services.AddAuthentication(KeyHandler.Name).AddScheme<AuthenticationSchemeOptions, KeyHandler>(KeyHandler.Name, null);
        services.AddAuthorizationBuilder().AddPolicy("Api", policy => policy.RequireAuthenticatedUser());
        _app = builder.Build();
        _app.UseAuthentication();
        _app.UseAuthorization();
        _app.MapJobsApi();
        await _app.StartAsync();
        _client = _app.GetTestClient();
        _client.DefaultRequestHeaders.Add("X-Api-Key", Key);
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task ADeadJob_IsListedWithLowerCaseState_ShowsEveryAttempt_AndRetryBringsItBack()
    {
        var id = await _app.Services.GetRequiredService<JobQueue>().EnqueueAsync("test.flaky", new CountPayload(1));
        await JobTestHost.WaitForStateAsync(_app.Services, id, JobState.Dead);

        var list = await _client.GetFromJsonAsync<JsonElement>("/api/jobs?state=dead&kind=test.flaky");
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal("dead", item.GetProperty("state").GetString());
        Assert.Equal(1, list.GetProperty("counts").GetProperty("dead").GetInt64());
        var tomorrow = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(1).ToString("O"));
        var none = await _client.GetFromJsonAsync<JsonElement>($"/api/jobs?state=dead&from={tomorrow}");
        Assert.Equal(0, none.GetProperty("total").GetInt64());

        var detail = await _client.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}");
        Assert.Equal(3, detail.GetProperty("attempts").GetArrayLength());
        Assert.Equal(1, detail.GetProperty("payload").GetProperty("number").GetInt32());

        _flaky.Broken = false;
        var retry = await _client.PostAsync($"/api/jobs/{id}/retry", null);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        await JobTestHost.WaitForStateAsync(_app.Services, id, JobState.Succeeded);
        Assert.Equal(HttpStatusCode.Conflict, (await _client.PostAsync($"/api/jobs/{id}/retry", null)).StatusCode);
    }

    [Fact]
    public async Task UnknownJob_Is404_AndAnUnknownState_Is400()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/jobs/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.PostAsync("/api/jobs/999999/retry", null)).StatusCode);
        var bad = await _client.GetAsync("/api/jobs?state=exploded");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("succeeded", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RecurringJobs_AreListed_AndTriggerEnqueuesARunNow()
    {
        _flaky.Broken = false;
        var recurring = await _client.GetFromJsonAsync<JsonElement>("/api/jobs/recurring");
        var hourly = recurring.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "test.hourly");
        Assert.Equal("hourly at minute 0", hourly.GetProperty("description").GetString());
        Assert.True(hourly.GetProperty("enabled").GetBoolean());

        var trigger = await _client.PostAsync("/api/jobs/recurring/test.hourly/trigger", null);
        Assert.Equal(HttpStatusCode.OK, trigger.StatusCode);
        var jobId = (await trigger.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetInt64();
        await JobTestHost.WaitForStateAsync(_app.Services, jobId, JobState.Succeeded);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.PostAsync("/api/jobs/recurring/nope/trigger", null)).StatusCode);
    }

    [Fact]
    public async Task WithoutAKey_TheApiIsClosed()
    {
        var anonymous = _app.GetTestClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/jobs/recurring/test.hourly/trigger", null)).StatusCode);
    }

    private sealed class KeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string Name = "TestKey";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
            Task.FromResult(Request.Headers["X-Api-Key"] == Key
                ? AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ops-script")], Name)), Name))
                : AuthenticateResult.NoResult());
    }
}
