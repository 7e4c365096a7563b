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
