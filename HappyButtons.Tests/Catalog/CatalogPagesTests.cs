using Bunit;
using HappyButtons.Engine.Catalog;
using HappyButtons.Tests.Components;
using HappyButtons.Tests.Components.Admin;
using HappyButtons.Tests.Web;
using HappyButtons.Web.Admin.Catalog;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HappyButtons.Tests.Catalog;

/// <summary>The catalog pages as components on the real app: list, product form, customer prices and aliases; rights checked on the server.</summary>
public sealed class CatalogPagesTests(CatalogPagesTests.Site site) : IClassFixture<CatalogPagesTests.Site>
{
    public sealed class Site : HappyButtonsFactory, IAsyncLifetime
    {
        public async Task InitializeAsync() =>
            await Services.GetRequiredService<CatalogStore>().SeedAsync(DemoCatalog.Products, DemoCatalog.CustomerPrices, DemoCatalog.Aliases, CancellationToken.None);

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private CatalogStore Catalog => site.Services.GetRequiredService<CatalogStore>();

    private BunitContext Context(Engine.Identity.AppUser user)
    {
        var context = ComponentContext.Create(site, user);
        foreach (var type in new[] { typeof(CatalogStore), typeof(CustomerPriceBook), typeof(ProductAliasBook) })
        {
            context.Services.AddSingleton(type, site.Services.GetRequiredService(type));
        }

        return context;
    }

    [Fact]
    public async Task TheList_ShowsTheProductsOfTheSearch_WithGermanPrices()
    {
        await using var context = Context(await site.AdminAsync());
        context.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/admin/catalog?q=hirschhorn");
        var page = context.Render<CatalogListPage>();

        page.WaitForAssertion(() => Assert.Equal(["HB-HH-1800", "HB-HH-2200", "HB-HH-2600"], page.FindAll("td[data-sku]").Select(c => c.GetAttribute("data-sku"))));
        Assert.Contains("3 Artikel", page.Find("#product-total").TextContent);
        Assert.Contains("0,92 € / Stk", page.Markup);
    }

    [Fact]
    public async Task TheAdministrator_SavesAnEdit_AndAWrongSkuIsRefusedInGerman()
    {
        await using var context = Context(await site.AdminAsync());
        context.Render<MudPopoverProvider>();
        var snackbars = context.Render<MudSnackbarProvider>();
        var page = context.Render<ProductEditPage>(p => p.Add(x => x.Sku, "HB-1010"));
        var before = (await Catalog.GetAsync("HB-1010", CancellationToken.None))!;

        await page.TypeAsync("product-name", "Hemdknopf 11 mm, 4-Loch, weiß, matt");
        await page.NumberAsync<ProductEditPage, long>("product-stock", 480_000L);
        await page.Find("#save-product").ClickAsync(new());

        snackbars.WaitForAssertion(() => Assert.Contains("Der Artikel HB-1010 wurde gespeichert.", snackbars.Markup));
        var after = (await Catalog.GetAsync("HB-1010", CancellationToken.None))!;
        Assert.Equal(("Hemdknopf 11 mm, 4-Loch, weiß, matt", 480_000L, before.Version + 1), (after.Name, after.StockOnHand, after.Version));

        var creating = context.Render<ProductEditPage>();
        await creating.TypeAsync("product-sku", "HB 12 !");
        await creating.TypeAsync("product-name", "Falsch");
        await creating.Find("#save-product").ClickAsync(new());
        creating.WaitForAssertion(() => Assert.Contains("Nur Buchstaben, Ziffern und einzelne Bindestriche, z. B. HB-4H-18L-BLK.", creating.Markup));
        Assert.Null(await Catalog.GetAsync("HB 12 !", CancellationToken.None));
    }

    [Fact]
    public async Task AClerkWithoutAdministratorRights_CannotSave_EvenByACraftedEvent()
    {
        await using var context = Context(await site.ClerkAsync("carla"));
        var page = context.Render<ProductEditPage>(p => p.Add(x => x.Sku, "HB-4712"));
        var before = (await Catalog.GetAsync("HB-4712", CancellationToken.None))!;

        await page.TypeAsync("product-name", "Gehackt");
        await page.Find("#save-product").ClickAsync(new());
        var aliases = context.Render<ProductAliasesCard>(p => p.Add(x => x.Sku, "HB-4712"));
        await aliases.TypeAsync("alias-customer", "20011");
        await aliases.TypeAsync("alias-code", "HACK-1");
        await aliases.Find("#add-alias").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Das dürfen nur Administratoren", page.Find("#product-error").TextContent));
        Assert.Contains("Das dürfen nur Administratoren", aliases.Find("#alias-error").TextContent);
        var after = (await Catalog.GetAsync("HB-4712", CancellationToken.None))!;
        Assert.Equal((before.Name, before.Version), (after.Name, after.Version));
        Assert.DoesNotContain(await site.Services.GetRequiredService<ProductAliasBook>().OfProductAsync("HB-4712", CancellationToken.None), a => a.AliasCode == "HACK-1");
    }

    [Fact]
    public async Task TheAdministrator_AddsACustomerPriceAndAnAlias_AndATakenAliasIsRefusedInGerman()
    {
        await using var context = Context(await site.AdminAsync());
        var prices = context.Render<CustomerPricesCard>(p => p.Add(x => x.Sku, "HB-2211"));
        var aliases = context.Render<ProductAliasesCard>(p => p.Add(x => x.Sku, "HB-2211"));

        await prices.TypeAsync("price-customer", "30106");
        await prices.NumberAsync<CustomerPricesCard, decimal>("price-amount", 0.2400m);
        await prices.NumberAsync<CustomerPricesCard, int>("price-minimum", 5_000);
        await prices.Find("#add-price").ClickAsync(new());
        await aliases.TypeAsync("alias-customer", "30106");
        await aliases.TypeAsync("alias-code", "ups-knopf-18-si");
        await aliases.Find("#add-alias").ClickAsync(new());
        await aliases.TypeAsync("alias-customer", "20011");
        await aliases.TypeAsync("alias-code", "KF-100-15S");
        await aliases.Find("#add-alias").ClickAsync(new());

        prices.WaitForAssertion(() => Assert.Contains("Uniform Partner Schmidt GmbH", prices.Find("#customer-prices").TextContent));
        Assert.Contains("0,24 €", prices.Find("#customer-prices").TextContent);
        Assert.Equal(0.24m, (await site.Services.GetRequiredService<CustomerPriceBook>().BestPriceAsync("30106", "HB-2211", 5_000, new DateOnly(2026, 12, 7), CancellationToken.None))!.UnitPrice);
        Assert.NotNull(aliases.Find("tr[data-alias='UPS-KNOPF-18-SI']"));
        Assert.Equal("Kunde 20011 verwendet KF-100-15S bereits für HB-4711.", aliases.Find("#alias-error").TextContent.Trim());
    }
}
