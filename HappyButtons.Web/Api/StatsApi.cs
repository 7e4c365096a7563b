using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Kpis;
using HappyButtons.Web.Localization;
using HappyButtons.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HappyButtons.Web.Api;


/// <summary>
/// <c>GET /stats</c>: counters for operators (API key), one flat JSON object of whole numbers, as scripts read it: who uses
/// the product (<c>users</c> … <c>presentNow</c>), then what flows and waits in it (today = the Berlin day; orders per
/// state as <c>ordersCreated</c> … <c>ordersCancelled</c>).
/// </summary>
public static class StatsApi
{
    public static IEndpointRouteBuilder MapStatsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/stats", GetStatsAsync).RequireAuthorization(Policies.Api).WithTags("Operations");
        return app;
    }

    private static async Task<Ok<Dictionary<string, int>>> GetStatsAsync(UserStore users, SignInService signIns, PresenceTracker presence, OperationalCounters counters,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var all = await users.ListAsync(cancellationToken);
        var berlinNow = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), BerlinTime.Zone);
        var startOfDay = new DateTimeOffset(berlinNow.Date, berlinNow.Offset);
        var signInsToday = await signIns.SuccessfulSignInsSinceAsync(startOfDay, cancellationToken);
        var present = Departments.All.SelectMany(presence.PresentIn).Select(p => p.UserId).Distinct().Count();
        var operations = await counters.ReadAsync(cancellationToken);
        var stats = new Dictionary<string, int>
        {
            ["users"] = all.Count,
            ["activeUsers"] = all.Count(u => !u.IsDisabled),
            ["departments"] = Departments.All.Count,
            ["signInsToday"] = signInsToday,
            ["presentNow"] = present,
            ["messagesReceivedToday"] = operations.MessagesReceivedToday,
            ["messagesProcessedToday"] = operations.MessagesProcessedToday,
            ["messagesWaiting"] = operations.MessagesInPipeline["received"],
            ["messagesProcessing"] = operations.MessagesInPipeline["processing"],
            ["messagesNeedReview"] = operations.MessagesInPipeline["needs_review"],
            ["messagesFailed"] = operations.MessagesInPipeline["failed"],
            ["conversationsOpen"] = operations.ConversationsOpen,
            ["conversationsPending"] = operations.ConversationsPending,
            ["conversationsPastDue"] = operations.ConversationsPastDue,
            ["tasksWaitingForDecision"] = operations.TasksWaitingForDecision,
            ["tasksExecutedToday"] = operations.TasksExecutedToday,
            ["tasksFailed"] = operations.TasksFailed,
            ["ordersDeliveredToday"] = operations.OrdersDeliveredToday,
            ["outgoingMailQueued"] = operations.OutgoingMailQueued,
            ["outgoingMailFailed"] = operations.OutgoingMailFailed,
            ["outgoingMailSentToday"] = operations.OutgoingMailSentToday,
            ["surveyAnswersToday"] = operations.SurveyAnswersToday,
        };
        foreach (var (state, count) in operations.OrdersByState)
        {
            stats["orders" + string.Concat(state.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..]))] = count;
        }

        return TypedResults.Ok(stats);
    }
}
