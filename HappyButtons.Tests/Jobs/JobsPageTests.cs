using System.Net;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Jobs;
using HappyButtons.Tests.Web;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Jobs;

public sealed class JobsPageTests(JobsPageTests.Site site) : IClassFixture<JobsPageTests.Site>
{
    public sealed class Site : JobsSite;

    private Task<HttpClient> AdminAsync() => site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);

    [Fact]
    public async Task JobsPage_ShowsCountsPerState_TheRecurringJobInWords_AndTheHistory()
    {
        var id = await site.Services.GetRequiredService<JobQueue>().EnqueueAsync("test.record", new CountPayload(1));
        await JobTestHost.WaitForStateAsync(site.Services, id, JobState.Succeeded);
        var admin = await AdminAsync();

        var page = await HtmlForms.GetDocumentAsync(admin, "/admin/jobs");

        Assert.NotNull(page.QuerySelector("#job-counts[sse-swap='jobs.counts'] .job-count[data-state='succeeded']"));
        var row = page.QuerySelector($"#recurring-table tr[data-recurring='{JobsSite.RecurringName}']")!;
        Assert.Contains("täglich um 03:00 Uhr", row.TextContent);
        Assert.NotNull(page.QuerySelector($"#job-table tr[data-job='{id}'][data-state='succeeded']"));
        Assert.Equal("sse:jobs.changed", page.QuerySelector("#job-list")!.GetAttribute("hx-trigger"));
    }

    [Fact]
    public async Task JobsPage_IsForAdministratorsOnly()
    {
        await site.CreateUserAsync("clara", "Clara-Passwort-2026", false, Departments.Sales);
        var clerk = await site.SignInAsync("clara", "Clara-Passwort-2026", Departments.Sales);

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/admin/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/admin/jobs/1")).StatusCode);
    }

    [Fact]
    public async Task TriggerNow_ThroughTheForm_RunsTheRecurringJob_AndIsAudited()
    {
        var admin = await AdminAsync();
        var before = site.Recorder.Total;

        var response = await HtmlForms.SubmitAsync(admin, "/admin/jobs", "#recurring-form", new() { ["Command.Value"] = $"trigger:{JobsSite.RecurringName}" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(JobsSite.RecurringName, (await HtmlForms.ParseAsync(response)).QuerySelector("#jobs-message")!.TextContent);
        await JobTestHost.EventuallyAsync(() => Task.FromResult(site.Recorder.Total > before), "the triggered job ran");
        var audit = await site.Services.GetRequiredService<AuditLog>().RecentAsync(10, $"recurring:{JobsSite.RecurringName}", CancellationToken.None);
        Assert.Contains(audit, a => a is { Action: "recurring.trigger", Actor: "admin" });
    }

    [Fact]
    public async Task EditingTheCron_ValidatesIt_AndSavesAValidOne()
    {
        var admin = await AdminAsync();

        var invalid = await HtmlForms.SubmitAsync(admin, "/admin/jobs", "#cron-form", new() { ["Cron.Name"] = JobsSite.RecurringName, ["Cron.Expression"] = "every night" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("every night", (await HtmlForms.ParseAsync(invalid)).QuerySelector("#jobs-message")!.TextContent);

        var valid = await HtmlForms.SubmitAsync(admin, "/admin/jobs", "#cron-form", new() { ["Cron.Name"] = JobsSite.RecurringName, ["Cron.Expression"] = "30 4 * * *" });
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        var row = (await HtmlForms.ParseAsync(valid)).QuerySelector($"#recurring-table tr[data-recurring='{JobsSite.RecurringName}']")!;
        Assert.Contains("täglich um 04:30 Uhr", row.TextContent);
        await HtmlForms.SubmitAsync(admin, "/admin/jobs", "#cron-form", new() { ["Cron.Name"] = JobsSite.RecurringName, ["Cron.Expression"] = "0 0 3 * * ?" });
    }

    [Fact]
    public async Task JobPage_ShowsEncodedPayload_EveryAttemptWithItsStackTrace_AndRequeueBringsADeadJobBack()
    {
        site.Flaky.Broken = true;
        var id = await site.Services.GetRequiredService<JobQueue>().EnqueueAsync("test.flaky", new { Number = 3, Note = "<script>alert(1)</script>" });
        await JobTestHost.WaitForStateAsync(site.Services, id, JobState.Dead);
        var admin = await AdminAsync();

        var html = await (await admin.GetAsync($"/admin/jobs/{id}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        var page = await HtmlForms.GetDocumentAsync(admin, $"/admin/jobs/{id}");
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("#job-payload")!.TextContent);
        Assert.Equal(3, page.QuerySelectorAll("#job-attempts tr[data-outcome='failed']").Length);
        Assert.Contains("ThrowingHandler.HandleAsync", page.QuerySelector("#job-attempts details pre")!.TextContent);

        site.Flaky.Broken = false;
        var response = await HtmlForms.SubmitAsync(admin, $"/admin/jobs/{id}", "#job-actions", new() { ["Action.Command"] = "retry" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await JobTestHost.WaitForStateAsync(site.Services, id, JobState.Succeeded);
        var audit = await site.Services.GetRequiredService<AuditLog>().RecentAsync(10, $"job:{id}", CancellationToken.None);
        Assert.Contains(audit, a => a is { Action: "job.retry", Actor: "admin" });
    }

    [Fact]
    public async Task HistoryFilter_ByStateAndKind_ShowsOnlyMatchingJobs()
    {
        var queue = site.Services.GetRequiredService<JobQueue>();
        var later = await queue.EnqueueAsync("test.record", new CountPayload(9), new EnqueueOptions { RunAfter = DateTimeOffset.UtcNow.AddDays(1) });
        var admin = await AdminAsync();

        var page = await HtmlForms.GetDocumentAsync(admin, "/admin/jobs?state=scheduled&kind=test.record");

        var rows = page.QuerySelectorAll("#job-table tr[data-job]");
        Assert.Contains(rows, r => r.GetAttribute("data-job") == later.ToString());
        Assert.All(rows, r => Assert.Equal("scheduled", r.GetAttribute("data-state")));
        await queue.DeleteAsync(later, "test");
    }
}
