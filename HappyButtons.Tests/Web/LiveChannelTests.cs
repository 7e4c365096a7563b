using System.Net;
using System.Text.Json;
using HappyButtons.Engine.Events;
using HappyButtons.Engine.Identity;
using HappyButtons.Web.Live;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Web;

/// <summary><c>GET /live</c>: the domain events as JSON lines for integrations, with an API key only.</summary>
public class LiveChannelTests(LiveChannelTests.Site site) : IClassFixture<LiveChannelTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    private HttpClient KeyClient(string key)
    {
        var client = site.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    [Fact]
    public async Task LiveStream_CarriesTheDomainEvents_AsJsonLines()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var stream = await ServerSentEvents.OpenAsync(KeyClient(HappyButtonsFactory.ApiKey), "/live", timeout.Token);

        using var here = site.Services.GetRequiredService<PresenceTracker>().Enter(Departments.Sales, 4711, "Rosa Beispiel");
        var data = await ServerSentEvents.ReadEventAsync(stream, PresenceTracker.Topic, timeout.Token);

        Assert.DoesNotContain("\n", data);
        using var json = JsonDocument.Parse(data);
        Assert.Equal("presence", json.RootElement.GetProperty("topic").GetString());
        Assert.Equal("sales", json.RootElement.GetProperty("department").GetString());
    }

    [Fact]
    public async Task LiveStream_NeedsAnApiKey_ASignedInBrowserIsNotEnough()
    {
        await site.CreateUserAsync("tina", "Tina-Passwort-12", false, Departments.Support);
        var tina = await site.SignInAsync("tina", "Tina-Passwort-12", Departments.Support);

        var asUser = await tina.GetAsync("/live", HttpCompletionOption.ResponseHeadersRead);
        var anonymous = await site.CreateBrowserClient().GetAsync("/live", HttpCompletionOption.ResponseHeadersRead);
        var wrongKey = await KeyClient("hb_wrong_key_0123456789").GetAsync("/live", HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.Unauthorized, asUser.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
    }

    [Fact]
    public async Task LiveStream_SendsHeartbeats_WhileNothingHappens()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var stream = await ServerSentEvents.OpenAsync(KeyClient(HappyButtonsFactory.ApiKey), "/live", timeout.Token);

        string? line;
        do
        {
            line = await stream.ReadLineAsync(timeout.Token);
        }
        while (line is not null && line != ": heartbeat");
        Assert.Equal(": heartbeat", line);
    }

    [Fact]
    public async Task LiveStream_OfARevokedKey_Ends()
    {
        var keys = site.Services.GetRequiredService<ApiKeyStore>();
        var key = ApiKeyStore.Generate();
        await keys.CreateAsync("revoke-me", key, false, CancellationToken.None);
        var id = (await keys.ValidateAsync(key, CancellationToken.None))!.Id;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var stream = await ServerSentEvents.OpenAsync(KeyClient(key), "/live", timeout.Token);
        var hub = site.Services.GetRequiredService<EventHub>();

        await keys.RevokeAsync(id, CancellationToken.None);

        // The factory's heartbeat is 2 s: the key is checked again at the next one and the server closes the stream.
        while (await stream.ReadLineAsync(timeout.Token) is not null)
        {
        }

        Assert.False(timeout.IsCancellationRequested);
        Assert.True(hub.SubscriberCount >= 0);
    }

    [Fact]
    public void Format_PutsTheEventOnOneDataLine_NamedByItsTopic()
    {
        var message = LiveEndpoint.Format(new PresenceChanged("sales"));

        Assert.Equal("event: presence\ndata: {\"forDepartment\":\"sales\",\"topic\":\"presence\",\"department\":\"sales\"}\n\n", message);
    }
}
