using Bunit;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Orders;
using HappyButtons.Tests.Components;
using HappyButtons.Web.Localization;
using HappyButtons.Web.Orders;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HappyButtons.Tests.Orders;

/// <summary>The order board and the order page as components over the running app's database.</summary>
public sealed class OrderComponentTests(OrdersWebSite site) : IClassFixture<OrdersWebSite>
{
    private async Task<BunitContext> ContextAsync(string userName)
    {
        var user = (await site.Services.GetRequiredService<UserStore>().FindByNameAsync(userName, CancellationToken.None))!;
        var context = ComponentContext.Create(site, user);
        foreach (var type in new[] { typeof(OrderQueries), typeof(OrderService), typeof(OrderActors), typeof(OrderLineEditor) })
        {
            context.Services.AddSingleton(type, site.Services.GetRequiredService(type));
        }

        context.Services.AddScoped<OrderAccess>();
        context.Services.GetRequiredService<UiText>().Use("de");
        context.Render<MudPopoverProvider>();
        return context;
    }

    private static string ColumnOf(IRenderedComponent<OrderBoard> board, string number) =>
        board.Find($"[data-order='{number}']").Closest("[data-column]")!.GetAttribute("data-column")!;

    private static Task DropAsync(IRenderedComponent<OrderBoard> board, string number, string zone)
    {
        var container = board.FindComponent<MudDropContainer<OrderSummary>>();
        var card = container.Instance.Items.Single(c => c.Number == number);
        return board.InvokeAsync(() => container.Instance.ItemDropped.InvokeAsync(new MudItemDropInfo<OrderSummary>(card, zone, 0)));
    }

    [Fact]
    public async Task ARefusedDrop_SnapsBack_WithTheReasonInGerman_AndAnAllowedOneMovesTheCard()
    {
        var (id, number) = await site.CreateOrderAsync();
        await using var context = await ContextAsync("sara");
        var board = context.Render<OrderBoard>(p => p.Add(b => b.Scope, "sales"));
        Assert.Equal("created", ColumnOf(board, number));

        await DropAsync(board, number, "shipped");

        var snackbars = context.Services.GetRequiredService<ISnackbar>();
        board.WaitForAssertion(() => Assert.Contains(snackbars.ShownSnackbars, s => s.Message.Contains("diesen Schritt sieht der Ablauf nicht vor")));
        Assert.Equal("created", ColumnOf(board, number));

        await DropAsync(board, number, "confirmed");

        board.WaitForAssertion(() => Assert.Equal("confirmed", ColumnOf(board, number)));
        Assert.Contains(snackbars.ShownSnackbars, s => s.Message == $"{number} ist jetzt „Bestätigt“.");
        Assert.Equal(OrderState.Confirmed, (await site.Services.GetRequiredService<OrderQueries>().GetAsync(id, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task ADropByProduction_OfAStepOfSales_IsRefusedNamingTheRole_AndChangesNothing()
    {
        var (id, number) = await site.CreateOrderAsync();
        await using var context = await ContextAsync("paul");
        var board = context.Render<OrderBoard>(p => p.Add(b => b.Scope, "info"));

        await DropAsync(board, number, "confirmed");

        var snackbars = context.Services.GetRequiredService<ISnackbar>();
        board.WaitForAssertion(() => Assert.Contains(snackbars.ShownSnackbars, s => s.Message.Contains("das darf nur der Vertrieb")));
        Assert.Equal("created", ColumnOf(board, number));
        Assert.Empty((await site.Services.GetRequiredService<OrderQueries>().GetAsync(id, CancellationToken.None))!.History);
    }

    [Fact]
    public async Task TheBoard_ShowsAMoveBySomeoneElse_Live_AndFiltersByCustomer()
    {
        var (id, number) = await site.CreateOrderAsync();
        var (_, other) = await site.CreateOrderAsync("81077", new { sku = "HB-4H-18L-BLK", quantity = 1000 });
        await using var context = await ContextAsync("fiona");
        var board = context.Render<OrderBoard>(p => p.Add(b => b.Scope, "finance"));

        await site.Orders.TransitionAsync(id, OrderState.Confirmed, OrderActor.Administrator("admin"));

        board.WaitForAssertion(() => Assert.Equal("confirmed", ColumnOf(board, number)));
        var customer = board.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Kunde");
        await board.InvokeAsync(() => customer.Instance.ValueChanged.InvokeAsync("Huber"));
        board.WaitForAssertion(() =>
        {
            Assert.Empty(board.FindAll($"[data-order='{number}']"));
            Assert.Single(board.FindAll($"[data-order='{other}']"));
        });
    }

    [Fact]
    public async Task TheOrderPage_ShowsLinesTotalsAndNextSteps_AndAStepAddsHistoryAndTheConfirmation()
    {
        var (id, number) = await site.CreateOrderAsync();
        await using var context = await ContextAsync("sara");
        var page = context.Render<OrderView>(p => p.Add(v => v.Scope, "sales").Add(v => v.Id, id));

        Assert.Contains($"Auftrag {number}", page.Find("#order-number").TextContent);
        Assert.Equal(2, page.FindAll("#order-lines tbody tr").Count);
        Assert.Equal("2.063,31 €", page.Find("[data-total='gross']").TextContent);
        Assert.Equal(["confirmed", "cancelled"], page.FindAll("#order-actions button").Select(b => b.GetAttribute("data-to")));
        Assert.NotNull(page.Find("#no-documents"));

        await page.InvokeAsync(() => page.Find("#order-actions button[data-to='confirmed']").Click());

        page.WaitForAssertion(() =>
        {
            Assert.NotNull(page.Find("#order-history [data-step='confirmed']"));
            Assert.Contains("Auftragsbestätigung " + number, page.Find("#order-documents").TextContent);
            Assert.Equal($"/orders/{id}/documents/confirmation.pdf", page.Find("[data-document='confirmation'] a").GetAttribute("href"));
            Assert.Equal(["cancelled"], page.FindAll("#order-actions button").Select(b => b.GetAttribute("data-to")));
        });
    }

    [Fact]
    public async Task SalesEditsTheLinesOnTheOrderPage_TotalsAndHistoryFollow_AndASecondEditorIsToldOfTheConflict()
    {
        var (id, number) = await site.CreateOrderAsync();
        await site.Orders.TransitionAsync(id, OrderState.Confirmed, OrderActor.Administrator("admin"));
        await using var context = await ContextAsync("sara");
        var page = context.Render<OrderView>(p => p.Add(v => v.Scope, "sales").Add(v => v.Id, id));
        var other = context.Render<OrderView>(p => p.Add(v => v.Scope, "sales").Add(v => v.Id, id));

        await page.InvokeAsync(() => page.Find("#edit-lines").Click());
        await other.InvokeAsync(() => other.Find("#edit-lines").Click());
        page.Find("[data-line='0'] .line-quantity input").Change("20000");
        await page.InvokeAsync(() => page.FindAll("[data-line='1'] .remove-line")[0].Click());
        await page.InvokeAsync(() => page.Find("#edit-lines-save").Click());

        page.WaitForAssertion(() =>
        {
            Assert.Single(page.FindAll("#order-lines tbody tr"));
            Assert.Equal("2.856,00 €", page.Find("[data-total='gross']").TextContent);
            Assert.Equal("HB-4H-18L-BLK: 10.000 → 20.000; − HB-2H-24L-WHT × 2.500", page.Find("#order-history [data-step='lines'] .line-change").TextContent);
            Assert.Contains("Positionen geändert", page.Find("#order-history [data-step='lines']").TextContent);
        });

        other.Find("[data-line='0'] .line-quantity input").Change("30000");
        await other.InvokeAsync(() => other.Find("#edit-lines-save").Click());

        other.WaitForAssertion(() => Assert.Contains("sara hat den Auftrag inzwischen geändert", other.Find("#order-lines-error").TextContent));
        Assert.Equal(20_000, (await site.Services.GetRequiredService<OrderQueries>().GetAsync(id, CancellationToken.None))!.Lines.Single().Quantity);
    }

    [Fact]
    public async Task OnceInProduction_TheOrderPageOffersNoLineEditing()
    {
        var (id, _) = await site.CreateOrderAsync();
        foreach (var to in new[] { OrderState.Confirmed, OrderState.Planned, OrderState.InProduction })
        {
            await site.Orders.TransitionAsync(id, to, OrderActor.Administrator("admin"));
        }

        await using var context = await ContextAsync("sara");
        var page = context.Render<OrderView>(p => p.Add(v => v.Scope, "sales").Add(v => v.Id, id));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("#order-lines")));
        Assert.Empty(page.FindAll("#edit-lines"));
    }

    [Fact]
    public async Task AnAdministrator_GivesTheWarehouseRole_AndACraftedSaveByAClerk_ChangesNothing()
    {
        var wanda = await site.CreateUserAsync("wanda", OrdersWebSite.Password, false, "info");
        var actors = site.Services.GetRequiredService<OrderActors>();
        await using (var context = await ContextAsync("sara"))
        {
            var card = context.Render<OrderRolesCard>(p => p.Add(c => c.UserId, wanda.Id));
            await card.InvokeAsync(() => card.FindComponents<MudCheckBox<bool>>()[1].Instance.ValueChanged.InvokeAsync(true));
            await card.InvokeAsync(() => card.Find("#save-order-roles").Click());
            card.WaitForAssertion(() => Assert.NotNull(card.Find("#order-roles-error")));
            Assert.Empty(await actors.ExtraRolesAsync(wanda.Id, CancellationToken.None));
        }

        await using (var context = await ContextAsync("admin"))
        {
            var card = context.Render<OrderRolesCard>(p => p.Add(c => c.UserId, wanda.Id));
            await card.InvokeAsync(() => card.FindComponents<MudCheckBox<bool>>()[1].Instance.ValueChanged.InvokeAsync(true));
            await card.InvokeAsync(() => card.Find("#save-order-roles").Click());
        }

        Assert.Equal([OrderRoles.Warehouse], await actors.ExtraRolesAsync(wanda.Id, CancellationToken.None));
        Assert.True((await actors.ForUserAsync(wanda.Id, CancellationToken.None))!.May(OrderRoles.Warehouse));
    }

    [Fact]
    public async Task SalesEntersAnOrderByHand_ItIsCreatedWithCatalogPrices_AndThePageGoesToIt()
    {
        await using var context = await ContextAsync("sara");
        var navigation = context.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        var form = context.Render<OrderCreatePage>(p => p.Add(f => f.Dept, "sales"));

        await form.InvokeAsync(() => form.FindComponents<MudSelect<string>>()[0].Instance.ValueChanged.InvokeAsync("81077"));
        await form.InvokeAsync(() => form.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Bestellnummer des Kunden").Instance.ValueChanged.InvokeAsync("HU-77"));
        await form.InvokeAsync(() => form.FindComponents<MudSelect<string>>()[1].Instance.ValueChanged.InvokeAsync("HB-2H-24L-WHT"));
        await form.InvokeAsync(() => form.FindComponents<MudNumericField<long>>()[0].Instance.ValueChanged.InvokeAsync(800L));
        await form.InvokeAsync(() => form.Find("#order-save").Click());

        form.WaitForAssertion(() => Assert.Matches(@"/sales/orders/\d+$", navigation.Uri));
        var id = long.Parse(navigation.Uri[(navigation.Uri.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var order = (await site.Services.GetRequiredService<OrderQueries>().GetAsync(id, CancellationToken.None))!;
        Assert.Equal(("81077", "HU-77", "sara"), (order.CustomerNumber, order.PoNumber, order.CreatedBy));
        Assert.Equal(190.00m, Assert.Single(order.Lines).Total);
    }

    [Fact]
    public async Task AnOrderWithoutCustomerOrLines_IsExplainedInGerman_AndFinanceGetsNoOrderForm()
    {
        await using (var context = await ContextAsync("sara"))
        {
            var form = context.Render<OrderCreatePage>(p => p.Add(f => f.Dept, "sales"));
            await form.InvokeAsync(() => form.Find("#order-save").Click());
            form.WaitForAssertion(() =>
            {
                Assert.Contains("Wählen Sie den Kunden.", form.Find("#order-errors").TextContent);
                Assert.Contains("Ein Auftrag braucht mindestens eine Position.", form.Find("#order-errors").TextContent);
            });
        }

        await using (var context = await ContextAsync("fiona"))
        {
            var before = (await site.Services.GetRequiredService<OrderQueries>().ListAsync(new OrderFilter(), CancellationToken.None)).Total;
            // Orders are entered by sales: the page refuses finance (the save handler checks the sales membership again).
            var form = context.Render<OrderCreatePage>(p => p.Add(f => f.Dept, "finance"));
            Assert.Empty(form.FindAll("#order-save"));
            Assert.Equal(before, (await site.Services.GetRequiredService<OrderQueries>().ListAsync(new OrderFilter(), CancellationToken.None)).Total);
        }
    }
}
