using System.Net.Http.Json;
using HappyButtons.Engine.Orders;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using HappyButtons.Tests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Orders;

/// <summary>The app with complete company data, two customers, three products and people for each order role.</summary>
public class OrdersWebSite() : HappyButtonsFactory(CompanySettings()), IAsyncLifetime
{
    public const string Password = "Orders-Passwort-2026";

    public static Dictionary<string, string?> CompanySettings()
    {
        var company = TestCompany.Complete();
        return typeof(Engine.Documents.CompanyOptions).GetProperties().Where(p => p.CanWrite)
            .ToDictionary(p => "HappyButtons:Company:" + p.Name, p => (string?)p.GetValue(company));
    }

    public async Task InitializeAsync()
    {
        await using (var context = await Services.GetRequiredService<IDbContextFactory<HappyButtonsDbContext>>().CreateDbContextAsync())
        {
            context.Customers.Add(new Customer
            {
                Number = "81042", Name = "Autowerk Süd GmbH", Type = "regular", Version = 1, VatId = "DE811122233",
                Address = new PostalAddress { Street = "Industriestraße 12", PostalCode = "70565", City = "Stuttgart", Country = "DE" },
            });
            context.Customers.Add(new Customer
            {
                Number = "81077", Name = "Trachten Huber KG", Type = "regular", Version = 1,
                Address = new PostalAddress { Street = "Marienplatz 3", PostalCode = "83022", City = "Rosenheim", Country = "DE" },
            });
            context.Products.Add(new Product { Sku = "HB-4H-18L-BLK", Name = "Vierloch-Knopf 18L schwarz", ListPrice = 0.12m, MinimumOrderQuantity = 1000, StockOnHand = 50_000 });
            context.Products.Add(new Product { Sku = "HB-2H-24L-WHT", Name = "Zweiloch-Knopf 24L weiß", ListPrice = 0.2375m, VatRate = 7m, MinimumOrderQuantity = 500, StockOnHand = 50_000 });
            await context.SaveChangesAsync();
        }

        await CreateUserAsync("sara", Password, false, "sales");
        await CreateUserAsync("fiona", Password, false, "finance");
        await CreateUserAsync("ines", Password, false, "info");
        var paul = await CreateUserAsync("paul", Password, false, "info");
        await Services.GetRequiredService<OrderActors>().SetExtraRolesAsync(paul.Id, [OrderRoles.Production], "admin", CancellationToken.None);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public HttpClient Api()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    public OrderService Orders => Services.GetRequiredService<OrderService>();

    /// <summary>A new order through the API: 10,000 black and 2,500 white buttons for customer 10042 (or the lines given).</summary>
    public async Task<(long Id, string Number)> CreateOrderAsync(string customer = "81042", params object[] lines)
    {
        var response = await Api().PostAsJsonAsync("/api/orders", new
        {
            customerId = customer, poNumber = "PO-4711",
            lines = lines.Length > 0 ? lines : new object[] { new { sku = "HB-4H-18L-BLK", quantity = 10_000 }, new { sku = "HB-2H-24L-WHT", quantity = 2_500 } },
        });
        response.EnsureSuccessStatusCode();
        var created = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>());
        return (created.GetProperty("id").GetInt64(), created.GetProperty("number").GetString()!);
    }
}
