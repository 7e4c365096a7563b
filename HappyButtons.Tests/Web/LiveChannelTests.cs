using System.Net;
using HappyButtons.Engine.Identity;

namespace HappyButtons.Tests.Web;

public class LiveChannelTests(LiveChannelTests.Site site) : IClassFixture<LiveChannelTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    [Fact]
    public async Task LiveStream_PushesThePresenceFragment_WhenAColleagueOpensTheWorkspace()
    {
        await site.CreateUserAsync("rosa", "Rosa-Passwort-12", false, Departments.Sales);
        await site.CreateUserAsync("sven", "Sven-Passwort-12", false, Departments.Sales);
        var rosa = await site.SignInAsync("rosa", "Rosa-Passwort-12", Departments.Sales);
        var sven = await site.SignInAsync("sven", "Sven-Passwort-12", Departments.Sales);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        using var rosaStream = await ServerSentEvents.OpenAsync(rosa, "/live/sales", timeout.Token);
        var first = await ServerSentEvents.ReadEventAsync(rosaStream, "presence", timeout.Token);
        using var svenStream = await ServerSentEvents.OpenAsync(sven, "/live/sales", timeout.Token);
        var second = await ServerSentEvents.ReadEventAsync(rosaStream, "presence", timeout.Token);

        Assert.Contains("Rosa Beispiel", first);
        Assert.DoesNotContain("Sven Beispiel", first);
        Assert.Contains("Sven Beispiel", second);
        Assert.Contains("Rosa Beispiel", second);
    }

    [Fact]
    public async Task LiveStream_IsForbidden_ForAnotherDepartment_AndNeedsSignIn()
    {
        await site.CreateUserAsync("tina", "Tina-Passwort-12", false, Departments.Support);
        var tina = await site.SignInAsync("tina", "Tina-Passwort-12", Departments.Support);

        var foreign = await tina.GetAsync("/live/finance", HttpCompletionOption.ResponseHeadersRead);
        var admin = await tina.GetAsync("/live/admin", HttpCompletionOption.ResponseHeadersRead);
        var anonymous = await site.CreateBrowserClient().GetAsync("/live/support", HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task LiveStream_SendsHeartbeats_WhileNothingHappens()
    {
        await site.CreateUserAsync("uwe", "Uwe-Passwort-123", false, Departments.Finance);
        var uwe = await site.SignInAsync("uwe", "Uwe-Passwort-123", Departments.Finance);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        using var stream = await ServerSentEvents.OpenAsync(uwe, "/live/finance", timeout.Token);

        string? line;
        do
        {
            line = await stream.ReadLineAsync(timeout.Token);
        }
        while (line is not null && line != ": heartbeat");
        Assert.Equal(": heartbeat", line);
    }

    [Fact]
    public void Format_PrefixesEveryLineOfTheFragment_WithData()
    {
        var message = HappyButtons.Web.Live.LiveEndpoint.Format("presence", "<ul>\n<li>A</li>\r\n</ul>");

        Assert.Equal("event: presence\ndata: <ul>\ndata: <li>A</li>\ndata: </ul>\n\n", message);
    }
}
