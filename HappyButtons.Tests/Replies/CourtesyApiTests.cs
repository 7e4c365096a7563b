using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HappyButtons.Tests.Orders;
using HappyButtons.Tests.Web;

namespace HappyButtons.Tests.Replies;

/// <summary>The app with the test company's data: the courtesy API checks signatures against it.</summary>
public sealed class CourtesyWebSite() : HappyButtonsFactory(OrdersWebSite.CompanySettings());

/// <summary><c>POST /api/courtesy/score</c> of the contract, against the running app.</summary>
public sealed class CourtesyApiTests(CourtesyWebSite site) : IClassFixture<CourtesyWebSite>
{
    private HttpClient Api()
    {
        var client = site.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", HappyButtonsFactory.ApiKey);
        return client;
    }

    [Fact]
    public async Task AReply_IsScoredInTheContractShape()
    {
        var response = await Api().PostAsJsonAsync("/api/courtesy/score", new { text = CourtesyScoreTests.German, language = "de" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["score", "items"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(100, body.GetProperty("score").GetInt32());
        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(10, items.Count);
        Assert.All(items, i => Assert.Equal(["rule", "points", "max", "passed"], i.EnumerateObject().Select(p => p.Name)));
        Assert.Equal("salutation", items[0].GetProperty("rule").GetString());
        Assert.Equal(100, items.Sum(i => i.GetProperty("max").GetInt32()));
    }

    [Fact]
    public async Task ARudeEnglishReply_ScoresLow_WithTheFailedRulesMarked()
    {
        var response = await Api().PostAsJsonAsync("/api/courtesy/score", new { text = "Hi guys,\nNO. We cannot do that. Not our problem!!", language = "en" });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("score").GetInt32() < 30);
        var failed = body.GetProperty("items").EnumerateArray().Where(i => !i.GetProperty("passed").GetBoolean()).Select(i => i.GetProperty("rule").GetString()).ToList();
        Assert.Contains("salutation", failed);
        Assert.Contains("no_blunt_refusal", failed);
        Assert.Contains("no_all_caps", failed);
        Assert.Contains("legal_signature", failed);
    }

    [Fact]
    public async Task WithoutAnApiKey_TheScoreIsRefused()
    {
        var response = await site.CreateClient().PostAsJsonAsync("/api/courtesy/score", new { text = "Sehr geehrte Damen und Herren", language = "de" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"language\":\"de\"}")]
    [InlineData("{\"text\":\"Guten Tag\",\"language\":\"fr\"}")]
    public async Task NoTextOrAnUnknownLanguage_IsABadRequestWithAMessage(string json)
    {
        var response = await Api().PostAsync("/api/courtesy/score", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()));
    }
}
