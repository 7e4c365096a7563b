#pragma warning disable MUD0012 // the test reads what the composer shows
using Bunit;
using HappyButtons.Engine.Conversations;
using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Components;
using HappyButtons.Web.Inbox;
using MudBlazor;

namespace HappyButtons.Tests.Replies;

/// <summary>The composer with stored templates and the live courtesy score; under the minimum only "Send under the minimum" with a reason sends.</summary>
public sealed class ComposerCourtesyTests(ReplySite site) : IClassFixture<ReplySite>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private async Task<(BunitContext Context, IRenderedComponent<MudSnackbarProvider> Snackbars, IRenderedComponent<ReplyComposer> Composer, ConversationDetail Conversation)>
        OpenAsync(string subject)
    {
        var conversation = await site.ConversationAsync(subject);
        var me = await site.CreateUserAsync("k" + Guid.NewGuid().ToString("N")[..8], "Passwort-Clerk-2026!", false, Departments.Sales);
        var context = ComponentContext.Create(site, me);
        context.Render<MudPopoverProvider>();
        var snackbars = context.Render<MudSnackbarProvider>();
        var composer = context.Render<ReplyComposer>(p => p.Add(c => c.Detail, conversation).Add(c => c.Department, Departments.Sales)
            .Add(c => c.UserId, me.Id).Add(c => c.UserName, me.DisplayName));
        return (context, snackbars, composer, conversation);
    }

    [Fact]
    public async Task TheChip_ScoresTheStartingText_FollowsTheTemplate_AndTheTypedText()
    {
        var (context, _, composer, _) = await OpenAsync("Chip");
        await using var _context = context;
        var chip = () => int.Parse(composer.Find("#composer-courtesy").GetAttribute("data-score")!);
        var template = composer.FindComponents<MudSelect<string>>().First();
        await composer.InvokeAsync(() => template.Instance.ValueChanged.InvokeAsync("general-inquiry"));
        Assert.True(chip() >= 85, chip().ToString());
        Assert.Empty(composer.FindAll("#composer-courtesy-below"));

        var body = composer.FindComponent<MudTextField<string>>();
        await composer.InvokeAsync(() => body.Instance.ValueChanged.InvokeAsync("Hallo,\n\ngeht nicht."));
        Assert.True(chip() < 60);
        Assert.Contains("Anrede mit Titel und Name", composer.Find("#composer-courtesy").GetAttribute("data-missing"));
    }

    [Fact]
    public async Task UnderTheMinimum_SendIsRefused_UntilSendAnywayWithAReason_ThenTheOverrideIsInTheTimeline()
    {
        var (context, snackbars, composer, conversation) = await OpenAsync("Override UI");
        await using var _context = context;
        var body = composer.FindComponent<MudTextField<string>>();
        await composer.InvokeAsync(() => body.Instance.ValueChanged.InvokeAsync("Hallo,\n\ngeht nicht. Ware ist weg."));

        await composer.InvokeAsync(() => composer.Find("#composer-send").Click());
        composer.WaitForAssertion(() => Assert.Contains("unter dem Minimum von 60", snackbars.Markup));
        var overrideBox = composer.FindComponents<MudCheckBox<bool>>().Single(c => c.Instance.Label == "Unter dem Mindestwert senden");
        await composer.InvokeAsync(() => overrideBox.Instance.ValueChanged.InvokeAsync(true));
        await composer.InvokeAsync(() => composer.Find("#composer-send").Click());
        composer.WaitForAssertion(() => Assert.Contains("Begründung", snackbars.Markup));
        Assert.DoesNotContain((await site.Queries.GetAsync(conversation.Summary.Id, null, None))!.Timeline, t => t.Kind == EntryKind.Outgoing);

        var reason = composer.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Begründung (wird protokolliert)");
        await composer.InvokeAsync(() => reason.Instance.ValueChanged.InvokeAsync("Kunde will es kurz"));
        await composer.InvokeAsync(() => composer.Find("#composer-send").Click());

        composer.WaitForAssertion(() => Assert.Contains("Die Antwort ist unterwegs.", snackbars.Markup));
        var sent = Assert.Single((await site.Queries.GetAsync(conversation.Summary.Id, null, None))!.Timeline, t => t.Kind == EntryKind.Outgoing);
        Assert.Equal("Kunde will es kurz", sent.CourtesyOverride);
        var timeline = context.Render<ConversationTimeline>(p => p.Add(t => t.Entries, [sent]).Add(t => t.Department, Departments.Sales));
        Assert.Contains("Kunde will es kurz", timeline.Find(".timeline-courtesy-override").TextContent);
    }

    [Fact]
    public async Task ATemplateWithAMissingFact_ShowsWhichFactIsMissing_InWords()
    {
        var (context, _, composer, _) = await OpenAsync("Fehlende Fakten");
        await using var _context = context;

        var template = composer.FindComponents<MudSelect<string>>().First();
        await composer.InvokeAsync(() => template.Instance.ValueChanged.InvokeAsync("invoice-copy"));

        var problem = composer.Find("#composer-template-problem").TextContent;
        Assert.Contains("die Rechnungsnummer", problem);
        Assert.DoesNotContain("invoice_number", problem);
        Assert.StartsWith("Sehr geehrte Frau Dr. Weber,", composer.FindComponent<MudTextField<string>>().Instance.Value);
    }
}
