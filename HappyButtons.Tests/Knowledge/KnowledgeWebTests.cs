using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bunit;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Knowledge;
using HappyButtons.Tests.Components;
using HappyButtons.Tests.Components.Admin;
using HappyButtons.Tests.Web;
using HappyButtons.Web.Admin.Knowledge;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HappyButtons.Tests.Knowledge;

/// <summary><c>/api/knowledge</c> on the real application, with the knowledge base its installation seeded.</summary>
public sealed class KnowledgeApiTests(KnowledgeApiTests.Site site) : IClassFixture<KnowledgeApiTests.Site>
{
    public sealed class Site : HappyButtonsFactory
    {
        public HttpClient Api()
        {
            var client = CreateClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
            return client;
        }
    }

    [Theory]
    [InlineData("GET", "/api/knowledge")]
    [InlineData("POST", "/api/knowledge/1/feedback")]
    public async Task WithoutAnApiKey_TheKnowledgeApi_Answers401(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { helpful = true });
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await site.CreateClient().SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task TheList_HoldsTheSeededArticles_AndASearchRanksThemWithConfidence()
    {
        var api = site.Api();

        var german = await api.GetFromJsonAsync<JsonElement>("/api/knowledge?language=de");
        var search = await api.GetFromJsonAsync<JsonElement>("/api/knowledge?search=" + Uri.EscapeDataString("Can the buttons be washed at 60 degrees?") + "&language=en");
        var wrong = await api.GetAsync("/api/knowledge?language=fr");

        Assert.Equal(12, german.GetProperty("items").GetArrayLength());
        Assert.All(german.GetProperty("items").EnumerateArray(), a => Assert.Equal("de", a.GetProperty("language").GetString()));
        var first = search.GetProperty("items")[0];
        Assert.Equal(("Washing temperatures", "washing-temperatures"), (first.GetProperty("title").GetString(), first.GetProperty("topic").GetString()));
        Assert.True(first.GetProperty("confidence").GetDouble() >= 0.4);
        Assert.Contains("60", first.GetProperty("matchedWords").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
    }

    [Fact]
    public async Task Feedback_CountsOncePerApiKey_AndAnUnknownArticleIs404()
    {
        var api = site.Api();
        var articles = await api.GetFromJsonAsync<JsonElement>("/api/knowledge?language=en");
        var id = articles.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("topic").GetString() == "sizes-lignes").GetProperty("id").GetInt64();

        var first = await (await api.PostAsJsonAsync($"/api/knowledge/{id}/feedback", new { helpful = true })).Content.ReadFromJsonAsync<JsonElement>();
        var again = await (await api.PostAsJsonAsync($"/api/knowledge/{id}/feedback", new { helpful = true, taskId = 999 })).Content.ReadFromJsonAsync<JsonElement>();
        var missing = await api.PostAsJsonAsync("/api/knowledge/999999/feedback", new { helpful = true });
        var empty = await api.PostAsJsonAsync($"/api/knowledge/{id}/feedback", new { taskId = 1 });

        Assert.Equal(("counted", 1), (first.GetProperty("outcome").GetString(), first.GetProperty("helpful").GetInt32()));
        Assert.Equal(("unchanged", 1), (again.GetProperty("outcome").GetString(), again.GetProperty("helpful").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }
}

/// <summary>The knowledge pages and the feedback buttons as components on the real application; rights checked on the server.</summary>
public sealed class KnowledgePagesTests(KnowledgePagesTests.Site site) : IClassFixture<KnowledgePagesTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    private const string Refused = "Das dürfen nur Administratoren";

    private KnowledgeBase Knowledge => site.Services.GetRequiredService<KnowledgeBase>();

    private BunitContext Context(AppUser user)
    {
        var context = ComponentContext.Create(site, user);
        context.Services.AddSingleton(Knowledge);
        context.Services.AddSingleton(site.Services.GetRequiredService<KnowledgeSearch>());
        context.Render<MudPopoverProvider>();
        return context;
    }

    private async Task<Engine.Storage.Model.KnowledgeArticle> ArticleAsync(string topic, string language) =>
        (await Knowledge.ListAsync(null, language, CancellationToken.None)).Single(a => a.Article.Topic == topic).Article;

    [Fact]
    public async Task TheList_ShowsEveryArticle_AndASearchPutsTheBestFirst()
    {
        await using var context = Context(await site.AdminAsync());
        var navigation = context.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();

        var all = context.Render<KnowledgeListPage>();
        Assert.Equal(24, all.FindAll("tr[data-article]").Count);
        Assert.Contains("24 Beiträge", all.Find("#article-total").TextContent);
        Assert.Contains("Technische Frage", all.Markup);
        Assert.DoesNotContain("technical_support", all.Find("#articles-table").TextContent);

        navigation.NavigateTo("/admin/knowledge?q=" + Uri.EscapeDataString("Wäsche bei 60 Grad") + "&lang=de");
        var searched = context.Render<KnowledgeListPage>();
        Assert.Equal("washing-temperatures", searched.FindAll("tr[data-article]")[0].GetAttribute("data-topic"));
        Assert.All(searched.FindAll("tr[data-article] td:nth-child(2)"), td => Assert.Equal("DE", td.TextContent.Trim()));
    }

    [Fact]
    public async Task TheAdministrator_SavesAnEdit_AndAStaleEditIsRefusedNamingWhoSaved()
    {
        var before = await ArticleAsync("samples", "de");
        await using var context = Context(await site.AdminAsync());
        var snackbars = context.Render<MudSnackbarProvider>();
        var page = context.Render<KnowledgeEditPage>(p => p.Add(x => x.Id, before.Id));
        var stale = context.Render<KnowledgeEditPage>(p => p.Add(x => x.Id, before.Id));

        await page.TypeAsync("article-title", "Muster und Farbkarte");
        await page.Find("#save-article").ClickAsync(new MouseEventArgs());
        snackbars.WaitForAssertion(() => Assert.Contains("Der Beitrag „Muster und Farbkarte“ wurde gespeichert.", snackbars.Markup));
        await stale.TypeAsync("article-body", "Überschrieben.");
        await stale.Find("#save-article").ClickAsync(new MouseEventArgs());

        stale.WaitForAssertion(() => Assert.Equal("Dieser Beitrag wurde inzwischen von admin geändert; bitte neu laden.", stale.Find("#article-error").TextContent.Trim()));
        var after = await ArticleAsync("samples", "de");
        Assert.Equal(("Muster und Farbkarte", before.Body, before.Version + 1), (after.Title, after.Body, after.Version));
        var audit = await site.Services.GetRequiredService<AuditLog>().RecentAsync(1, KnowledgeBase.Target(before.Id), CancellationToken.None);
        Assert.Equal(("admin", "knowledge.update"), (audit.Single().Actor, audit.Single().Action));
    }

    [Fact]
    public async Task AClerkWithoutAdministratorRights_CannotCreateOrChangeArticles_EvenByACraftedEvent()
    {
        var before = await ArticleAsync("certificates", "en");
        var count = (await Knowledge.ListAsync(null, null, CancellationToken.None)).Count;
        await using var context = Context(await site.ClerkAsync("kurt"));

        var edit = context.Render<KnowledgeEditPage>(p => p.Add(x => x.Id, before.Id));
        await edit.TypeAsync("article-title", "Gehackt");
        await edit.Find("#save-article").ClickAsync(new MouseEventArgs());
        var create = context.Render<KnowledgeEditPage>();
        await create.TypeAsync("article-title", "Neu");
        await create.TypeAsync("article-topic", "neu");
        await create.TypeAsync("article-body", "Text");
        await create.Find("#save-article").ClickAsync(new MouseEventArgs());

        edit.WaitForAssertion(() => Assert.Contains(Refused, edit.Find("#article-error").TextContent));
        Assert.Contains(Refused, create.Find("#article-error").TextContent);
        var after = await ArticleAsync("certificates", "en");
        Assert.Equal((before.Title, before.Version), (after.Title, after.Version));
        Assert.Equal(count, (await Knowledge.ListAsync(null, null, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task AMemberOfSupport_RatesAnArticleOnce_AndAClerkOfSalesIsRefused()
    {
        var article = await ArticleAsync("delivery-times", "de");
        var sina = await site.CreateUserAsync("sina", "Sina-Passwort-2026", false, Departments.Support);
        var sam = await site.CreateUserAsync("sam", "Sam-Passwort-2026", false, Departments.Sales);

        await using (var context = Context(sina))
        {
            var feedback = context.Render<KnowledgeFeedback>(p => p.Add(x => x.ArticleId, article.Id).Add(x => x.MessageId, 5));
            await feedback.Find("#rate-helpful").ClickAsync(new MouseEventArgs());
            await feedback.Find("#rate-helpful").ClickAsync(new MouseEventArgs());
            feedback.WaitForAssertion(() => Assert.Equal("1", feedback.Find("[data-count='helpful']").TextContent.Trim()));
            Assert.Equal("true", feedback.Find("#rate-helpful").GetAttribute("aria-pressed"));
            Assert.Contains("Danke für Ihre Rückmeldung.", feedback.Find("#feedback-message").TextContent);
        }

        await using (var context = Context(sam))
        {
            var feedback = context.Render<KnowledgeFeedback>(p => p.Add(x => x.ArticleId, article.Id));
            await feedback.Find("#rate-not-helpful").ClickAsync(new MouseEventArgs());
            feedback.WaitForAssertion(() => Assert.Contains("Nur Mitglieder des Kundendienstes können Beiträge bewerten.", feedback.Find("#feedback-message").TextContent));
        }

        var after = (await Knowledge.GetAsync(article.Id, CancellationToken.None))!;
        Assert.Equal((1, 0), (after.HelpfulCount, after.NotHelpfulCount));
    }
}
