using Bunit;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake.Customers;
using HappyButtons.Engine.Intake.Persistence;
using HappyButtons.Tests.Components;
using HappyButtons.Tests.Web;
using HappyButtons.Web.Localization;
using HappyButtons.Web.Sales.Customers;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HappyButtons.Tests.Orders;

/// <summary>The customer's postal address and VAT ID, which invoices print, on the sales customer form.</summary>
public sealed class CustomerAddressTests(CustomerAddressTests.Site site) : IClassFixture<CustomerAddressTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    private CustomerStore Store => site.Services.GetRequiredService<CustomerStore>();

    private async Task<(BunitContext, IRenderedComponent<CustomerForm>)> FormAsync(string userName, string? number)
    {
        var clerk = await site.CreateUserAsync(userName, "Clerk-Passwort-2026", false, Departments.Sales);
        var context = ComponentContext.Create(site, clerk);
        context.Services.AddSingleton(site.Services.GetRequiredService<ICustomerDirectory>());
        context.Services.GetRequiredService<UiText>().Use("de");
        context.Render<MudPopoverProvider>();
        return (context, context.Render<CustomerForm>(p => p.Add(f => f.Number, number)));
    }

    private static Task TypeAsync(IRenderedComponent<CustomerForm> form, string label, string value) =>
        form.InvokeAsync(() => form.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == label).Instance.ValueChanged.InvokeAsync(value));

    [Fact]
    public async Task AClerkAddsAddressAndVatId_TheyAreStoredNormalised_AndAudited()
    {
        var (context, form) = await FormAsync("anke", "10042");
        await using var _ = context;

        await TypeAsync(form, "Straße und Hausnummer", "Industriestraße 12");
        await TypeAsync(form, "PLZ", "70565");
        await TypeAsync(form, "Ort", "Stuttgart");
        await TypeAsync(form, "Land", "de");
        await TypeAsync(form, "USt-IdNr.", "de 811.122.233");
        await form.InvokeAsync(() => form.Find("#customer-save").Click());

        form.WaitForAssertion(() => Assert.Equal(new CustomerAddress("Industriestraße 12", "70565", "Stuttgart", "DE"), Store.GetAsync("10042", CancellationToken.None).Result!.Address));
        Assert.Equal("DE811122233", (await Store.GetAsync("10042", CancellationToken.None))!.VatId);
        var audit = await site.Services.GetRequiredService<Engine.Audit.AuditLog>().RecentAsync(1, CustomerStore.Target("10042"), CancellationToken.None);
        Assert.Contains("address Industriestraße 12, 70565 Stuttgart, DE; VAT ID DE811122233", audit.Single().Details);
    }

    [Fact]
    public async Task ABadVatIdAndAnIncompleteAddress_AreExplainedInGerman_AndNotSaved()
    {
        var (context, form) = await FormAsync("bert", "10057");
        await using var _ = context;
        var before = await Store.GetAsync("10057", CancellationToken.None);

        await TypeAsync(form, "Straße und Hausnummer", "Nur eine Straße 1");
        await TypeAsync(form, "Ort", "");
        await TypeAsync(form, "USt-IdNr.", "123");
        await form.InvokeAsync(() => form.Find("#customer-save").Click());

        form.WaitForAssertion(() =>
        {
            var errors = form.Find("#customer-errors").TextContent;
            Assert.Contains("„123“ ist keine USt-IdNr.", errors);
            Assert.Contains("Die Anschrift braucht Straße, PLZ, Ort", errors);
        });
        Assert.Equal(before!.Version, (await Store.GetAsync("10057", CancellationToken.None))!.Version);
    }
}
