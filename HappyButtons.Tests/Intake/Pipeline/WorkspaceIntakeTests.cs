using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Web;

namespace HappyButtons.Tests.Intake.Pipeline;

public class WorkspaceIntakeTests
{
    [Fact]
    public async Task ALineDownMail_ShowsItsUrgencyInTheInbox_AndItsClassificationWithACorrectionFormOnItsPage()
    {
        await using var site = new PipelineTestSite();
        var raw = PipelineTestSite.SimpleMail("DRINGEND: Bandstillstand Linie 3",
            "Guten Tag,\r\nbei uns steht das Band, die Knöpfe HB-2210 fehlen. Produktionsstillstand seit 6 Uhr!\r\nBitte sofort liefern.\r\nKlaus Weber",
            from: "Klaus Weber <k.weber@autowerk-sued.de>");
        var id = await site.UploadAsync(Departments.Info, raw);
        var message = await site.WaitProcessedAsync(id);
        var department = message.Department ?? message.Mailbox;
        await site.CreateUserAsync("vera", "Vera-Passwort-123", false, department);
        var vera = await site.SignInAsync("vera", "Vera-Passwort-123", department);

        var inbox = await HtmlForms.GetDocumentAsync(vera, $"/{department}/messages");
        var page = await HtmlForms.GetDocumentAsync(vera, $"/{department}/messages/{id}");

        Assert.Equal(Departments.Support, department);
        var row = inbox.QuerySelector($"tr[data-message-id='{id}']")!;
        Assert.Contains("Kritisch", row.QuerySelector("[data-badge=urgency]")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(page.QuerySelector("#intake [data-field=intent]"));
        Assert.NotNull(page.QuerySelector("#intake [data-badge=sla]"));
        Assert.NotNull(page.QuerySelector($"#intake form#correction-form[action='/{department}/messages/{id}/correct']"));
    }
}
