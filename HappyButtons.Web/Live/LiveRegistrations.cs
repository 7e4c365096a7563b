using HappyButtons.Engine.Identity;
using HappyButtons.Web.Security;

namespace HappyButtons.Web.Live;

public static class LiveRegistrations
{
    /// <summary>The live channel itself and the presence fragment that proves it.</summary>
    public static IServiceCollection AddLiveChannel(this IServiceCollection services)
    {
        services.AddSingleton<FragmentRenderer>();
        services.AddSingleton<LiveFragments>();
        services.AddLiveFragment(new LiveFragment(
            PresenceTracker.Topic,
            (user, scope) => Departments.IsValid(scope) && user.IsMemberOf(scope),
            (_, scope, renderer, viewer) => renderer.RenderAsync<PresenceList>(
                new Dictionary<string, object?> { [nameof(PresenceList.Department)] = scope }, viewer)));
        return services;
    }
}
