using HappyButtons.Engine.Events;

namespace HappyButtons.Web.Live;

/// <summary>
/// Pumps one event-hub subscription into a callback, one event at a time, until disposed. Disposing removes the
/// subscription from the hub at once (the hub's subscriber count drops), whatever the pump is doing.
/// </summary>
public sealed class LiveSubscription : IDisposable
{
    private readonly EventSubscription _subscription;
    private readonly CancellationTokenSource _stop = new();

    private LiveSubscription(EventSubscription subscription) => _subscription = subscription;

    public static LiveSubscription Start(EventHub hub, Func<DomainEvent, bool> filter, Func<DomainEvent, Task> onEvent)
    {
        var live = new LiveSubscription(hub.Subscribe(filter));
        _ = live.PumpAsync(onEvent);
        return live;
    }

    private async Task PumpAsync(Func<DomainEvent, Task> onEvent)
    {
        try
        {
            await foreach (var domainEvent in _subscription.Reader.ReadAllAsync(_stop.Token))
            {
                await onEvent(domainEvent);
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed: the component went away.
        }
    }

    public void Dispose()
    {
        _subscription.Dispose();
        _stop.Cancel();
    }
}
