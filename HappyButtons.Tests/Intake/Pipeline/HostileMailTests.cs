using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake;
using HappyButtons.Tests.Fixtures.Mime;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Intake.Pipeline;

/// <summary>
/// The hostile corpus through the whole pipeline (ingest, parse, attachment text, intake): every mail ends processed or
/// flagged for review with its reason, and the workers stay alive for the next, ordinary mail.
/// </summary>
public class HostileMailTests
{
    [Fact]
    public async Task EveryHostileMail_IsProcessedOrFlagged_AndAnOrdinaryMailAfterThemIsStillProcessed()
    {
        await using var site = new PipelineTestSite();
        var maildir = site.Maildir(Departments.Sales);
        foreach (var (_, raw) in HostileCorpus.All())
        {
            await maildir.DeliverAsync(raw, CancellationToken.None);
        }

        await site.PollNowAsync(Departments.Sales);
        var queries = site.Services.GetRequiredService<MessageQueries>();
        var ids = await WaitForAsync(site, HostileCorpus.All().Count);
        var results = new List<MessageDetail>();
        foreach (var id in ids)
        {
            results.Add(await site.WaitProcessedAsync(id, TimeSpan.FromSeconds(120)));
        }

        Assert.All(results, m => Assert.Contains(m.Status, new[] { MessageStatus.Processed, MessageStatus.NeedsReview }));
        Assert.Equal(MessageStatus.NeedsReview, results.Single(m => m.Subject == "Verschachtelt").Status);
        var bomb = results.Single(m => m.Subject == "Bestellung (PDF)");
        var pdf = Assert.Single(bomb.Attachments);
        Assert.Equal("unavailable", pdf.TextStatus);
        Assert.Contains("decompression bomb", pdf.TextNote);
        Assert.Contains(bomb.Warnings, w => w.Contains("decompression bomb", StringComparison.Ordinal));
        Assert.Equal(29 * 1024 * 1024, results.Single(m => m.Subject == "Grosser Anhang").Attachments.Single().Size);

        var ordinary = await site.UploadAsync(Departments.Sales, "From: Kunde <k@example.de>\r\nSubject: Nach dem Sturm\r\n\r\nBitte um ein Angebot.\r\n");
        Assert.Equal(MessageStatus.Processed, (await site.WaitProcessedAsync(ordinary)).Status);
        Assert.NotNull(await queries.GetAsync(ordinary, CancellationToken.None));
    }

    private static async Task<IReadOnlyList<long>> WaitForAsync(PipelineTestSite site, int count)
    {
        var queries = site.Services.GetRequiredService<MessageQueries>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var page = await queries.ListAsync(new MessageFilter(Mailbox: Departments.Sales, PageSize: 50), CancellationToken.None);
            if (page.Items.Count >= count)
            {
                return page.Items.Select(m => m.Id).ToList();
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{page.Items.Count} of {count} hostile mails were ingested.");
            }

            await Task.Delay(100);
        }
    }
}
