using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Orders;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HappyButtons.Engine.Kpis;

/// <summary>A KPI's value: the percentage (0–100, one decimal) of <see cref="Hits"/> in <see cref="Total"/>; null when there was nothing to count.</summary>
public sealed record KpiValue(double? Percent, long Hits, long Total)
{
    public static KpiValue Of(long hits, long total) => new(total == 0 ? null : Math.Round(100.0 * hits / total, 1), hits, total);

    public bool HasData => Percent is not null;
}

/// <summary>The six KPIs and the score of one period and scope, as of a moment.</summary>
public sealed record KpiReport(
    KpiValue EmailProcessingEfficiency,
    KpiValue SlaCompliance,
    KpiValue OrderFulfillmentRate,
    KpiValue CustomerSatisfaction,
    KpiValue AgentUtilization,
    KpiValue AutomationRate,
    double? PerformanceScore,
    DateTimeOffset AsOf)
{
    public KpiValue this[KpiDefinition kpi] => kpi.Key switch
    {
        "emailProcessingEfficiency" => EmailProcessingEfficiency,
        "slaCompliance" => SlaCompliance,
        "orderFulfillmentRate" => OrderFulfillmentRate,
        "customerSatisfaction" => CustomerSatisfaction,
        "agentUtilization" => AgentUtilization,
        "automationRate" => AutomationRate,
        _ => new KpiValue(PerformanceScore, 0, 0),
    };
}

/// <summary>
/// Computes the KPIs from the product's own records (definitions: <see cref="KpiDefinitions"/>, docs/kpis.md): counts in
/// the database, per period and optional departments. Each record is counted in the period in which its outcome was
/// decided (a response in time when it was given, a breach when the due time passed), so a period never counts a
/// case twice and an open case is not a failure before its time is up. A KPI with nothing to count is null, never 0 or 100.
/// </summary>
public sealed class KpiCalculator(IDbContextFactory<HappyButtonsDbContext> contexts, IOptionsMonitor<KpiOptions> options, TimeProvider clock)
{
    /// <summary>The audit action a person's correction of a message's intent or department writes (MessageCorrections).</summary>
    public const string CorrectionAction = "message.correct";

    public async Task<KpiReport> ComputeAsync(KpiPeriod period, KpiScope scope, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var email = await EmailProcessingEfficiencyAsync(context, period, scope, cancellationToken);
        var sla = await SlaComplianceAsync(context, period, scope, now, cancellationToken);
        var orders = await OrderFulfillmentAsync(context, period, scope, now, cancellationToken);
        var satisfaction = await CustomerSatisfactionAsync(context, period, scope, cancellationToken);
        var agents = await AgentUtilizationAsync(context, period, scope, cancellationToken);
        var automation = await AutomationRateAsync(context, period, scope, cancellationToken);
        var report = new KpiReport(email, sla, orders, satisfaction, agents, automation, null, now);
        return report with { PerformanceScore = Score(report, options.CurrentValue) };
    }

    /// <summary>The weighted mean of the KPIs that have data; null when none has (or all that have weigh 0).</summary>
    public static double? Score(KpiReport report, KpiOptions options)
    {
        var weighted = KpiDefinitions.Six.Select(k => (Value: report[k].Percent, Weight: options.WeightOf(k)))
            .Where(v => v.Value is not null && v.Weight > 0).ToList();
        var weights = weighted.Sum(v => v.Weight);
        return weights <= 0 ? null : Math.Round(weighted.Sum(v => v.Value!.Value * v.Weight) / weights, 1);
    }

    private static async Task<KpiValue> EmailProcessingEfficiencyAsync(HappyButtonsDbContext context, KpiPeriod period, KpiScope scope, CancellationToken cancellationToken)
    {
        // Done with processing: processed, waiting for a person, or failed; mails still in the pipeline are not judged yet.
        var mails = context.Messages.Where(m => m.ReceivedAt >= period.From && m.ReceivedAt < period.To
            && (m.Status == MessageStatus.Processed || m.Status == MessageStatus.NeedsReview || m.Status == MessageStatus.Failed));
        if (scope.Departments is { } departments)
        {
            mails = mails.Where(m => departments.Contains(m.Department!));
        }

        var total = await mails.CountAsync(cancellationToken);
        var clean = await mails.Where(m => m.Status == MessageStatus.Processed
                && !context.AuditLog.Any(a => a.Action == CorrectionAction && a.Target == "message:" + m.Id.ToString())
                && !context.ConversationEntries.Any(e => e.MessageId == m.Id
                    && context.ConversationEntries.Any(moved => moved.ConversationId == e.ConversationId && moved.EventCode == EventCode.Moved && moved.At >= m.ReceivedAt)))
            .CountAsync(cancellationToken);
        return KpiValue.Of(clean, total);
    }

    private static async Task<KpiValue> SlaComplianceAsync(HappyButtonsDbContext context, KpiPeriod period, KpiScope scope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var conversations = context.Conversations.AsQueryable();
        if (scope.Departments is { } departments)
        {
            conversations = conversations.Where(c => departments.Contains(c.Department));
        }

        // In time: counted when the response was given. Late: counted when the due time passed (whether answered later or not yet).
        var inTime = await conversations.Where(c => c.FirstResponseAt != null && c.FirstResponseDueAt != null && c.FirstResponseAt <= c.FirstResponseDueAt
            && c.FirstResponseAt >= period.From && c.FirstResponseAt < period.To).CountAsync(cancellationToken);
        var answeredLate = await conversations.Where(c => c.FirstResponseAt != null && c.FirstResponseDueAt != null && c.FirstResponseAt > c.FirstResponseDueAt
            && c.FirstResponseDueAt >= period.From && c.FirstResponseDueAt < period.To).CountAsync(cancellationToken);
        var until = period.To < now ? period.To : now;
        var waitingPastDue = await conversations.Where(c => c.FirstResponseAt == null && c.State == ConversationState.Open && c.SlaDueAt != null
            && c.SlaDueAt >= period.From && c.SlaDueAt < until).CountAsync(cancellationToken);
        return KpiValue.Of(inTime, inTime + answeredLate + waitingPastDue);
    }

    private static async Task<KpiValue> OrderFulfillmentAsync(HappyButtonsDbContext context, KpiPeriod period, KpiScope scope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The confirmed date is a Berlin calendar day: the database narrows the orders down to those near the period, and the
        // comparison of delivery instant with the end of that day is made here, where the time zone is known.
        var firstDay = BerlinDays.Of(period.From).AddDays(-1);
        var lastDay = BerlinDays.Of(period.To).AddDays(1);
        var cancelled = OrderState.Cancelled.Code();
        var candidates = await OrdersIn(context, scope)
            .Where(o => o.State != cancelled && o.ConfirmedDeliveryDate != null
                && ((o.ConfirmedDeliveryDate >= firstDay && o.ConfirmedDeliveryDate <= lastDay) || (o.DeliveredAt >= period.From && o.DeliveredAt < period.To)))
            .Select(o => new { o.ConfirmedDeliveryDate, o.DeliveredAt })
            .ToListAsync(cancellationToken);
        var until = period.To < now ? period.To : now;
        long onTime = 0, late = 0;
        foreach (var order in candidates)
        {
            var deadline = BerlinDays.Start(order.ConfirmedDeliveryDate!.Value.AddDays(1));
            if (order.DeliveredAt is { } delivered && delivered < deadline)
            {
                onTime += delivered >= period.From && delivered < period.To ? 1 : 0;
            }
            else if (deadline >= period.From && deadline <= until)
            {
                late++;
            }
        }

        return KpiValue.Of(onTime, onTime + late);
    }

    private static async Task<KpiValue> CustomerSatisfactionAsync(HappyButtonsDbContext context, KpiPeriod period, KpiScope scope, CancellationToken cancellationToken)
    {
        var orders = OrdersIn(context, scope).Select(o => o.Id);
        var answers = context.SurveyResponses.Where(r => r.At >= period.From && r.At < period.To && orders.Contains(r.OrderId));
        var total = await answers.CountAsync(cancellationToken);
        var happy = await answers.CountAsync(r => r.Rating >= 4, cancellationToken);
        return KpiValue.Of(happy, total);
    }

    private static async Task<KpiValue> AgentUtilizationAsync(HappyButtonsDbContext context, KpiPeriod period, KpiScope scope, CancellationToken cancellationToken)
    {
        var tasks = TasksIn(context, scope).Select(t => t.Id);
        var decided = context.AgentProposals.Where(p => p.DecidedAt >= period.From && p.DecidedAt < period.To && tasks.Contains(p.TaskId)
            && (p.Outcome == ProposalOutcomes.Unchanged || p.Outcome == ProposalOutcomes.Edited || p.Outcome == ProposalOutcomes.Rejected));
        var total = await decided.CountAsync(cancellationToken);
        var approved = await decided.CountAsync(p => p.Outcome == ProposalOutcomes.Unchanged || p.Outcome == ProposalOutcomes.Edited, cancellationToken);
        return KpiValue.Of(approved, total);
    }

    private static async Task<KpiValue> AutomationRateAsync(HappyButtonsDbContext context, KpiPeriod period, KpiScope scope, CancellationToken cancellationToken)
    {
        var executed = TasksIn(context, scope).Where(t => t.ExecutedAt >= period.From && t.ExecutedAt < period.To);
        var total = await executed.CountAsync(cancellationToken);
        var automatic = await executed.CountAsync(t => t.AutoExecuted, cancellationToken);
        return KpiValue.Of(automatic, total);
    }

    private static IQueryable<AgentTask> TasksIn(HappyButtonsDbContext context, KpiScope scope) =>
        scope.Departments is { } departments ? context.AgentTasks.Where(t => departments.Contains(t.Department)) : context.AgentTasks;

    /// <summary>
    /// Orders of the scope. An order belongs to the department of the conversation it came from, else to sales (who enter
    /// and run orders).
    /// </summary>
    public static IQueryable<Order> OrdersIn(HappyButtonsDbContext context, KpiScope scope)
    {
        if (scope.Departments is not { } departments)
        {
            return context.Orders;
        }

        return context.Orders.Where(o => departments.Contains(
            context.Conversations.Where(c => c.Id == o.ConversationId).Select(c => c.Department).FirstOrDefault() ?? Departments.Sales));
    }
}

/// <summary>How a person (or the automation) decided a proposal: agent_proposals.outcome.</summary>
public static class ProposalOutcomes
{
    public const string Unchanged = "unchanged";
    public const string Edited = "edited";
    public const string Rejected = "rejected";
    public const string Automatic = "automatic";
}
