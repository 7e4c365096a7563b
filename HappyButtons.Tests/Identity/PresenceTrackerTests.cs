using HappyButtons.Engine.Events;
using HappyButtons.Engine.Identity;

namespace HappyButtons.Tests.Identity;

public class PresenceTrackerTests
{
    [Fact]
    public void APerson_StaysPresent_UntilTheirLastTabCloses()
    {
        var hub = new EventHub();
        var presence = new PresenceTracker(hub);
        using var events = hub.Subscribe();

        var firstTab = presence.Enter(Departments.Sales, 7, "Erika");
        var secondTab = presence.Enter(Departments.Sales, 7, "Erika");
        firstTab.Dispose();

        Assert.Single(presence.PresentIn(Departments.Sales));
        secondTab.Dispose();
        Assert.Empty(presence.PresentIn(Departments.Sales));
        Assert.Equal(2, Drain(events).Count(e => e is PresenceChanged { Department: Departments.Sales }));
    }

    [Fact]
    public void SignOut_RemovesThePersonFromEveryDepartment_AndTellsEach()
    {
        var hub = new EventHub();
        var presence = new PresenceTracker(hub);
        using var _ = presence.Enter(Departments.Sales, 7, "Erika");
        using var __ = presence.Enter(Departments.Support, 7, "Erika");
        using var ___ = presence.Enter(Departments.Sales, 8, "Max");
        using var events = hub.Subscribe();

        presence.SignOut(7);

        Assert.Equal(["Max"], presence.PresentIn(Departments.Sales).Select(p => p.DisplayName));
        Assert.Empty(presence.PresentIn(Departments.Support));
        Assert.Equal([Departments.Sales, Departments.Support], Drain(events).Select(e => e.Department).Order());
    }

    private static List<DomainEvent> Drain(EventSubscription subscription)
    {
        var list = new List<DomainEvent>();
        while (subscription.Reader.TryRead(out var e))
        {
            list.Add(e);
        }

        return list;
    }
}
