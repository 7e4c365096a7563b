using Bunit;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Identity;
using HappyButtons.Web.Workspace;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Components;

public class PresenceListTests
{
    [Fact]
    public async Task TheList_ShowsWhoEntersAndLeaves_Live_AndMarksTheViewer()
    {
        await using var context = ComponentContext.Create(null, null);
        var presence = context.Services.GetRequiredService<PresenceTracker>();
        using var anna = presence.Enter(Departments.Sales, 1, "Anna Beispiel");
        var cut = context.Render<PresenceList>(p => p.Add(l => l.Department, Departments.Sales).Add(l => l.Me, 1L));

        Assert.Contains("Anna Beispiel", cut.Find("li[data-user-id='1']").TextContent);
        Assert.Contains("(Sie)", cut.Find("li[data-user-id='1']").TextContent);
        Assert.NotNull(cut.Find(".presence-empty"));

        var bernd = presence.Enter(Departments.Sales, 2, "Bernd Beispiel");
        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find(".presence-list").GetAttribute("data-count")));
        Assert.Empty(cut.FindAll(".presence-empty"));
        using (presence.Enter(Departments.Support, 3, "Carl Beispiel"))
        {
            bernd.Dispose();
            cut.WaitForAssertion(() => Assert.Equal("1", cut.Find(".presence-list").GetAttribute("data-count")));
        }

        Assert.DoesNotContain("Carl", cut.Markup);
    }

    [Fact]
    public async Task Disposing200Lists_LeavesTheHubWithoutSubscribers()
    {
        var hub = new EventHub();
        for (var i = 0; i < 200; i++)
        {
            await using var context = ComponentContext.Create(null, null);
            context.Services.AddSingleton(hub);
            context.Services.AddSingleton(new PresenceTracker(hub));
            context.Render<PresenceList>(p => p.Add(l => l.Department, Departments.Info));
            Assert.Equal(1, hub.SubscriberCount);
        }

        Assert.Equal(0, hub.SubscriberCount);
    }
}
