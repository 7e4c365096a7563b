using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake.Persistence;
using HappyButtons.Engine.Kpis;
using HappyButtons.Tests.Conversations;
using HappyButtons.Tests.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Kpis;

/// <summary>The running application with company data, so replies can be sent.</summary>
public sealed class KpiPipelineSite() : ConversationSite(OrdersWebSite.CompanySettings());

/// <summary>The KPIs from what the product itself records: real mails through the pipeline, a real reply, a real move and correction.</summary>
public sealed class KpiPipelineTests(KpiPipelineSite site) : IClassFixture<KpiPipelineSite>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ARealReplyInTime_AMoveAndACorrection_CountAsTheDefinitionsSay()
    {
        var clerk = await site.CreateUserAsync("vera", "Passwort-Vera-2026!", false, Departments.Sales, Departments.Finance);
        var actor = new Actor(clerk.Id, clerk.DisplayName);
        var start = site.Time.GetUtcNow();
        var (answeredMail, answered) = await site.ReceiveAsync("sales", ConversationSite.Mail("Bestellung KPI 1", ConversationSite.Order));
        var (movedMail, moved) = await site.ReceiveAsync("sales", ConversationSite.Mail("Bestellung KPI 2", ConversationSite.Order, from: "Hans <hans@trachten-huber.de>"));
        var (correctedMail, corrected) = await site.ReceiveAsync("sales", ConversationSite.Mail("Bestellung KPI 3", ConversationSite.Order, from: "Eva <eva@knopfladen.de>"));

        var shortReply = new ReplyDraft(Guid.NewGuid(), "Guten Tag, danke für Ihre Bestellung.") { CourtesyOverrideReason = "kurze Testantwort" };
        Assert.True((await site.Replies.SendAsync(answered.Summary.Id, shortReply, actor, None)).Succeeded);
        Assert.True((await site.Work.MoveAsync(moved.Summary.Id, Departments.Finance, "Rechnungsfrage", actor, null, None)).Succeeded);
        Assert.Equal(CorrectionOutcome.Corrected,
            (await site.Services.GetRequiredService<MessageCorrections>().CorrectAsync(correctedMail.Id, "order", "sales", "vera", None)).Outcome);
        var calculator = site.Services.GetRequiredService<KpiCalculator>();
        var period = new KpiPeriod(start.AddMinutes(-1), start.AddDays(30));

        var now = await calculator.ComputeAsync(period, KpiScope.Company, None);
        var due = new[] { moved.Summary.Id, corrected.Summary.Id }.Select(id => site.Queries.FindAsync(id, null, None).Result!.SlaDueAt!.Value).Max();
        site.Time.Advance(due - site.Time.GetUtcNow() + TimeSpan.FromMinutes(1));
        var afterTheDueTime = await calculator.ComputeAsync(period, KpiScope.Company, None);

        Assert.Equal(["processed", "processed", "processed"], new[] { answeredMail.Status, movedMail.Status, correctedMail.Status });
        // Of three mails only the first went through without a person re-routing it.
        Assert.Equal((1L, 3L), (now.EmailProcessingEfficiency.Hits, now.EmailProcessingEfficiency.Total));
        // The reply was in time; the two unanswered ones count once their due time has passed.
        Assert.Equal((1L, 1L), (now.SlaCompliance.Hits, now.SlaCompliance.Total));
        Assert.Equal(100.0, now.SlaCompliance.Percent);
        Assert.Equal((1L, 3L), (afterTheDueTime.SlaCompliance.Hits, afterTheDueTime.SlaCompliance.Total));
        Assert.Null(now.OrderFulfillmentRate.Percent);
    }
}
