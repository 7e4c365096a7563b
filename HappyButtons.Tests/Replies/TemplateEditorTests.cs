#pragma warning disable MUD0012 // the test reads what the editor shows
using Bunit;
using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Replies;
using HappyButtons.Tests.Components;
using HappyButtons.Tests.Components.Admin;
using HappyButtons.Web.Admin.Templates;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace HappyButtons.Tests.Replies;

/// <summary>The administrators' template editor: validation on save, the live preview against a stored mail, versions and restore.</summary>
public sealed class TemplateEditorTests(ReplySite site) : IClassFixture<ReplySite>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private async Task<(BunitContext Context, StoredReplyTemplate Template)> OpenAsync(string key, Language language)
    {
        var context = ComponentContext.Create(site, await site.AdminAsync());
        context.Render<MudPopoverProvider>();
        context.Render<MudSnackbarProvider>();
        return (context, (await site.TemplateQueries.ListAsync(language, None)).Single(t => t.Key == key));
    }

    [Fact]
    public async Task SavingUnknownVariables_IsRefusedNamingThem_AValidSave_IsTheNextVersion_Audited()
    {
        var own = await site.Templates.SaveAsync("editor-" + Guid.NewGuid().ToString("N")[..6], Language.De, "general_inquiry", "Eingang",
            DefaultReplyTemplates.Find("general-inquiry", Language.De)!.Body, null, "admin", None);
        var template = (await site.TemplateQueries.GetAsync(own.TemplateId!.Value, None))!;
        await using var context = ComponentContext.Create(site, await site.AdminAsync());
        context.Render<MudPopoverProvider>();
        context.Render<MudSnackbarProvider>();
        var editor = context.Render<TemplateEditor>(p => p.Add(e => e.Template, template));

        await editor.TypeAsync("template-body", template.Body + "\nIhr Rabatt: {{ rabatt }}");
        await editor.Find("#template-save").ClickAsync(new MouseEventArgs());

        Assert.Contains("Unbekannte Variablen: {{ rabatt }}", editor.Find("#template-errors").TextContent);
        Assert.Equal(1, (await site.TemplateQueries.GetAsync(template.Id, None))!.Version);

        await editor.TypeAsync("template-body", template.Body.Replace("ausführliche Antwort", "ausführliche und verbindliche Antwort"));
        await editor.TypeAsync("template-title", "Eingang (neu)");
        await editor.Find("#template-save").ClickAsync(new MouseEventArgs());

        var saved = (await site.TemplateQueries.GetAsync(template.Id, None))!;
        Assert.Equal((2, "Eingang (neu)"), (saved.Version, saved.Title));
        Assert.Contains("verbindliche Antwort", saved.Body);
        Assert.Contains(await site.AuditAsync("reply.template.save"), e => e.Actor == "admin" && e.Target == $"reply-template:{template.Key}/de" && e.Details!.StartsWith("version 2"));
    }

    [Fact]
    public async Task ThePreview_RendersWithAChosenConversationsFacts_AndNamesAFactItLacks()
    {
        var conversation = await site.ConversationAsync("Vorschau");
        var order = await site.OrderAsync(conversation.Summary.Id, "AB-2026-" + Random.Shared.Next(10_000, 99_999), "PO-815", new DateOnly(2026, 12, 18));
        var (context, status) = await OpenAsync("order-status", Language.De);
        await using var _context = context;

        var editor = context.Render<TemplateEditor>(p => p.Add(e => e.Template, status));
        Assert.NotNull(editor.Find("#preview-empty"));
        await editor.ChooseAsync<TemplateEditor, long>("preview-conversation", conversation.Summary.Id);

        var preview = editor.Find("#preview-text").TextContent;
        Assert.StartsWith("Sehr geehrte Frau Dr. Weber,", preview);
        Assert.Contains($"Ihrer Bestellung {order.Number}", preview);
        Assert.Contains("am 18.12.2026 geliefert", preview);
        Assert.Contains("Geschäftsführung: Anna Knopf, Bernd Faden", preview);
        Assert.True(int.Parse(editor.Find("#composer-courtesy").GetAttribute("data-score")!) >= 85);

        // Live: the text being edited is what the preview shows.
        await editor.TypeAsync("template-body", status.Body.Replace("{{ order_number }}", "{{ order_number }} (Ihre Bestellnummer {{ po_number }})"));
        Assert.Contains("(Ihre Bestellnummer PO-815)", editor.Find("#preview-text").TextContent);
        await editor.TypeAsync("template-body", status.Body + "\nRechnung {{ invoice_number }}");
        Assert.Contains("Diesem Vorgang fehlt die Rechnungsnummer", editor.Find("#preview-error").TextContent);
        Assert.Empty(editor.FindAll("#preview-text"));
    }

    [Fact]
    public async Task AnAdministrator_RestoresAnOlderVersion_FromTheHistory()
    {
        var key = "history-" + Guid.NewGuid().ToString("N")[..6];
        var body = DefaultReplyTemplates.Find("complaint", Language.En)!.Body;
        var first = await site.Templates.SaveAsync(key, Language.En, "complaint", "Complaint", body, null, "admin", None);
        await site.Templates.SaveAsync(key, Language.En, "complaint", "Complaint (short)", body.Replace("Please send us photos of the affected buttons. ", ""), 1, "admin", None);
        await using var context = ComponentContext.Create(site, await site.AdminAsync());
        context.Render<MudPopoverProvider>();
        context.Render<MudSnackbarProvider>();

        var history = context.Render<TemplateHistory>(p => p.Add(h => h.TemplateId, first.TemplateId!.Value).Add(h => h.CurrentVersion, 2));
        Assert.Equal(["2", "1"], history.FindAll("#template-versions tr[data-version]").Select(r => r.GetAttribute("data-version")));
        await history.Find("[data-show='1']").ClickAsync(new MouseEventArgs());
        Assert.Contains("Please send us photos", history.Find(".version-body").TextContent);
        await history.Find("[data-restore='1']").ClickAsync(new MouseEventArgs());

        var current = (await site.TemplateQueries.GetAsync(first.TemplateId.Value, None))!;
        Assert.Equal((3, "Complaint", body), (current.Version, current.Title, current.Body));
    }
}
