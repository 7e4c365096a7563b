using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Web;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Jobs;

/// <summary>Hangfire's dashboard is the job history for administrators; the jobs API reads the same store for scripts.</summary>
public class JobsDashboardAndApiTests(JobsDashboardAndApiTests.Site site) : IClassFixture<JobsDashboardAndApiTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    private const string ClerkPassword = "Vertrieb-Passwort-1";

    [Fact]
    public async Task TheDashboard_SendsAnonymousVisitorsToSignIn_RefusesClerks_AndShowsAdministratorsTheRecurringJobs()
    {
        var anonymous = await site.CreateBrowserClient().GetAsync("/admin/jobs");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/login", anonymous.Headers.Location!.PathAndQuery);

        await site.CreateUserAsync("vera", ClerkPassword, isAdmin: false, Departments.Sales);
        var clerk = await site.SignInAsync("vera", ClerkPassword, Departments.Sales);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/admin/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/admin/jobs/recurring")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsync("/admin/jobs/recurring/trigger", new FormUrlEncodedContent([new("jobs[]", "retention")]))).StatusCode);

        var apiKeyOnly = site.CreateBrowserClient();
        apiKeyOnly.DefaultRequestHeaders.Add("X-Api-Key", HappyButtonsFactory.ApiKey);
        Assert.NotEqual(HttpStatusCode.OK, (await apiKeyOnly.GetAsync("/admin/jobs")).StatusCode);

        var admin = await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);
        var overview = await admin.GetAsync("/admin/jobs");
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.Contains("Happy Buttons", await overview.Content.ReadAsStringAsync());
        var recurring = await admin.GetStringAsync("/admin/jobs/recurring");
        foreach (var id in new[] { "mailbox-sweep", "outbox-sweep", "sla-escalation", "retention" })
        {
            Assert.Contains(id, recurring);
        }

        Assert.Contains("Postf&#228;cher pr&#252;fen", recurring); // German for a German administrator
        Assert.Contains("Wiederholte Jobs", recurring); // the administrator's language
        Assert.Contains("href=\"/admin/users\"", recurring); // the way back into the app
    }

    [Fact]
    public async Task TheApi_ListsRecurringJobs_TriggersOne_AndShowsItsHistory_AndRetriesAFinishedJob()
    {
        var client = site.CreateBrowserClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", HappyButtonsFactory.ApiKey);

        var recurring = await client.GetFromJsonAsync<JsonElement>("/api/jobs/recurring");
        var ids = recurring.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains("retention", ids);
        var retention = recurring.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "retention");
        Assert.Equal("30 3 * * *", retention.GetProperty("cron").GetString());
        Assert.Equal("Europe/Berlin", retention.GetProperty("timeZone").GetString());

        var triggered = await client.PostAsync("/api/jobs/recurring/retention/trigger", null);
        Assert.Equal(HttpStatusCode.OK, triggered.StatusCode);
        var jobId = (await triggered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
        var detail = await WaitForStateAsync(client, jobId, "Succeeded");
        Assert.Contains("Retention", detail.GetProperty("name").GetString());

        var listed = await client.GetFromJsonAsync<JsonElement>("/api/jobs?state=succeeded");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), j => j.GetProperty("id").GetString() == jobId);
        Assert.True(listed.GetProperty("counts").GetProperty("succeeded").GetInt64() >= 1);

        var retried = await client.PostAsync($"/api/jobs/{jobId}/retry", null);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        await WaitForStateAsync(client, jobId, "Succeeded", after: 2);

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/jobs/recurring/gibt-es-nicht/trigger", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/jobs/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/jobs?state=dead")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await site.CreateBrowserClient().GetAsync("/api/jobs")).StatusCode);
    }

    [Fact]
    public async Task AFailedJob_ShowsItsExceptionInTheHistory()
    {
        var client = site.CreateBrowserClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", HappyButtonsFactory.ApiKey);
        var jobs = site.Services.GetRequiredService<IBackgroundJobClient>();

        var jobId = jobs.Enqueue<FailingJob>(j => j.Run());

        var detail = await WaitForStateAsync(client, jobId, "Failed");
        var failed = detail.GetProperty("history").EnumerateArray().First();
        Assert.Equal("Failed", failed.GetProperty("state").GetString());
        Assert.Contains("Der Testauftrag schlägt fehl.", failed.GetProperty("data").GetProperty("ExceptionMessage").GetString());
    }

    [Fact]
    public async Task Metrics_CountJobsByState_AndAttemptsPerJobKind()
    {
        var client = site.CreateBrowserClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", HappyButtonsFactory.ApiKey);
        var jobs = site.Services.GetRequiredService<IBackgroundJobClient>();
        var jobId = jobs.Enqueue<FailingJob>(j => j.Run());
        await WaitForStateAsync(client, jobId, "Failed");

        var metrics = await client.GetStringAsync("/metrics");

        var failedCount = metrics.Split('\n').Single(l => l.StartsWith("happybuttons_jobs_count{state=\"failed\"}", StringComparison.Ordinal));
        Assert.True(long.Parse(failedCount.Split(' ')[1]) >= 1, failedCount);
        Assert.Contains("happybuttons_jobs_count{state=\"succeeded\"}", metrics);
        Assert.Contains("happybuttons_jobs_failed_total{kind=\"FailingJob.Run\"}", metrics);
    }

    public sealed class FailingJob
    {
        [AutomaticRetry(Attempts = 0)]
        public void Run() => throw new InvalidOperationException("Der Testauftrag schlägt fehl.");
    }

    private static async Task<JsonElement> WaitForStateAsync(HttpClient client, string jobId, string state, int after = 1)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var detail = await client.GetFromJsonAsync<JsonElement>($"/api/jobs/{jobId}");
            var history = detail.GetProperty("history").EnumerateArray().ToList();
            if (detail.GetProperty("state").GetString() == state && history.Count(h => h.GetProperty("state").GetString() == state) >= after)
            {
                return detail;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Job {jobId} did not reach {state}: {detail}");
            await Task.Delay(100);
        }
    }
}
