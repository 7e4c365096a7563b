using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Kpis;
using HappyButtons.Web.Localization;
using HappyButtons.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HappyButtons.Web.Api;

/// <summary>The counters of <c>GET /stats</c>: people (as before), then the operational counters (today = the Berlin day).</summary>
public sealed record StatsResponse(int Users, int ActiveUsers, int Departments, int SignInsToday, int PresentNow, OperationsSnapshot Operations);

/// <summary><c>GET /stats</c>: counters for operators (API key): who uses the product, and what flows and waits in it.</summary>
public static class StatsApi
{
    public static IEndpointRouteBuilder MapStatsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/stats", GetStatsAsync).RequireAuthorization(Policies.Api).WithTags("Operations");
        return app;
    }

    private static async Task<Ok<StatsResponse>> GetStatsAsync(UserStore users, SignInService signIns, PresenceTracker presence, OperationalCounters operations,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var all = await users.ListAsync(cancellationToken);
        var berlinNow = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), BerlinTime.Zone);
        var startOfDay = new DateTimeOffset(berlinNow.Date, berlinNow.Offset);
        var signInsToday = await signIns.SuccessfulSignInsSinceAsync(startOfDay, cancellationToken);
        var present = Departments.All.SelectMany(presence.PresentIn).Select(p => p.UserId).Distinct().Count();
        return TypedResults.Ok(new StatsResponse(all.Count, all.Count(u => !u.IsDisabled), Departments.All.Count, signInsToday, present,
            await operations.ReadAsync(cancellationToken)));
    }
}
