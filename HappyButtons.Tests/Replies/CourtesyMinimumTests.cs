using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Identity;

namespace HappyButtons.Tests.Replies;

/// <summary>The minimum courtesy score (60 by default): a reply under it goes out only with the clerk's reason, which is audited and shown.</summary>
public sealed class CourtesyMinimumTests(ReplySite site) : IClassFixture<ReplySite>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private const string Curt = "Hallo,\n\ngeht nicht. Ware ist weg.";

    [Fact]
    public async Task AReplyUnderTheMinimum_IsRefused_WithItsItemisedScore_AndNothingIsSent()
    {
        var conversation = await site.ConversationAsync("Knapp");
        var clerk = await site.CreateUserAsync("m" + Guid.NewGuid().ToString("N")[..8], "Passwort-Clerk-2026!", false, Departments.Sales);

        var result = await site.Replies.SendAsync(conversation.Summary.Id, new ReplyDraft(Guid.NewGuid(), Curt), new Actor(clerk.Id, clerk.DisplayName), None);

        Assert.Equal(ReplyRefusal.CourtesyBelowMinimum, result.Refusal);
        Assert.Equal(60, result.MinimumCourtesy);
        Assert.True(result.Courtesy!.Score < 60);
        Assert.False(result.Courtesy["salutation"].Passed);
        Assert.False(result.Courtesy["no_blunt_refusal"].Passed);
        Assert.DoesNotContain((await site.Queries.GetAsync(conversation.Summary.Id, null, None))!.Timeline, t => t.Kind == EntryKind.Outgoing);
    }

    [Fact]
    public async Task WithAnOverrideReason_ItIsSent_AuditedWithWhoScoreAndReason_AndTheTimelineShowsIt()
    {
        var conversation = await site.ConversationAsync("Override");
        var clerk = await site.CreateUserAsync("o" + Guid.NewGuid().ToString("N")[..8], "Passwort-Clerk-2026!", false, Departments.Sales);
        var draft = new ReplyDraft(Guid.NewGuid(), Curt) { CourtesyOverrideReason = "Kunde wünscht ausdrücklich kurze Antworten" };

        var result = await site.Replies.SendAsync(conversation.Summary.Id, draft, new Actor(clerk.Id, clerk.DisplayName), None);

        Assert.True(result.Succeeded, result.Refusal.ToString());
        var audit = Assert.Single(await site.AuditAsync("reply.courtesy_override"), e => e.Target == $"conversation:{conversation.Summary.Id}");
        Assert.Equal(clerk.DisplayName, audit.Actor);
        Assert.Contains($"score {result.Courtesy!.Score} under the minimum 60", audit.Details);
        Assert.Contains("reason 'Kunde wünscht ausdrücklich kurze Antworten'", audit.Details);
        var sent = Assert.Single((await site.Queries.GetAsync(conversation.Summary.Id, null, None))!.Timeline, t => t.Kind == EntryKind.Outgoing);
        Assert.Equal(result.Courtesy.Score, sent.CourtesyScore);
        Assert.Equal("Kunde wünscht ausdrücklich kurze Antworten", sent.CourtesyOverride);
    }

    [Fact]
    public async Task ACourteousReply_GoesOutWithoutOverride_AndKeepsItsScore_NotAudited()
    {
        var conversation = await site.ConversationAsync("Höflich");
        var clerk = await site.CreateUserAsync("h" + Guid.NewGuid().ToString("N")[..8], "Passwort-Clerk-2026!", false, Departments.Sales);
        var text = (await site.Replies.ComposeAsync(conversation.Summary.Id, clerk.DisplayName, "general-inquiry", quote: true, None)).Text;

        var result = await site.Replies.SendAsync(conversation.Summary.Id, new ReplyDraft(Guid.NewGuid(), text) { CourtesyOverrideReason = "not needed" },
            new Actor(clerk.Id, clerk.DisplayName), None);

        Assert.True(result.Succeeded);
        Assert.True(result.Courtesy!.Score >= 85, result.Courtesy.Score.ToString());
        var sent = Assert.Single((await site.Queries.GetAsync(conversation.Summary.Id, null, None))!.Timeline, t => t.Kind == EntryKind.Outgoing);
        Assert.Null(sent.CourtesyOverride);
        Assert.DoesNotContain(await site.AuditAsync("reply.courtesy_override"), e => e.Target == $"conversation:{conversation.Summary.Id}");
    }

    [Fact]
    public async Task TheApi_Answers202WithTheCourtesy_Or422WithScoreAndItems_AndAcceptsAnOverride()
    {
        var conversation = await site.ConversationAsync("API");
        var api = site.ApiClient();
        var url = $"/api/conversations/{conversation.Summary.Id}/replies";

        var refused = await api.PostAsJsonAsync(url, new { body = Curt, send = true });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("score").GetInt32() < 60);
        Assert.Equal(60, problem.GetProperty("minimum").GetInt32());
        var items = problem.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(10, items.Count);
        Assert.Contains(items, i => i.GetProperty("rule").GetString() == "salutation" && !i.GetProperty("passed").GetBoolean());
        Assert.Contains("override", problem.GetProperty("detail").GetString());

        var overridden = await api.PostAsJsonAsync(url, new { body = Curt, send = true, @override = new { reason = "Absprache am Telefon" } });
        Assert.Equal(HttpStatusCode.Accepted, overridden.StatusCode);
        var low = await overridden.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(problem.GetProperty("score").GetInt32(), low.GetProperty("courtesy").GetProperty("score").GetInt32());
        Assert.Contains(await site.AuditAsync("reply.courtesy_override"), e => e.Target == $"conversation:{conversation.Summary.Id}" && e.Details!.Contains("Absprache am Telefon"));

        var accepted = await api.PostAsJsonAsync(url, new { templateKey = "general-inquiry", send = true });
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var courtesy = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("courtesy");
        Assert.True(courtesy.GetProperty("score").GetInt32() >= 85);
        Assert.Equal(["rule", "points", "max", "passed"], courtesy.GetProperty("items")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task TheApi_RefusesATemplateWhoseFactIsMissing_NamingIt_AndAnUnknownTemplate()
    {
        var conversation = await site.ConversationAsync("API Fakten");
        var api = site.ApiClient();
        var url = $"/api/conversations/{conversation.Summary.Id}/replies";

        var missing = await api.PostAsJsonAsync(url, new { templateKey = "order-confirmation", send = true });
        var unknown = await api.PostAsJsonAsync(url, new { templateKey = "gibt-es-nicht", send = true });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        var detail = (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains("{{ po_number }}", detail);
        Assert.Contains("{{ order_number }}", detail);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.DoesNotContain((await site.Queries.GetAsync(conversation.Summary.Id, null, None))!.Timeline, t => t.Kind == EntryKind.Outgoing);
    }
}
