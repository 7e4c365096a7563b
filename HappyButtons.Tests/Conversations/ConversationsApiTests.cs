using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HappyButtons.Engine.Identity;

namespace HappyButtons.Tests.Conversations;

/// <summary>The conversation endpoints of the contract, and conversationId in GET /api/messages/{id}.</summary>
public sealed class ConversationsApiTests(ConversationSite site) : IClassFixture<ConversationSite>
{
    [Fact]
    public async Task List_Read_Claim_State_AndReply_AsTheContractSays()
    {
        var user = await site.CreateUserAsync("api" + Guid.NewGuid().ToString("N")[..6], "Passwort-Api-2026!", false, Departments.Sales);
        var (message, conversation) = await site.ReceiveAsync("sales", ConversationSite.Mail("API-Anfrage", ConversationSite.Order));
        var api = site.ApiClient();
        var id = conversation.Summary.Id;

        var list = await api.GetFromJsonAsync<JsonElement>("/api/conversations?department=sales&state=open");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetInt64() == id);
        var ofMessage = await api.GetFromJsonAsync<JsonElement>($"/api/messages/{message.Id}");
        Assert.Equal(id, ofMessage.GetProperty("conversationId").GetInt64());

        var claim = await api.PostAsJsonAsync($"/api/conversations/{id}/claim", new { userName = user.UserName });
        Assert.Equal(HttpStatusCode.OK, claim.StatusCode);
        var mine = await api.GetFromJsonAsync<JsonElement>($"/api/conversations?assignee={user.UserName}");
        Assert.Equal(id, Assert.Single(mine.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt64());

        var stale = await api.PostAsJsonAsync($"/api/conversations/{id}/state", new { state = "resolved", version = conversation.Summary.Version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var unknown = await api.PostAsJsonAsync($"/api/conversations/{id}/state", new { state = "erledigt" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        var reply = await api.PostAsJsonAsync($"/api/conversations/{id}/replies", new { templateKey = "general-inquiry", send = true });
        Assert.Equal(HttpStatusCode.Accepted, reply.StatusCode);
        var accepted = await reply.Content.ReadFromJsonAsync<JsonElement>();
        Assert.EndsWith("@happybuttons.de", accepted.GetProperty("messageId").GetString());
        Assert.True(accepted.GetProperty("courtesy").GetProperty("score").GetInt32() >= 85);

        var detail = await api.GetFromJsonAsync<JsonElement>($"/api/conversations/{id}");
        Assert.Equal("pending", detail.GetProperty("state").GetString());
        Assert.Equal(user.DisplayName, detail.GetProperty("assignee").GetString());
        Assert.NotEqual(JsonValueKind.Null, detail.GetProperty("firstResponseAt").ValueKind);
        var messages = detail.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(["in", "out"], messages.Select(m => m.GetProperty("direction").GetString()));
        Assert.Equal(message.Id, messages[0].GetProperty("id").GetInt64());
        Assert.Equal(JsonValueKind.Array, detail.GetProperty("notes").ValueKind);

        var closed = await api.PostAsJsonAsync($"/api/conversations/{id}/state", new { state = "closed" });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
    }

    [Fact]
    public async Task WithoutAnApiKey_TheConversationsAreNotServed()
    {
        var response = await site.CreateClient().GetAsync("/api/conversations");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
