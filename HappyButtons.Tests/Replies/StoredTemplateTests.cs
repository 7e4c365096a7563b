using HappyButtons.Engine.Intake;
using HappyButtons.Engine.Replies;
using HappyButtons.Engine.Conversations;

namespace HappyButtons.Tests.Replies;

/// <summary>The templates in the database: seeded, versioned, validated, restored, and what the composer and the API render.</summary>
public sealed class StoredTemplateTests(ReplySite site) : IClassFixture<ReplySite>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static string Key() => "test-" + Guid.NewGuid().ToString("N")[..8];

    private const string Body = "{{ salutation }},\n\nvielen Dank für Ihre Nachricht (Vorgang {{ ticket }}).\n\n{{ closing }}\n\n{{ agent_name }}\n{{ department }}\n{{ signature }}";

    [Fact]
    public async Task ANewInstallation_HasEveryDefaultTemplate_AsVersion1_InGermanAndEnglish()
    {
        var stored = await site.TemplateQueries.ListAsync(null, None);

        foreach (var d in DefaultReplyTemplates.All)
        {
            var t = Assert.Single(stored, s => s.Key == d.Key && s.Language == d.Language);
            Assert.Equal(d.Intent, t.Intent);
            Assert.Equal(d.Body, t.Body);
        }

        Assert.Equal(1, stored.Single(s => s.Key == "order-status" && s.Language == Language.En).Version);
        Assert.All(await site.TemplateQueries.ListAsync(Language.En, None), t => Assert.Equal(Language.En, t.Language));
    }

    [Fact]
    public async Task EverySave_IsANewVersion_TheNewestIsUsed_AndARestoreBringsAnOldOneBackAsTheNewest()
    {
        var key = Key();
        var first = await site.Templates.SaveAsync(key, Language.De, "general_inquiry", "Eingang", Body, null, "admin", None);
        var second = await site.Templates.SaveAsync(key, Language.De, "general_inquiry", "Eingang bestätigt", Body.Replace("Nachricht", "Anfrage"), first.Version, "admin", None);
        var conversation = await site.ConversationAsync("Versionen");

        Assert.Equal((1, 2), (first.Version, second.Version));
        var used = await site.Replies.ComposeAsync(conversation.Summary.Id, "Sara Vogel", key, quote: false, None);
        Assert.Null(used.Problem);
        Assert.Contains("vielen Dank für Ihre Anfrage", used.Text);

        var restored = await site.Templates.RestoreAsync(second.TemplateId!.Value, 1, "admin2", None);

        Assert.Equal(3, restored.Version);
        var history = await site.TemplateQueries.VersionsAsync(second.TemplateId.Value, None);
        Assert.Equal([3, 2, 1], history.Select(v => v.Number));
        Assert.Equal(1, history[0].RestoredFrom);
        Assert.Equal("Eingang", history[0].Title);
        var again = await site.Replies.ComposeAsync(conversation.Summary.Id, "Sara Vogel", key, quote: false, None);
        Assert.Contains("vielen Dank für Ihre Nachricht", again.Text);
        Assert.Contains(await site.AuditAsync("reply.template.restore"), e => e.Actor == "admin2" && e.Target == $"reply-template:{key}/de" && e.Details!.Contains("version 1 restored as version 3"));
        Assert.Equal(2, (await site.AuditAsync("reply.template.save")).Count(e => e.Target == $"reply-template:{key}/de"));
    }

    [Fact]
    public async Task ASaveWithUnknownVariablesOrASyntaxError_IsRefused_NamingThem_AndChangesNothing()
    {
        var key = Key();
        await site.Templates.SaveAsync(key, Language.De, "general_inquiry", "Eingang", Body, null, "admin", None);

        var unknown = await site.Templates.SaveAsync(key, Language.De, "general_inquiry", "Eingang", Body + "\n{{ kundennummer }} {{ rabatt }}", 1, "admin", None);
        var broken = await site.Templates.SaveAsync(key, Language.De, "general_inquiry", "Eingang", "{{ if salutation }}Hallo", 1, "admin", None);

        Assert.Equal(TemplateSaveRefusal.Invalid, unknown.Refusal);
        Assert.Equal(["kundennummer", "rabatt"], unknown.Check!.UnknownVariables);
        Assert.Equal(TemplateSaveRefusal.Invalid, broken.Refusal);
        Assert.NotEmpty(broken.Check!.SyntaxErrors);
        var stored = (await site.TemplateQueries.ListAsync(Language.De, None)).Single(t => t.Key == key);
        Assert.Equal(1, stored.Version);
        Assert.Equal(Body, stored.Body);
    }

    [Fact]
    public async Task ASaveBasedOnAnOlderVersion_IsAConflict_SoNoColleaguesEditIsLost()
    {
        var key = Key();
        await site.Templates.SaveAsync(key, Language.En, "general_inquiry", "Receipt", Body, null, "admin", None);
        await site.Templates.SaveAsync(key, Language.En, "general_inquiry", "Receipt (Anna)", Body, 1, "anna", None);

        var late = await site.Templates.SaveAsync(key, Language.En, "general_inquiry", "Receipt (Bernd)", Body, 1, "bernd", None);

        Assert.Equal(TemplateSaveRefusal.Conflict, late.Refusal);
        Assert.Equal("Receipt (Anna)", (await site.TemplateQueries.ListAsync(Language.En, None)).Single(t => t.Key == key).Title);
    }

    [Fact]
    public async Task TheComposer_RendersAStoredTemplate_WithTheContactsSalutation_TheOrdersFacts_AndTheSignature()
    {
        var conversation = await site.ConversationAsync("Lieferstatus");
        await site.OrderAsync(conversation.Summary.Id, "AB-2026-" + Random.Shared.Next(10_000, 99_999), "PO-4711", new DateOnly(2026, 12, 15));

        var start = await site.Replies.ComposeAsync(conversation.Summary.Id, "Sara Vogel", "order-status", quote: true, None);

        Assert.Null(start.Problem);
        Assert.StartsWith("Sehr geehrte Frau Dr. Weber,\n\nvielen Dank für Ihre Nachfrage zu Ihrer Bestellung AB-2026-", start.Text);
        Assert.Contains("voraussichtlich am 15.12.2026 geliefert", start.Text);
        Assert.Contains("Sara Vogel\nVertrieb\nHappy Buttons GmbH", start.Text);
        Assert.Contains("Registergericht: Amtsgericht München · HRB 234567", start.Text);
        Assert.Contains("> Wann wird unsere Bestellung geliefert?", start.Text);
        var context = await site.Replies.ContextAsync(conversation.Summary.Id, "Sara Vogel", None);
        Assert.True(context!.Score(start.Text).Score >= 85);
    }

    [Fact]
    public async Task ATemplateNeedingAFactTheConversationLacks_IsNotUsed_AndTheErrorNamesTheFact_NeverAnEmptySalutation()
    {
        var conversation = await site.ConversationAsync("Rechnung", "Bitte senden Sie uns eine Kopie der letzten Rechnung.");

        var start = await site.Replies.ComposeAsync(conversation.Summary.Id, "Sara Vogel", "invoice-copy", quote: false, None);

        Assert.Equal(ReplyStartProblem.TemplateNotRendered, start.Problem);
        Assert.Equal(["invoice_number"], start.MissingFacts);
        Assert.Contains("{{ invoice_number }}", start.Error);
        // The clerk still gets a start: the contact's salutation, the closing and the signature.
        Assert.StartsWith("Sehr geehrte Frau Dr. Weber,", start.Text);
        Assert.Contains("Mit freundlichen Grüßen", start.Text);
    }
}
