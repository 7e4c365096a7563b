using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HappyButtons.Engine.Agents;
using HappyButtons.Engine.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Agents;

/// <summary>The task API of the contract: list, read, approve with edits, reject with a reason; 404, 409 and 400 where they belong.</summary>
public sealed class TasksApiTests : IAsyncLifetime
{
    private readonly AgentSite _site = new();
    private AgentTaskView _task = default!;

    public async Task InitializeAsync()
    {
        await _site.SeedCatalogAsync();
        _task = await _site.TaskForAsync("sales", AgentSite.Mail("Bestellung 4500123001",
            "Sehr geehrte Damen und Herren,\n\nhiermit bestellen wir (Bestellnummer 4500123001):\nPos. 10  4.000 Stück HB-HN-2007 Hornknopf 20 mm dunkelbraun\n" +
            "Pos. 20  2.500 Stück HB-HN-2507 Hornknopf 25 mm dunkelbraun\n\nGewünschter Liefertermin: 22.12.2026\n\nMit freundlichen Grüßen\nClaudia Lindner",
            AgentSite.From("Claudia Lindner", "claudia@modehaus-lindner.de")));
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task ATask_IsListedAndReadAsTheContractSays_WithReplyCourtesyAndOrderLines()
    {
        var api = _site.ApiClient();

        var list = await api.GetFromJsonAsync<JsonElement>("/api/tasks?department=sales&status=proposed");
        var task = await api.GetFromJsonAsync<JsonElement>($"/api/tasks/{_task.Id}");
        var message = await api.GetFromJsonAsync<JsonElement>($"/api/messages/{_task.MessageId}");

        Assert.Contains(list.GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetInt64() == _task.Id);
        Assert.Equal(_task.MessageId, task.GetProperty("messageId").GetInt64());
        Assert.Equal(_task.ConversationId, task.GetProperty("conversationId").GetInt64());
        Assert.Equal("sales", task.GetProperty("department").GetString());
        Assert.Equal("sales", task.GetProperty("agent").GetString());
        Assert.Equal("proposed", task.GetProperty("status").GetString());
        var proposal = task.GetProperty("proposals").EnumerateArray().First(p => p.GetProperty("kind").GetString() == "order");
        Assert.InRange(proposal.GetProperty("confidence").GetDouble(), 0.5, 1);
        Assert.False(string.IsNullOrWhiteSpace(proposal.GetProperty("reason").GetString()));
        var reply = task.GetProperty("reply");
        Assert.StartsWith("Re: Bestellung 4500123001 [HB-", reply.GetProperty("subject").GetString());
        Assert.InRange(reply.GetProperty("courtesy").GetProperty("score").GetInt32(), 60, 100);
        Assert.Contains(reply.GetProperty("courtesy").GetProperty("items").EnumerateArray(), i => i.GetProperty("rule").GetString() == "salutation");
        var order = task.GetProperty("order");
        Assert.Equal("30101", order.GetProperty("customerId").GetString());
        var line = order.GetProperty("lines")[0];
        Assert.Equal("HB-HN-2007", line.GetProperty("sku").GetString());
        Assert.Equal(4000, line.GetProperty("quantity").GetInt64());
        Assert.Equal(0.385m, line.GetProperty("unitPrice").GetDecimal());
        Assert.Equal("2026-12-22", line.GetProperty("deliveryDate").GetString());
        Assert.Contains("HB-HN-2007", line.GetProperty("sourceText").GetString());
        Assert.Equal(_task.Id, message.GetProperty("taskId").GetInt64());
    }

    [Fact]
    public async Task ApproveWithEdits_CreatesTheEditedOrder_AndRecordsWhatWasEdited_ThenASecondApproveAnswersTheSame()
    {
        var api = _site.ApiClient();
        var edits = new { edits = new { order = new { lines = new[] { new { sku = "HB-HN-2007", quantity = 5000 }, new { sku = "HB-HN-2507", quantity = 2500 } } } } };

        var first = await api.PostAsJsonAsync($"/api/tasks/{_task.Id}/approve", edits);
        var second = await api.PostAsJsonAsync($"/api/tasks/{_task.Id}/approve", new { });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var body = await first.Content.ReadFromJsonAsync<JsonElement>();
        var orderId = body.GetProperty("orderId").GetInt64();
        Assert.False(string.IsNullOrEmpty(body.GetProperty("sentMessageId").GetString()));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(orderId, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetInt64());
        var order = await api.GetFromJsonAsync<JsonElement>($"/api/orders/{orderId}");
        Assert.Equal(5000, order.GetProperty("lines")[0].GetProperty("quantity").GetInt64());
        var task = (await _site.Tasks.GetAsync(_task.Id, CancellationToken.None))!;
        Assert.Equal("done", task.Status);
        Assert.Equal("edited", task.Of(ProposalKind.Order)!.Outcome);
        Assert.Equal("unchanged", task.Of(ProposalKind.Reply)!.Outcome);
    }

    [Fact]
    public async Task Reject_NeedsAReason_ThenClosesTheTask_AndApproveIsAConflictAfterwards()
    {
        var api = _site.ApiClient();

        var withoutReason = await api.PostAsJsonAsync($"/api/tasks/{_task.Id}/reject", new { reason = " " });
        var rejected = await api.PostAsJsonAsync($"/api/tasks/{_task.Id}/reject", new { reason = "Kunde hat telefonisch storniert" });
        var approve = await api.PostAsJsonAsync($"/api/tasks/{_task.Id}/approve", new { });
        var rejectAgain = await api.PostAsJsonAsync($"/api/tasks/{_task.Id}/reject", new { reason = "noch einmal" });

        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, approve.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, rejectAgain.StatusCode);
        var task = (await _site.Tasks.GetAsync(_task.Id, CancellationToken.None))!;
        Assert.Equal("rejected", task.Status);
        Assert.Equal("Kunde hat telefonisch storniert", task.RejectReason);
        Assert.All(task.Proposals, p => Assert.Equal("rejected", p.Outcome));
        await using var context = await _site.Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync();
        Assert.False(await context.Orders.AnyAsync(o => o.SourceMessageId == _task.MessageId));
    }

    [Fact]
    public async Task UnknownTasksAndBadRequests_AreRefusedClearly()
    {
        var api = _site.ApiClient();

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/tasks/987654")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync("/api/tasks/987654/approve", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync("/api/tasks/987654/reject", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/tasks?status=maybe")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/tasks?department=marketing")).StatusCode);
        var zero = await api.PostAsJsonAsync($"/api/tasks/{_task.Id}/approve", new { edits = new { order = new { lines = new[] { new { sku = "HB-HN-2007", quantity = 0 } } } } });
        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.Contains("quantity", await zero.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await _site.CreateClient().GetAsync($"/api/tasks/{_task.Id}")).StatusCode);
        Assert.Equal("proposed", (await _site.Tasks.GetAsync(_task.Id, CancellationToken.None))!.Status);
    }
}
