using System.Collections.Concurrent;
using System.Threading.Channels;

namespace HappyButtons.Engine.Events;

/// <summary>
/// In-process publish/subscribe. Each subscriber owns a bounded channel; a slow subscriber loses its
/// oldest undelivered events rather than slowing the publisher (live views re-render whole fragments,
/// so the newest event is the one that matters).
/// </summary>
public sealed class EventHub
{
    private readonly ConcurrentDictionary<long, EventSubscription> _subscriptions = new();
    private long _nextId;

    public int SubscriberCount => _subscriptions.Count;

    public EventSubscription Subscribe(Func<DomainEvent, bool>? filter = null, int capacity = 256)
    {
        var id = Interlocked.Increment(ref _nextId);
        var channel = Channel.CreateBounded<DomainEvent>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        var subscription = new EventSubscription(channel, filter, () => _subscriptions.TryRemove(id, out _));
        _subscriptions[id] = subscription;
        return subscription;
    }

    public void Publish(DomainEvent domainEvent)
    {
        foreach (var subscription in _subscriptions.Values)
        {
            subscription.Offer(domainEvent);
        }
    }
}

public sealed class EventSubscription : IDisposable
{
    private readonly Channel<DomainEvent> _channel;
    private readonly Func<DomainEvent, bool>? _filter;
    private readonly Action _unsubscribe;

    internal EventSubscription(Channel<DomainEvent> channel, Func<DomainEvent, bool>? filter, Action unsubscribe)
    {
        _channel = channel;
        _filter = filter;
        _unsubscribe = unsubscribe;
    }

    public ChannelReader<DomainEvent> Reader => _channel.Reader;

    internal void Offer(DomainEvent domainEvent)
    {
        if (_filter is null || _filter(domainEvent))
        {
            _channel.Writer.TryWrite(domainEvent);
        }
    }

    public void Dispose()
    {
        _unsubscribe();
        _channel.Writer.TryComplete();
    }
}
