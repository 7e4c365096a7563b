using HappyButtons.Engine.Events;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace HappyButtons.Web.Live;

/// <summary>
/// A component that shows live data: it subscribes to the event hub (and, if it shows times, to the UI clock) after
/// its first interactive render, re-renders through <see cref="ComponentBase.InvokeAsync(Func{Task})"/>, hands
/// exceptions to its circuit with <see cref="ComponentBase.DispatchExceptionAsync"/>, and releases every subscription
/// in <see cref="Dispose"/>. Prerendering never subscribes (no after-render there), so nothing leaks from it.
/// </summary>
public abstract class LiveComponentBase : ComponentBase, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private bool _disposed;

    [Inject] private EventHub Hub { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private IOptions<WebOptions> Options { get; set; } = default!;

    /// <summary>Called once, after the first interactive render: call <see cref="Subscribe"/> and <see cref="TickEvery"/> here.</summary>
    protected abstract void OnLive();

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && !_disposed)
        {
            OnLive();
        }
    }

    /// <summary>Runs <paramref name="onEvent"/> on this component's circuit for each matching event, then re-renders.</summary>
    protected void Subscribe(Func<DomainEvent, bool> filter, Func<DomainEvent, Task> onEvent) =>
        _subscriptions.Add(LiveSubscription.Start(Hub, filter, e => RunAsync(() => onEvent(e))));

    /// <summary>Re-renders on the UI clock (<c>HappyButtons:Web:ClockTickSeconds</c>, a minute by default), running <paramref name="onTick"/> first.</summary>
    protected void TickEvery(Func<Task>? onTick = null)
    {
        var interval = Options.Value.ClockTick;
        _subscriptions.Add(Clock.CreateTimer(_ => _ = RunAsync(onTick ?? (() => Task.CompletedTask)), null, interval, interval));
    }

    /// <summary>Runs <paramref name="work"/> on the circuit after the current render, then re-renders.</summary>
    protected void Refresh(Func<Task> work) => _ = RunAsync(work);

    private Task RunAsync(Func<Task> work) => InvokeAsync(async () =>
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            await work();
            StateHasChanged();
        }
        catch (Exception e)
        {
            await DispatchExceptionAsync(e);
        }
    });

    public void Dispose()
    {
        _disposed = true;
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }

        _subscriptions.Clear();
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
