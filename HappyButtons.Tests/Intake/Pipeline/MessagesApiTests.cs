using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake;

using HappyButtons.Tests.Support;

namespace HappyButtons.Tests.Intake.Pipeline;

/// <summary>The message API on both providers (on PostgreSQL, search runs on its tsvector index).</summary>
public abstract class MessagesApiTests(PipelineTestSite site)
{
    public static IDictionary<string, string?> ApiSettings => new Dictionary<string, string?> { ["HappyButtons:Mail:MaxMessageBytes"] = "200000" };

    [Fact]
    public async Task Upload_FeedsThePipeline_AndTheMessageReadsBackInTheContractShape()
    {
        var raw = PipelineTestSite.SimpleMail("Anfrage Hornknöpfe", "Guten Tag,\r\nhaben Sie Hornknöpfe in 20 mm?\r\nViele Grüße", messageId: "anfrage-horn-1");

        var id = await site.UploadAsync(Departments.Info, raw);
        await site.WaitProcessedAsync(id);
        var json = await site.ApiClient().GetFromJsonAsync<JsonElement>($"/api/messages/{id}");

        Assert.Equal(id, json.GetProperty("id").GetInt64());
        Assert.Equal("anfrage-horn-1@modehaus-berger.de", json.GetProperty("messageId").GetString());
        Assert.Equal("info", json.GetProperty("mailbox").GetString());
        Assert.Equal("erika@modehaus-berger.de", json.GetProperty("from").GetString());
        Assert.Equal("Anfrage Hornknöpfe", json.GetProperty("subject").GetString());
        Assert.Contains(json.GetProperty("status").GetString(), new[] { "processed", "needs_review" });
        Assert.Contains("Hornknöpfe in 20 mm", json.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("attachments").ValueKind);
        Assert.Equal(JsonValueKind.Object, json.GetProperty("classification").ValueKind);
        Assert.Equal(JsonValueKind.Object, json.GetProperty("risk").ValueKind);
        foreach (var notYet in new[] { "taskId", "orderId" })
        {
            Assert.True(json.TryGetProperty(notYet, out var value), notYet + " is part of the contract");
            Assert.Equal(JsonValueKind.Null, value.ValueKind);
        }
    }

    [Fact]
    public async Task Upload_OfTheSameBytesTwice_ReturnsTheSameMessage()
    {
        var raw = PipelineTestSite.SimpleMail("Doppelt", "Einmal reicht.", messageId: "doppelt-1");

        var first = await site.UploadAsync(Departments.Sales, raw);
        var second = await site.UploadAsync(Departments.Sales, raw);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Upload_IsRejectedWithAReason_ForBadRequests()
    {
        var api = site.ApiClient();
        var anonymous = site.CreateClient();

        var noKey = await anonymous.PostAsync("/api/messages?mailbox=sales", PipelineTestSite.Rfc822("x"));
        var badMailbox = await api.PostAsync("/api/messages?mailbox=marketing", PipelineTestSite.Rfc822("x"));
        var badType = await api.PostAsync("/api/messages?mailbox=sales", new StringContent("hello"));
        var tooLarge = await api.PostAsync("/api/messages?mailbox=sales", PipelineTestSite.Rfc822(new byte[300_000]));

        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badMailbox.StatusCode);
        Assert.Contains("mailbox", await badMailbox.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, badType.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("HappyButtons:Mail:MaxMessageBytes", await tooLarge.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AZeroByteMessage_IsKeptAndFlaggedForReview()
    {
        var response = await site.ApiClient().PostAsync("/api/messages?mailbox=support", PipelineTestSite.Rfc822([]));
        var id = (await response.Content.ReadFromJsonAsync<Dictionary<string, long>>())!["id"];

        var message = await site.WaitProcessedAsync(id);

        Assert.Equal(MessageStatus.NeedsReview, message.Status);
        Assert.Contains("empty", message.StatusReason);
    }

    [Fact]
    public async Task List_FiltersByMailboxAndStatus_AndSearchesTheBody()
    {
        var id = await site.UploadAsync(Departments.Finance, PipelineTestSite.SimpleMail("Zahlungsavis", "Wir haben Rechnung 4711 heute überwiesen.", messageId: "avis-4711"));
        await site.WaitProcessedAsync(id);
        var api = site.ApiClient();

        var byMailbox = await api.GetFromJsonAsync<JsonElement>("/api/messages?mailbox=finance&status=processed");
        var bySearch = await api.GetFromJsonAsync<JsonElement>("/api/messages?search=%C3%BCberwiesen");
        var badStatus = await api.GetAsync("/api/messages?status=lost");

        Assert.Contains(byMailbox.GetProperty("items").EnumerateArray(), m => m.GetProperty("id").GetInt64() == id);
        Assert.All(byMailbox.GetProperty("items").EnumerateArray(), m => Assert.Equal("finance", m.GetProperty("mailbox").GetString()));
        Assert.Contains(bySearch.GetProperty("items").EnumerateArray(), m => m.GetProperty("id").GetInt64() == id);
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
    }

    [Fact]
    public async Task UnknownMessage_Is404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await site.ApiClient().GetAsync("/api/messages/987654")).StatusCode);
    }
}

public sealed class MessagesApiTestsOnSqlite(MessagesApiTestsOnSqlite.Site site) : MessagesApiTests(site), IClassFixture<MessagesApiTestsOnSqlite.Site>
{
    public sealed class Site() : PipelineTestSite(MessagesApiTests.ApiSettings, provider: TestProvider.Sqlite);
}

public sealed class MessagesApiTestsOnPostgreSql(MessagesApiTestsOnPostgreSql.Site site) : MessagesApiTests(site), IClassFixture<MessagesApiTestsOnPostgreSql.Site>
{
    public sealed class Site() : PipelineTestSite(MessagesApiTests.ApiSettings, provider: TestProvider.PostgreSql);
}
