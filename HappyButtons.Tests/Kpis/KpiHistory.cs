using HappyButtons.Engine.Kpis;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using HappyButtons.Tests.Orders;
using HappyButtons.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HappyButtons.Tests.Kpis;

/// <summary>
/// A constructed week of business (10–16 November 2026, Berlin) with known answers, written straight into the tables
/// as the pipeline, the conversations, the orders, the survey and the agents would have left them. "Now" is 20 November.
/// <code>
///                     company   sales   support  finance
/// email efficiency     3/7       2/6     1/1      –
/// SLA compliance       2/4       1/3     1/1      –
/// order fulfilment     3/5       2/4     1/1      –
/// satisfaction         3/4       2/3     1/1      –
/// agent utilisation    2/4       2/3     0/1      –
/// automation           2/3       2/3     –        –
/// </code>
/// </summary>
public static class KpiHistory
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    public static readonly KpiPeriod Week = KpiPeriod.Days(new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 16));

    private static DateTimeOffset At(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.Zero);

    public static KpiCalculator Calculator(TestDatabase database, KpiOptions? options = null, TimeProvider? clock = null) =>
        new(database.Contexts, new FixedOptions<KpiOptions>(options ?? new KpiOptions()), clock ?? new ManualClock(Now));

    public static KpiSnapshots Snapshots(TestDatabase database, ManualClock clock, KpiOptions? options = null)
    {
        var fixedOptions = new FixedOptions<KpiOptions>(options ?? new KpiOptions());
        return new KpiSnapshots(new KpiCalculator(database.Contexts, fixedOptions, clock), database.Contexts, new DatabaseWriteGate(),
            database.Services.GetRequiredService<ISqlDialect>(), fixedOptions, clock, NullLogger<KpiSnapshots>.Instance);
    }

    public static Task SeedAsync(TestDatabase database) => SeedAsync(database.Contexts);

    /// <summary>
    /// Writes the week. <paramref name="withMailInThePipeline"/> false leaves out the one mail still waiting to be processed,
    /// for a running app whose pipeline would pick it up.
    /// </summary>
    public static async Task SeedAsync(IDbContextFactory<HappyButtonsDbContext> contexts, bool withMailInThePipeline = true)
    {
        await using var context = await contexts.CreateDbContextAsync();
        var n = 0;
        Message Mail(string department, string status, DateTimeOffset received) => new()
        {
            Mailbox = department, Department = department, SourceId = "kpi:" + ++n, ContentHash = "hash" + n, Status = status, ReceivedAt = received,
            CreatedAt = received, UpdatedAt = received, ProcessedAt = status == "processed" ? received.AddMinutes(1) : null, Subject = "Mail " + n,
        };

        // Mails: sales 2 clean of 6 judged (corrected, failed, in review, its conversation moved; one still waiting and one outside are not judged).
        var m1 = Mail("sales", "processed", At(10, 9));
        var m2 = Mail("sales", "processed", At(11, 9));
        var corrected = Mail("sales", "processed", At(11, 10));
        var failed = Mail("sales", "failed", At(12, 9));
        var review = Mail("sales", "needs_review", At(12, 10));
        var moved = Mail("sales", "processed", At(13, 9));
        var waiting = Mail("sales", "received", At(14, 9));
        var outside = Mail("sales", "processed", At(18, 9));
        var m9 = Mail("support", "processed", At(14, 9));
        context.Messages.AddRange(m1, m2, corrected, failed, review, moved, outside, m9);
        if (withMailInThePipeline)
        {
            context.Messages.Add(waiting);
        }

        await context.SaveChangesAsync();
        context.AuditLog.Add(new AuditLogEntry { At = At(11, 11), Actor = "sara", Action = KpiCalculator.CorrectionAction, Target = "message:" + corrected.Id, Details = "department info -> sales" });
        // An unrelated audit entry about another message must not count.
        context.AuditLog.Add(new AuditLogEntry { At = At(11, 11), Actor = "sara", Action = "message.view", Target = "message:" + m1.Id });

        Conversation Case(string department, string state, DateTimeOffset? due, DateTimeOffset? firstResponse, DateTimeOffset? firstResponseDue) => new()
        {
            Department = department, State = state, Subject = "Case", SlaDueAt = due, FirstResponseAt = firstResponse, FirstResponseDueAt = firstResponseDue,
            CreatedAt = At(9, 8), LastMessageAt = At(9, 8), LastIncomingAt = At(9, 8), UpdatedAt = At(9, 8), Version = 1,
        };

        // SLA: sales 1 in time of 3 (answered late, waiting past due); a paused one, one answered before the week and one without SLA are not counted.
        var movedCase = Case("sales", "open", null, null, null);
        context.Conversations.AddRange(
            Case("sales", "open", At(15, 9), At(11, 10), At(11, 12)),
            Case("sales", "open", At(15, 9), At(12, 15), At(12, 12)),
            Case("sales", "open", At(13, 12), null, null),
            Case("sales", "pending", At(13, 12), null, null),
            Case("sales", "open", At(8, 12), At(5, 10), At(5, 12)),
            Case("sales", "open", null, At(11, 10), null),
            movedCase);
        var supportCase = Case("support", "resolved", null, At(14, 10), At(14, 12));
        context.Conversations.Add(supportCase);
        await context.SaveChangesAsync();
        context.ConversationEntries.Add(new ConversationEntry { ConversationId = movedCase.Id, Kind = "incoming", MessageId = moved.Id, At = moved.ReceivedAt });
        context.ConversationEntries.Add(new ConversationEntry { ConversationId = movedCase.Id, Kind = "event", EventCode = "moved", EventDetail = "info>sales", At = moved.ReceivedAt.AddHours(1) });

        // Orders: sales 2 on time of 4 due (one delivered 00:30 Berlin the day after, one overdue); cancelled, future and early ones not counted.
        context.Customers.Add(new Customer { Number = "K1", Name = "Kunde", Type = "regular", Version = 1 });
        Order Deal(string state, DateOnly? confirmed, DateTimeOffset? delivered, long? conversation = null) => new()
        {
            Number = "AB-" + ++n, CustomerNumber = "K1", State = state, ConfirmedDeliveryDate = confirmed, DeliveredAt = delivered, ConversationId = conversation,
            CreatedAt = At(1, 9), CreatedBy = "sara", UpdatedAt = At(1, 9), Version = 1,
        };
        var onTime = Deal("delivered", new DateOnly(2026, 11, 12), At(12, 15));
        var lateByMinutes = Deal("delivered", new DateOnly(2026, 11, 12), At(12, 23, 30));
        var overdue = Deal("shipped", new DateOnly(2026, 11, 14), null);
        var cancelled = Deal("cancelled", new DateOnly(2026, 11, 14), null);
        var future = Deal("planned", new DateOnly(2026, 11, 25), null);
        var early = Deal("delivered", new DateOnly(2026, 11, 11), At(9, 12));
        var onTimeToo = Deal("invoiced", new DateOnly(2026, 11, 16), At(15, 12));
        var supportOrder = Deal("delivered", new DateOnly(2026, 11, 15), At(15, 10), supportCase.Id);
        context.Orders.AddRange(onTime, lateByMinutes, overdue, cancelled, future, early, onTimeToo, supportOrder);
        await context.SaveChangesAsync();

        // Survey: sales 2 happy of 3 in the week (one answer after it); support 1 of 1.
        context.SurveyResponses.AddRange(
            new SurveyResponse { OrderId = onTime.Id, Rating = 5, At = At(13, 9) },
            new SurveyResponse { OrderId = lateByMinutes.Id, Rating = 2, At = At(14, 9) },
            new SurveyResponse { OrderId = early.Id, Rating = 4, At = At(10, 9) },
            new SurveyResponse { OrderId = onTimeToo.Id, Rating = 3, At = At(17, 9) },
            new SurveyResponse { OrderId = supportOrder.Id, Rating = 5, At = At(16, 9) });

        // Agents: sales 2 approved (unchanged, edited) of 3 decided by a person; automatic, undecided and later ones not counted. Support 0 of 1.
        AgentTask Task(Message message, string status, DateTimeOffset? executed, bool automatic) => new()
        {
            MessageId = message.Id, Department = message.Department!, Agent = message.Department!, Status = status, ExecutedAt = executed, AutoExecuted = automatic,
            CreatedAt = message.ReceivedAt, UpdatedAt = message.ReceivedAt, Version = 1,
        };
        AgentProposal Proposal(string? outcome, DateTimeOffset? decided) => new() { Kind = "reply", Reason = "r", Payload = "{}", Outcome = outcome, DecidedAt = decided, Confidence = 0.9 };
        var t1 = Task(m1, "done", At(11, 9), false);
        t1.Proposals = [Proposal("unchanged", At(11, 9)), Proposal("edited", At(11, 9)), Proposal("rejected", At(11, 9))];
        var t2 = Task(m2, "done", At(12, 9), true);
        t2.Proposals = [Proposal("automatic", At(12, 9)), Proposal(null, null), Proposal("unchanged", At(18, 9))];
        var t3 = Task(m9, "rejected", null, false);
        t3.Proposals = [Proposal("rejected", At(14, 10))];
        var t4 = Task(corrected, "done", At(13, 9), true);
        var proposedOnly = Task(review, "proposed", null, false);
        context.AgentTasks.AddRange(t1, t2, t3, t4, proposedOnly);
        await context.SaveChangesAsync();
    }
}
