using Bunit;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake.Customers;
using HappyButtons.Engine.Intake.Persistence;
using HappyButtons.Tests.Web;
using HappyButtons.Web.Sales.Customers;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HappyButtons.Tests.Components;

/// <summary>The CSV import page: a preview that says what each line does before anything is stored, and a checked import.</summary>
public class CustomerImportTests(CustomerImportTests.Site site) : IClassFixture<CustomerImportTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    private CustomerStore Store => site.Services.GetRequiredService<CustomerStore>();

    private static byte[] ExcelExport => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "Customers", "kunden-excel-windows1252.csv"));

    private BunitContext Context(AppUser user)
    {
        var context = ComponentContext.Create(site, user);
        context.Services.AddSingleton(site.Services.GetRequiredService<ICustomerDirectory>());
        context.Render<MudPopoverProvider>();
        context.Render<MudSnackbarProvider>();
        return context;
    }

    [Fact]
    public async Task ThePreview_ShowsWhichLinesOverwriteAndWhichAreRejected_BeforeAnythingIsStored()
    {
        var clerk = await site.CreateUserAsync("paula", "Paula-Passwort-2026", false, Departments.Sales);
        await using var context = Context(clerk);
        var page = context.Render<CustomerImportPage>();

        await page.InvokeAsync(() => page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(ExcelExport, "kunden.csv")));

        page.WaitForAssertion(() => Assert.Equal(6, page.FindAll("#preview-table td[data-line]").Count));
        Assert.Contains("Windows-1252", page.Find("#import-format").TextContent);
        Assert.Equal("overwrite", page.Find("#preview-table td[data-line='4']").GetAttribute("data-action"));
        Assert.Contains("Überschreibt 10042 Autowerk Süd AG: Mail-Domains", page.Find("#preview-table").TextContent);
        Assert.Contains("Zeile 5: Die Kundennummer „1OO43“ ist ungültig", page.Find("#preview-table").TextContent);
        Assert.Contains("1 überschreibt einen gespeicherten Kunden", page.Find("#import-summary").TextContent);
        Assert.Contains("Müller & Söhne Knopfhandel GmbH", page.Find("#preview-table").TextContent);
        Assert.Null(await Store.GetAsync("40010", CancellationToken.None));
        Assert.Equal(["autowerk-sued.de"], (await Store.GetAsync("10042", CancellationToken.None))!.EmailDomains);
    }

    [Fact]
    public async Task AnImport_AfterTheClerkLeftSales_StoresNothing()
    {
        var administration = site.Services.GetRequiredService<UserAdministration>();
        var clerk = await site.CreateUserAsync("quirin", "Quirin-Passwort-2026", false, Departments.Sales, Departments.Finance);
        await using var context = Context(clerk);
        var dialogs = context.Render<MudDialogProvider>();
        var page = context.Render<CustomerImportPage>();
        await page.InvokeAsync(() => page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(ExcelExport, "kunden.csv")));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#import-confirm")));

        // Sales taken away while the page is open: the circuit's claims still say "sales", the stored user does not.
        Assert.True((await administration.UpdateAsync("admin", 1, clerk.Id, new UserProfile(clerk.DisplayName, null, false, [Departments.Finance]), CancellationToken.None)).Succeeded);
        var confirm = page.InvokeAsync(() => page.Find("#import-confirm").Click());
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll(".mud-dialog button")));
        await dialogs.InvokeAsync(() => dialogs.FindAll(".mud-dialog button").Last().Click());
        await confirm;

        page.WaitForAssertion(() => Assert.Contains("Kunden sind für den Vertrieb und Administratoren.", page.Find("#import-message").TextContent));
        Assert.Null(await Store.GetAsync("40010", CancellationToken.None));
    }
}
