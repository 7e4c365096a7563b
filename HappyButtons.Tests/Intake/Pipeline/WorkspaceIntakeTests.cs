using Bunit;
using HappyButtons.Engine.Identity;
using HappyButtons.Tests.Components;
using HappyButtons.Tests.Web;
using HappyButtons.Web.Workspace.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace HappyButtons.Tests.Intake.Pipeline;

public class WorkspaceIntakeTests
{
    [Fact]
    public async Task ALineDownMail_ShowsItsUrgencyInTheInbox_AndItsClassificationWithTheCustomerAndACorrectionLinkOnItsPage()
    {
        await using var site = new PipelineTestSite();
        var raw = PipelineTestSite.SimpleMail("DRINGEND: Bandstillstand Linie 3",
            "Guten Tag,\r\nbei uns steht das Band, die Knöpfe HB-2210 fehlen. Produktionsstillstand seit 6 Uhr!\r\nBitte sofort liefern.\r\nKlaus Weber",
            from: "Klaus Weber <k.weber@autowerk-sued.de>");
        var id = await site.UploadAsync(Departments.Info, raw);
        var message = await site.WaitProcessedAsync(id);
        var department = message.Department ?? message.Mailbox;
        var vera = await site.CreateUserAsync("vera", "Vera-Passwort-123", false, department);
        await site.CreateUserAsync("sina", "Sina-Passwort-123", false, department, Departments.Sales);
        var veraClient = await site.SignInAsync("vera", "Vera-Passwort-123", department);
        var sina = await site.SignInAsync("sina", "Sina-Passwort-123", department);

        await using var inbox = ComponentContext.Create(site, vera);
        var table = inbox.Render<MessageTable>(p => p.Add(t => t.Department, department));
        table.WaitForElement($"td[data-message-id='{id}']", TimeSpan.FromSeconds(10));
        var page = await HtmlForms.GetDocumentAsync(veraClient, $"/{department}/messages/{id}");
        var salesView = await HtmlForms.GetDocumentAsync(sina, $"/{department}/messages/{id}");

        Assert.Equal(Departments.Support, department);
        Assert.Equal("Kritisch", table.Find($"td[data-message-id='{id}'] [data-badge=urgency]").TextContent.Trim(), ignoreCase: true);
        Assert.NotNull(page.QuerySelector("#intake [data-field=intent]"));
        Assert.NotNull(page.QuerySelector("#intake [data-badge=sla]"));
        Assert.Equal($"/{department}/messages/{id}/correct", page.QuerySelector("#intake a#correct-link")!.GetAttribute("href"));
        Assert.Contains("10042", page.QuerySelector("#intake [data-field=customer]")!.TextContent);
        Assert.Null(page.QuerySelector("#customer-link"));
        Assert.Equal("/sales/customers/10042", salesView.QuerySelector("#customer-link")!.GetAttribute("href"));
    }
}
