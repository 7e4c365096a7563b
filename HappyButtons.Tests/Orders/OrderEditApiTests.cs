using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HappyButtons.Tests.Orders;

/// <summary><c>PUT /api/orders/{id}/lines</c>: 200 with the repriced order, 409 for the state or an outdated version, 422 for bad lines.</summary>
public sealed class OrderEditApiTests(OrdersWebSite site) : IClassFixture<OrdersWebSite>
{
    [Fact]
    public async Task LinesPut_Answers200WithNewTotals_409ForAnOutdatedVersionOrALateState_422ForBadLines_404ForNoOrder()
    {
        var (id, _) = await site.CreateOrderAsync();
        var api = site.Api();
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/orders/{id}/transitions", new { to = "confirmed" })).StatusCode);
        var version = (await api.GetFromJsonAsync<JsonElement>($"/api/orders/{id}")).GetProperty("version").GetInt32();

        var edited = await PutAsync(api, id, version, new { sku = "HB-4H-18L-BLK", quantity = 20_000 });
        var outdated = await PutAsync(api, id, version, new { sku = "HB-4H-18L-BLK", quantity = 30_000 });
        var belowMinimum = await PutAsync(api, id, null, new { sku = "HB-4H-18L-BLK", quantity = 10 });
        var missing = await PutAsync(api, 999_999, null, new { sku = "HB-4H-18L-BLK", quantity = 1_000 });

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var order = await edited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2400.00m, 456.00m, 2856.00m), (order.GetProperty("net").GetDecimal(), order.GetProperty("vat").GetDecimal(), order.GetProperty("gross").GetDecimal()));
        Assert.Equal(version + 1, order.GetProperty("version").GetInt32());
        var change = order.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("HB-4H-18L-BLK: 10.000 → 20.000; − HB-2H-24L-WHT × 2.500", change.GetProperty("change").GetString());
        Assert.Equal(HttpStatusCode.Conflict, outdated.StatusCode);
        Assert.Contains("changed the order in the meantime", (await outdated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, belowMinimum.StatusCode);
        Assert.Contains("below its minimum quantity of 1000", (await belowMinimum.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        foreach (var to in new[] { "planned", "in_production" })
        {
            Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/orders/{id}/transitions", new { to })).StatusCode);
        }

        var late = await PutAsync(api, id, null, new { sku = "HB-4H-18L-BLK", quantity = 1_000 });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var refused = await late.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("in_production", refused.GetProperty("state").GetString());
        Assert.Contains("can no longer be changed", refused.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await site.CreateClient().PutAsJsonAsync($"/api/orders/{id}/lines", Array.Empty<object>())).StatusCode);
    }

    [Fact]
    public async Task ACreditNoteForSomeLines_Answers201WithItsOwnDocument_And422ForMoreThanWasInvoiced()
    {
        var (id, _) = await site.CreateOrderAsync();
        var api = site.Api();
        foreach (var to in new[] { "confirmed", "planned", "in_production", "produced", "packed", "shipped", "delivered", "invoiced" })
        {
            Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/orders/{id}/transitions", new { to })).StatusCode);
        }

        var partial = await api.PostAsJsonAsync($"/api/orders/{id}/credit-notes", new { reason = "Bruch", lines = new[] { new { sku = "HB-2H-24L-WHT", quantity = 100 } } });
        var tooMuch = await api.PostAsJsonAsync($"/api/orders/{id}/credit-notes", new { reason = "Bruch", lines = new[] { new { sku = "HB-2H-24L-WHT", quantity = 2_401 } } });
        var noReason = await api.PostAsJsonAsync($"/api/orders/{id}/credit-notes", new { lines = new[] { new { sku = "HB-2H-24L-WHT", quantity = 1 } } });

        Assert.Equal(HttpStatusCode.Created, partial.StatusCode);
        var created = await partial.Content.ReadFromJsonAsync<JsonElement>();
        var number = created.GetProperty("number").GetString()!;
        Assert.Equal($"/api/orders/{id}/documents/{number}.pdf", created.GetProperty("url").GetString());
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await api.GetByteArrayAsync(created.GetProperty("url").GetString()))[..5]);
        var xml = await api.GetStringAsync(created.GetProperty("xmlUrl").GetString());
        Assert.Contains("<ram:TypeCode>381</ram:TypeCode>", xml);
        Assert.Contains("<ram:GrandTotalAmount>25.41</ram:GrandTotalAmount>", xml);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMuch.StatusCode);
        Assert.Contains("at most 2400 can still be credited", (await tooMuch.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Conflict, noReason.StatusCode);
        var documents = (await api.GetFromJsonAsync<JsonElement>($"/api/orders/{id}")).GetProperty("documents").EnumerateArray();
        Assert.Contains(documents, d => d.GetProperty("url").GetString() == $"/api/orders/{id}/documents/{number}.pdf");
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient api, long id, int? version, params object[] lines)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/orders/{id}/lines") { Content = JsonContent.Create(lines) };
        if (version is { } v)
        {
            request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{v}\""));
        }

        return await api.SendAsync(request);
    }
}
