using System.Security.Claims;
using HappyButtons.Engine.Events;

namespace HappyButtons.Web.Live;

/// <summary>
/// How a domain event becomes HTML for one viewer: which scopes see the topic, and which component renders it.
/// Features register their topics at start-up (<see cref="LiveServiceCollectionExtensions.AddLiveFragment"/>).
/// </summary>
public sealed record LiveFragment(
    string Topic,
    Func<ClaimsPrincipal, string, bool> CanSee,
    Func<DomainEvent, string, FragmentRenderer, HttpContext, Task<string>> Render);

public sealed class LiveFragments(IEnumerable<LiveFragment> fragments)
{
    private readonly Dictionary<string, LiveFragment> _byTopic = fragments.ToDictionary(f => f.Topic);

    public LiveFragment? For(string topic) => _byTopic.GetValueOrDefault(topic);
}

public static class LiveServiceCollectionExtensions
{
    public static IServiceCollection AddLiveFragment(this IServiceCollection services, LiveFragment fragment) =>
        services.AddSingleton(fragment);
}
