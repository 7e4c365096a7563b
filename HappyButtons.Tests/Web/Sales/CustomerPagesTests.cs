using System.Net;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake.Customers;
using HappyButtons.Engine.Intake.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Web.Sales;

public class CustomerPagesTests(CustomerPagesTests.Site site) : IClassFixture<CustomerPagesTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    private Task<HttpClient> AdminAsync() => site.SignInAsync("admin", HappyButtonsFactory.AdminPassword, Departments.Info);

    [Fact]
    public async Task TheCustomerList_IsSeededFromTheDemoBook_AndSearches()
    {
        var admin = await AdminAsync();

        var all = await HtmlForms.GetDocumentAsync(admin, "/sales/customers");
        var found = await HtmlForms.GetDocumentAsync(admin, "/sales/customers?q=kessler");
        var detail = await HtmlForms.GetDocumentAsync(admin, "/sales/customers/10042");

        Assert.Equal(DemoCustomers.Customers.Count, all.QuerySelectorAll("#customers-table tr[data-customer]").Length);
        Assert.Equal("10057", Assert.Single(found.QuerySelectorAll("#customers-table tr[data-customer]")).GetAttribute("data-customer"));
        Assert.Contains("a.weber@autowerk-sued.de", detail.QuerySelector("#contacts-table")!.TextContent);
    }

    [Fact]
    public async Task ColleaguesOutsideSales_MayNotSeeCustomers()
    {
        await site.CreateUserAsync("fiona", "Fiona-Passwort-1", false, Departments.Finance);
        var fiona = await site.SignInAsync("fiona", "Fiona-Passwort-1", Departments.Finance);

        Assert.Equal(HttpStatusCode.Forbidden, (await fiona.GetAsync("/sales/customers")).StatusCode);
    }

    [Fact]
    public async Task TheCsvImport_PreviewsPerRowErrors_AndImportsOnlyTheValidRows()
    {
        var admin = await AdminAsync();
        const string csv = "\uFEFFnumber;name;type;vip;language;domains\n" +
                           "40001;Knopfladen Nord GmbH;regular;nein;de;knopfladen-nord.de\n" +
                           "40002;;oem;ja;de;bad domain\n" +
                           "40003;Buttons & Co Ltd;distributor;yes;en;buttons-co.co.uk|buttonsco.com\n" +
                           "40004;Zu wenig Spalten\n";

        var preview = await HtmlForms.SubmitAsync(admin, "/sales/customers/import", "#preview-form", new() { ["Preview.Csv"] = csv });
        var page = await HtmlForms.ParseAsync(preview);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(4, page.QuerySelectorAll("#preview-table tr[data-line]").Length);
        var bad = page.QuerySelector("#preview-table tr[data-line='3'] .row-errors")!.TextContent;
        Assert.Contains("name is empty", bad);
        Assert.Contains("\"bad\" is not a mail domain", bad);
        Assert.Contains("expected 6 columns", page.QuerySelector("#preview-table tr[data-line='5'] .row-errors")!.TextContent);
        var store = site.Services.GetRequiredService<CustomerStore>();
        Assert.Null(await store.GetAsync("40001", CancellationToken.None));

        var confirmCsv = page.QuerySelector("#confirm-form input[name='Confirm.Csv']")!.GetAttribute("value")!;
        var confirm = await HtmlForms.SubmitAsync(admin, "/sales/customers/import", "#preview-form", new() { ["_handler"] = "confirm", ["Confirm.Csv"] = confirmCsv });

        var confirmed = await HtmlForms.ParseAsync(confirm);
        Assert.True(confirmed.QuerySelector("#import-message") is not null, $"{confirm.StatusCode}: {confirmed.Body?.TextContent[..Math.Min(2000, confirmed.Body.TextContent.Length)]}");
        Assert.Contains("2", confirmed.QuerySelector("#import-message")!.TextContent);
        var distributor = await store.GetAsync("40003", CancellationToken.None);
        Assert.Equal(CustomerType.Distributor, distributor!.Type);
        Assert.Equal(["buttons-co.co.uk", "buttonsco.com"], distributor.EmailDomains);
        Assert.Null(await store.GetAsync("40002", CancellationToken.None));
        Assert.Equal("40001", site.Services.GetRequiredService<ICustomerDirectory>().FindByDomain("knopfladen-nord.de")?.Number);
    }
}
