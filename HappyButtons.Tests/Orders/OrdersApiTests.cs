using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HappyButtons.Engine.Orders;

namespace HappyButtons.Tests.Orders;

/// <summary>The order API of the contract, against the running app.</summary>
public sealed class OrdersApiTests(OrdersWebSite site) : IClassFixture<OrdersWebSite>
{
    [Fact]
    public async Task AnOrderPosted_IsCreatedWithCatalogPrices_AndReadBackInTheContractShape()
    {
        var (id, number) = await site.CreateOrderAsync();

        var order = await site.Api().GetFromJsonAsync<JsonElement>($"/api/orders/{id}");

        Assert.Matches(@"^AB-\d{4}-\d{5}$", number);
        Assert.Equal(number, order.GetProperty("number").GetString());
        Assert.Equal("81042", order.GetProperty("customerId").GetString());
        Assert.Equal("created", order.GetProperty("state").GetString());
        var lines = order.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(("HB-4H-18L-BLK", 10_000L, 0.12m, 1200m),
            (lines[0].GetProperty("sku").GetString(), lines[0].GetProperty("quantity").GetInt64(), lines[0].GetProperty("unitPrice").GetDecimal(), lines[0].GetProperty("total").GetDecimal()));
        Assert.Equal(1793.75m, order.GetProperty("net").GetDecimal());
        Assert.Equal(269.56m, order.GetProperty("vat").GetDecimal());
        Assert.Equal(2063.31m, order.GetProperty("gross").GetDecimal());
        Assert.Equal(0, order.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task AStepAllowed_Answers200_ARefusedOne409WithTheAllowedList()
    {
        var (id, _) = await site.CreateOrderAsync();
        var api = site.Api();

        var skip = await api.PostAsJsonAsync($"/api/orders/{id}/transitions", new { to = "shipped" });
        var confirm = await api.PostAsJsonAsync($"/api/orders/{id}/transitions", new { to = "confirmed" });
        var again = await api.PostAsJsonAsync($"/api/orders/{id}/transitions", new { to = "confirmed" });

        Assert.Equal(HttpStatusCode.Conflict, skip.StatusCode);
        var refused = await skip.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["confirmed", "cancelled"], refused.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("no such step", refused.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Equal("confirmed", (await confirm.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(["planned", "cancelled"], (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
        var history = (await api.GetFromJsonAsync<JsonElement>($"/api/orders/{id}")).GetProperty("history").EnumerateArray().Single();
        Assert.Equal(("created", "confirmed"), (history.GetProperty("from").GetString(), history.GetProperty("to").GetString()));
        Assert.StartsWith("api:", history.GetProperty("by").GetString());
    }

    [Fact]
    public async Task Documents_AreServedAsIssued_AndAreNotFoundBeforeThen()
    {
        var (id, _) = await site.CreateOrderAsync();
        var api = site.Api();
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/orders/{id}/documents/invoice.pdf")).StatusCode);
        foreach (var to in new[] { "confirmed", "planned", "in_production", "produced", "packed", "shipped", "delivered", "invoiced" })
        {
            Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/orders/{id}/transitions", new { to })).StatusCode);
        }

        foreach (var name in new[] { "confirmation.pdf", "delivery-note.pdf", "invoice.pdf" })
        {
            var response = await api.GetAsync($"/api/orders/{id}/documents/{name}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync())[..5]);
        }

        var xml = await api.GetAsync($"/api/orders/{id}/documents/invoice.xml");
        Assert.Equal("application/xml", xml.Content.Headers.ContentType!.MediaType);
        Assert.Contains(Engine.Documents.XRechnung.Guideline, await xml.Content.ReadAsStringAsync());
        Assert.Equal(await (await api.GetAsync($"/api/orders/{id}/documents/invoice.pdf")).Content.ReadAsByteArrayAsync(),
            await (await api.GetAsync($"/api/orders/{id}/documents/invoice.pdf")).Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/orders/{id}/documents/confirmation.xml")).StatusCode);
    }

    [Fact]
    public async Task TheList_FiltersByStateAndCustomer_AndBadInputIsA400()
    {
        var (huber, _) = await site.CreateOrderAsync("81077", new { sku = "HB-4H-18L-BLK", quantity = 2000 });
        var api = site.Api();

        var list = await api.GetFromJsonAsync<JsonElement>("/api/orders?state=created&customer=Huber");
        var badState = await api.GetAsync("/api/orders?state=lost");
        var badOrder = await api.PostAsJsonAsync("/api/orders", new { customerId = "99999", lines = new[] { new { sku = "HB-4H-18L-BLK", quantity = 1000 } } });
        var noLines = await api.PostAsJsonAsync("/api/orders", new { customerId = "81042", lines = Array.Empty<object>() });
        var badStep = await api.PostAsJsonAsync($"/api/orders/{huber}/transitions", new { to = "teleported" });

        Assert.Contains(huber, list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
        Assert.All(list.GetProperty("items").EnumerateArray(), i => Assert.Equal("81077", i.GetProperty("customerId").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, badState.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badOrder.StatusCode);
        Assert.Contains("There is no customer 99999.", await badOrder.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, noLines.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badStep.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync("/api/orders/999999/transitions", new { to = "confirmed" })).StatusCode);
    }

    [Fact]
    public async Task WithoutAKey_TheApiAnswers401_AndDocumentsAreNotServedToOtherDepartments()
    {
        var (id, _) = await site.CreateOrderAsync();
        await site.Orders.TransitionAsync(id, OrderState.Confirmed, OrderActor.Administrator("admin"));
        var anonymous = site.CreateClient();
        var ines = await site.SignInAsync("ines", OrdersWebSite.Password, "info");
        var sara = await site.SignInAsync("sara", OrdersWebSite.Password, "sales");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/orders")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync($"/api/orders/{id}/transitions", new { to = "planned" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ines.GetAsync($"/orders/{id}/documents/confirmation.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sara.GetAsync($"/orders/{id}/documents/confirmation.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ines.GetAsync("/info/orders")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sara.GetAsync("/sales/orders")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sara.GetAsync("/finance/orders")).StatusCode);
    }
}

/// <summary>The customer upsert API of the contract, with the postal address and VAT ID invoices need.</summary>
public sealed class CustomersApiTests(OrdersWebSite site) : IClassFixture<OrdersWebSite>
{
    [Fact]
    public async Task ACustomerUpserted_WithAddressAndVatId_IsReadBack_AndABadVatIdIsRefused()
    {
        var api = site.Api();
        var response = await api.PostAsJsonAsync("/api/customers", new[]
        {
            new
            {
                number = "55501", name = "Knopfhaus Nord GmbH", domains = new[] { "knopfhaus-nord.de" },
                contacts = new[] { new { salutation = (string?)null, title = (string?)null, firstName = "Nina", lastName = "Nord", email = "Nina@Knopfhaus-Nord.de" } },
                address = new { street = "Hafenstraße 1", postalCode = "20457", city = "Hamburg", country = "de" }, vatId = "de 123 456 789",
            },
        });
        var bad = await api.PostAsJsonAsync("/api/customers", new[] { new { number = "55502", name = "X", vatId = "123" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var customer = (await api.GetFromJsonAsync<JsonElement>("/api/customers")).EnumerateArray().Single(c => c.GetProperty("number").GetString() == "55501");
        Assert.Equal("DE123456789", customer.GetProperty("vatId").GetString());
        Assert.Equal(("Hafenstraße 1", "20457", "Hamburg", "DE"), (customer.GetProperty("address").GetProperty("street").GetString(),
            customer.GetProperty("address").GetProperty("postalCode").GetString(), customer.GetProperty("address").GetProperty("city").GetString(),
            customer.GetProperty("address").GetProperty("country").GetString()));
        Assert.Equal("nina@knopfhaus-nord.de", customer.GetProperty("contacts")[0].GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("is not a VAT ID", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await site.CreateClient().GetAsync("/api/customers")).StatusCode);
    }
}

/// <summary>A correction of an issued invoice is a credit note; the invoice stays as it was.</summary>
public sealed class CreditNoteApiTests(OrdersWebSite site) : IClassFixture<OrdersWebSite>
{
    [Fact]
    public async Task ACreditNote_IsIssuedForAnInvoicedOrder_WithItsOwnNumber_AndTheInvoiceIsUnchanged()
    {
        var (id, _) = await site.CreateOrderAsync();
        var api = site.Api();
        var early = await api.PostAsJsonAsync($"/api/orders/{id}/credit-notes", new { reason = "Preis korrigiert" });
        foreach (var to in new[] { "confirmed", "planned", "in_production", "produced", "packed", "shipped", "delivered", "invoiced" })
        {
            Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/orders/{id}/transitions", new { to })).StatusCode);
        }

        var invoice = await api.GetByteArrayAsync($"/api/orders/{id}/documents/invoice.pdf");
        var noReason = await api.PostAsJsonAsync($"/api/orders/{id}/credit-notes", new { reason = " " });
        var issued = await api.PostAsJsonAsync($"/api/orders/{id}/credit-notes", new { reason = "Preis korrigiert" });

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.Matches(@"^GS-\d{4}-\d{5}$", (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString());
        var xml = await api.GetStringAsync($"/api/orders/{id}/documents/credit-note.xml");
        Assert.Contains("<ram:TypeCode>381</ram:TypeCode>", xml);
        Assert.Contains("<ram:InvoiceReferencedDocument>", xml);
        Assert.Equal(invoice, await api.GetByteArrayAsync($"/api/orders/{id}/documents/invoice.pdf"));
        Assert.Equal("invoiced", (await api.GetFromJsonAsync<JsonElement>($"/api/orders/{id}")).GetProperty("state").GetString());
    }
}
