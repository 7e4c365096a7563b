using System.Net;
using HappyButtons.Engine.Identity;

namespace HappyButtons.Tests.Web.Sales;

/// <summary>
/// The customer pages as a browser requests them (prerendered): who may open them and what the first render shows. Their
/// interactive parts are tested with bunit (Components/CustomerFormTests, CustomerImportTests) and Playwright
/// (Browser/SalesBrowserTests); the CSV reading with real files in Intake/CustomerCsvTests.
/// </summary>
public class CustomerPagesTests(CustomerPagesTests.Site site) : IClassFixture<CustomerPagesTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    private static readonly string[] Pages = ["/sales/customers", "/sales/customers/10042", "/sales/customers/10042/edit", "/sales/customers/new", "/sales/customers/import"];

    [Fact]
    public async Task EveryCustomerPage_OpensForSalesAndAdministrators()
    {
        await site.CreateUserAsync("sina", "Sina-Passwort-2026", false, Departments.Sales);
        var clerk = await site.SignInAsync("sina", "Sina-Passwort-2026", Departments.Sales);
        var admin = await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);

        foreach (var page in Pages)
        {
            Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync(page)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(page)).StatusCode);
        }
    }

    [Fact]
    public async Task ColleaguesOutsideSales_AreRefusedEveryCustomerPage()
    {
        await site.CreateUserAsync("fiona", "Fiona-Passwort-1", false, Departments.Finance);
        var fiona = await site.SignInAsync("fiona", "Fiona-Passwort-1", Departments.Finance);

        foreach (var page in Pages)
        {
            var response = await fiona.GetAsync(page);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain("Autowerk", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task TheCustomerPage_ShowsMasterDataInWords_AndItsContacts()
    {
        var admin = await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);

        var detail = await HtmlForms.GetDocumentAsync(admin, "/sales/customers/10042");

        Assert.Equal("Autowerk Süd AG", detail.QuerySelector("h1#customer-name")!.TextContent.Trim());
        Assert.Equal("OEM", detail.QuerySelector("[data-field='type']")!.TextContent.Trim());
        Assert.Equal("Deutsch", detail.QuerySelector("[data-field='language']")!.TextContent.Trim());
        Assert.Equal("RV-2024-017", detail.QuerySelector("[data-field='agreements']")!.TextContent.Trim());
        Assert.Contains("a.weber@autowerk-sued.de", detail.QuerySelector("#contacts-table")!.TextContent);
        Assert.Contains("Sehr geehrte Frau Dr. Weber", detail.QuerySelector("#contacts-table")!.TextContent);
    }

    [Fact]
    public async Task AnUnknownCustomer_Gets404()
    {
        var admin = await site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/sales/customers/99999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/sales/customers/99999/edit")).StatusCode);
    }
}
