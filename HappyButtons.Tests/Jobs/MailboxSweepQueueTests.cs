using Hangfire;
using Hangfire.Storage.Monitoring;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Jobs;
using HappyButtons.Tests.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HappyButtons.Tests.Jobs;

/// <summary>
/// The mailbox sweep runs only on a node that reads mailboxes: on any other node it would do nothing and still be
/// recorded as succeeded, so with several nodes on one database a sweep could be lost on a node that reads no mail.
/// </summary>
public sealed class MailboxSweepQueueTests
{
    [Fact]
    public async Task ANodeThatReadsNoMail_LeavesTheSweepInTheMailboxesQueue_WhileItsOtherJobsRun()
    {
        await using var site = new HappyButtonsFactory(new Dictionary<string, string?> { ["HappyButtons:Mail:ReadMailboxes"] = "false" });
        _ = site.Services;
        Assert.DoesNotContain(MailboxSweep.Queue, site.Services.GetRequiredService<IOptions<BackgroundJobsOptions>>().Value.Queues);
        var recurring = site.Services.GetRequiredService<IRecurringJobManagerV2>();

        var sweep = recurring.TriggerJob(MailboxSweep.RecurringId)!;
        var retention = recurring.TriggerJob("retention")!;

        await WaitForStateAsync(site, retention, "Succeeded");
        var detail = Detail(site, sweep);
        Assert.Equal("Enqueued", detail.History[0].StateName);
        Assert.Equal(MailboxSweep.Queue, detail.History[0].Data["Queue"]);
    }

    [Fact]
    public async Task ANodeThatReadsMail_RunsTheSweep()
    {
        await using var site = new HappyButtonsFactory();
        _ = site.Services;
        Assert.Equal(MailboxSweep.Queue, site.Services.GetRequiredService<IOptions<BackgroundJobsOptions>>().Value.Queues[0]);

        var sweep = site.Services.GetRequiredService<IRecurringJobManagerV2>().TriggerJob(MailboxSweep.RecurringId)!;

        await WaitForStateAsync(site, sweep, "Succeeded");
    }

    private static JobDetailsDto Detail(HappyButtonsFactory site, string jobId) =>
        site.Services.GetRequiredService<JobStorage>().GetMonitoringApi().JobDetails(jobId);

    private static async Task WaitForStateAsync(HappyButtonsFactory site, string jobId, string state)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Detail(site, jobId).History.FirstOrDefault()?.StateName != state)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Job {jobId} did not reach {state}: {Detail(site, jobId).History.FirstOrDefault()?.StateName}");
            await Task.Delay(100);
        }
    }
}
