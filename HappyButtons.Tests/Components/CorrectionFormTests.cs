using Bunit;
using HappyButtons.Engine.Audit;
using HappyButtons.Engine.Identity;
using HappyButtons.Engine.Intake;
using HappyButtons.Tests.Intake.Persistence;
using HappyButtons.Tests.Intake.Pipeline;
using HappyButtons.Web.Workspace;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HappyButtons.Tests.Components;

public sealed class CorrectionFormTests(IntakeSite site) : IClassFixture<IntakeSite>
{
    private async Task<MessageDetail> SchoolVisitAsync() => await site.WaitProcessedAsync(await site.UploadAsync("info",
        PipelineTestSite.SimpleMail("Werksführung " + Guid.NewGuid().ToString("N")[..6],
            "Können wir im Mai mit einer Schulklasse Ihre Produktion besichtigen? Mit freundlichen Grüßen", from: "lehrer@schule-krefeld.de")));

    private static async Task ChooseAsync(IRenderedComponent<MessageCorrectionForm> form, string intent, string department)
    {
        var selects = form.FindComponents<MudSelect<string>>();
        await form.InvokeAsync(() => selects[0].Instance.ValueChanged.InvokeAsync(intent));
        await form.InvokeAsync(() => selects[1].Instance.ValueChanged.InvokeAsync(department));
    }

    [Fact]
    public async Task AClerkCorrectsAMessage_ItMovesToTheCorrectedDepartment_IsAudited_AndThePageReturnsWithASnackbar()
    {
        var message = await SchoolVisitAsync();
        var department = message.Department ?? message.Mailbox;
        var clerk = await site.CreateUserAsync("klara" + message.Id, "Klara-Passwort-2026", false, department, Departments.Support);
        await using var context = ComponentContext.Create(site, clerk);
        var snackbars = context.Render<MudSnackbarProvider>();
        var navigation = context.Services.GetRequiredService<NavigationManager>();
        var form = context.Render<MessageCorrectionForm>(p => p.Add(f => f.Dept, department).Add(f => f.MessageId, message.Id)
            .Add(f => f.Intent, message.Intake?.Intent).Add(f => f.Department, department).Add(f => f.Inbox, "q=Werk"));

        await ChooseAsync(form, "complaint", "support");
        form.Find("#correction-save").Click();

        form.WaitForAssertion(() => Assert.EndsWith($"/support/messages/{message.Id}", navigation.Uri), TimeSpan.FromSeconds(10));
        var after = await site.Services.GetRequiredService<MessageQueries>().GetAsync(message.Id, CancellationToken.None);
        Assert.Equal("support", after!.Department);
        Assert.Equal("complaint", after.Intake!.Intent);
        var audit = await site.Services.GetRequiredService<AuditLog>().RecentAsync(5, $"message:{message.Id}", CancellationToken.None);
        Assert.Contains(audit, a => a.Action == "message.correct" && a.Actor == clerk.UserName);
        snackbars.WaitForAssertion(() => Assert.Contains("Korrigiert; die Nachricht liegt jetzt bei Kundendienst.", snackbars.Markup));
    }

    [Fact]
    public async Task WhenTheMessageLeavesTheClerksDepartments_ThePageReturnsToTheInbox_WithItsFilter()
    {
        var message = await SchoolVisitAsync();
        var department = message.Department ?? message.Mailbox;
        var clerk = await site.CreateUserAsync("lotte" + message.Id, "Lotte-Passwort-2026", false, department);
        await using var context = ComponentContext.Create(site, clerk);
        context.Render<MudSnackbarProvider>();
        var navigation = context.Services.GetRequiredService<NavigationManager>();
        var form = context.Render<MessageCorrectionForm>(p => p.Add(f => f.Dept, department).Add(f => f.MessageId, message.Id)
            .Add(f => f.Inbox, "q=Werk&p=2"));

        await ChooseAsync(form, "invoice_request", "finance");
        form.Find("#correction-save").Click();

        form.WaitForAssertion(() => Assert.EndsWith($"/{department}/messages?q=Werk&p=2", navigation.Uri), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task ACraftedSave_ByAMemberOfAnotherDepartment_ChangesNothing()
    {
        var message = await SchoolVisitAsync();
        var department = message.Department ?? message.Mailbox;
        var outsider = await site.CreateUserAsync("otto" + message.Id, "Otto-Passwort-2026", false, Departments.Finance);
        await using var context = ComponentContext.Create(site, outsider);
        context.Render<MudSnackbarProvider>();
        // The UI would never offer this form to him; a crafted circuit event can still reach the handler.
        var form = context.Render<MessageCorrectionForm>(p => p.Add(f => f.Dept, department).Add(f => f.MessageId, message.Id));

        await ChooseAsync(form, "spam", "finance");
        form.Find("#correction-save").Click();

        form.WaitForAssertion(() => Assert.Contains("Sie gehören dieser Abteilung nicht an.", form.Find("#correction-message").TextContent));
        var after = await site.Services.GetRequiredService<MessageQueries>().GetAsync(message.Id, CancellationToken.None);
        Assert.Equal(department, after!.Department ?? after.Mailbox);
        Assert.NotEqual("spam", after.Intake!.Intent);
    }

    [Fact]
    public async Task ASaveForAMessageOfAnotherDepartment_ThroughTheClerksOwnWorkspace_ChangesNothing()
    {
        var message = await SchoolVisitAsync();
        var department = message.Department ?? message.Mailbox;
        var other = Departments.All.First(d => d != department);
        var clerk = await site.CreateUserAsync("paula" + message.Id, "Paula-Passwort-2026", false, other);
        await using var context = ComponentContext.Create(site, clerk);
        context.Render<MudSnackbarProvider>();
        var form = context.Render<MessageCorrectionForm>(p => p.Add(f => f.Dept, other).Add(f => f.MessageId, message.Id));

        await ChooseAsync(form, "spam", other);
        form.Find("#correction-save").Click();

        form.WaitForAssertion(() => Assert.Contains("Nachricht nicht gefunden.", form.Find("#correction-message").TextContent));
        Assert.Equal(department, (await site.Services.GetRequiredService<MessageQueries>().GetAsync(message.Id, CancellationToken.None))!.Department ?? department);
    }
}
