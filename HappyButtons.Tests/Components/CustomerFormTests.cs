using Bunit;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake.Customers;
using HappyButtons.Engine.Intake.Persistence;
using HappyButtons.Tests.Web;
using HappyButtons.Web.Localization;
using HappyButtons.Web.Sales.Customers;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HappyButtons.Tests.Components;

/// <summary>The customer form: validation in German and English, saving with contacts, refusals on the server side.</summary>
public class CustomerFormTests(CustomerFormTests.Site site) : IClassFixture<CustomerFormTests.Site>
{
    public sealed class Site : HappyButtonsFactory;

    private CustomerStore Store => site.Services.GetRequiredService<CustomerStore>();

    private BunitContext Context(AppUser user, string language = "de")
    {
        var context = ComponentContext.Create(site, user);
        context.Services.AddSingleton(site.Services.GetRequiredService<ICustomerDirectory>());
        context.Services.GetRequiredService<UiText>().Use(language);
        context.Render<MudPopoverProvider>();
        return context;
    }

    private static async Task TypeAsync(IRenderedComponent<CustomerForm> form, string label, string value, int index = 0)
    {
        var field = form.FindComponents<MudTextField<string>>().Where(f => f.Instance.Label == label).ElementAt(index);
        await form.InvokeAsync(() => field.Instance.ValueChanged.InvokeAsync(value));
    }

    [Fact]
    public async Task ABadNumberAndAFreeMailDomain_AreExplainedInGerman_AndNothingIsSaved()
    {
        var clerk = await site.CreateUserAsync("gerd", "Gerd-Passwort-2026", false, Departments.Sales);
        await using var context = Context(clerk);
        var form = context.Render<CustomerForm>();

        await TypeAsync(form, "Kundennummer", "12a");
        await TypeAsync(form, "Name", "Knopf AG");
        await TypeAsync(form, "Mail-Domains", "knopf-ag.de, gmx.de");
        await form.InvokeAsync(() => form.Find("#customer-save").Click());

        form.WaitForAssertion(() =>
        {
            var errors = form.Find("#customer-errors").TextContent;
            Assert.Contains("Die Kundennummer „12a“ ist ungültig: Sie besteht aus 4 bis 10 Ziffern und sonst nichts.", errors);
            Assert.Contains("„gmx.de“ ist ein öffentlicher Mail-Anbieter und kann keinen Kunden kennzeichnen.", errors);
        });
        Assert.Null(await Store.GetAsync("12a", CancellationToken.None));
    }

    [Fact]
    public async Task TheSameMistakes_AreExplainedInEnglish_ForAnEnglishReader()
    {
        var clerk = await site.CreateUserAsync("emma", "Emma-Passwort-2026", false, Departments.Sales);
        await using var context = Context(clerk, "en");
        var form = context.Render<CustomerForm>();

        await TypeAsync(form, "Customer number", "10042");
        await form.InvokeAsync(() => form.Find("#add-contact").Click());
        await TypeAsync(form, "E-mail", "not-an-address");
        await form.InvokeAsync(() => form.Find("#customer-save").Click());

        form.WaitForAssertion(() =>
        {
            var errors = form.Find("#customer-errors").TextContent;
            Assert.Contains("The name is missing.", errors);
            Assert.Contains("\"not-an-address\" is not an e-mail address.", errors);
            Assert.Contains("A contact needs a last name.", errors);
            Assert.Contains("A customer with number 10042 already exists.", errors);
        });
    }

    [Fact]
    public async Task AClerkCreatesACustomerWithAContact_ItIsStored_AndThePageGoesToIt()
    {
        var clerk = await site.CreateUserAsync("hanna", "Hanna-Passwort-2026", false, Departments.Sales);
        await using var context = Context(clerk);
        var navigation = context.Services.GetRequiredService<NavigationManager>();
        var form = context.Render<CustomerForm>();

        await TypeAsync(form, "Kundennummer", "40100");
        await TypeAsync(form, "Name", "Knopfwerk Ost GmbH");
        await TypeAsync(form, "Mail-Domains", "knopfwerk-ost.de");
        await form.InvokeAsync(() => form.FindComponents<MudSelect<CustomerType>>()[0].Instance.ValueChanged.InvokeAsync(CustomerType.Distributor));
        await form.InvokeAsync(() => form.Find("#add-contact").Click());
        await TypeAsync(form, "Vorname", "Ida");
        await TypeAsync(form, "Nachname", "Ost");
        await TypeAsync(form, "E-Mail", "Ida.Ost@knopfwerk-ost.de");
        await form.InvokeAsync(() => form.Find("#customer-save").Click());

        form.WaitForAssertion(() => Assert.EndsWith("/sales/customers/40100", navigation.Uri));
        var stored = await Store.GetAsync("40100", CancellationToken.None);
        Assert.Equal(CustomerType.Distributor, stored!.Type);
        Assert.Equal(["knopfwerk-ost.de"], stored.EmailDomains);
        Assert.Equal("ida.ost@knopfwerk-ost.de", Assert.Single(await Store.ContactsOfAsync("40100", CancellationToken.None)).Email);
    }

    [Fact]
    public async Task ACraftedSave_ByAMemberOfAnotherDepartment_ChangesNothing()
    {
        var outsider = await site.CreateUserAsync("fritz", "Fritz-Passwort-2026", false, Departments.Finance);
        await using var context = Context(outsider);
        // The page would refuse him; a crafted circuit event can still reach the form's handler.
        var form = context.Render<CustomerForm>(p => p.Add(f => f.Number, "30103"));

        await TypeAsync(form, "Name", "Übernommen");
        await form.InvokeAsync(() => form.Find("#customer-save").Click());

        form.WaitForAssertion(() => Assert.Contains("Kunden sind für den Vertrieb und Administratoren.", form.Find("#customer-errors").TextContent));
        Assert.Equal("Atelier Rosalie", (await Store.GetAsync("30103", CancellationToken.None))!.Name);
    }

    [Fact]
    public async Task ASaveStartedFromAnOlderVersion_IsRefused_WithWhoChangedItInTheMeantime()
    {
        var clerk = await site.CreateUserAsync("ines", "Ines-Passwort-2026", false, Departments.Sales);
        await using var context = Context(clerk);
        var form = context.Render<CustomerForm>(p => p.Add(f => f.Number, "30102"));
        var before = await Store.GetAsync("30102", CancellationToken.None);
        Assert.True((await Store.SaveAsync(before! with { Name = "Trachten Huber KG" }, "berta", CancellationToken.None)).Succeeded);

        await TypeAsync(form, "Name", "Trachten Huber e.K. (neu)");
        await form.InvokeAsync(() => form.Find("#customer-save").Click());

        form.WaitForAssertion(() => Assert.Contains("Dieser Kunde wurde inzwischen von berta geändert; bitte neu laden.", form.Find("#customer-errors").TextContent));
        Assert.Equal("Trachten Huber KG", (await Store.GetAsync("30102", CancellationToken.None))!.Name);
        await form.InvokeAsync(() => form.Find("#customer-reload").Click());
        form.WaitForAssertion(() => Assert.Empty(form.FindAll("#customer-errors")));
    }
}
